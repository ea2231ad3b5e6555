#include "TestSupport.h"
#include "core/checklist/AutoSaver.h"
#include "core/checklist/ChecklistModel.h"
#include "core/checklist/ChecklistStore.h"
#include "ui/EndOfSession.h"
#include "ui/MainWindow.h"
#include "ui/checklist/ChecklistPanel.h"

#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace nextsteps;

// The program ended from outside (a logout, a shutdown, `kill`, the terminal closed) moments
// after an edit: the edit is on disk, read back from the file.
class TestEndOfSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settingsDir); }
    void signal_savesWhatWasJustTyped_data();
    void signal_savesWhatWasJustTyped();

private:
    QTemporaryDir m_settingsDir;
};

void TestEndOfSession::signal_savesWhatWasJustTyped_data()
{
    QTest::addColumn<int>("signalNumber");
#ifdef Q_OS_UNIX
    QTest::newRow("SIGTERM (logout, shutdown, kill)") << int(SIGTERM);
    QTest::newRow("SIGHUP (the terminal closed)") << int(SIGHUP);
    QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT);
#endif
}

void TestEndOfSession::signal_savesWhatWasJustTyped()
{
#ifndef Q_OS_UNIX
    QSKIP("Signals are a Unix thing; Windows ends programs through the session.");
#else
    QFETCH(int, signalNumber);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    MainWindow window(path);
    // Only the end of the program may save here: the usual timers would take a minute.
    window.autoSaver()->setDelay(60 * 1000);
    window.autoSaver()->setMaxDelay(60 * 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.checklistModel()->addQuestion(u"Will the new pain medicine make me sleepy?"_s);
    ChecklistPanel *panel = window.checklistPanel();
    panel->selectRow(0);
    panel->answerEdit()->setFocus();
    QTest::keyClicks(panel->answerEdit(), u"Maybe at first"_s);
    QVERIFY(!QFile::exists(path));

    QSignalSpy ending(EndOfSession::install(), &EndOfSession::endingSoon);
    QVERIFY(::raise(signalNumber) == 0);
    QTRY_COMPARE(ending.size(), 1);
    const ChecklistStore::LoadResult saved = ChecklistStore::loadFromFile(path);
    QCOMPARE(saved.status, ChecklistStore::LoadResult::Status::Loaded);
    QCOMPARE(saved.data.items.size(), 1);
    QCOMPARE(saved.data.items.first().text, u"Will the new pain medicine make me sleepy?"_s);
    QCOMPARE(saved.data.items.first().answer, u"Maybe at first"_s);
    QVERIFY(!window.autoSaver()->hasUnsavedChanges());
#endif
}

QTEST_MAIN(TestEndOfSession)
#include "tst_endofsession.moc"
