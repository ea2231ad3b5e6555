#include "LaptopScreen.h"
#include "PdfText.h"
#include "TestFiles.h"
#include "TestSupport.h"
#include "core/checklist/AutoSaver.h"
#include "core/checklist/ChecklistModel.h"
#include "core/checklist/ChecklistStore.h"
#include "core/diary/SymptomDiary.h"
#include "ui/DiaryKeeper.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/diary/DiaryCharts.h"
#include "ui/diary/DiaryEntryForm.h"
#include "ui/diary/DiaryPane.h"
#include "ui/diary/DiaryPrintout.h"
#include "ui/print/PrintController.h"
#include "ui/reading/ReadingPane.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/TextSize.h"
#include "ui/widgets/TrendChart.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using namespace nextsteps;
using namespace nextsteps::testfiles;

namespace {

QString listPath(const QTemporaryDir &dir)
{
    return dir.filePath(u"checklist.json"_s);
}

// A diary with a visit 30 days ago and scores every third day since 40 days ago.
void fillDiary(ChecklistModel *model)
{
    const QDate today = QDate::currentDate();
    ChecklistData data = model->checklist();
    data.archive.append(
        {QDateTime::currentDateTimeUtc(), Visit(today.addDays(-30), u"Dr. Lee"_s), {}});
    model->replaceChecklist(data);
    SymptomDiary diary = SymptomDiary::withDefaults();
    for (int back = 40; back >= 0; back -= 3) {
        DiaryEntry entry;
        entry.date = today.addDays(-back);
        entry.scores = {
            {u"pain"_s, back > 30 ? 2 : 6}, {u"breathing"_s, back > 30 ? 0 : 4}, {u"mood"_s, 3}};
        entry.weight = 70 - (40 - back) / 10.0;
        diary.setEntry(entry);
    }
    model->setSection(SymptomDiary::SectionName, diary.toJson(), u"fill"_s);
}

SymptomDiary savedDiary(const QString &path)
{
    return SymptomDiary::fromJson(
        ChecklistStore::loadFromFile(path).data.sections.value(SymptomDiary::SectionName));
}

} // namespace

// How I've been (issue 29), tried as a person would: scores typed by keyboard and kept in the
// list's file, the change since the last visit and To tell in one step, the chart and the table,
// the page on paper.
class TestDiary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settingsDir); }
    void cleanup() { resetAfterTest(); }
    void todaysScores_byKeyboard_areSavedAndUndone();
    void anEarlierDay_canBeScored_aLaterOneNot();
    void sinceLastVisit_saysThenNowHighest_andGoesToToTellInOneStep();
    void worseBreathing_pointsToTheUrgentPage();
    void table_holdsTheNumbers_andTheChartSaysThePoint();
    void pdf_holdsTheSummary_onItsOwnAndWithTheQuestions();
    void screenReaders_hearEachScoreByItsName();
    void at300Percent_eachScoreIsReachedAndShown();
    void choosingWhatToTrack_addsMyOwn();
    void aNewerDiary_isReadOnly();
    void aListOpenElsewhere_keepsTheDiaryReadOnly();
    void scores_areKeptAsTyped_safeFromTheWheel_clearedByDelete();
    void weight_aCommaIsTheDecimalPoint_andASlipIsQuestioned();

private:
    QTemporaryDir m_settingsDir;
};

