#include "core/CommandLine.h"

#include "core/AppInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

// The options, defined once for parsing and for the help text.
struct Options
{
    QCommandLineOption help;
    QCommandLineOption helpAll{u"help-all"_s};
    QCommandLineOption version;
    QCommandLineOption checklist{u"checklist"_s,
                                 CommandLine::tr("Open and save the question list in FILE "
                                                 "instead of the usual one."),
                                 CommandLine::tr("FILE")};
    QCommandLineOption exportPdf{u"export-pdf"_s,
                                 CommandLine::tr("Write the question list as a PDF to OUT and "
                                                 "quit, without a window."),
                                 CommandLine::tr("OUT")};

    explicit Options(QCommandLineParser &parser)
        : help(parser.addHelpOption()), version(parser.addVersionOption())
    {
        parser.setApplicationDescription(CommandLine::tr(
            "Next Steps: a plain-language guide and a list of questions for your doctor."));
        parser.addOption(checklist);
        parser.addOption(exportPdf);
        parser.addPositionalArgument(
            u"FILE"_s, CommandLine::tr("A question list to open, as with --checklist."),
            u"[FILE]"_s);
    }
};

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    const Options options(parser);

    CommandLine result;
    if (!parser.parse(arguments)) {
        result.action = Action::Error;
        result.text = parser.errorText();
        return result;
    }
    // --help-all (which Qt adds beside --help) gets the same help: there are no other options
    // worth listing.
    if (parser.isSet(options.help) || parser.isSet(options.helpAll)) {
        result.action = Action::ShowHelp; // the text comes from helpText(), which needs the app
        return result;
    }
    if (parser.isSet(options.version)) {
        result.action = Action::ShowVersion;
        result.text = QString::fromLatin1(AppInfo::ApplicationName) + u' ' +
                      QString::fromLatin1(AppInfo::Version) + u'\n';
        return result;
    }
    // A list file on its own (from a file manager, "Open With", or a desktop file's %f) is the
    // same as --checklist.
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        result.action = Action::Error;
        result.text =
            tr("Unexpected argument: %1 (Next Steps opens one list at a time)").arg(files.at(1));
        return result;
    }
    result.checklistPath = parser.value(options.checklist);
    if (!files.isEmpty()) {
        if (!result.checklistPath.isEmpty() && result.checklistPath != files.first()) {
            result.action = Action::Error;
            result.text = tr("Two lists were named (%1 and %2): name one.")
                              .arg(result.checklistPath, files.first());
            return result;
        }
        result.checklistPath = files.first();
    }
    if (parser.isSet(options.exportPdf)) {
        result.action = Action::ExportPdf;
        result.exportPdfPath = parser.value(options.exportPdf);
        if (result.exportPdfPath.isEmpty()) {
            result.action = Action::Error;
            result.text = tr("--export-pdf needs a file name.");
        }
    }
    return result;
}

QString CommandLine::helpText()
{
    QCommandLineParser parser;
    const Options options(parser);
    return parser.helpText();
}

bool CommandLine::isHeadless(const QStringList &arguments)
{
    // Help, version, export and mistakes on the command line answer on the terminal.
    return parse(arguments).action != Action::Run;
}

CommandLine::ConsolePlan CommandLine::planConsole(bool stdoutGoesSomewhere,
                                                  bool stderrGoesSomewhere)
{
    ConsolePlan plan;
    plan.reopenStdout = !stdoutGoesSomewhere;
    plan.reopenStderr = !stderrGoesSomewhere;
    plan.attachParentConsole = plan.reopenStdout || plan.reopenStderr;
    return plan;
}

} // namespace nextsteps
