#include "TestFiles.h"
#include "core/AppInfo.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "PdfText.h"
#include "core/checklist/ChecklistFormat.h"
#include "core/checklist/ChecklistStore.h"

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace nextsteps;
using namespace nextsteps::testfiles;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real executable, headless, with a throwaway home folder. locale: LANG for the run
// (with LC_ALL and LANGUAGE removed, so that LANG decides), or empty to leave them as they are.
Run runApp(const QStringList &arguments, const QString &home, const QString &locale = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!locale.isEmpty()) {
        env.insert(u"LANG"_s, locale);
        env.remove(u"LC_ALL"_s);
        env.remove(u"LC_MESSAGES"_s);
        env.remove(u"LANGUAGE"_s);
    }
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.remove(u"QT_QPA_PLATFORM"_s); // the app must choose offscreen by itself for these
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(NEXTSTEPS_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// The real program's window with a throwaway home folder, offscreen or on a display.
QProcessEnvironment windowEnvironment(const QString &home, const QString &display = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, display.isEmpty() ? u"offscreen"_s : u"xcb"_s);
    if (!display.isEmpty())
        env.insert(u"DISPLAY"_s, display);
    return env;
}

void startWindow(QProcess *process, const QString &home, const QString &display = {})
{
    process->setProcessEnvironment(windowEnvironment(home, display));
    process->start(QStringLiteral(NEXTSTEPS_BINARY), QStringList());
}

// The window started by startWindow() is up: it has claimed its list (the lock beside it).
bool isUp(const QString &home)
{
    return !QDir(home + u"/data/"_s + QString::fromLatin1(nextsteps::AppInfo::OrganizationName) +
                 u"/nextsteps"_s)
                .entryList({u"*.lock"_s}, QDir::Files | QDir::Hidden)
                .isEmpty();
}

// Qt prints harmless notes (XDG_RUNTIME_DIR and the like) on stderr; keep only ours.
QStringList ownLines(const QString &err)
{
    QStringList lines;
    for (const QString &line : err.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u"nextsteps:"_s))
            lines << line;
    }
    return lines;
}

} // namespace

class TestApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version_answersWithoutADisplay();
    void help_answersWithoutADisplay();
    void unknownOption_failsWithAReason();
    void exportPdf_writesTheList();
    void exportPdf_followsTheLanguage_data();
    void exportPdf_followsTheLanguage();
    void exportPdf_fromABadList_failsAndLeavesItAlone_data();
    void exportPdf_fromABadList_failsAndLeavesItAlone();
    void exportPdf_toAPlaceThatCannotBeWritten_fails();
    void exportPdf_missingList_fails();
    void exportPdf_holdsEveryQuestion_data();
    void exportPdf_holdsEveryQuestion();
    void exportPdf_partlyDamaged_saysWhatWasLeftOut();
    void exportPdf_holdsEverythingBesideTheQuestions();
    void exportPdf_ontoTheList_refusesAndKeepsIt_data();
    void exportPdf_ontoTheList_refusesAndKeepsIt();
    void exportPdf_ontoAPipe_leavesItAPipe();
    void sigterm_endsCleanlyAndEverythingWrittenIsPrivate();
    void startUp_loadsNoVoiceNorSoundUntilListen();
    void sigterm_rightAfterTyping_keepsWhatWasTyped();

private:
    QTemporaryDir m_home;
};

void TestApplication::version_answersWithoutADisplay()
{
    const Run run = runApp({u"--version"_s}, m_home.path());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), u"nextsteps "_s + QString::fromLatin1(nextsteps::AppInfo::Version));
}

void TestApplication::help_answersWithoutADisplay()
{
    const Run run = runApp({u"--help"_s}, m_home.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"--checklist <FILE>"_s));
    QVERIFY(run.out.contains(u"--export-pdf <OUT>"_s));
}

void TestApplication::unknownOption_failsWithAReason()
{
    const Run run = runApp({u"--no-such-thing"_s}, m_home.path());
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(ownLines(run.err).size(), 1);
}

