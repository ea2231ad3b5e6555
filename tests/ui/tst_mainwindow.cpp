#include "SampleLists.h"
#include "TestFiles.h"
#include "TestSupport.h"
#include "core/PrivateFile.h"
#include "core/checklist/AutoSaver.h"
#include "core/checklist/ChecklistFormat.h"
#include "core/checklist/ChecklistModel.h"
#include "core/checklist/ChecklistStore.h"
#include "ui/Application.h"
#include "ui/ColumnFitter.h"
#include "ui/MainWindow.h"
#include "ui/checklist/ChecklistPanel.h"
#include "ui/help/SaveLocationDialog.h"
#include "ui/help/WelcomeDialog.h"
#include "ui/reading/GuideBrowser.h"
#include "ui/reading/ReadingPane.h"
#include "ui/reading/SuggestedQuestionsView.h"
#include "ui/reading/TopicSidebar.h"
#include "ui/style/AppStyle.h"
#include "ui/widgets/Ask.h"

#include <QAction>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace nextsteps;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settingsDir); }
    void init() { QSettings().clear(); }
    void cleanup()
    {
        Ask::resetForTesting();
        PrivateFile::setWriteFaultForTesting(PrivateFile::WriteFault::None);
    }
    void window_showsItsThreeParts_data();
    void window_showsItsThreeParts();
    void window_hasMenusStatusBarTitleAndIcon();
    void startup_finishesOnceTheWindowHasPainted();
    void settings_roundTrip();
    void ctrlN_thenEnter_addsQuestionsOneAfterAnother();
    void addFromTopic_thenUndoAndRedo();
    void quitting_savesTheList();
    void damagedList_isReportedAndKept();
    void newerList_isShownReadOnly();
    void secondWindow_onTheSameList_isReadOnly();
    void welcome_isShownOnTheFirstStartOnly();
    void failedSave_isShownAndNothingIsLost_data();
    void failedSave_isShownAndNothingIsLost();
    void fullDisk_bannerStaysUntilSavedAndLastListIsKept();
    void quitAfterAFailedSave_offersACopy_data();
    void quitAfterAFailedSave_offersACopy();
    void outsideChange_asksAndKeepsBothVersions_data();
    void lockFromAnotherComputer_isReadOnlyUntilOpenAnyway();
    void damagedLock_isTakenOverAndSaid();
    void secondWindow_throughALink_isReadOnlyAndSaysWhy();
    void brokenLink_saysSoAndCanStartAList();
    void outsideChange_asksAndKeepsBothVersions();
    void zoom_growsTextAndStopsAtTheLimits();
    void zoom_growsTickBoxesToo();
    void zoom_growsMenusAndStatusBar();
    void largestText_questionPanelScrollsInsteadOfSqueezing();
    void openList_opensItInAWindowOfItsOwn();
    void openTheFolder_saysSoWhenNothingOpens();

private:
    QString listPath(const QTemporaryDir &dir) const { return dir.filePath(u"checklist.json"_s); }
    QTemporaryDir m_settingsDir;
};

void TestMainWindow::window_showsItsThreeParts_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x800") << QSize(1280, 800);
    QTest::newRow("1024x700") << QSize(1024, 700);
}

void TestMainWindow::window_showsItsThreeParts()
{
    QFETCH(QSize, size);
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (QWidget *part :
         {static_cast<QWidget *>(window.sidebar()), static_cast<QWidget *>(window.readingPane()),
          static_cast<QWidget *>(window.checklistPanel())}) {
        QVERIFY(part->isVisible());
        QVERIFY2(part->width() >= 170, qPrintable(part->objectName()));
        QVERIFY(part->height() >= size.height() / 2);
        QVERIFY(window.rect().contains(part->mapTo(&window, part->rect().bottomRight())));
    }
    // Usable: the reading text and the question list have room to work in.
    QVERIFY(window.readingPane()->browser()->width() >= 330);
    QVERIFY(window.checklistPanel()->list()->height() >= 150);
    QVERIFY(window.checklistPanel()->newQuestionField()->isVisible());
    QCOMPARE(window.sidebar()->list()->count(), window.guide().topics().size());
}