void TestDiary::todaysScores_byKeyboard_areSavedAndUndone()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(u"goToDiary"_s)->trigger();
    DiaryPane *pane = window.diaryKeeper()->pane();
    QTRY_VERIFY(pane->form()->scoreBox(u"pain"_s)->hasFocus());
    // Opening the diary changes nothing.
    const int steps = window.undoStack()->count();
    QCOMPARE(steps, 0);
    // Pain 4, sore mouth 7, dry mouth 10, swallowing skipped, mucus 0: digits and Enter.
    for (const QString &keys : {u"4"_s, u"7"_s, u"10"_s, QString(), u"0"_s}) {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClicks(focus, keys);
        QTest::keyClick(focus, Qt::Key_Return);
    }
    // Breathing by the arrow keys: up three times from "–" is 2.
    QWidget *breathing = QApplication::focusWidget();
    QCOMPARE(breathing, pane->form()->scoreBox(u"breathing"_s));
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(breathing, Qt::Key_Up);
    QTest::keyClick(breathing, Qt::Key_Return);
    pane->form()->weightBox()->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(pane->form()->weightBox(), u"68.5"_s);
    QTest::keyClick(pane->form()->weightBox(), Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), pane->form()->noteEdit());
    QTest::keyClicks(pane->form()->noteEdit(), u"Soup only, pain worse at night"_s);
    QTest::keyClick(pane->form()->noteEdit(), Qt::Key_Return); // says the day is kept

    // Kept as typed, all of the day's changes one step of Edit > Undo.
    QCOMPARE(window.undoStack()->count(), steps + 1);
    QVERIFY(window.autoSaver()->flush());
    const SymptomDiary diary = savedDiary(listPath(dir));
    const DiaryEntry *today = diary.entryOn(QDate::currentDate());
    QVERIFY(today);
    const QMap<QString, int> expected{{u"pain"_s, 4},
                                      {u"soreMouth"_s, 7},
                                      {u"dryMouth"_s, 10},
                                      {u"mucus"_s, 0},
                                      {u"breathing"_s, 2}};
    QCOMPARE(today->scores, expected);
    QCOMPARE(today->weight, 68.5);
    QCOMPARE(today->note, u"Soup only, pain worse at night"_s);

    window.undoStack()->undo();
    QVERIFY(window.autoSaver()->flush());
    QVERIFY(!savedDiary(listPath(dir)).entryOn(QDate::currentDate()));
    QCOMPARE(pane->form()->scoreBox(u"pain"_s)->value(), -1); // the form shows it too
    window.undoStack()->redo();
    QCOMPARE(pane->form()->scoreBox(u"pain"_s)->value(), 4);
}

void TestDiary::anEarlierDay_canBeScored_aLaterOneNot()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    DiaryPane *pane = window.diaryKeeper()->pane();
    const QDate earlier = QDate::currentDate().addDays(-12);
    pane->form()->dateField()->setDate(earlier);
    pane->form()->scoreBox(u"cough"_s)->setValue(5);
    QVERIFY(pane->keepScores());
    QCOMPARE(DiaryPane::diaryOf(window.checklistModel()).entryOn(earlier)->scores.value(u"cough"_s),
             5);
    // That day's scores come back when the day is chosen again.
    pane->form()->dateField()->setDate(QDate::currentDate());
    QCOMPARE(pane->form()->scoreBox(u"cough"_s)->value(), -1);
    pane->form()->dateField()->setDate(earlier);
    QCOMPARE(pane->form()->scoreBox(u"cough"_s)->value(), 5);
    // Tomorrow is refused once it is written, in a message, and the day is today again;
    // nothing is kept for it meanwhile.
    pane->form()->dateField()->setDate(QDate::currentDate().addDays(1));
    pane->form()->scoreBox(u"cough"_s)->setValue(3);
    QVERIFY(!pane->keepScores());
    Ask::setNextAnswers({Ask::Answer::Ok});
    Q_EMIT pane->form()->dateField()->lineEdit()->editingFinished();
    QVERIFY(Ask::askedForTesting().join(u' ').contains(u"That day has not come yet"_s));
    QCOMPARE(pane->form()->dateField()->date(), QDate::currentDate());
    QVERIFY(!DiaryPane::diaryOf(window.checklistModel()).entryOn(QDate::currentDate().addDays(1)));
}

void TestDiary::scores_areKeptAsTyped_safeFromTheWheel_clearedByDelete()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(u"goToDiary"_s)->trigger();
    DiaryPane *pane = window.diaryKeeper()->pane();
    QSpinBox *pain = pane->form()->scoreBox(u"pain"_s);
    QTRY_VERIFY(pain->hasFocus());
    // Typed and never "kept": on disk all the same (a person may close the window next).
    QTest::keyClicks(pain, u"9"_s);
    QVERIFY(window.autoSaver()->flush());
    QCOMPARE(savedDiary(listPath(dir)).entryOn(QDate::currentDate())->scores.value(u"pain"_s), 9);
    // The wheel over a box without the focus scrolls the page, it does not change the score.
    QSpinBox *cough = pane->form()->scoreBox(u"cough"_s);
    cough->setValue(4);
    QWheelEvent wheel(QPointF(5, 5), cough->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(cough, &wheel);
    QCOMPARE(cough->value(), 4);
    // Delete on the chosen number: not scored again.
    cough->setFocus(Qt::TabFocusReason);
    QTest::keyClick(cough, Qt::Key_Delete);
    QCOMPARE(cough->value(), -1);
    QVERIFY(!DiaryPane::diaryOf(window.checklistModel())
                 .entryOn(QDate::currentDate())
                 ->scores.contains(u"cough"_s));
    // Ctrl+Z in a box is Edit > Undo: the day's changes go, all of them.
    QTest::keyClick(cough, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!DiaryPane::diaryOf(window.checklistModel()).entryOn(QDate::currentDate()));
    QTRY_COMPARE(pain->value(), -1);
}

