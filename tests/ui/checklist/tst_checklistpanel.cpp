#include "TestFiles.h"
#include "core/checklist/AutoSaver.h"
#include "core/checklist/ChecklistFormat.h"
#include "core/checklist/ChecklistModel.h"
#include "ui/checklist/ChecklistPanel.h"
#include "ui/checklist/PastListsDialog.h"
#include "ui/checklist/VisitDialog.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/DateField.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace nextsteps;

class TestChecklistPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addButtonAndEnter_addQuestions();
    void duplicate_isNotAddedAndIsSelected();
    void space_ticksTheQuestion();
    void markImportant_andSummary();
    void rowHeight_followsItsContent();
    void typingAnAnswer_rowsNeverOverlap();
    void answer_isSavedAsYouTypeAndUndoesAWordAtATime();
    void details_showTheCurrentQuestionAndLookingChangesNothing();
    void details_followUndoAndTheList();
    void ctrlArrows_moveTheQuestion();
    void deleteKey_removesAndUndoBringsBack();
    void editInPlace_changesTheText();
    void visit_isShownAtTheTop();
    void visitDialog_returnsWhatWasEntered();
    void pastLists_showAndBringBack();
    void visitButton_whatIsTypedReachesTheListAndTheFile();
    void visitButton_cancelChangesNothing();
    void startNewList_putsTheOldListInPastLists();
    void pastLists_bringBackAList();
    void readOnly_disablesEditing();

private:
    // What the autosaver wrote: the list as the file holds it.
    static ChecklistData savedList(AutoSaver *saver)
    {
        if (!saver->flush())
            return {};
        return ChecklistFormat::parse(testfiles::readAll(saver->path())).data;
    }
    QStringList texts() const
    {
        QStringList list;
        for (int i = 0; i < m_model->rowCount(); ++i)
            list << m_model->item(i).text;
        return list;
    }
    ChecklistModel *m_model = nullptr;
    QUndoStack *m_stack = nullptr;
    ChecklistPanel *m_panel = nullptr;
};

void TestChecklistPanel::init()
{
    m_model = new ChecklistModel;
    m_stack = new QUndoStack;
    m_model->setUndoStack(m_stack);
    m_panel = new ChecklistPanel(m_model);
    m_panel->resize(420, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    m_panel->activateWindow();
}

void TestChecklistPanel::cleanup()
{
    Ask::resetForTesting();
    delete m_panel;
    delete m_stack;
    delete m_model;
}

void TestChecklistPanel::addButtonAndEnter_addQuestions()
{
    QTest::keyClicks(m_panel->newQuestionField(), u"First question?"_s);
    QTest::mouseClick(m_panel->findChild<QPushButton *>(u"addQuestionButton"_s), Qt::LeftButton);
    QTest::keyClicks(m_panel->newQuestionField(), u"Second question?"_s);
    QTest::keyClick(m_panel->newQuestionField(), Qt::Key_Return);
    QCOMPARE(texts(), (QStringList{u"First question?"_s, u"Second question?"_s}));
    QCOMPARE(m_panel->currentRow(), 1); // the new one is selected
    QVERIFY(m_panel->summaryLabel()->text().contains(u"0 of 2 asked"_s));
}

void TestChecklistPanel::duplicate_isNotAddedAndIsSelected()
{
    m_model->addQuestion(u"Same?"_s);
    m_model->addQuestion(u"Other?"_s);
    QTest::keyClicks(m_panel->newQuestionField(), u"same?"_s);
    QTest::keyClick(m_panel->newQuestionField(), Qt::Key_Return);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_panel->currentRow(), 0);
}

void TestChecklistPanel::space_ticksTheQuestion()
{
    m_model->addQuestion(u"Tick me?"_s);
    m_panel->focusList();
    m_panel->selectRow(0);
    QTest::keyClick(m_panel->list(), Qt::Key_Space);
    QVERIFY(m_model->item(0).asked);
    QVERIFY(m_panel->askedBox()->isChecked());
    QVERIFY(m_panel->summaryLabel()->text().contains(u"1 of 1 asked"_s));
}