void TestMainWindow::window_hasMenusStatusBarTitleAndIcon()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text().remove(u'&');
    QCOMPARE(menus, (QStringList{u"File"_s, u"Edit"_s, u"View"_s, u"Help"_s}));
    QVERIFY(window.statusBar()->isVisibleTo(&window));
    QCOMPARE(window.windowTitle(), u"Welcome to Next Steps[*]"_s);
    window.showTopic(u"trials"_s);
    QCOMPARE(window.windowTitle(), u"Clinical trials[*]"_s);
    // Help > When to Get Help Right Away opens the safety page, and it comes first in Help.
    auto *helpRightAway = window.findChild<QAction *>(u"helpRightAway"_s);
    QVERIFY(helpRightAway);
    QCOMPARE(window.menuBar()->actions().last()->menu()->actions().first(), helpRightAway);
    helpRightAway->trigger();
    QCOMPARE(window.readingPane()->currentTopicId(), u"urgent"_s);
    QCOMPARE(window.windowTitle(), u"When to get help right away[*]"_s);
    // The window icon renders (the SVG icon engine is there) at the sizes a desktop asks for.
    const QIcon icon(u":/icons/nextsteps.svg"_s);
    for (int size : {16, 48, 256})
        QCOMPARE(icon.pixmap(size, size).size(), QSize(size, size));
}

void TestMainWindow::startup_finishesOnceTheWindowHasPainted()
{
    QApplication::setWindowIcon(QIcon());
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    QSignalSpy finished(&window, &MainWindow::startupFinished);
    window.show();
    // What can wait (the window icon, the first-run welcome) waits for the first paint.
    QVERIFY(!window.isStartupFinished());
    QVERIFY(QApplication::windowIcon().isNull());
    QVERIFY(finished.wait());
    QVERIFY(window.isStartupFinished());
    QVERIFY(!QApplication::windowIcon().isNull());
    QCOMPARE(QApplication::windowIcon().pixmap(48, 48).size(), QSize(48, 48));
    // Once only: later paints change nothing.
    window.resize(window.size() + QSize(40, 40));
    window.repaint();
    NEXTSTEPS_DRAIN_EVENTS();
    QCOMPARE(finished.count(), 1);
}

void TestMainWindow::settings_roundTrip()
{
    QTemporaryDir dir;
    QList<int> sizes;
    {
        MainWindow window(listPath(dir));
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.splitter()->setSizes({300, 450, 350});
        sizes = window.splitter()->sizes();
        window.setZoom(150);
        window.showTopic(u"hospice"_s);
        window.close();
    }
#ifdef Q_OS_UNIX
    // The settings name the last topic read: readable by this user only, like the list.
    const QString settingsFile = QSettings().fileName();
    QVERIFY(QFile::exists(settingsFile));
    QCOMPARE(QFile::permissions(settingsFile) & 0x0FF, QFileDevice::Permissions());
    QSettings().setValue(u"test/savedAgain"_s, true); // written again: still private
    QSettings().sync();
    QCOMPARE(QFile::permissions(settingsFile) & 0x0FF, QFileDevice::Permissions());
#endif
    MainWindow again(listPath(dir));
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(1100, 720));
    QCOMPARE(again.splitter()->sizes(), sizes);
    QCOMPARE(again.zoom(), 150);
    QCOMPARE(again.readingPane()->currentTopicId(), u"hospice"_s);
    QCOMPARE(again.sidebar()->currentTopic(), u"hospice"_s);
}

void TestMainWindow::ctrlN_thenEnter_addsQuestionsOneAfterAnother()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QLineEdit *field = window.checklistPanel()->newQuestionField();

    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), field);
    QTest::keyClicks(field, u"What are my options now?"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(window.checklistModel()->rowCount(), 1);
    QVERIFY(field->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), field); // ready for the next one
    QTest::keyClicks(field, u"Who pays for this?"_s);
    QTest::keyClick(field, Qt::Key_Enter);
    QTest::keyClicks(field, u"   "_s);
    QTest::keyClick(field, Qt::Key_Return); // blank: not added
    QCOMPARE(window.checklistModel()->rowCount(), 2);
    QCOMPARE(window.checklistModel()->item(1).text, u"Who pays for this?"_s);
}