void TestApplication::exportPdf_writesTheList()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"questions.pdf"_s);
    const Run run =
        runApp({u"--checklist"_s, checklistFixture(u"valid.json"_s), u"--export-pdf"_s, out},
               m_home.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(ownLines(run.err).isEmpty());
    QVERIFY(readAll(out).startsWith("%PDF-"));
}

void TestApplication::exportPdf_followsTheLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("chosen"); // View > Language, remembered; empty: never chosen
    QTest::addColumn<bool>("spanish");
    QTest::newRow("LANG=es_US") << u"es_US.UTF-8"_s << QString() << true;
    QTest::newRow("LANG=es_MX") << u"es_MX.UTF-8"_s << QString() << true;
    QTest::newRow("LANG=en_US") << u"en_US.UTF-8"_s << QString() << false;
    QTest::newRow("LANG=de_DE (no German)") << u"de_DE.UTF-8"_s << QString() << false;
    QTest::newRow("LANG=es_US, English chosen") << u"es_US.UTF-8"_s << u"en"_s << false;
    QTest::newRow("LANG=en_US, Spanish chosen") << u"en_US.UTF-8"_s << u"es"_s << true;
}

void TestApplication::exportPdf_followsTheLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, chosen);
    QFETCH(bool, spanish);
    NEXTSTEPS_REQUIRE_PDFTOTEXT();
    QTemporaryDir home;
    if (!chosen.isEmpty()) {
        QDir().mkpath(home.filePath(u"config/Next Steps"_s));
        QFile settings(home.filePath(u"config/Next Steps/nextsteps.conf"_s));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[view]\nlanguage=" + chosen.toLatin1() + '\n');
    }
    const QString out = home.filePath(u"questions.pdf"_s);
    const Run run =
        runApp({u"--checklist"_s, checklistFixture(u"valid.json"_s), u"--export-pdf"_s, out},
               home.path(), locale);
    QCOMPARE(run.exitCode, 0);
    const QString text = testprint::pdfPages(out).join(u'\n');
    QVERIFY(!text.isEmpty());
    const QDate today = QDate::currentDate();
    if (spanish) {
        for (const QString &expected :
             {u"Preguntas para mi médico"_s, u"Página 1 de 1"_s, u"Mi nombre:"_s, u"IMPORTANTE:"_s,
              u"Respuesta:"_s, u"1 de diciembre de 2026, con"_s,
              QLocale(QLocale::Spanish).toString(today, u"d 'de' MMMM 'de' yyyy"_s)})
            QVERIFY2(text.contains(expected), qPrintable(expected + u"\n---\n"_s + text));
        QVERIFY2(!text.contains(u"Page 1 of"_s), qPrintable(text));
        // The person's own questions are never translated.
        QVERIFY2(text.contains(u"Can I get palliative care at home?"_s), qPrintable(text));
    } else {
        for (const QString &expected :
             {u"Questions for my doctor"_s, u"Page 1 of 1"_s, u"IMPORTANT:"_s,
              // English words, the country's order: "November 27" or "27 November"
              QLocale(QLocale::English).toString(today, u"MMMM yyyy"_s).section(u' ', 0, 0)})
            QVERIFY2(text.contains(expected), qPrintable(expected + u"\n---\n"_s + text));
        QVERIFY2(!text.contains(u"Página"_s), qPrintable(text));
    }
}

void TestApplication::exportPdf_fromABadList_failsAndLeavesItAlone_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("truncated") << u"truncated.json"_s;
    QTest::newRow("not JSON") << u"not-json.json"_s;
    QTest::newRow("empty") << u"empty.json"_s;
    QTest::newRow("not UTF-8") << u"not-utf8.json"_s;
}

void TestApplication::exportPdf_fromABadList_failsAndLeavesItAlone()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString bad = dir.filePath(u"bad.json"_s);
    QVERIFY(QFile::copy(checklistFixture(name), bad));
    const QByteArray before = readAll(bad);
    const QString out = dir.filePath(u"out.pdf"_s);
    const Run run = runApp({u"--checklist"_s, bad, u"--export-pdf"_s, out}, m_home.path());
    QVERIFY(run.exitCode != 0);
    const QStringList lines = ownLines(run.err);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(bad), qPrintable(lines.first()));
    QCOMPARE(readAll(bad), before);
    QVERIFY(!QFile::exists(out));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"bad.json"_s});
}