void TestChecklistPanel::markImportant_andSummary()
{
    m_model->addQuestion(u"Less important?"_s);
    m_model->addQuestion(u"Very important?"_s);
    m_panel->selectRow(1);
    m_panel->findChild<QAction *>(u"toggleImportant"_s)->trigger();
    QVERIFY(m_model->item(1).important);
    QVERIFY(m_panel->importantBox()->isChecked());
    QVERIFY(m_panel->summaryLabel()->text().contains(u"1 important"_s));
    QVERIFY(m_model->index(1).data(Qt::FontRole).value<QFont>().bold());
    m_panel->importantBox()->click();
    QVERIFY(!m_model->item(1).important);
}

void TestChecklistPanel::typingAnAnswer_rowsNeverOverlap()
{
    // Key by key into the answer of a question in the middle: its row grows as the answer
    // wraps, and the rows below move down with it (the view lays rows out again only when a
    // row's height changes).
    for (int i = 0; i < 6; ++i)
        m_model->addQuestion(u"Question number %1 about the new treatment?"_s.arg(i));
    const int row = 2;
    m_panel->selectRow(row);
    QPlainTextEdit *answer = m_panel->answerEdit();
    answer->setFocus();
    QListView *list = m_panel->list();
    QTRY_VERIFY(list->visualRect(m_model->index(row)).height() > 0);
    const int before = list->visualRect(m_model->index(row)).height();
    const QString words = u"The doctor said to come back in two weeks and to call the nurse line "
                          u"if the pain gets worse or the fever comes back before then. "_s;
    for (int i = 0; i < words.size(); ++i) {
        QTest::keyClick(answer, words.at(i).toLatin1());
        if (i % 15 != 0 && i != words.size() - 1)
            continue;
        QApplication::processEvents();
        for (int r = 0; r + 1 < m_model->rowCount(); ++r) {
            const QRect here = list->visualRect(m_model->index(r));
            const QRect next = list->visualRect(m_model->index(r + 1));
            QVERIFY2(
                here.bottom() < next.top(),
                qPrintable(u"rows %1 and %2 overlap after %3 keys"_s.arg(r).arg(r + 1).arg(i)));
        }
    }
    QCOMPARE(m_model->item(row).answer, words);
    QTRY_VERIFY(list->visualRect(m_model->index(row)).height() > before);
}

void TestChecklistPanel::rowHeight_followsItsContent()
{
    m_model->addQuestion(u"Short?"_s);
    m_model->addQuestion(u"Other?"_s);
    QListView *list = m_panel->list();
    QTRY_VERIFY(list->visualRect(m_model->index(0)).height() > 0);
    const int before = list->visualRect(m_model->index(0)).height();
    m_model->setField(0, ChecklistModel::Field::Answer, u"A first line of answer."_s);
    QTRY_VERIFY(list->visualRect(m_model->index(0)).height() > before);
    m_model->setField(0, ChecklistModel::Field::Answer, QString());
    QTRY_COMPARE(list->visualRect(m_model->index(0)).height(), before);
}