void TestMainWindow::addFromTopic_thenUndoAndRedo()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showTopic(u"trials"_s);
    window.readingPane()->setSuggestionsOpen(true); // one line until opened
    const auto buttons = window.readingPane()->suggestions()->addButtons();
    QVERIFY(buttons.size() >= 3);
    QPushButton *first = buttons.first();
    QVERIFY(first->isEnabled());
    QTest::mouseClick(first, Qt::LeftButton);
    QCOMPARE(window.checklistModel()->rowCount(), 1);
    QCOMPARE(window.checklistModel()->item(0).topicId, u"trials"_s);
    // The topic shows it is on the list, and a second click cannot duplicate it.
    QVERIFY(first->isHidden());
    QVERIFY(window.readingPane()->suggestions()->onListMarks().first()->isVisible());

    window.findChild<QAction *>(u"undo"_s)->trigger();
    QCOMPARE(window.checklistModel()->rowCount(), 0);
    QVERIFY(first->isVisible());
    window.findChild<QAction *>(u"redo"_s)->trigger();
    QCOMPARE(window.checklistModel()->rowCount(), 1);
    const QList<QKeySequence> redoKeys = window.findChild<QAction *>(u"redo"_s)->shortcuts();
    QCOMPARE(redoKeys.count(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)), 1);
    // And from the keyboard: Ctrl+Z, then Ctrl+Shift+Z (each key once, so not ambiguous).
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.sidebar()->list()->setFocus();
    QTest::keyClick(window.sidebar()->list(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window.checklistModel()->rowCount(), 0);
    QTest::keyClick(window.sidebar()->list(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.checklistModel()->rowCount(), 1);
}

void TestMainWindow::quitting_savesTheList()
{
    QTemporaryDir dir;
    {
        MainWindow window(listPath(dir));
        window.autoSaver()->setDelay(60 * 1000); // only the quit can save it
        window.checklistModel()->addQuestion(u"Saved on quit?"_s);
        window.checklistModel()->setField(0, ChecklistModel::Field::Important, true);
        window.close();
    }
    MainWindow again(listPath(dir));
    QCOMPARE(again.checklistModel()->rowCount(), 1);
    QVERIFY(again.checklistModel()->item(0).important);
}

void TestMainWindow::damagedList_isReportedAndKept()
{
    QTemporaryDir dir;
    QFile file(listPath(dir));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ \"format\": \"nextsteps-checklist\", \"version\": 1, \"questions\": [ {\"te");
    file.close();
    MainWindow window(listPath(dir));
    QCOMPARE(window.checklistModel()->rowCount(), 0);
    const QString notice = window.checklistPanel()->noticeLabel()->text();
    QVERIFY2(
        notice.startsWith(u"Your list could not be read. The file is damaged or cut short. "_s),
        qPrintable(notice));
    QVERIFY(notice.contains(u"Help > Where Is My List Saved?"_s));
    // No parser's words: plain language only.
    for (const QString &jargon : {u"character"_s, u"unterminated"_s, u"parse"_s, u"offset"_s})
        QVERIFY2(!notice.contains(jargon, Qt::CaseInsensitive), qPrintable(notice));
    QVERIFY(window.checklistPanel()->noticeLabel()->parentWidget()->isVisibleTo(&window));
    QCOMPARE(QDir(dir.path()).entryList({u"checklist.unreadable-*.json"_s}).size(), 1);
    QVERIFY(
        notice.contains(QDir(dir.path()).entryList({u"checklist.unreadable-*.json"_s}).first()));
}

void TestMainWindow::newerList_isShownReadOnly()
{
    QTemporaryDir dir;
    QVERIFY(QFile::copy(QStringLiteral(NEXTSTEPS_TEST_DATA) + u"/checklists/newer-version.json"_s,
                        listPath(dir)));
    MainWindow window(listPath(dir));
    QCOMPARE(window.checklistModel()->rowCount(), 2);
    QVERIFY(window.checklistModel()->isReadOnly());
    QVERIFY(!window.checklistPanel()->newQuestionField()->isEnabled());
    QVERIFY(window.checklistPanel()->noticeLabel()->text().contains(u"newer version"_s));
    window.close();
    // Not a byte was written.
    QFile original(QStringLiteral(NEXTSTEPS_TEST_DATA) + u"/checklists/newer-version.json"_s);
    QFile now(listPath(dir));
    QVERIFY(original.open(QIODevice::ReadOnly) && now.open(QIODevice::ReadOnly));
    QCOMPARE(now.readAll(), original.readAll());
}

void TestMainWindow::welcome_isShownOnTheFirstStartOnly()
{
    QVERIFY(Application::isFirstRun());
    const QString settingsFile = QSettings().fileName();
    QFile::remove(settingsFile); // written for the first time by what follows
    Application::setFirstRunDone();
    QVERIFY(!Application::isFirstRun());
#ifdef Q_OS_UNIX
    // Private from its first write, before any window closes.
    QVERIFY(QFile::exists(settingsFile));
    QCOMPARE(QFile::permissions(settingsFile) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                                 QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
#endif
    QSettings().sync();
    QVERIFY(!Application::isFirstRun()); // remembered across starts
    // The welcome says it is not medical advice and where the list is kept.
    QTemporaryDir dir;
    WelcomeDialog welcome(listPath(dir));
    QString text;
    for (QLabel *label : welcome.findChildren<QLabel *>())
        text += label->text();
    QVERIFY(text.contains(u"not medical advice"_s));
    QVERIFY(text.contains(QDir::toNativeSeparators(listPath(dir)).toHtmlEscaped()));
}

void TestMainWindow::secondWindow_onTheSameList_isReadOnly()
{
    QTemporaryDir dir;
    MainWindow first(listPath(dir));
    QVERIFY(first.checklistPanel()->newQuestionField()->isEnabled());
    MainWindow second(listPath(dir));
    QVERIFY(second.checklistModel()->isReadOnly());
    QVERIFY(
        second.checklistPanel()->noticeLabel()->text().contains(u"another Next Steps window"_s));
    QVERIFY(!first.checklistModel()->isReadOnly());
}

void TestMainWindow::failedSave_isShownAndNothingIsLost_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("path is a folder") << u"folder"_s;
    QTest::newRow("folder cannot be created") << u"file-as-folder"_s;
}

