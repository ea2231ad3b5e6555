#include "TestSupport.h"
#include "core/checklist/ChecklistModel.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/checklist/ChecklistPanel.h"
#include "ui/checklist/NewListDialog.h"
#include "ui/checklist/PastListsDialog.h"
#include "ui/widgets/Ask.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace nextsteps;

// A list per visit: File > Start a New List asks first and may take along the questions not
// asked; Past Lists are named by their visit and can be read, printed, saved, copied from and
// deleted.
class TestPastLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void startNewList_cancelChangesNothing();
    void startNewList_takesAlongWhatWasNotAskedAndSaysWhereTheListWent();
    void startNewList_leavingEverythingBehind();
    void noticeUndo_bringsTheListBack();
    void pastLists_areNamedByTheirVisit();
    void pastLists_deleteAsksFirstAndUndoBringsItBack();
    void pastLists_copyQuestionsToMyList();
    void pastLists_printAndSaveTheChosenList();
    void pastLists_saveAsTextAndPdfFromTheWindow();
    void pastLists_readOnly_canBeReadAndSavedNotChanged();

private:
    QStringList texts() const
    {
        QStringList list;
        for (int i = 0; i < m_model->rowCount(); ++i)
            list << m_model->item(i).text;
        return list;
    }
    // Two questions, one asked, for a visit on December 3 with Dr. Lee.
    void fillDecemberList()
    {
        m_model->addQuestion(u"What did the scan show?"_s);
        m_model->addQuestion(u"Can I travel in January?"_s);
        m_model->setField(0, ChecklistModel::Field::Asked, true);
        m_model->setField(0, ChecklistModel::Field::Answer, u"It is stable."_s);
        m_model->setVisit({QDate(2026, 12, 3), u"Dr. Lee"_s});
    }
    QTemporaryDir m_settings;
    ChecklistModel *m_model = nullptr;
    QUndoStack *m_stack = nullptr;
    ChecklistPanel *m_panel = nullptr;
};

void TestPastLists::initTestCase()
{
    isolateSettings(m_settings);
    // English plurals ("1 question") and American dates, whatever the system's language.
    Language::apply(u"en"_s);
}

void TestPastLists::init()
{
    m_model = new ChecklistModel;
    m_stack = new QUndoStack;
    m_model->setUndoStack(m_stack);
    m_panel = new ChecklistPanel(m_model);
    m_panel->resize(420, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestPastLists::cleanup()
{
    Ask::resetForTesting();
    delete m_panel;
    delete m_stack;
    delete m_model;
}

void TestPastLists::startNewList_cancelChangesNothing()
{
    fillDecemberList();
    const ChecklistData before = m_model->checklist();
    const int steps = m_stack->count();
    QString shown;
    Ask::setNextDialogs({[&shown](QDialog *dialog) {
        shown = dialog->findChild<QLabel *>(u"newListText"_s)->text();
        return int(QDialog::Rejected);
    }});
    m_panel->startNewListAction()->trigger();
    QCOMPARE(Ask::askedForTesting(), QStringList{u"Start a New List"_s});
    QVERIFY2(shown.contains(u"December 3, 2026, with Dr. Lee"_s), qPrintable(shown));
    QVERIFY(shown.contains(u"File > Past Lists"_s));
    QCOMPARE(m_model->checklist(), before);
    QCOMPARE(m_stack->count(), steps);
}

void TestPastLists::startNewList_takesAlongWhatWasNotAskedAndSaysWhereTheListWent()
{
    fillDecemberList();
    QSignalSpy said(m_panel, &ChecklistPanel::message);
    QString box;
    bool checked = false;
    // The person only presses Start: the default is to take the unasked question along.
    Ask::setNextDialogs({[&](QDialog *dialog) {
        auto *carry = dialog->findChild<QCheckBox *>(u"carryOverBox"_s);
        box = carry->text();
        checked = carry->isChecked() && !carry->isHidden();
        return int(QDialog::Accepted);
    }});
    m_panel->startNewListAction()->trigger();
    QCOMPARE(box, u"&Take along the 1 question not asked yet"_s);
    QVERIFY(checked);
    QCOMPARE(texts(), QStringList{u"Can I travel in January?"_s});
    QVERIFY(m_panel->visitLabel()->text().contains(u"not set"_s));
    QVERIFY(m_panel->summaryLabel()->text().contains(u"0 of 1 asked"_s));
    // Where the old list went, on the panel (it stays until closed) and said aloud.
    const QString notice = m_panel->noticeLabel()->text();
    QVERIFY(m_panel->noticeLabel()->isVisible());
    QVERIFY2(notice.startsWith(u"Your list for Thursday, December 3, 2026, with Dr. Lee is in "
                               u"File > Past Lists."_s),
             qPrintable(notice));
    QVERIFY(notice.contains(u"Undo"_s));
    QCOMPARE(said.size(), 1);
    QCOMPARE(said.at(0).at(0).toString(), notice);
    QCOMPARE(m_model->archive().size(), 1);
    QCOMPARE(m_model->archive().at(0).items.size(), 2);
}

void TestPastLists::startNewList_leavingEverythingBehind()
{
    fillDecemberList();
    Ask::setNextDialogs({[](QDialog *dialog) {
        dialog->findChild<QCheckBox *>(u"carryOverBox"_s)->setChecked(false);
        return int(QDialog::Accepted);
    }});
    m_panel->startNewListAction()->trigger();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_panel->summaryLabel()->text().contains(u"No questions yet"_s));

    // Everything asked: nothing to take along, and no box offering it.
    m_model->addQuestion(u"Asked?"_s);
    m_model->setField(0, ChecklistModel::Field::Asked, true);
    bool boxShown = true;
    Ask::setNextDialogs({[&boxShown](QDialog *dialog) {
        boxShown = !dialog->findChild<QCheckBox *>(u"carryOverBox"_s)->isHidden();
        return int(QDialog::Accepted);
    }});
    m_panel->startNewListAction()->trigger();
    QVERIFY(!boxShown);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->archive().size(), 2);
}