void TestChecklistPanel::answer_isSavedAsYouTypeAndUndoesAWordAtATime()
{
    m_model->addQuestion(u"What did they say?"_s);
    m_panel->selectRow(0);
    const int base = m_stack->index();
    m_panel->answerEdit()->setFocus();
    QTest::keyClicks(m_panel->answerEdit(), u"Come back"_s);
    QTest::keyClick(m_panel->answerEdit(), Qt::Key_Return);
    QTest::keyClicks(m_panel->answerEdit(), u"in two weeks"_s);
    QCOMPARE(m_model->item(0).answer, u"Come back\nin two weeks"_s);
    // A step a word: "Come", " back", "\nin", " two", " weeks".
    QCOMPARE(m_stack->index(), base + 5);
    QVERIFY(m_panel->summaryLabel()->text().contains(u"1 with an answer"_s));
    m_stack->undo();
    QCOMPARE(m_model->item(0).answer, u"Come back\nin two"_s);
    QCOMPARE(m_panel->answerEdit()->toPlainText(), u"Come back\nin two"_s);
    while (m_stack->index() > base)
        m_stack->undo();
    QCOMPARE(m_model->item(0).answer, QString());
    QCOMPARE(m_panel->answerEdit()->toPlainText(), QString());
}

void TestChecklistPanel::details_showTheCurrentQuestionAndLookingChangesNothing()
{
    m_model->addQuestion(u"First?"_s);
    m_model->addQuestion(u"Second?"_s);
    m_model->setField(0, ChecklistModel::Field::Answer, u"Yes, in May"_s);
    m_model->setField(0, ChecklistModel::Field::Asked, true);
    m_model->setField(1, ChecklistModel::Field::Important, true);
    const ChecklistData before = m_model->checklist();
    const int steps = m_stack->count();
    for (int row : {0, 1, 0, 1}) {
        m_panel->selectRow(row);
        QCOMPARE(m_panel->answerEdit()->toPlainText(), m_model->item(row).answer);
        QCOMPARE(m_panel->askedBox()->isChecked(), m_model->item(row).asked);
        QCOMPARE(m_panel->importantBox()->isChecked(), m_model->item(row).important);
    }
    QCOMPARE(m_model->checklist(), before);
    QCOMPARE(m_stack->count(), steps);

    // Typing goes on where the cursor is, however often the answer is saved.
    m_panel->selectRow(0);
    m_panel->answerEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(m_panel->answerEdit(), u", after the scan"_s);
    QCOMPARE(m_model->item(0).answer, u"Yes, in May, after the scan"_s);
    QCOMPARE(m_panel->answerEdit()->textCursor().position(), int(m_model->item(0).answer.size()));
    QCOMPARE(m_model->item(1).answer, QString());
}

void TestChecklistPanel::details_followUndoAndTheList()
{
    m_model->addQuestion(u"Tick and untick?"_s);
    m_panel->selectRow(0);
    m_panel->askedBox()->click();
    QVERIFY(m_model->item(0).asked);
    m_stack->undo();
    QVERIFY(!m_panel->askedBox()->isChecked());
    m_model->setField(0, ChecklistModel::Field::Important, true); // as the list's star does
    QVERIFY(m_panel->importantBox()->isChecked());
    // With no question left there is nothing to show or edit.
    m_panel->findChild<QAction *>(u"deleteQuestion"_s)->trigger();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_panel->importantBox()->isChecked());
    QVERIFY(m_panel->answerEdit()->toPlainText().isEmpty());
    QVERIFY(!m_panel->answerEdit()->isEnabled());
    m_stack->undo();
    QCOMPARE(m_panel->currentRow(), 0);
    QVERIFY(m_panel->importantBox()->isChecked());
    QVERIFY(m_panel->answerEdit()->isEnabled());
}