void TestMainWindow::failedSave_isShownAndNothingIsLost()
{
    QFETCH(QString, where);
    QTemporaryDir dir;
    QString path = listPath(dir);
    if (where == u"folder") {
        QVERIFY(QDir().mkpath(path)); // a folder where the file should go
    } else {
        QFile blocker(dir.filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        path = dir.filePath(u"blocker/lists/checklist.json"_s);
    }
    MainWindow window(path);
    window.autoSaver()->setDelay(10);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.checklistModel()->addQuestion(u"Do not lose me?"_s);
    auto *status = window.statusBar()->findChild<QLabel *>(u"statusMessage"_s);
    QVERIFY(status);
    QTRY_VERIFY2(status->text().contains(u"could not be saved"_s), qPrintable(status->text()));
    QVERIFY(window.isWindowModified());
    QCOMPARE(window.checklistModel()->rowCount(), 1);

    // Impossible to miss: a banner over the list, not only the status bar.
    QLabel *banner = window.checklistPanel()->saveProblemLabel();
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"could not be saved"_s));

    // Quitting asks first; "keep open" keeps everything.
    Ask::setNextAnswers({Ask::Answer::Stay});
    QVERIFY(!window.close());
    QCOMPARE(Ask::askedForTesting().size(), 1);
    QVERIFY(Ask::askedForTesting().first().contains(window.autoSaver()->lastError()));
    QVERIFY(window.isVisible());
    QCOMPARE(window.checklistModel()->rowCount(), 1);
    Ask::setNextAnswers({Ask::Answer::QuitAnyway});
    QVERIFY(window.close());
}

void TestMainWindow::fullDisk_bannerStaysUntilSavedAndLastListIsKept()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    window.autoSaver()->setDelay(10);
    window.autoSaver()->setRetryDelay(100);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.checklistModel()->addQuestion(u"Saved before the disk filled up?"_s);
    QVERIFY(window.autoSaver()->flush());
    QFile file(listPath(dir));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray lastGood = file.readAll();
    file.close();

    PrivateFile::setWriteFaultForTesting(PrivateFile::WriteFault::FailFlush);
    window.checklistModel()->addQuestion(u"Added on a full disk?"_s);
    QLabel *banner = window.checklistPanel()->saveProblemLabel();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"could not be saved"_s), qPrintable(banner->text()));
    QVERIFY(window.isWindowModified());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), lastGood);
    file.close();
    QCOMPARE(window.checklistModel()->rowCount(), 2);

    // Once there is room again the retry saves everything, and the banner goes.
    PrivateFile::setWriteFaultForTesting(PrivateFile::WriteFault::None);
    QTRY_VERIFY(!banner->isVisible());
    QVERIFY(!window.isWindowModified());
    QCOMPARE(ChecklistStore::loadFromFile(listPath(dir)).data.items.size(), 2);
}

void TestMainWindow::quitAfterAFailedSave_offersACopy_data()
{
    using A = Ask::Answer;
    QTest::addColumn<QList<Ask::Answer>>("answers");
    QTest::addColumn<QStringList>("files"); // where the person saves the copy, in order
    QTest::addColumn<bool>("closes");
    QTest::addColumn<int>("questions");
    QTest::newRow("save a copy") << QList<A>{A::SaveCopy} << QStringList{u"copy.json"_s} << true
                                 << 2;
    QTest::newRow("save a copy, cancel the file, keep open")
        << QList<A>{A::SaveCopy, A::Stay} << QStringList() << false << 3;
    QTest::newRow("the copy cannot be written, then a second try")
        << QList<A>{A::SaveCopy, A::SaveCopy} << QStringList{u"blocker/copy.json"_s, u"copy.json"_s}
        << true << 4;
    QTest::newRow("the copy cannot be written, then quit")
        << QList<A>{A::SaveCopy, A::QuitAnyway} << QStringList{u"blocker/copy.json"_s} << true << 3;
    QTest::newRow("quit without saving") << QList<A>{A::QuitAnyway} << QStringList() << true << 1;
    QTest::newRow("keep open") << QList<A>{A::Stay} << QStringList() << false << 1;
}

