#include "core/checklist/ChecklistModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace nextsteps;

class TestChecklistModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelTester_acceptsEveryKindOfEdit();
    void addQuestion_ignoresBlankAndDuplicates_data();
    void addQuestion_ignoresBlankAndDuplicates();
    void suggestedQuestion_remembersItsTopic();
    void everyEdit_isOneUndoStep();
    void typing_mergesIntoAStepAWord();
    void plainChanges_areNoUndoStep();
    void checkState_ticksAsAsked();
    void moveRows_isHowDragAndDropMoves();
    void startNewList_archivesAndCanBeBroughtBack();
    void startNewList_carriesOverTheQuestionsNotAsked();
    void removeArchived_isOneUndoStep();
    void copyFromArchived_addsWhatIsNotOnTheListInOneStep();
    void readOnly_refusesEveryEdit();
    void readOnly_isSaidWithItsReasonWhenItChanges();
    void accessibleText_saysAskedAndImportant();
    void counts_followTheItems();

private:
    ChecklistModel *m_model = nullptr;
    QUndoStack *m_stack = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestChecklistModel::init()
{
    m_model = new ChecklistModel;
    m_stack = new QUndoStack;
    m_model->setUndoStack(m_stack);
    // Checks every signal the model sends against the rules of QAbstractItemModel.
    m_tester = new QAbstractItemModelTester(m_model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestChecklistModel::cleanup()
{
    delete m_tester;
    delete m_stack;
    delete m_model;
}

void TestChecklistModel::modelTester_acceptsEveryKindOfEdit()
{
    QVERIFY(m_model->addQuestion(u"One?"_s));
    QVERIFY(m_model->addQuestion(u"Two?"_s));
    QVERIFY(m_model->addQuestion(u"Three?"_s));
    m_model->moveQuestion(0, 2);
    m_model->moveQuestion(2, 0);
    m_model->setField(1, ChecklistModel::Field::Answer, u"Yes"_s);
    m_model->removeQuestion(1);
    m_stack->undo();
    m_stack->undo();
    m_stack->redo();
    m_model->startNewList();
    QCOMPARE(m_model->rowCount(), 0);
    m_stack->undo();
    QCOMPARE(m_model->rowCount(), 3);
}

void TestChecklistModel::addQuestion_ignoresBlankAndDuplicates_data()
{
    QTest::addColumn<QString>("second");
    QTest::addColumn<ChecklistModel::Added::Outcome>("outcome");
    QTest::addColumn<int>("row");
    using Outcome = ChecklistModel::Added::Outcome;
    QTest::newRow("empty") << QString() << Outcome::Blank << -1;
    QTest::newRow("blank") << u"   \t "_s << Outcome::Blank << -1;
    QTest::newRow("same words") << u"Is there a trial for me?"_s << Outcome::Duplicate << 1;
    QTest::newRow("same words, other case and spaces")
        << u"  is there a TRIAL   for me? "_s << Outcome::Duplicate << 1;
    QTest::newRow("different") << u"Who pays?"_s << Outcome::Added << 2;
}

void TestChecklistModel::addQuestion_ignoresBlankAndDuplicates()
{
    QFETCH(QString, second);
    QFETCH(ChecklistModel::Added::Outcome, outcome);
    QFETCH(int, row);
    QVERIFY(m_model->addQuestion(u"First?"_s));
    QCOMPARE(m_model->addQuestion(u"Is there a trial for me?"_s).row, 1);
    const ChecklistModel::Added added = m_model->addQuestion(second);
    QCOMPARE(added.outcome, outcome);
    QCOMPARE(added.row, row); // where it is now, or where it already was
    QCOMPARE(m_model->rowCount(), outcome == ChecklistModel::Added::Outcome::Added ? 3 : 2);
}

void TestChecklistModel::suggestedQuestion_remembersItsTopic()
{
    QuestionSink *sink = m_model;
    QVERIFY(!sink->hasSuggestedQuestion(u"trials.fit"_s, u"Is there a trial?"_s));
    QVERIFY(sink->addSuggestedQuestion(u"trials"_s, u"trials.fit"_s, u"Is there a trial?"_s));
    QVERIFY(sink->hasSuggestedQuestion(u"trials.fit"_s, u"Is there a trial?"_s));
    // Written by hand with the same words counts as on the list too.
    QVERIFY(!sink->hasSuggestedQuestion(u"hospice.home"_s, u"Can I get hospice care at home?"_s));
    m_model->addQuestion(u"can I get hospice care at home?"_s);
    QVERIFY(sink->hasSuggestedQuestion(u"hospice.home"_s, u"Can I get hospice care at home?"_s));
    QVERIFY(!sink->addSuggestedQuestion(u"trials"_s, u"trials.fit"_s, u"Is there a trial?"_s));
    QCOMPARE(m_model->rowCount(), 2);
    const QModelIndex index = m_model->index(0);
    QCOMPARE(index.data(ChecklistModel::TopicIdRole).toString(), u"trials"_s);
    QCOMPARE(index.data(ChecklistModel::QuestionIdRole).toString(), u"trials.fit"_s);
    QVERIFY(index.data(ChecklistModel::CreatedRole).toDateTime().isValid());
}

void TestChecklistModel::everyEdit_isOneUndoStep()
{
    m_model->addQuestion(u"First?"_s);
    m_model->addQuestion(u"Second?"_s);
    const ChecklistData start = m_model->checklist();
    const int base = m_stack->index();

    m_model->setField(0, ChecklistModel::Field::Text, u"First, reworded?"_s);
    m_model->setField(0, ChecklistModel::Field::Asked, true);
    m_model->setField(1, ChecklistModel::Field::Important, true);
    m_model->moveQuestion(1, 0);
    m_model->setVisit({QDate(2026, 12, 1), u"Dr. Lee"_s});
    m_model->removeQuestion(0);
    QCOMPARE(m_stack->index() - base, 6);
    const ChecklistData end = m_model->checklist();
    QCOMPARE(end.items.size(), 1);
    QCOMPARE(end.items.at(0).text, u"First, reworded?"_s);
    QVERIFY(end.items.at(0).asked);

    while (m_stack->index() > base)
        m_stack->undo();
    QCOMPARE(m_model->checklist(), start);
    while (m_stack->canRedo())
        m_stack->redo();
    QCOMPARE(m_model->checklist(), end);
}

void TestChecklistModel::typing_mergesIntoAStepAWord()
{
    m_model->addQuestion(u"Question?"_s);
    const int base = m_stack->index();
    const QString words = u"The doctor said yes"_s;
    for (int i = 1; i <= words.size(); ++i)
        m_model->setField(0, ChecklistModel::Field::Answer, words.left(i));
    // A step a word, as text editors undo: "The", " doctor", " said", " yes".
    QCOMPARE(m_stack->index(), base + 4);
    QCOMPARE(m_stack->undoText(), u"Edit answer"_s);
    m_stack->undo();
    QCOMPARE(m_model->item(0).answer, u"The doctor said"_s);
    m_stack->undo();
    QCOMPARE(m_model->item(0).answer, u"The doctor"_s);
    while (m_stack->index() > base)
        m_stack->undo();
    QCOMPARE(m_model->item(0).answer, QString());
    // Ticking is its own step, never merged with typing.
    while (m_stack->canRedo())
        m_stack->redo();
    QCOMPARE(m_model->item(0).answer, words);
    m_model->setField(0, ChecklistModel::Field::Asked, true);
    QCOMPARE(m_stack->index(), base + 5);
    QCOMPARE(m_stack->undoText(), u"Mark as asked"_s);
}

void TestChecklistModel::plainChanges_areNoUndoStep()
{
    // What the undo commands do and undo: the change, its signals, nothing on the stack.
    QSignalSpy changed(m_model, &ChecklistModel::changed);
    ChecklistItem item;
    item.text = u"Put there directly?"_s;
    m_model->insertItem(0, item);
    item.answer = u"Yes"_s;
    m_model->replaceItem(0, item);
    m_model->replaceVisit({QDate(2026, 12, 1), u"Dr. Lee"_s});
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(changed.size(), 3);
    QCOMPARE(m_model->item(0).answer, u"Yes"_s);
    QCOMPARE(m_model->visit().with, u"Dr. Lee"_s);
    m_model->removeItem(0);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_stack->count(), 0);
}

void TestChecklistModel::checkState_ticksAsAsked()
{
    m_model->addQuestion(u"Question?"_s);
    const QModelIndex index = m_model->index(0);
    QVERIFY(m_model->flags(index) & Qt::ItemIsUserCheckable);
    QVERIFY(m_model->setData(index, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(m_model->item(0).asked);
    QCOMPARE(index.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    // Editing text in place cannot empty a question.
    QVERIFY(!m_model->setData(index, u"  "_s, Qt::EditRole));
    QVERIFY(m_model->setData(index, u"Better words?"_s, Qt::EditRole));
    QCOMPARE(m_model->item(0).text, u"Better words?"_s);
}

void TestChecklistModel::moveRows_isHowDragAndDropMoves()
{
    for (const char *text : {"A?", "B?", "C?", "D?"})
        m_model->addQuestion(QString::fromLatin1(text));
    QSignalSpy moved(m_model, &QAbstractItemModel::rowsMoved);
    // QListView drops A (row 0) before D (row 3): A lands at row 2.
    QVERIFY(m_model->moveRows({}, 0, 1, {}, 3));
    QCOMPARE(moved.size(), 1);
    QStringList order;
    for (int i = 0; i < m_model->rowCount(); ++i)
        order << m_model->item(i).text;
    QCOMPARE(order, (QStringList{u"B?"_s, u"C?"_s, u"A?"_s, u"D?"_s}));
    // Dropping upwards: D before B.
    QVERIFY(m_model->moveRows({}, 3, 1, {}, 0));
    QCOMPARE(m_model->item(0).text, u"D?"_s);
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(m_model->item(0).text, u"A?"_s);
    // A drop on itself changes nothing.
    QVERIFY(!m_model->moveRows({}, 1, 1, {}, 2));
}

void TestChecklistModel::startNewList_archivesAndCanBeBroughtBack()
{
    m_model->addQuestion(u"Old one?"_s);
    m_model->addQuestion(u"Old two?"_s);
    m_model->setVisit({QDate(2026, 12, 1), u"Dr. Lee"_s});
    QVERIFY(m_model->startNewList());
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->visit().isEmpty());
    QCOMPARE(m_model->archive().size(), 1);
    QCOMPARE(m_model->archive().at(0).items.size(), 2);
    QCOMPARE(m_model->archive().at(0).visit.with, u"Dr. Lee"_s);
    // An empty list is not archived again.
    QVERIFY(!m_model->startNewList());

    m_model->addQuestion(u"New one?"_s);
    m_model->restoreArchived(0);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->item(0).text, u"Old one?"_s);
    // The list that was open is put away, not lost.
    QCOMPARE(m_model->archive().size(), 1);
    QCOMPARE(m_model->archive().at(0).items.at(0).text, u"New one?"_s);
    m_stack->undo();
    QCOMPARE(m_model->item(0).text, u"New one?"_s);
}

void TestChecklistModel::startNewList_carriesOverTheQuestionsNotAsked()
{
    m_model->addQuestion(u"Asked already?"_s);
    m_model->addQuestion(u"Still to ask?"_s);
    m_model->setField(0, ChecklistModel::Field::Asked, true);
    m_model->setField(1, ChecklistModel::Field::Important, true);
    m_model->setField(1, ChecklistModel::Field::Answer, u"Not yet: after the scan"_s);
    m_model->setVisit({QDate(2026, 12, 3), u"Dr. Lee"_s});
    QCOMPARE(m_model->unaskedCount(), 1);
    const ChecklistData before = m_model->checklist();
    const int steps = m_stack->count();

    QVERIFY(m_model->startNewList(true));
    QCOMPARE(m_stack->count(), steps + 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->item(0).text, u"Still to ask?"_s);
    QVERIFY(m_model->item(0).important); // as it was
    // Without last visit's answer: it stays with the past list.
    QVERIFY(m_model->item(0).answer.isEmpty());
    QCOMPARE(m_model->archive().at(0).items.at(1).answer, u"Not yet: after the scan"_s);
    QVERIFY(m_model->visit().isEmpty());
    // The old list is whole in Past Lists, the carried question too.
    QCOMPARE(m_model->archive().size(), 1);
    QCOMPARE(m_model->archive().at(0).items, before.items);
    QCOMPARE(m_model->archive().at(0).visit, before.visit);

    m_stack->undo();
    QCOMPARE(m_model->checklist(), before);
}

void TestChecklistModel::removeArchived_isOneUndoStep()
{
    m_model->addQuestion(u"Old?"_s);
    m_model->startNewList();
    m_model->addQuestion(u"Older?"_s);
    m_model->startNewList();
    m_model->addQuestion(u"Now?"_s);
    const ChecklistData before = m_model->checklist();
    m_model->removeArchived(1);
    QCOMPARE(m_model->archive().size(), 1);
    QCOMPARE(m_model->archive().at(0).items.at(0).text, u"Older?"_s);
    QCOMPARE(m_model->item(0).text, u"Now?"_s);
    m_stack->undo();
    QCOMPARE(m_model->checklist(), before);
    m_model->removeArchived(5); // no such list: nothing happens
    QCOMPARE(m_model->checklist(), before);
}

void TestChecklistModel::copyFromArchived_addsWhatIsNotOnTheListInOneStep()
{
    m_model->addQuestion(u"Asked last time?"_s);
    m_model->addQuestion(u"Both times?"_s);
    m_model->setField(0, ChecklistModel::Field::Asked, true);
    m_model->setField(0, ChecklistModel::Field::Answer, u"Yes, in March."_s);
    m_model->startNewList();
    m_model->addQuestion(u"  both TIMES? "_s);
    const int steps = m_stack->count();

    QCOMPARE(m_model->copyFromArchived(0), 1);
    QCOMPARE(m_stack->count(), steps + 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->item(1).text, u"Asked last time?"_s);
    // A new visit: not asked, no answer. The past list keeps its own.
    QVERIFY(!m_model->item(1).asked);
    QVERIFY(m_model->item(1).answer.isEmpty());
    QCOMPARE(m_model->archive().at(0).items.at(0).answer, u"Yes, in March."_s);
    // Again: everything is already there.
    QCOMPARE(m_model->copyFromArchived(0), 0);
    QCOMPARE(m_stack->count(), steps + 1);
    m_stack->undo();
    QCOMPARE(m_model->rowCount(), 1);
}

void TestChecklistModel::readOnly_refusesEveryEdit()
{
    m_model->addQuestion(u"Kept?"_s);
    const ChecklistData before = m_model->checklist();
    m_model->setReadOnly(true);
    QCOMPARE(m_model->addQuestion(u"New?"_s).outcome, ChecklistModel::Added::Outcome::ReadOnly);
    m_model->removeQuestion(0);
    m_model->setField(0, ChecklistModel::Field::Asked, true);
    QVERIFY(!m_model->setData(m_model->index(0), u"Changed"_s));
    QVERIFY(!m_model->startNewList());
    QVERIFY(!(m_model->flags(m_model->index(0)) & Qt::ItemIsEditable));
    QCOMPARE(m_model->checklist(), before);
}

void TestChecklistModel::readOnly_isSaidWithItsReasonWhenItChanges()
{
    // The model alone knows whether the list can be changed: the panel and the autosaver follow.
    QSignalSpy said(m_model, &ChecklistModel::readOnlyChanged);
    const QString why = u"it is open in another Next Steps window"_s;
    m_model->setReadOnly(true, why);
    QCOMPARE(said.size(), 1);
    QCOMPARE(said.at(0).at(0).toBool(), true);
    QCOMPARE(m_model->whyReadOnly(), why);
    m_model->setReadOnly(true, why);
    QCOMPARE(said.size(), 1);
    m_model->setReadOnly(false);
    QCOMPARE(said.size(), 2);
    QVERIFY(!m_model->isReadOnly());
    QVERIFY(m_model->whyReadOnly().isEmpty());
}

void TestChecklistModel::accessibleText_saysAskedAndImportant()
{
    m_model->addQuestion(u"Can I get care at home?"_s);
    m_model->setField(0, ChecklistModel::Field::Important, true);
    m_model->setField(0, ChecklistModel::Field::Answer, u"Yes"_s);
    QString spoken = m_model->index(0).data(Qt::AccessibleTextRole).toString();
    QVERIFY(spoken.contains(u"Can I get care at home?"_s));
    QVERIFY(spoken.contains(u"not asked yet"_s));
    QVERIFY(spoken.contains(u"important"_s));
    QVERIFY(spoken.contains(u"has an answer"_s));
    m_model->setField(0, ChecklistModel::Field::Asked, true);
    spoken = m_model->index(0).data(Qt::AccessibleTextRole).toString();
    QVERIFY(spoken.contains(u", asked"_s));
}

void TestChecklistModel::counts_followTheItems()
{
    for (const char *text : {"A?", "B?", "C?"})
        m_model->addQuestion(QString::fromLatin1(text));
    m_model->setField(0, ChecklistModel::Field::Asked, true);
    m_model->setField(1, ChecklistModel::Field::Important, true);
    m_model->setField(2, ChecklistModel::Field::Important, true);
    m_model->setField(2, ChecklistModel::Field::Answer, u"  "_s); // blank is not an answer
    m_model->setField(0, ChecklistModel::Field::Answer, u"Yes."_s);
    QCOMPARE(m_model->askedCount(), 1);
    QCOMPARE(m_model->importantCount(), 2);
    QCOMPARE(m_model->answeredCount(), 1);
}

QTEST_MAIN(TestChecklistModel)
#include "tst_checklistmodel.moc"
