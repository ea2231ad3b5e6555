#include "ui/Application.h"
#include "core/PrivateFile.h"

#include "core/AppInfo.h"
#include "core/CommandLine.h"
#include "core/checklist/ChecklistStore.h"
#include "core/print/ChecklistPrintout.h"
#include "core/print/PagedPrinter.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/help/WelcomeDialog.h"
#include "ui/style/AppStyle.h"
#include "ui/style/Theme.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/UiFonts.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStyle>
#include <QTextDocument>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

void printOut(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

int fail(const QString &reason)
{
    printOut(stderr, u"nextsteps: "_s + reason + u'\n');
    return 1;
}

// The headless export: never shows a window, never changes the list file.
int exportPdf(const CommandLine &line)
{
    const QString path =
        line.checklistPath.isEmpty() ? ChecklistStore::defaultPath() : line.checklistPath;
    ChecklistData data;
    // The usual list may not exist yet: then the printout is a blank page of lines to write on.
    // A list named on the command line must be there.
    const bool mustExist = !line.checklistPath.isEmpty();
    // The list itself through any link or spelling, a copy kept beside it, a device or a pipe:
    // refused before anything is read or written (the same check as every export in the app).
    PrivateFile::protectList(path);
    const QString refusal = PrivateFile::exportRefusal(line.exportPdfPath);
    if (!refusal.isEmpty())
        return fail(refusal);
    QString error;
    int skipped = 0;
    if ((mustExist || QFileInfo::exists(path)) &&
        !ChecklistStore::readWithoutChanging(path, &data, &error, &skipped))
        return fail(error);
    // Damaged or blank entries are left out of the printout: say so, so the person knows the
    // paper is not the whole file.
    if (skipped > 0)
        printOut(stderr, u"nextsteps: "_s +
                             QCoreApplication::translate(
                                 "nextsteps::Application",
                                 "%n damaged or blank entries in the list were left out of the "
                                 "PDF; everything else is in it.",
                                 nullptr, skipped) +
                             u'\n');
    auto document = ChecklistPrintout::build(data);
    const auto result =
        PagedPrinter::exportPdf(document.get(), line.exportPdfPath, ChecklistPrintout::title(),
                                PagedPrinter::defaultPageSize(QLocale()));
    if (!result.ok)
        return fail(result.error);
    return 0;
}

} // namespace

bool Application::isFirstRun()
{
    return !QSettings().value(u"firstRunShown"_s).toBool();
}

void Application::setFirstRunDone()
{
    QSettings settings;
    settings.setValue(u"firstRunShown"_s, true);
    // Written now, not when the window closes: readable by this user only from the start.
    settings.sync();
    PrivateFile::makePrivate(settings.fileName());
}

void Application::prepareEnvironment(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (!CommandLine::isHeadless(arguments))
        return;
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_WIN
    // A Windows GUI program has no console of its own: answer in the one it was started from,
    // unless the answer is already going to a file or a pipe (`nextsteps --version > file`).
    const auto goesSomewhere = [](DWORD stream) {
        const HANDLE handle = GetStdHandle(stream);
        return handle != nullptr && handle != INVALID_HANDLE_VALUE &&
               GetFileType(handle) != FILE_TYPE_UNKNOWN;
    };
    const CommandLine::ConsolePlan plan =
        CommandLine::planConsole(goesSomewhere(STD_OUTPUT_HANDLE), goesSomewhere(STD_ERROR_HANDLE));
    if (plan.attachParentConsole && AttachConsole(ATTACH_PARENT_PROCESS)) {
        if (plan.reopenStdout)
            std::freopen("CONOUT$", "w", stdout);
        if (plan.reopenStderr)
            std::freopen("CONOUT$", "w", stderr);
    }
#endif
}

void Application::configure(QApplication &app)
{
    QApplication::setOrganizationName(QString::fromLatin1(AppInfo::OrganizationName));
    QApplication::setOrganizationDomain(QString::fromLatin1(AppInfo::OrganizationDomain));
    QApplication::setApplicationName(QString::fromLatin1(AppInfo::ApplicationName));
    QApplication::setApplicationDisplayName(QString::fromLatin1(AppInfo::DisplayName));
    QApplication::setApplicationVersion(QString::fromLatin1(AppInfo::Version));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(AppInfo::AppId));
    QApplication::setStyle(new AppStyle(QApplication::style()->name()));
    QApplication::setFont(comfortableFont(100));
    // Before anything is written: the app's folders are this user's only (health information).
    PrivateFile::makeAppFoldersPrivate(QSettings().fileName());
    Theme::apply(Theme::remembered());

    // The remembered language, or the system's on the first start: the app's words, Qt's own
    // (dialogs, print preview) and the default locale for dates, all together. A headless
    // export (LANG=es_US.UTF-8 nextsteps --export-pdf) follows it too.
    // (The translators belong to the application object: it is app.)
    Q_UNUSED(app)
    Language::apply(Language::initial());
}

int Application::run(QApplication &app)
{
    configure(app);
    const CommandLine line = CommandLine::parse(QApplication::arguments());
    switch (line.action) {
    case CommandLine::Action::ShowHelp:
        printOut(stdout, CommandLine::helpText());
        return 0;
    case CommandLine::Action::ShowVersion:
        printOut(stdout, line.text);
        return 0;
    case CommandLine::Action::Error:
        return fail(line.text);
    case CommandLine::Action::ExportPdf:
        return exportPdf(line);
    case CommandLine::Action::Run:
        break;
    }

    MainWindow window(line.checklistPath);
    if (isFirstRun()) {
        // After the window has painted, so the welcome appears over a ready app. Queued, so
        // that the dialog's own event loop does not run inside the window's start-up.
        QObject::connect(
            &window, &MainWindow::startupFinished, &window,
            [&window] {
                WelcomeDialog dialog(window.checklistPath(), &window);
                Ask::exec(&dialog);
                setFirstRunDone();
            },
            Qt::QueuedConnection);
    }
    window.show();
    return QApplication::exec();
}

} // namespace nextsteps