void TestPastLists::noticeUndo_bringsTheListBack()
{
    fillDecemberList();
    const ChecklistData before = m_model->checklist();
    Ask::setNextDialogs({[](QDialog *) {
        return int(QDialog::Accepted);
    }});
    m_panel->startNewListAction()->trigger();
    QPushButton *undo = m_panel->noticeActionButton();
    QVERIFY(undo->isVisible());
    QCOMPARE(undo->text(), u"&Undo"_s);
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(m_model->checklist(), before);
    QVERIFY(!m_panel->noticeLabel()->isVisible());
    QVERIFY(m_panel->visitLabel()->text().contains(u"Dr. Lee"_s));
}

void TestPastLists::pastLists_areNamedByTheirVisit()
{
    fillDecemberList();
    m_model->startNewList(false);
    m_model->addQuestion(u"No visit set?"_s);
    m_model->startNewList(false);
    const QDate today = QDateTime::currentDateTimeUtc().toLocalTime().date();
    QStringList shown;
    Ask::setNextDialogs({[&shown](QDialog *dialog) {
        auto *past = qobject_cast<PastListsDialog *>(dialog);
        for (int i = 0; past && i < past->list()->count(); ++i)
            shown << past->list()->item(i)->text();
        return int(QDialog::Rejected);
    }});
    m_panel->pastListsAction()->trigger();
    QCOMPARE(shown.size(), 2);
    // Newest first; a list without a visit date is named by the day it was put away.
    QCOMPARE(shown.at(0), QLocale().toString(today, QLocale::LongFormat) + u"\n1 question"_s);
    QCOMPARE(shown.at(1), u"Thursday, December 3, 2026, with Dr. Lee\n2 questions"_s);
    for (const QString &name : std::as_const(shown))
        QVERIFY(!name.contains(u"Put away"_s));
}

void TestPastLists::pastLists_deleteAsksFirstAndUndoBringsItBack()
{
    fillDecemberList();
    m_model->startNewList(false);
    const ChecklistData before = m_model->checklist();
    QSignalSpy said(m_panel, &ChecklistPanel::message);

    // "Keep It": nothing happens.
    Ask::setNextAnswers({Ask::Answer::Keep});
    int left = -1;
    Ask::setNextDialogs({[&left](QDialog *dialog) {
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"deletePastListButton"_s),
                          Qt::LeftButton);
        left = dialog->findChild<QListWidget *>(u"pastListsList"_s)->count();
        return int(QDialog::Rejected);
    }});
    m_panel->pastListsAction()->trigger();
    QCOMPARE(left, 1);
    QCOMPARE(m_model->checklist(), before);
    QCOMPARE(Ask::askedForTesting().size(), 2);
    QVERIFY2(Ask::askedForTesting().at(1).startsWith(
                 u"Delete your list for Thursday, December 3, 2026, with Dr. Lee?"_s),
             qPrintable(Ask::askedForTesting().at(1)));

    // "Delete the List": gone from the dialog and the list, and one undo brings it back.
    Ask::setNextAnswers({Ask::Answer::Delete});
    QString emptyShown;
    Ask::setNextDialogs({[&](QDialog *dialog) {
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"deletePastListButton"_s),
                          Qt::LeftButton);
        left = dialog->findChild<QListWidget *>(u"pastListsList"_s)->count();
        if (!dialog->findChild<QLabel *>(u"noPastLists"_s)->isHidden())
            emptyShown = dialog->findChild<QLabel *>(u"noPastLists"_s)->text();
        return int(QDialog::Rejected);
    }});
    m_panel->pastListsAction()->trigger();
    QCOMPARE(left, 0);
    QVERIFY(emptyShown.contains(u"no past lists"_s));
    QVERIFY(m_model->archive().isEmpty());
    QVERIFY(said.constLast().at(0).toString().contains(u"was deleted"_s));
    m_stack->undo();
    QCOMPARE(m_model->checklist(), before);
}