void TestApplication::exportPdf_toAPlaceThatCannotBeWritten_fails()
{
    QTemporaryDir dir;
    const Run run = runApp({u"--checklist"_s, checklistFixture(u"valid.json"_s), u"--export-pdf"_s,
                            dir.filePath(u"no/such/folder/out.pdf"_s)},
                           m_home.path());
    QVERIFY(run.exitCode != 0);
    QCOMPARE(ownLines(run.err).size(), 1);
}

void TestApplication::exportPdf_missingList_fails()
{
    QTemporaryDir dir;
    const Run run = runApp({u"--checklist"_s, dir.filePath(u"nothing.json"_s), u"--export-pdf"_s,
                            dir.filePath(u"out.pdf"_s)},
                           m_home.path());
    QVERIFY(run.exitCode != 0);
    QVERIFY(ownLines(run.err).first().contains(u"there is no file"_s));
}

void TestApplication::exportPdf_holdsEveryQuestion_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("answerEvery");
    QTest::newRow("40, a third answered") << 40 << 3;
    QTest::newRow("100, every other answered") << 100 << 2;
    QTest::newRow("400, none answered") << 400 << 0;
}

void TestApplication::exportPdf_holdsEveryQuestion()
{
    QFETCH(int, count);
    QFETCH(int, answerEvery);
    NEXTSTEPS_REQUIRE_PDFTOTEXT();
    QTemporaryDir dir;
    ChecklistData data;
    data.visit = {QDate(2026, 12, 1), u"Dr. Lee"_s};
    for (int i = 1; i <= count; ++i) {
        ChecklistItem item;
        item.text = u"Q%1x What should I ask about this part of my care and my plan?"_s.arg(
            i, 4, 10, QChar(u'0'));
        item.important = i % 9 == 0;
        if (answerEvery > 0 && i % answerEvery == 0)
            item.answer = u"A%1x The answer, as the nurse said it.\nAnd a second line."_s.arg(
                i, 4, 10, QChar(u'0'));
        data.items.append(item);
    }
    const QString list = dir.filePath(u"list.json"_s);
    writeAll(list, ChecklistFormat::serialize(data));
    const QString out = dir.filePath(u"questions.pdf"_s);
    const Run run = runApp({u"--checklist"_s, list, u"--export-pdf"_s, out}, m_home.path());
    QCOMPARE(run.exitCode, 0);
    const QStringList pages = nextsteps::testprint::pdfPages(out);
    QVERIFY(!pages.isEmpty());
    const QString text = pages.join(u'\n');
    qsizetype last = -1;
    for (const ChecklistItem &item : importantFirst(data.items)) {
        for (const QString &marker : {item.text.left(6), item.answer.left(6)}) {
            if (marker.isEmpty())
                continue;
            QCOMPARE(text.count(marker), 1);
            const qsizetype at = text.indexOf(marker);
            QVERIFY2(at > last, qPrintable(marker + u" is out of order"_s));
            last = at;
        }
    }
    for (int page = 1; page <= pages.size(); ++page)
        QVERIFY(pages.at(page - 1).contains(u"Page %1 of %2"_s.arg(page).arg(pages.size())));
}