void TestDiary::weight_aCommaIsTheDecimalPoint_andASlipIsQuestioned()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.diaryKeeper()->goTo();
    DiaryPane *pane = window.diaryKeeper()->pane();
    SymptomDiary diary = SymptomDiary::withDefaults();
    diary.weightUnit = u"kg"_s;
    DiaryEntry before;
    before.date = QDate::currentDate().addDays(-2);
    before.weight = 66;
    diary.setEntry(before);
    window.checklistModel()->setSection(SymptomDiary::SectionName, diary.toJson(), u"x"_s);
    QDoubleSpinBox *weight = pane->form()->weightBox();
    for (const QString &typed : {u"65,5"_s, u"65.5"_s}) {
        weight->setFocus(Qt::TabFocusReason);
        weight->selectAll();
        QTest::keyClicks(weight, typed);
        QTest::keyClick(weight, Qt::Key_Tab);
        QCOMPARE(weight->value(), 65.5);
    }
    QVERIFY(Ask::askedForTesting().isEmpty()); // 65.5 after 66: nothing to ask
    // A digit too many: asked, and "Let Me Fix It" puts the person back in the box.
    Ask::setNextAnswers({Ask::Answer::ChooseAnother});
    weight->setFocus(Qt::TabFocusReason);
    weight->selectAll();
    QTest::keyClicks(weight, u"655"_s);
    Q_EMIT weight->editingFinished(); // the box is left (Tab, a click elsewhere)
    QVERIFY2(Ask::askedForTesting().join(u' ').contains(u"Is 655.0 kg right?"_s),
             qPrintable(Ask::askedForTesting().join(u" | "_s)));
    QTRY_VERIFY(weight->hasFocus());
}

void TestDiary::aListOpenElsewhere_keepsTheDiaryReadOnly()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    DiaryPane *pane = window.diaryKeeper()->pane();
    QVERIFY(pane->form()->keepButton()->isEnabled());
    window.checklistModel()->setReadOnly(true, u"it is open in another Next Steps window"_s);
    QVERIFY(!pane->form()->keepButton()->isEnabled());
    QVERIFY(!pane->form()->chooseButton()->isEnabled());
    pane->form()->scoreBox(u"pain"_s)->setValue(3);
    QVERIFY(!pane->keepScores());
    QVERIFY(DiaryPane::diaryOf(window.checklistModel()).entries.isEmpty());
}

void TestDiary::sinceLastVisit_saysThenNowHighest_andGoesToToTellInOneStep()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    fillDiary(window.checklistModel());
    DiaryPane *pane = window.diaryKeeper()->pane();
    QTableWidget *table = pane->sinceTable();
    const auto rowOf = [table](const QString &name) {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == name)
                return row;
        }
        return -1;
    };
    const int pain = rowOf(u"Pain"_s);
    QVERIFY(pain >= 0);
    QCOMPARE(table->item(pain, 1)->text(), u"2"_s);
    QCOMPARE(table->item(pain, 2)->text(), u"6"_s);
    QCOMPARE(table->item(pain, 3)->text(), u"6"_s);
    QCOMPARE(table->item(pain, 4)->text(), u"worse"_s);
    QCOMPARE(table->item(rowOf(u"Trouble breathing"_s), 4)->text(), u"new"_s);
    QCOMPARE(table->item(rowOf(u"Low mood"_s), 4)->text(), u"the same"_s);
    QCOMPARE(rowOf(u"Cough"_s), -1); // never scored: not in the table
    QCOMPARE(table->rowCount(), 3);
    // Every row shows without scrolling the table.
    QVERIFY(table->height() >= table->rowViewportPosition(table->rowCount() - 1) +
                                   table->rowHeight(table->rowCount() - 1));

    const int steps = window.undoStack()->count();
    QVERIFY(pane->toTellButton()->isEnabled());
    pane->toTellButton()->click();
    const QList<ToTellItem> toTell = window.checklistModel()->checklist().toTell;
    QCOMPARE(toTell.size(), 2);
    QVERIFY(toTell.at(0).text.startsWith(u"Pain"_s));
    QCOMPARE(toTell.at(0).severity, 6);
    QVERIFY(toTell.at(0).notes.contains(u"2 then, 6 now"_s));
    QVERIFY(toTell.at(1).text.startsWith(u"Trouble breathing"_s));
    // One step: one Undo takes both away. Twice adds nothing more.
    QCOMPARE(window.undoStack()->count(), steps + 1);
    pane->addToToTell();
    QCOMPARE(window.checklistModel()->checklist().toTell.size(), 2);
    window.undoStack()->setIndex(steps);
    QCOMPARE(window.checklistModel()->checklist().toTell.size(), 0);
}

