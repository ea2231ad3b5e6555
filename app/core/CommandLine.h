#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace nextsteps {

// The command line, parsed without side effects so that it can be tested.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::CommandLine)

public:
    enum class Action { Run, ExportPdf, ShowHelp, ShowVersion, Error };

    Action action = Action::Run;
    QString checklistPath; // --checklist FILE: use this list instead of the default one
    QString exportPdfPath; // --export-pdf OUT.pdf: write the list as PDF and quit
    QString text;          // the version text, or the error

    // Needs no application object: it also runs before there is one (isHeadless).
    static CommandLine parse(const QStringList &arguments);
    // The text for --help; needs the application object (it names the program).
    static QString helpText();
    // True when the arguments ask for something that needs no window (help, version, export,
    // or a mistake to report).
    static bool isHeadless(const QStringList &arguments);

    // Where a program without a console of its own (a Windows GUI program) writes its answers:
    // a standard stream that already goes somewhere (a file, a pipe, a test's QProcess) is kept;
    // only the ones that go nowhere are pointed at the console it was started from.
    struct ConsolePlan
    {
        bool attachParentConsole = false;
        bool reopenStdout = false;
        bool reopenStderr = false;
    };
    static ConsolePlan planConsole(bool stdoutGoesSomewhere, bool stderrGoesSomewhere);
};

} // namespace nextsteps