void TestApplication::exportPdf_holdsEverythingBesideTheQuestions()
{
    NEXTSTEPS_REQUIRE_PDFTOTEXT();
    QTemporaryDir dir;
    const QString list = checklistFixture(u"version-2.json"_s);
    const QByteArray before = readAll(list);
    const QString out = dir.filePath(u"questions.pdf"_s);
    const Run run = runApp({u"--checklist"_s, list, u"--export-pdf"_s, out}, m_home.path());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(readAll(list), before);
    const QStringList pages = nextsteps::testprint::pdfPages(out);
    QCOMPARE(pages.size(), 2);
    const QString first = pages.first().simplified();
    QVERIFY(first.contains(u"Is there a clinical trial that fits me?"_s));
    QVERIFY(first.contains(u"Dr. Ana Lee (Oncologist): 555-0100, after hours 555-0199"_s));
    QVERIFY(first.contains(u"Place: Cancer Center, Building B, room 204"_s));
    QVERIFY(first.contains(u"9:30"_s));
    QVERIFY(first.contains(u"Pain in my left ear, since when: two weeks, how bad: 6 of 10"_s));
    const QString second = pages.at(1).simplified();
    QVERIFY(second.contains(u"My medicines"_s));
    QVERIFY(second.contains(u"Ondansetron 8 mg twice a day nausea Dr. Patel"_s));
    QVERIFY(second.contains(u"Pembrolizumab (Keytruda)"_s));
}

void TestApplication::exportPdf_partlyDamaged_saysWhatWasLeftOut()
{
    NEXTSTEPS_REQUIRE_PDFTOTEXT();
    QTemporaryDir dir;
    const QString list = dir.filePath(u"list.json"_s);
    QVERIFY(QFile::copy(checklistFixture(u"partly-damaged.json"_s), list));
    const QByteArray before = readAll(list);
    const QString out = dir.filePath(u"out.pdf"_s);
    const Run run = runApp({u"--checklist"_s, list, u"--export-pdf"_s, out}, m_home.path());
    QCOMPARE(run.exitCode, 0); // the rest printed
    const QStringList lines = ownLines(run.err);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(u"were left out of the PDF"_s), qPrintable(lines.first()));
    ChecklistData data;
    int skipped = 0;
    QVERIFY(ChecklistStore::readWithoutChanging(list, &data, nullptr, &skipped));
    QVERIFY(skipped > 0);
    QVERIFY2(lines.first().contains(QString::number(skipped)), qPrintable(lines.first()));
    const QString text = nextsteps::testprint::pdfPages(out).join(u'\n').simplified();
    for (const ChecklistItem &item : data.items)
        QVERIFY2(text.contains(item.text), qPrintable(item.text));
    QCOMPARE(readAll(list), before);
}

void TestApplication::exportPdf_ontoTheList_refusesAndKeepsIt_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::newRow("the same name") << u"same"_s;
    QTest::newRow("a link to the list") << u"symlink"_s;
    QTest::newRow("a hard link to the list") << u"hardlink"_s;
    QTest::newRow("a ./.. spelling") << u"dots"_s;
    QTest::newRow("a copy kept beside the list") << u"kept"_s;
}

void TestApplication::exportPdf_ontoTheList_refusesAndKeepsIt()
{
    QFETCH(QString, spelling);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"lists/sub"_s));
    QVERIFY(QDir(dir.path()).mkpath(u"elsewhere"_s));
    const QString list = dir.filePath(u"lists/list.json"_s);
    QVERIFY(QFile::copy(checklistFixture(u"valid.json"_s), list));
    QString protectedFile = list;
    QString out = list;
    if (spelling == u"symlink"_s) {
        out = dir.filePath(u"elsewhere/link.pdf"_s);
        if (!QFile::link(list, out))
            QSKIP("This system cannot make links.");
    } else if (spelling == u"hardlink"_s) {
        out = dir.filePath(u"elsewhere/hard.pdf"_s);
#ifdef Q_OS_UNIX
        if (::link(QFile::encodeName(list).constData(), QFile::encodeName(out).constData()) != 0)
#endif
            QSKIP("This system cannot make hard links here.");
    } else if (spelling == u"dots"_s) {
        out = dir.filePath(u"lists/sub/./../list.json"_s);
    } else if (spelling == u"kept"_s) {
        protectedFile = dir.filePath(u"lists/list.unreadable-2026-01-01-000000.json"_s);
        QVERIFY(QFile::copy(list, protectedFile));
        out = protectedFile;
    }
    const QByteArray before = readAll(list);
    const QByteArray beforeProtected = readAll(protectedFile);
    const Run run = runApp({u"--checklist"_s, list, u"--export-pdf"_s, out}, m_home.path());
    QVERIFY(run.exitCode != 0);
    const QStringList lines = ownLines(run.err);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(u"is your list"_s), qPrintable(lines.first()));
    QCOMPARE(readAll(list), before);
    QCOMPARE(readAll(protectedFile), beforeProtected);
}