void TestDiary::worseBreathing_pointsToTheUrgentPage()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DiaryPane *pane = window.diaryKeeper()->pane();
    window.diaryKeeper()->goTo();
    QVERIFY(!pane->urgentLabel()->isVisible()); // nothing written: nothing to point to
    fillDiary(window.checklistModel());
    QTRY_VERIFY(pane->urgentLabel()->isVisibleTo(pane));
    QVERIFY(pane->urgentLabel()->text().contains(u"topic:urgent"_s));
    // It points to the page; it never says whether a score is safe.
    QVERIFY(!pane->urgentLabel()->text().contains(u"safe"_s, Qt::CaseInsensitive));
    Q_EMIT pane->urgentLabel()->linkActivated(u"topic:urgent"_s);
    QTRY_COMPARE(window.readingPane()->currentTopicId(), u"urgent"_s);
}

void TestDiary::table_holdsTheNumbers_andTheChartSaysThePoint()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    fillDiary(window.checklistModel());
    window.diaryKeeper()->goTo();
    DiaryCharts *charts = window.diaryKeeper()->pane()->charts();
    charts->setRange(DiaryCharts::Range::Everything);
    charts->setView(DiaryCharts::View::Table);
    QTableWidget *table = charts->table();
    const SymptomDiary diary = DiaryPane::diaryOf(window.checklistModel());
    QCOMPARE(table->rowCount(), diary.entries.size());
    int painColumn = -1;
    for (int column = 0; column < table->columnCount(); ++column) {
        if (table->horizontalHeaderItem(column)->text() == u"Pain")
            painColumn = column;
    }
    QVERIFY(painColumn > 0);
    // Newest first, each row's numbers the day's own.
    for (int row = 0; row < table->rowCount(); ++row) {
        const DiaryEntry &entry = diary.entries.at(diary.entries.size() - 1 - row);
        QCOMPARE(table->item(row, 0)->text(), QLocale().toString(entry.date, QLocale::ShortFormat));
        QCOMPARE(table->item(row, painColumn)->text(),
                 QString::number(entry.scores.value(u"pain"_s)));
    }
    // The chart: the keyboard goes to the latest point, and the words say it.
    charts->setView(DiaryCharts::View::OneChart);
    TrendChart *chart = charts->chart();
    chart->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(chart->hasFocus());
    QTest::keyClick(chart, Qt::Key_Left);
    const DiaryEntry &before = diary.entries.at(diary.entries.size() - 2);
    QCOMPARE(chart->accessibleDescription(),
             u"Pain, %1: %2 of 10"_s.arg(Visit::dateText(before.date))
                 .arg(before.scores.value(u"pain"_s)));
    // One chart each: a chart for each symptom scored, and one for the weight.
    charts->setView(DiaryCharts::View::ChartEach);
    QCOMPARE(charts->eachCharts().size(), 4);
}