void TestMainWindow::quitAfterAFailedSave_offersACopy()
{
    QFETCH(QList<Ask::Answer>, answers);
    QFETCH(QStringList, files);
    QFETCH(bool, closes);
    QFETCH(int, questions);
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(listPath(dir))); // a folder where the list should go: saving fails
    QTemporaryDir copies;
    QFile blocker(copies.filePath(u"blocker"_s)); // a file where a folder would have to be
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QStringList paths;
    for (const QString &file : files)
        paths << copies.filePath(file);
    const QString copy = copies.filePath(u"copy.json"_s);

    MainWindow window(listPath(dir));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.checklistModel()->addQuestion(u"Do not lose me?"_s);
    window.checklistModel()->setField(0, ChecklistModel::Field::Answer, u"Not even this."_s);
    window.checklistModel()->setVisit({QDate(2026, 12, 1), u"Dr. Lee"_s});
    const ChecklistData list = window.checklistModel()->checklist();

    Ask::setNextAnswers(answers);
    Ask::setNextFileNames(paths);
    QCOMPARE(window.close(), closes);
    QCOMPARE(window.isVisible(), !closes);
    QCOMPARE(Ask::askedForTesting().size(), questions);
    QVERIFY(Ask::askedForTesting().first().contains(u"could not be saved"_s));
    // The copy holds the list, byte for byte as the app writes it, and reads back the same.
    const bool copied = paths.contains(copy);
    QCOMPARE(QFile::exists(copy), copied);
    if (copied) {
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), ChecklistFormat::serialize(list));
        QCOMPARE(ChecklistStore::loadFromFile(copy).data, list);
    }
    QVERIFY(!QFile::exists(copies.filePath(u"blocker/copy.json"_s)));
    if (!copied && paths.contains(copies.filePath(u"blocker/copy.json"_s))) {
        auto *status = window.statusBar()->findChild<QLabel *>(u"statusMessage"_s);
        QVERIFY(status);
        QVERIFY2(status->text().contains(u"copy could not be saved"_s), qPrintable(status->text()));
    }
    // Whatever the answer, the window keeps the list while it is open.
    QCOMPARE(window.checklistModel()->checklist(), list);
    if (!closes) {
        Ask::setNextAnswers({Ask::Answer::QuitAnyway});
        QVERIFY(window.close());
    }
}

void TestMainWindow::outsideChange_asksAndKeepsBothVersions_data()
{
    QTest::addColumn<Ask::Answer>("answer");
    QTest::newRow("show the changed list") << Ask::Answer::Reload;
    QTest::newRow("keep mine, the other aside") << Ask::Answer::KeepMine;
}

void TestMainWindow::outsideChange_asksAndKeepsBothVersions()
{
    QFETCH(Ask::Answer, answer);
    QTemporaryDir dir;
    const QString path = listPath(dir);
    MainWindow window(path);
    window.autoSaver()->setDelay(60 * 1000);
    window.checklistModel()->addQuestion(u"Mine, saved?"_s);
    QVERIFY(window.autoSaver()->flush());

    // A sync folder brings another version of the list.
    ChecklistData theirs;
    ChecklistItem item;
    item.text = u"Theirs, from the other computer?"_s;
    theirs.items.append(item);
    QVERIFY(ChecklistStore::saveToFile(path, theirs, nullptr));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray theirBytes = file.readAll();
    file.close();

    window.checklistModel()->addQuestion(u"Mine, not saved yet?"_s);
    ChecklistData mine = window.checklistModel()->checklist();
    Ask::setNextAnswers({answer});
    QVERIFY(window.autoSaver()->flush());
    QCOMPARE(Ask::askedForTesting().size(), 1);
    QVERIFY(Ask::askedForTesting().first().contains(u"changed"_s));
    const QStringList others = QDir(dir.path()).entryList({u"checklist.*-version-*.json"_s});
    const QString notice = window.checklistPanel()->noticeLabel()->text();

    if (answer == Ask::Answer::Reload) {
        QCOMPARE(window.checklistModel()->checklist(), theirs);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), theirBytes);
        file.close();
        // The window's version is kept beside the list, said where, and Undo brings it back.
        QCOMPARE(others.size(), 2); // mine, and theirs (which Undo saves over)
        const QStringList mineKept = others.filter(u"my-version"_s);
        QCOMPARE(mineKept.size(), 1);
        QCOMPARE(ChecklistStore::loadFromFile(dir.filePath(mineKept.first())).data, mine);
        QVERIFY2(notice.contains(mineKept.first()), qPrintable(notice));
        QCOMPARE(
            ChecklistStore::loadFromFile(dir.filePath(others.filter(u"other-version"_s).first()))
                .data,
            theirs);
        QVERIFY(window.undoStack()->canUndo());
        window.findChild<QAction *>(u"undo"_s)->trigger();
        QCOMPARE(window.checklistModel()->checklist(), mine);
        QVERIFY(window.autoSaver()->flush());
        QCOMPARE(ChecklistStore::loadFromFile(path).data, mine);
    } else {
        QCOMPARE(window.checklistModel()->checklist(), mine);
        QCOMPARE(ChecklistStore::loadFromFile(path).data, mine);
        QCOMPARE(others.size(), 1);
        QVERIFY(others.first().contains(u"other-version"_s));
        QFile other(dir.filePath(others.first()));
        QVERIFY(other.open(QIODevice::ReadOnly));
        QCOMPARE(other.readAll(), theirBytes);
        QVERIFY2(notice.contains(others.first()), qPrintable(notice));
    }
    QVERIFY(!window.isWindowModified());

    // Asked once: the next save goes ahead without asking again.
    window.checklistModel()->addQuestion(u"One more?"_s);
    QVERIFY(window.autoSaver()->flush());
    QCOMPARE(Ask::askedForTesting().size(), 1);
    QCOMPARE(ChecklistStore::loadFromFile(path).data, window.checklistModel()->checklist());
}

