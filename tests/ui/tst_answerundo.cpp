#include "TestSupport.h"
#include "core/checklist/AutoSaver.h"
#include "core/checklist/ChecklistModel.h"
#include "ui/MainWindow.h"
#include "ui/checklist/ChecklistPanel.h"
#include "ui/style/AppStyle.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nextsteps;

// Undo in the answer (issue 28): Ctrl+Z in the field and Edit > Undo are one history, a word a
// step; whatever the order of typing, undoing and redoing, the field, the list and the file on
// disk say the same, and nothing typed is lost for good.
class TestAnswerUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sequences_data();
    void sequences();
    void ctrlR_goesToTheEndOfTheAnswer();

private:
    QTemporaryDir m_settingsDir;
};

void TestAnswerUndo::initTestCase()
{
    isolateSettings(m_settingsDir);
    QApplication::setStyle(new AppStyle(u"fusion"_s));
}

void TestAnswerUndo::sequences_data()
{
    // Steps: "t:words" types into the answer; "z" Ctrl+Z in the answer; "y" Ctrl+Shift+Z;
    // "u" and "r" Edit > Undo and Redo from the menu; "q" the focus to the list and back (Ctrl+R).
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("answer");
    QTest::newRow("type") << QStringList{u"t:Come back in two weeks"_s}
                          << u"Come back in two weeks"_s;
    QTest::newRow("ctrl+z a word")
        << QStringList{u"t:Come back in two weeks"_s, u"z"_s} << u"Come back in two"_s;
    QTest::newRow("ctrl+z then menu undo")
        << QStringList{u"t:Come back in two weeks"_s, u"z"_s, u"u"_s} << u"Come back in"_s;
    QTest::newRow("undo, redo by both")
        << QStringList{u"t:Come back in two weeks"_s, u"z"_s, u"u"_s, u"y"_s, u"r"_s}
        << u"Come back in two weeks"_s;
    QTest::newRow("undo, then type on at the end")
        << QStringList{u"t:Come back in two weeks"_s, u"z"_s, u"t: or three"_s}
        << u"Come back in two or three"_s;
    QTest::newRow("all undone, all redone") << QStringList{u"t:Call the nurse line"_s,
                                                           u"z"_s,
                                                           u"z"_s,
                                                           u"z"_s,
                                                           u"z"_s,
                                                           u"y"_s,
                                                           u"y"_s,
                                                           u"y"_s,
                                                           u"y"_s}
                                            << u"Call the nurse line"_s;
    QTest::newRow("leave, come back, undo")
        << QStringList{u"t:Scan in May"_s, u"q"_s, u"z"_s, u"t: June"_s} << u"Scan in June"_s;
    QTest::newRow("new lines") << QStringList{u"t:Yes\nin two weeks"_s, u"z"_s} << u"Yes\nin two"_s;
}

void TestAnswerUndo::sequences()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, answer);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    {
        MainWindow window(path);
        window.checklistModel()->addQuestion(u"When is the next scan?"_s);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ChecklistPanel *panel = window.checklistPanel();
        panel->selectRow(0);
        QPlainTextEdit *field = panel->answerEdit();
        panel->findChild<QAction *>(u"editAnswer"_s)->trigger(); // Ctrl+R
        QCOMPARE(QApplication::focusWidget(), field);
        for (const QString &step : std::as_const(steps)) {
            if (step.startsWith(u"t:")) {
                for (const QChar c : step.mid(2)) {
                    if (c == u'\n')
                        QTest::keyClick(field, Qt::Key_Return);
                    else
                        QTest::keyClicks(field, QString(c));
                }
            } else if (step == u"z") {
                QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier);
            } else if (step == u"y") {
                QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            } else if (step == u"u" || step == u"r") {
                window.findChild<QAction *>(step == u"u" ? u"undo"_s : u"redo"_s)->trigger();
            } else if (step == u"q") {
                panel->focusList();
                panel->findChild<QAction *>(u"editAnswer"_s)->trigger();
            }
            // The field and the list never disagree.
            QCOMPARE(field->toPlainText(), window.checklistModel()->item(0).answer);
        }
        QCOMPARE(field->toPlainText(), answer);
        QCOMPARE(window.checklistModel()->item(0).answer, answer);
        window.close(); // closing the window saves
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(saved.value(u"questions"_s).toArray().at(0).toObject().value(u"answer"_s).toString(),
             answer);
}

void TestAnswerUndo::ctrlR_goesToTheEndOfTheAnswer()
{
    QTemporaryDir dir;
    MainWindow window(dir.filePath(u"checklist.json"_s));
    window.checklistModel()->addQuestion(u"Can I travel?"_s);
    window.checklistModel()->setField(0, ChecklistModel::Field::Answer, u"Yes, with oxygen"_s);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ChecklistPanel *panel = window.checklistPanel();
    panel->selectRow(0);
    panel->focusList();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), panel->answerEdit());
    QTest::keyClicks(panel->answerEdit(), u" and a letter"_s);
    QCOMPARE(window.checklistModel()->item(0).answer, u"Yes, with oxygen and a letter"_s);
}

QTEST_MAIN(TestAnswerUndo)
#include "tst_answerundo.moc"