void TestDiary::pdf_holdsTheSummary_onItsOwnAndWithTheQuestions()
{
    NEXTSTEPS_REQUIRE_PDFTOTEXT();
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    window.checklistModel()->addQuestion(u"Why is my pain worse at night?"_s);
    fillDiary(window.checklistModel());
    const QString own = dir.filePath(u"diary.pdf"_s);
    Ask::setNextFileNames({own});
    window.printController()->savePdf(window.diaryKeeper()->printable());
    const QString page = testprint::pdfPages(own).join(u' ').simplified();
    QVERIFY2(page.contains(DiaryPrintout::title()), qPrintable(page));
    for (const QString &words :
         {u"Pain"_s, u"Trouble breathing"_s, u"Low mood"_s, u"worse"_s, u"new"_s, u"the same"_s,
          u"Weight"_s, Visit::dateText(QDate::currentDate().addDays(-30))})
        QVERIFY2(page.contains(words), qPrintable(words));
    // The chart's legend and axis are words in the PDF too.
    QVERIFY(page.contains(u"10"_s));

    // With the questions, after them, when chosen; not when not.
    const QString visit = dir.filePath(u"visit.pdf"_s);
    Ask::setNextFileNames({visit});
    window.printController()->savePdfList();
    const QStringList pages = testprint::pdfPages(visit);
    QVERIFY(pages.first().contains(u"Why is my pain worse at night?"_s));
    QVERIFY(pages.join(u' ').simplified().contains(DiaryPrintout::title()));
    window.diaryKeeper()->printWithQuestionsAction()->setChecked(false);
    const QString without = dir.filePath(u"without.pdf"_s);
    Ask::setNextFileNames({without});
    window.printController()->savePdfList();
    const QString questionsOnly = testprint::pdfPages(without).join(u' ').simplified();
    QVERIFY(questionsOnly.contains(u"Why is my pain worse at night?"_s));
    QVERIFY(!questionsOnly.contains(DiaryPrintout::title()));
    // The text export follows the same choice.
    QVERIFY(!window.printController()->currentList().plainText.contains(DiaryPrintout::title()));
    window.diaryKeeper()->printWithQuestionsAction()->setChecked(true);
    QVERIFY(window.printController()->currentList().plainText.contains(u"Pain: worse"_s));
}

void TestDiary::screenReaders_hearEachScoreByItsName()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    DiaryPane *pane = window.diaryKeeper()->pane();
    for (const QString &id : SymptomDiary::builtinIds()) {
        QSpinBox *box = pane->form()->scoreBox(id);
        QVERIFY2(box, qPrintable(id));
        QCOMPARE(box->accessibleName(), SymptomDiary::builtinName(id));
        QVERIFY(box->accessibleDescription().contains(u"10"_s));
    }
    QVERIFY(!pane->charts()->chart()->accessibleName().isEmpty());
    QVERIFY(!pane->charts()->table()->accessibleName().isEmpty());
}

void TestDiary::at300Percent_eachScoreIsReachedAndShown()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(u"goToDiary"_s)->trigger();
    DiaryPane *pane = window.diaryKeeper()->pane();
    const int lineAt100 = QFontMetrics(pane->form()->scoreBox(u"pain"_s)->font()).height();
    window.setZoom(300);
    // The diary's words grow with the text size, as the rest of the window's do.
    QVERIFY(QFontMetrics(pane->form()->scoreBox(u"pain"_s)->font()).height() >= lineAt100 * 5 / 2);
    window.findChild<QAction *>(u"goToDiary"_s)->trigger();
    QTRY_VERIFY(pane->form()->scoreBox(u"pain"_s)->hasFocus());
    // Enter from box to box: each one reached is in view, whole.
    for (const QString &id : SymptomDiary::builtinIds()) {
        QSpinBox *box = pane->form()->scoreBox(id);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(box));
        QTRY_COMPARE(box->visibleRegion().boundingRect().size(), box->size());
        QTest::keyClick(box, Qt::Key_Return);
    }
    QVERIFY(window.frameGeometry().height() <= 768);
}

void TestDiary::choosingWhatToTrack_addsMyOwn()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    DiaryPane *pane = window.diaryKeeper()->pane();
    Ask::setNextDialogs({[](QDialog *dialog) {
        auto *own = dialog->findChild<QLineEdit *>(u"ownSymptom"_s);
        QTest::keyClicks(own, u"Hiccups"_s);
        QTest::keyClick(own, Qt::Key_Return);
        return int(QDialog::Accepted);
    }});
    pane->form()->chooseButton()->click();
    QSpinBox *box = pane->form()->scoreBox(u"own-1"_s);
    QVERIFY(box);
    QCOMPARE(box->accessibleName(), u"Hiccups"_s);
}

void TestDiary::aNewerDiary_isReadOnly()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    window.checklistModel()->setSection(
        SymptomDiary::SectionName, {{u"version"_s, 99}, {u"entries"_s, QJsonArray()}}, u"newer"_s);
    DiaryPane *pane = window.diaryKeeper()->pane();
    QVERIFY(!pane->form()->keepButton()->isEnabled());
    QVERIFY(pane->form()->scoreBox(u"pain"_s)->isReadOnly());
    const int steps = window.undoStack()->count();
    QVERIFY(!pane->keepScores());
    QCOMPARE(window.undoStack()->count(), steps);
}

int main(int argc, char *argv[])
{
    return execOnLaptopScreen<TestDiary>(argc, argv);
}

#include "tst_diary.moc"