void TestMainWindow::lockFromAnotherComputer_isReadOnlyUntilOpenAnyway()
{
    QTemporaryDir dir;
    const QString path = listPath(dir);
    QVERIFY(ChecklistStore::saveToFile(path, {}, nullptr));
    {
        QFile lock(path + u".lock"_s);
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("4242\nnextsteps\nfar-away-laptop\n");
    }
    MainWindow window(path);
    QVERIFY(window.checklistModel()->isReadOnly());
    const QString notice = window.checklistPanel()->noticeLabel()->text();
    QVERIFY2(notice.contains(u"another computer"_s) && notice.contains(u"far-away-laptop"_s),
             qPrintable(notice));
    QVERIFY(!notice.contains(u"another Next Steps window"_s)); // not the false message
    QPushButton *openAnyway = window.checklistPanel()->noticeActionButton();
    QVERIFY(openAnyway->isVisibleTo(&window));
    QVERIFY(openAnyway->text().contains(u"Anyway"_s));

    QTest::mouseClick(openAnyway, Qt::LeftButton);
    QVERIFY(!window.checklistModel()->isReadOnly());
    window.checklistModel()->addQuestion(u"Saved after Open Anyway?"_s);
    QVERIFY(window.autoSaver()->flush());
    QCOMPARE(ChecklistStore::loadFromFile(path).data.items.size(), 1);
}

void TestMainWindow::damagedLock_isTakenOverAndSaid()
{
    QTemporaryDir dir;
    const QString path = listPath(dir);
    QFile lock(path + u".lock"_s);
    QVERIFY(lock.open(QIODevice::WriteOnly)); // empty: written by nothing that still runs
    lock.close();
    MainWindow window(path);
    QVERIFY(!window.checklistModel()->isReadOnly());
    QVERIFY(window.checklistPanel()->noticeLabel()->text().contains(u"lock file"_s));
    window.checklistModel()->addQuestion(u"Saved despite the old lock?"_s);
    QVERIFY(window.autoSaver()->flush());
}

void TestMainWindow::secondWindow_throughALink_isReadOnlyAndSaysWhy()
{
    QTemporaryDir dir;
    const QString path = listPath(dir);
    QVERIFY(ChecklistStore::saveToFile(path, {}, nullptr));
    QVERIFY(QFile::link(path, dir.filePath(u"shortcut.json"_s)));
    MainWindow first(path);
    MainWindow second(dir.filePath(u"shortcut.json"_s));
    QVERIFY(!first.checklistModel()->isReadOnly());
    QVERIFY(second.checklistModel()->isReadOnly());
    // Its messages say why nothing can be added, not that the question is there already.
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    second.showTopic(u"trials"_s);
    QTest::mouseClick(second.readingPane()->suggestions()->addButtons().first(), Qt::LeftButton);
    auto *status = second.statusBar()->findChild<QLabel *>(u"statusMessage"_s);
    QTRY_VERIFY2(status->text().contains(u"another Next Steps window"_s),
                 qPrintable(status->text()));
    QVERIFY(!status->text().contains(u"already"_s));
    QVERIFY(second.checklistPanel()->newQuestionField()->toolTip().contains(
        u"another Next Steps window"_s));
}

