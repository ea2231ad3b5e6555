#include "TestSupport.h"
#include "core/checklist/AutoSaver.h"
#include "core/checklist/ChecklistModel.h"
#include "core/checklist/ChecklistStore.h"
#include "ui/MainWindow.h"
#include "ui/checklist/ChecklistPanel.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nextsteps;

// What the window tells, and what it leaves alone, when a list comes to it in an unusual state.
class TestListNotices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settingsDir); }
    void damagedList_openedTwice_saysDamagedInBothWindows();
    void answerWithOtherLineEnds_showingItSavesNothing();

private:
    QTemporaryDir m_settingsDir;
};

namespace {
QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
void put(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}
} // namespace

void TestListNotices::damagedList_openedTwice_saysDamagedInBothWindows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    put(path, R"({"format":"nextsteps-checklist","version":2,"questions":[
        {"text":"Kept?"}, {"text": 42}, {"text":"Kept too?"}]})");
    MainWindow first(path);
    const QString firstNotice = first.checklistPanel()->noticeLabel()->text();
    QVERIFY2(firstNotice.contains(u"could not be read"_s), qPrintable(firstNotice));
    MainWindow second(path);
    const QString secondNotice = second.checklistPanel()->noticeLabel()->text();
    QVERIFY2(secondNotice.contains(u"another Next Steps window"_s), qPrintable(secondNotice));
    QVERIFY2(secondNotice.contains(u"could not be read"_s), qPrintable(secondNotice));
    QCOMPARE(second.checklistModel()->rowCount(), 2);
}

void TestListNotices::answerWithOtherLineEnds_showingItSavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    put(path, R"({"format":"nextsteps-checklist","version":2,"questions":[
        {"text":"First?","answer":"one\r\ntwo\rthree\u2028four\u2029five"},
        {"text":"Second?"}]})");
    const QByteArray before = bytesOf(path);
    MainWindow window(path);
    window.autoSaver()->setDelay(10);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ChecklistPanel *panel = window.checklistPanel();
    panel->selectRow(0);
    QCOMPARE(panel->answerEdit()->toPlainText(), u"one\ntwo\nthree\nfour\nfive"_s);
    panel->selectRow(1);
    panel->selectRow(0);
    QVERIFY(!window.autoSaver()->hasUnsavedChanges());
    QVERIFY(window.autoSaver()->flush());
    QCOMPARE(bytesOf(path), before);
}

QTEST_MAIN(TestListNotices)
#include "tst_listnotices.moc"