void TestChecklistPanel::ctrlArrows_moveTheQuestion()
{
    for (const char *text : {"A?", "B?", "C?"})
        m_model->addQuestion(QString::fromLatin1(text));
    m_panel->focusList();
    m_panel->selectRow(0);
    QTest::keyClick(m_panel->list(), Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(texts(), (QStringList{u"B?"_s, u"A?"_s, u"C?"_s}));
    QCOMPARE(m_panel->currentRow(), 1);
    QTest::keyClick(m_panel->list(), Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClick(m_panel->list(), Qt::Key_Down, Qt::ControlModifier); // already last
    QCOMPARE(texts(), (QStringList{u"B?"_s, u"C?"_s, u"A?"_s}));
    QTest::keyClick(m_panel->list(), Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(texts(), (QStringList{u"B?"_s, u"A?"_s, u"C?"_s}));
}

void TestChecklistPanel::deleteKey_removesAndUndoBringsBack()
{
    m_model->addQuestion(u"Keep?"_s);
    m_model->addQuestion(u"Remove?"_s);
    m_panel->focusList();
    m_panel->selectRow(1);
    QTest::keyClick(m_panel->list(), Qt::Key_Delete);
    QCOMPARE(texts(), QStringList{u"Keep?"_s});
    m_stack->undo();
    QCOMPARE(texts(), (QStringList{u"Keep?"_s, u"Remove?"_s}));
    // In a text field, Delete deletes text, not questions.
    m_panel->newQuestionField()->setFocus();
    m_panel->newQuestionField()->setText(u"abc"_s);
    m_panel->newQuestionField()->setCursorPosition(0);
    QTest::keyClick(m_panel->newQuestionField(), Qt::Key_Delete);
    QCOMPARE(m_panel->newQuestionField()->text(), u"bc"_s);
    QCOMPARE(m_model->rowCount(), 2);
}

void TestChecklistPanel::editInPlace_changesTheText()
{
    m_model->addQuestion(u"Old words?"_s);
    m_panel->focusList();
    m_panel->selectRow(0);
    QTest::keyClick(m_panel->list(), Qt::Key_F2);
    auto *editor = m_panel->list()->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"New words?"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_model->item(0).text,
                 u"New words?"_s); // the delegate commits from the event loop
    m_stack->undo();
    QCOMPARE(m_model->item(0).text, u"Old words?"_s);
}

void TestChecklistPanel::visit_isShownAtTheTop()
{
    QVERIFY(m_panel->visitLabel()->text().contains(u"not set"_s));
    m_model->setVisit({QDate(2026, 12, 1), u"Dr. Lee"_s});
    QVERIFY(m_panel->visitLabel()->text().contains(u"Dr. Lee"_s));
    QVERIFY(m_panel->visitLabel()->text().contains(u"2026"_s));
}

void TestChecklistPanel::visitDialog_returnsWhatWasEntered()
{
    const QLocale before;
    QLocale::setDefault(QLocale(u"en_US"_s));
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    VisitDialog dialog(Visit{});
    QVERIFY(dialog.dateField()->isEmpty()); // no date yet
    QTest::keyClicks(dialog.dateField()->lineEdit(), u"1/15/2027"_s);
    QTest::keyClicks(dialog.withEdit(), u"Dr. Okafor"_s);
    QCOMPARE(dialog.visit(), (Visit{QDate(2027, 1, 15), u"Dr. Okafor"_s}));
    dialog.dateField()->lineEdit()->clear();
    QVERIFY(!dialog.visit().date.isValid());
}

void TestChecklistPanel::pastLists_showAndBringBack()
{
    m_model->addQuestion(u"From the last visit?"_s);
    m_model->setVisit({QDate(2026, 11, 1), u"Dr. Lee"_s});
    Ask::setNextDialogs({[](QDialog *dialog) {
        if (auto *box = dialog->findChild<QCheckBox *>(u"carryOverBox"_s))
            box->setChecked(false);
        return int(QDialog::Accepted);
    }});
    m_panel->startNewListAction()->trigger();
    QCOMPARE(m_model->rowCount(), 0);
    PastListsDialog dialog(m_model->archive());
    QCOMPARE(dialog.list()->count(), 1);
    QVERIFY(dialog.list()->item(0)->text().contains(u"1 question"_s));
    QVERIFY(dialog.preview()->toPlainText().contains(u"From the last visit?"_s));
    QCOMPARE(dialog.chosenIndex(), 0);
    m_model->restoreArchived(dialog.chosenIndex());
    QCOMPARE(texts(), QStringList{u"From the last visit?"_s});
}

void TestChecklistPanel::visitButton_whatIsTypedReachesTheListAndTheFile()
{
    QTemporaryDir dir;
    AutoSaver saver(m_model, dir.filePath(u"checklist.json"_s));
    Ask::setNextDialogs({[](QDialog *dialog) {
        auto *visit = qobject_cast<VisitDialog *>(dialog);
        if (!visit)
            return int(QDialog::Rejected);
        visit->dateField()->setDate(QDate(2027, 1, 15));
        QTest::keyClicks(visit->withEdit(), u"Dr. Okafor, oncology"_s);
        return int(QDialog::Accepted);
    }});
    QTest::mouseClick(m_panel->findChild<QPushButton *>(u"visitButton"_s), Qt::LeftButton);
    QCOMPARE(Ask::askedForTesting(), QStringList{u"Visit Details"_s});
    QVERIFY(m_panel->visitLabel()->text().contains(u"Dr. Okafor, oncology"_s));
    QVERIFY(m_panel->visitLabel()->text().contains(u"2027"_s));
    const Visit typed{QDate(2027, 1, 15), u"Dr. Okafor, oncology"_s};
    QCOMPARE(savedList(&saver).visit, typed);
    // One step to undo, and the file follows.
    m_stack->undo();
    QVERIFY(m_panel->visitLabel()->text().contains(u"not set"_s));
    QVERIFY(savedList(&saver).visit.isEmpty());
}

void TestChecklistPanel::visitButton_cancelChangesNothing()
{
    m_model->setVisit({QDate(2026, 12, 1), u"Dr. Lee"_s});
    const int steps = m_stack->count();
    Ask::setNextDialogs({[](QDialog *dialog) {
        if (auto *visit = qobject_cast<VisitDialog *>(dialog))
            QTest::keyClicks(visit->withEdit(), u" and someone else"_s);
        return int(QDialog::Rejected);
    }});
    m_panel->findChild<QAction *>(u"editVisit"_s)->trigger();
    QCOMPARE(m_model->visit(), (Visit{QDate(2026, 12, 1), u"Dr. Lee"_s}));
    QCOMPARE(m_stack->count(), steps);
    QVERIFY(!m_panel->visitLabel()->text().contains(u"someone else"_s));
}

void TestChecklistPanel::startNewList_putsTheOldListInPastLists()
{
    QTemporaryDir dir;
    AutoSaver saver(m_model, dir.filePath(u"checklist.json"_s));
    m_model->addQuestion(u"From the last visit?"_s);
    m_model->setVisit({QDate(2026, 11, 1), u"Dr. Lee"_s});
    QSignalSpy said(m_panel, &ChecklistPanel::message);
    // Asked first: the question not asked yet is left behind this time.
    Ask::setNextDialogs({[](QDialog *dialog) {
        dialog->findChild<QCheckBox *>(u"carryOverBox"_s)->setChecked(false);
        return int(QDialog::Accepted);
    }});
    m_panel->startNewListAction()->trigger();
    QVERIFY(m_panel->summaryLabel()->text().contains(u"No questions yet"_s));
    QVERIFY(m_panel->visitLabel()->text().contains(u"not set"_s));
    QCOMPARE(said.size(), 1);
    QVERIFY(said.at(0).at(0).toString().contains(u"Past Lists"_s));

    // Past Lists shows it...
    QString shown;
    QString preview;
    Ask::setNextDialogs({[&](QDialog *dialog) {
        auto *past = qobject_cast<PastListsDialog *>(dialog);
        if (past && past->list()->count() == 1) {
            shown = past->list()->item(0)->text();
            preview = past->preview()->toPlainText();
        }
        return int(QDialog::Rejected);
    }});
    m_panel->pastListsAction()->trigger();
    QVERIFY2(shown.contains(u"1 question"_s), qPrintable(shown));
    QVERIFY(preview.contains(u"From the last visit?"_s));
    QVERIFY(preview.contains(u"Dr. Lee"_s));

    // ...and the file keeps it as a past list.
    const ChecklistData saved = savedList(&saver);
    QVERIFY(saved.items.isEmpty());
    QCOMPARE(saved.archive.size(), 1);
    QCOMPARE(saved.archive.at(0).items.size(), 1);
    QCOMPARE(saved.archive.at(0).items.at(0).text, u"From the last visit?"_s);
    QCOMPARE(saved.archive.at(0).visit.with, u"Dr. Lee"_s);
}

void TestChecklistPanel::pastLists_bringBackAList()
{
    QTemporaryDir dir;
    AutoSaver saver(m_model, dir.filePath(u"checklist.json"_s));
    m_model->addQuestion(u"Older question?"_s);
    m_model->addQuestion(u"Oldest question?"_s);
    m_model->startNewList();
    m_model->addQuestion(u"Newer question?"_s);
    m_model->startNewList();
    m_model->addQuestion(u"Open now?"_s);

    // The second past list (the older one) is chosen and brought back.
    Ask::setNextDialogs({[](QDialog *dialog) {
        auto *past = qobject_cast<PastListsDialog *>(dialog);
        if (!past || past->list()->count() != 2)
            return int(QDialog::Rejected);
        past->list()->setCurrentRow(1);
        return int(QDialog::Accepted);
    }});
    QSignalSpy said(m_panel, &ChecklistPanel::message);
    m_panel->pastListsAction()->trigger();
    QCOMPARE(texts(), (QStringList{u"Older question?"_s, u"Oldest question?"_s}));
    QVERIFY(m_panel->summaryLabel()->text().contains(u"0 of 2 asked"_s));
    QCOMPARE(m_panel->list()->model()->index(0, 0).data().toString(), u"Older question?"_s);
    QCOMPARE(said.size(), 1);
    QVERIFY(said.at(0).at(0).toString().contains(u"past list is back"_s));

    // The list that was open is put away, not lost; the file says the same.
    const ChecklistData saved = savedList(&saver);
    QCOMPARE(saved.items, m_model->checklist().items);
    QCOMPARE(saved.archive.size(), 2);
    QCOMPARE(saved.archive.at(0).items.at(0).text, u"Open now?"_s);
    QCOMPARE(saved.archive.at(1).items.at(0).text, u"Newer question?"_s);

    // Changed their mind: one undo.
    m_stack->undo();
    QCOMPARE(texts(), QStringList{u"Open now?"_s});
    QCOMPARE(savedList(&saver).items.at(0).text, u"Open now?"_s);
}

void TestChecklistPanel::readOnly_disablesEditing()
{
    m_model->addQuestion(u"Look, do not touch?"_s);
    m_model->setReadOnly(true);
    m_panel->selectRow(0);
    QVERIFY(!m_panel->newQuestionField()->isEnabled());
    QVERIFY(!m_panel->answerEdit()->isEnabled());
    QVERIFY(!m_panel->findChild<QAction *>(u"deleteQuestion"_s)->isEnabled());
    m_panel->focusList();
    QTest::keyClick(m_panel->list(), Qt::Key_Space);
    QVERIFY(!m_model->item(0).asked);
    // The panel follows the model, which says why.
    m_model->setReadOnly(true, u"it is open in another Next Steps window"_s);
    // In the field when it fits, and always in its tooltip.
    QVERIFY(m_panel->newQuestionField()->placeholderText().startsWith(u"Read-only here"_s));
    QVERIFY(m_panel->newQuestionField()->toolTip().contains(u"another Next Steps"_s));
    m_model->setReadOnly(false);
    QVERIFY(m_panel->newQuestionField()->isEnabled());
    QVERIFY(m_panel->answerEdit()->isEnabled());
}

QTEST_MAIN(TestChecklistPanel)
#include "tst_checklistpanel.moc"
