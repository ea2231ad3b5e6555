#include "CommandLine.h"

#include "AppInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nextsteps {

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Next Steps: a plain-language guide and a list of questions for your doctor."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption checklist(
        u"checklist"_s, tr("Open and save the question list in FILE instead of the usual one."),
        tr("FILE"));
    const QCommandLineOption exportPdf(
        u"export-pdf"_s, tr("Write the question list as a PDF to OUT and quit, without a window."),
        tr("OUT"));
    parser.addOption(checklist);
    parser.addOption(exportPdf);

    CommandLine result;
    if (!parser.parse(arguments)) {
        result.action = Action::Error;
        result.text = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.action = Action::ShowHelp;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.action = Action::ShowVersion;
        result.text = QString::fromLatin1(AppInfo::ApplicationName) + u' ' +
                      QString::fromLatin1(AppInfo::Version) + u'\n';
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.action = Action::Error;
        result.text = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return result;
    }
    result.checklistPath = parser.value(checklist);
    if (parser.isSet(exportPdf)) {
        result.action = Action::ExportPdf;
        result.exportPdfPath = parser.value(exportPdf);
        if (result.exportPdfPath.isEmpty()) {
            result.action = Action::Error;
            result.text = tr("--export-pdf needs a file name.");
        }
    }
    return result;
}

bool CommandLine::isHeadless(const QStringList &arguments)
{
    // Called before the application object exists, so it only looks at the words.
    for (const QString &argument : arguments.mid(1)) {
        if (argument == u"-h" || argument == u"--help" || argument == u"--help-all" ||
            argument == u"-v" || argument == u"--version" || argument.startsWith(u"--export-pdf"))
            return true;
    }
    // A mistake on the command line is reported on stderr, with no window either.
    return parse(arguments).action == Action::Error;
}

} // namespace nextsteps