void TestMainWindow::brokenLink_saysSoAndCanStartAList()
{
    QTemporaryDir dir;
    const QString path = listPath(dir);
    const QString gone = dir.filePath(u"unplugged-drive/checklist.json"_s);
    QVERIFY(QFile::link(gone, path));
    MainWindow window(path);
    QVERIFY(window.checklistModel()->isReadOnly());
    const QString notice = window.checklistPanel()->noticeLabel()->text();
    QVERIFY2(notice.contains(u"nothing there"_s) && notice.contains(gone), qPrintable(notice));
    QPushButton *start = window.checklistPanel()->noticeActionButton();
    QVERIFY(start->isVisibleTo(&window));

    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(!window.checklistModel()->isReadOnly());
    window.checklistModel()->addQuestion(u"A question on the new list?"_s);
    QVERIFY(window.autoSaver()->flush());
    QVERIFY(!QFileInfo(path).isSymLink());
    QCOMPARE(ChecklistStore::loadFromFile(path).data.items.size(), 1);
    QVERIFY(!QFileInfo::exists(gone)); // nothing was made where the link led
}

void TestMainWindow::zoom_growsTextAndStopsAtTheLimits()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    const int normal = window.readingPane()->browser()->font().pointSize();
    QVERIFY(normal >= 12);
    window.findChild<QAction *>(u"zoomIn"_s)->trigger();
    QVERIFY(window.zoom() > 100);
    QVERIFY(window.readingPane()->browser()->font().pointSize() > normal);
    for (int i = 0; i < 20; ++i)
        window.findChild<QAction *>(u"zoomIn"_s)->trigger();
    QCOMPARE(window.zoom(), 300);
    for (int i = 0; i < 30; ++i)
        window.findChild<QAction *>(u"zoomOut"_s)->trigger();
    QCOMPARE(window.zoom(), 50);
    window.findChild<QAction *>(u"zoomReset"_s)->trigger();
    QCOMPARE(window.zoom(), 100);
    QCOMPARE(window.readingPane()->browser()->font().pointSize(), normal);
}

void TestMainWindow::zoom_growsTickBoxesToo()
{
    // The app runs with AppStyle (Application::configure); tick boxes scale with the text.
    QApplication::setStyle(new AppStyle(u"Fusion"_s));
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    window.show();
    const int normal = QApplication::style()->pixelMetric(QStyle::PM_IndicatorWidth);
    const int boxHeight = window.checklistPanel()->askedBox()->sizeHint().height();
    window.setZoom(200);
    QCOMPARE(QApplication::style()->pixelMetric(QStyle::PM_IndicatorWidth), 2 * normal);
    QVERIFY(window.checklistPanel()->askedBox()->sizeHint().height() > boxHeight);
    window.setZoom(50); // smaller text, but never smaller boxes
    QCOMPARE(QApplication::style()->pixelMetric(QStyle::PM_IndicatorWidth), normal);
    window.setZoom(100);
}

void TestMainWindow::largestText_questionPanelScrollsInsteadOfSqueezing()
{
    // At the largest text size in a short window the question panel does not fit. It scrolls:
    // no part is squeezed over another or cut short, and the window does not grow taller than
    // it was (it used to grow past the bottom of the screen, and stay so).
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    window.checklistModel()->addQuestion(u"Is another immunotherapy possible for me?"_s);
    window.resize(1280, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setZoom(MainWindow::MaxZoom);
    // One part of the window at a time at this size: the questions.
    window.columns()->showArea(ColumnFitter::QuestionsArea);
    NEXTSTEPS_DRAIN_EVENTS(); // layouts settle from the event loop
    QCOMPARE(window.size(), QSize(1280, 700));
    ChecklistPanel *panel = window.checklistPanel();
    QVERIFY(panel->isVisible());
    const QList<QWidget *> parts = {panel->findChild<QLabel *>(u"checklistTitle"_s),
                                    panel->visitLabel(),
                                    panel->findChild<QPushButton *>(u"visitButton"_s),
                                    panel->summaryLabel(),
                                    panel->newQuestionField(),
                                    panel->list(),
                                    panel->askedBox(),
                                    panel->answerEdit(),
                                    panel->findChild<QPushButton *>(u"printButton"_s)};
    for (QWidget *part : parts) {
        QVERIFY(part);
        if (part->isHidden()) // the title, at large sizes (the tab has the name)
            continue;
        QVERIFY2(part->height() >= part->minimumSizeHint().height(),
                 qPrintable(part->objectName()));
        if (auto *label = qobject_cast<QLabel *>(part))
            QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(label->text()));
    }
    for (int a = 0; a < parts.size(); ++a) {
        if (parts.at(a)->isHidden())
            continue;
        // What shows of each (a part scrolled under the print button is not over it).
        const auto shown = [panel](QWidget *part) {
            return part->visibleRegion().boundingRect().translated(part->mapTo(panel, QPoint()));
        };
        const QRect first = shown(parts.at(a));
        for (int b = a + 1; b < parts.size(); ++b) {
            if (parts.at(b)->isHidden())
                continue;
            const QRect second = shown(parts.at(b));
            QVERIFY2(!first.intersects(second),
                     qPrintable(parts.at(a)->objectName() + u" / "_s + parts.at(b)->objectName()));
        }
    }
    window.setZoom(100);
}