void TestApplication::exportPdf_ontoAPipe_leavesItAPipe()
{
#ifndef Q_OS_UNIX
    QSKIP("Pipes in the file system are a Unix thing.");
#else
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"pipe.pdf"_s);
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const Run run = runApp({u"--export-pdf"_s, fifo}, m_home.path());
    QVERIFY(run.exitCode != 0);
    QVERIFY2(ownLines(run.err).join(u' ').contains(u"not an ordinary file"_s), qPrintable(run.err));
    struct stat status;
    QCOMPARE(::lstat(QFile::encodeName(fifo).constData(), &status), 0);
    QVERIFY(S_ISFIFO(status.st_mode));
#endif
}

void TestApplication::sigterm_endsCleanlyAndEverythingWrittenIsPrivate()
{
#ifndef Q_OS_UNIX
    QSKIP("File modes and signals are Unix things.");
#else
    // A whole session of the real program, as a logout ends it.
    QTemporaryDir home;
    const QString organization = QString::fromLatin1(nextsteps::AppInfo::OrganizationName);
    QProcess process;
    startWindow(&process, home.path());
    QVERIFY(process.waitForStarted());
    // The window is up once its list is claimed (the lock beside the list).
    QTRY_VERIFY_WITH_TIMEOUT(isUp(home.path()), 20000);
    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit); // it ended itself, not killed
    QCOMPARE(process.exitCode(), 0);

    // Every folder and file the program made for itself (its data and its settings, with the
    // organization's folder above each): this user's only. (Other libraries' folders, such as
    // the sound system's, are theirs.)
    int folders = 0;
    int files = 0;
    QStringList paths;
    for (const QString &top : {u"/data/"_s, u"/config/"_s}) {
        const QString own = home.path() + top + organization;
        QVERIFY2(QFileInfo(own).isDir(), qPrintable(own));
        paths.append(own);
        QDirIterator it(own, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            paths.append(it.next());
    }
    for (const QString &path : std::as_const(paths)) {
        struct stat status;
        QCOMPARE(::lstat(QFile::encodeName(path).constData(), &status), 0);
        const int mode = int(status.st_mode & 0777);
        if (S_ISDIR(status.st_mode)) {
            ++folders;
            QVERIFY2(mode == 0700, qPrintable(u"%1 is %2"_s.arg(path).arg(mode, 0, 8)));
        } else {
            ++files;
            QVERIFY2(mode == 0600, qPrintable(u"%1 is %2"_s.arg(path).arg(mode, 0, 8)));
        }
    }
    QVERIFY2(folders >= 2 && files >= 1,
             qPrintable(u"%1 folders, %2 files"_s.arg(folders).arg(files)));
#endif
}

void TestApplication::startUp_loadsNoVoiceNorSoundUntilListen()
{
#ifndef Q_OS_LINUX
    QSKIP("The process's memory map is read from /proc.");
#else
    // Reading aloud starts when first used: a window that is up and idle has loaded no speech
    // library (Qt TextToSpeech, the app's speech module), no voice (Flite, speech-dispatcher)
    // and no sound system.
    QTemporaryDir home;
    QDir(home.path()).mkpath(u"config/Next Steps"_s);
    {
        QFile settings(home.filePath(u"config/Next Steps/nextsteps.conf"_s));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[General]\nfirstRunShown=true\n"); // no welcome over the window
    }
    QProcess process;
    startWindow(&process, home.path());
    QVERIFY(process.waitForStarted());
    const auto cleanup = qScopeGuard([&process] {
        process.terminate();
        process.waitForFinished(20000);
    });
    const QString maps = u"/proc/%1/maps"_s.arg(process.processId());
    // Up once its list is claimed (the lock beside it), then given the time a voice took to
    // load when it was loaded after the first paint.
    QTRY_VERIFY_WITH_TIMEOUT(isUp(home.path()), 20000);
    QTest::qWait(2500);
    QFile file(maps);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString mapped = QString::fromUtf8(file.readAll());
    QVERIFY(mapped.contains(u"libQt6Widgets"_s)); // the map is the app's
    for (const QString &name : {u"TextToSpeech"_s, u"nextsteps_speech"_s, u"flite"_s, u"speechd"_s,
                                u"pulse"_s, u"Multimedia"_s, u"asound"_s}) {
        QVERIFY2(!mapped.contains(name, Qt::CaseInsensitive),
                 qPrintable(name + u" is loaded before Listen was pressed"_s));
    }
#endif
}