void TestPastLists::pastLists_copyQuestionsToMyList()
{
    fillDecemberList();
    m_model->startNewList(false);
    m_model->addQuestion(u"Something new?"_s);
    QSignalSpy said(m_panel, &ChecklistPanel::message);
    Ask::setNextDialogs({[](QDialog *dialog) {
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"copyPastListButton"_s),
                          Qt::LeftButton);
        return int(QDialog::Rejected);
    }});
    m_panel->pastListsAction()->trigger();
    QCOMPARE(texts(), (QStringList{u"Something new?"_s, u"What did the scan show?"_s,
                                   u"Can I travel in January?"_s}));
    QCOMPARE(m_model->askedCount(), 0);
    QCOMPARE(m_model->answeredCount(), 0);
    QCOMPARE(said.constLast().at(0).toString(), u"2 questions copied to your list."_s);
    // The past list is still there, as it was.
    QCOMPARE(m_model->archive().size(), 1);
    QCOMPARE(m_model->archive().at(0).items.at(0).answer, u"It is stable."_s);
    m_stack->undo();
    QCOMPARE(texts(), QStringList{u"Something new?"_s});
}

void TestPastLists::pastLists_printAndSaveTheChosenList()
{
    fillDecemberList();
    m_model->startNewList(false);
    QSignalSpy asked(m_panel, &ChecklistPanel::pastListOutputRequested);
    Ask::setNextDialogs({[](QDialog *dialog) {
        for (const auto *name :
             {"printPastListButton", "pdfPastListButton", "textPastListButton"}) {
            QTest::mouseClick(dialog->findChild<QPushButton *>(QString::fromLatin1(name)),
                              Qt::LeftButton);
        }
        return int(QDialog::Rejected);
    }});
    m_panel->pastListsAction()->trigger();
    QCOMPARE(asked.size(), 3);
    const QList<PastListsDialog::Output> hows{PastListsDialog::Output::Preview,
                                              PastListsDialog::Output::Pdf,
                                              PastListsDialog::Output::Text};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(PastListsDialog::Output(asked.at(i).at(1).toInt()), hows.at(i));
        const auto list = asked.at(i).at(0).value<ChecklistData>();
        QCOMPARE(list.items.size(), 2);
        QCOMPARE(list.visit.with, u"Dr. Lee"_s);
    }
}

void TestPastLists::pastLists_saveAsTextAndPdfFromTheWindow()
{
    QTemporaryDir dir;
    MainWindow window(dir.filePath(u"checklist.json"_s));
    ChecklistModel *model = window.checklistModel();
    model->addQuestion(u"What did the scan show?"_s);
    model->setVisit({QDate(2026, 12, 3), u"Dr. Lee"_s});
    model->startNewList(false);
    model->addQuestion(u"Today's question?"_s);
    // What belongs to the person, not to a visit, prints with a past list as with the current.
    model->addRecord(ChecklistModel::ListKind::CareTeam,
                     {u"Dr. Ana Lee"_s, u"oncologist"_s, u"555-0100"_s, u"555-0199"_s});
    model->addRecord(ChecklistModel::ListKind::Medicines,
                     {u"Ondansetron"_s, u"8 mg"_s, u"twice a day"_s, u"nausea"_s});
    const QString text = dir.filePath(u"past.txt"_s);
    const QString pdf = dir.filePath(u"past.pdf"_s);
    Ask::setNextFileNames({text, pdf});
    Ask::setNextDialogs({[](QDialog *dialog) {
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"textPastListButton"_s),
                          Qt::LeftButton);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"pdfPastListButton"_s), Qt::LeftButton);
        return int(QDialog::Rejected);
    }});
    window.checklistPanel()->pastListsAction()->trigger();
    QFile saved(text);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QString bytes = QString::fromUtf8(saved.readAll());
    QVERIFY(bytes.contains(u"What did the scan show?"_s));
    QVERIFY(bytes.contains(u"Dr. Lee"_s));
    QVERIFY(!bytes.contains(u"Today's question?"_s));
    QVERIFY2(bytes.contains(u"Dr. Ana Lee (Oncologist): 555-0100, after hours 555-0199"_s),
             qPrintable(bytes));
    QFile printed(pdf);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    QVERIFY(printed.readAll().startsWith("%PDF"));
}

void TestPastLists::pastLists_readOnly_canBeReadAndSavedNotChanged()
{
    fillDecemberList();
    m_model->startNewList(false);
    m_model->setReadOnly(true, u"it is open in another Next Steps window"_s);
    QStringList enabled;
    Ask::setNextDialogs({[&enabled](QDialog *dialog) {
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            if (button->isEnabled() && button->objectName().endsWith(u"Button"_s))
                enabled << button->objectName();
        }
        enabled.sort();
        return int(QDialog::Rejected);
    }});
    m_panel->pastListsAction()->trigger();
    QCOMPARE(enabled, (QStringList{u"pdfPastListButton"_s, u"printPastListButton"_s,
                                   u"textPastListButton"_s}));
}

QTEST_MAIN(TestPastLists)
#include "tst_pastlists.moc"