void TestMainWindow::openList_opensItInAWindowOfItsOwn()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    window.show();
    // A list from a USB stick, saved by another computer.
    const QString other = dir.filePath(u"usb-list.json"_s);
    ChecklistData data = samples::list(3);
    QVERIFY(ChecklistStore::saveToFile(other, data, nullptr));
    const QByteArray before = testfiles::readAll(other);
    QAction *open = window.findChild<QAction *>(u"openList"_s);
    QVERIFY(open);
    QVERIFY(open->shortcuts().contains(QKeySequence(QKeySequence::Open)));
    Ask::setNextFileNames({other});
    open->trigger();
    MainWindow *opened = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *candidate = qobject_cast<MainWindow *>(widget);
        if (candidate && candidate != &window)
            opened = candidate;
    }
    QVERIFY(opened);
    QVERIFY(opened->isVisible());
    QCOMPARE(opened->checklistPath(), other);
    QCOMPARE(opened->checklistModel()->rowCount(), 3);
    QCOMPARE(opened->checklistModel()->item(0).text, data.items.at(0).text);
    QCOMPARE(window.checklistModel()->rowCount(), 0); // this window keeps its own list
    // The same list again only says so.
    Ask::setNextFileNames({listPath(dir)});
    open->trigger();
    QCOMPARE(window.findChild<QLabel *>(u"statusMessage"_s)->text(),
             u"This list is already open in this window."_s);
    opened->close();
    QCOMPARE(testfiles::readAll(other), before); // opening and closing changed nothing
}

void TestMainWindow::zoom_growsMenusAndStatusBar()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    window.show();
    // (The menus themselves, as they open: tst_largetext.)
    const auto sizes = [&window] {
        return QList<qreal>{window.menuBar()->font().pointSizeF(),
                            window.statusBar()->font().pointSizeF()};
    };
    window.setZoom(100);
    const QList<qreal> normal = sizes();
    window.setZoom(200);
    const QList<qreal> large = sizes();
    QCOMPARE(large.size(), normal.size());
    for (qsizetype i = 0; i < normal.size(); ++i)
        QVERIFY2(large.at(i) >= 1.9 * normal.at(i),
                 qPrintable(u"%1: %2 -> %3"_s.arg(i).arg(normal.at(i)).arg(large.at(i))));
    // and a menu shown at that size is as wide as its longest command needs.
    QMenu *file = window.menuBar()->actions().constFirst()->menu();
    file->popup(window.menuBar()->mapToGlobal(QPoint(0, window.menuBar()->height())));
    file->hide();
    QVERIFY(file->font().pointSizeF() > normal.at(0));
    QVERIFY(file->sizeHint().width() >=
            QFontMetrics(file->font()).horizontalAdvance(u"Save This Topic as PDF…"_s));
}

// Stands in for the system's file manager.
class FolderOpener : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

void TestMainWindow::openTheFolder_saysSoWhenNothingOpens()
{
    QTemporaryDir dir;
    SaveLocationDialog dialog(listPath(dir));
    dialog.show();
    auto *button = dialog.findChild<QPushButton *>(u"openFolderButton"_s);
    auto *result = dialog.findChild<QLabel *>(u"openFolderResult"_s);
    QVERIFY(button && result);
    // With a file manager: it gets the folder, and nothing more is said.
    FolderOpener opener;
    QDesktopServices::setUrlHandler(u"file"_s, &opener, "open");
    QTest::mouseClick(button, Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(u"file"_s);
    QCOMPARE(opener.opened, QList<QUrl>{QUrl::fromLocalFile(dir.path())});
    QVERIFY(!result->isVisible());
    // Without one (this headless platform has none): the person is told, with the folder.
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(result->isVisible());
    QVERIFY2(result->text().startsWith(u"No file manager could be opened"_s),
             qPrintable(result->text()));
    QVERIFY(result->text().contains(QDir::toNativeSeparators(dir.path())));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