void TestApplication::sigterm_rightAfterTyping_keepsWhatWasTyped()
{
#ifndef Q_OS_LINUX
    QSKIP("Typed on an X11 display made for the test (Xvfb).");
#else
    // As a person meets it: the real program on a display, a question typed and Enter pressed,
    // and the program ended (a logout, a shutdown) before the usual pause for saving is over.
    const QString xvfb = QStandardPaths::findExecutable(u"Xvfb"_s);
    const QString xdotool = QStandardPaths::findExecutable(u"xdotool"_s);
    if (xvfb.isEmpty() || xdotool.isEmpty()) {
        if (qgetenv("CI") == "true")
            QFAIL("Xvfb and xdotool are needed (install-build-deps --test installs them).");
        QSKIP("Xvfb and xdotool are not installed.");
    }
    QProcess server;
    server.start(xvfb, {u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s, u"1366x768x24"_s,
                        u"-nolisten"_s, u"tcp"_s});
    const auto stopServer = qScopeGuard([&server] {
        server.terminate();
        server.waitForFinished(10000);
    });
    QVERIFY(server.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine() || server.waitForReadyRead(100), 20000);
    const QString display = u":"_s + QString::fromLatin1(server.readLine().trimmed());
    QVERIFY(display.size() > 1);

    QTemporaryDir home;
    QDir(home.path()).mkpath(u"config/Next Steps"_s);
    {
        QFile settings(home.filePath(u"config/Next Steps/nextsteps.conf"_s));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[General]\nfirstRunShown=true\n"); // no welcome over the window
    }
    QProcess app;
    startWindow(&app, home.path(), display);
    QVERIFY(app.waitForStarted());
    const auto run = [&](const QStringList &arguments) {
        QProcess tool;
        QProcessEnvironment toolEnv = QProcessEnvironment::systemEnvironment();
        toolEnv.insert(u"DISPLAY"_s, display);
        tool.setProcessEnvironment(toolEnv);
        tool.start(xdotool, arguments);
        tool.waitForFinished(30000);
        return QString::fromUtf8(tool.readAllStandardOutput()).trimmed();
    };
    const QString window =
        run({u"search"_s, u"--sync"_s, u"--onlyvisible"_s, u"--name"_s, u"Next Steps"_s})
            .split(u'\n')
            .value(0);
    QVERIFY2(!window.isEmpty(), "the window did not show");
    run({u"windowfocus"_s, u"--sync"_s, window});
    run({u"key"_s, u"ctrl+n"_s}); // New Question: the question field
    QTest::qWait(300);
    const QString question = u"Will the new treatment make me tired"_s;
    run({u"type"_s, u"--delay"_s, u"10"_s, question});
    run({u"key"_s, u"Return"_s});
    // Well within the pause before the usual save (0.8 s): only the end of the program saves.
    QTest::qWait(300);
    app.terminate(); // SIGTERM
    QVERIFY(app.waitForFinished(20000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    const QString list = home.path() + u"/data/"_s +
                         QString::fromLatin1(nextsteps::AppInfo::OrganizationName) +
                         u"/nextsteps/checklist.json"_s;
    const ChecklistStore::LoadResult saved = ChecklistStore::loadFromFile(list);
    QCOMPARE(saved.status, ChecklistStore::LoadResult::Status::Loaded);
    QCOMPARE(saved.data.items.size(), 1);
    QCOMPARE(saved.data.items.first().text, question);
#endif
}

QTEST_GUILESS_MAIN(TestApplication)
#include "tst_application.moc"
