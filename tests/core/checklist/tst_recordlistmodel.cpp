#include "core/checklist/ChecklistModel.h"
#include "core/checklist/RecordListModel.h"
#include "core/print/ChecklistPrintout.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace nextsteps;

using Kind = ChecklistModel::ListKind;

// The lists beside the questions ("To tell", medicines, care team): edits through the checklist
// model, one undo step each, shown by RecordListModel.
class TestRecordListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelTester_acceptsEveryKindOfEdit_data();
    void modelTester_acceptsEveryKindOfEdit();
    void everyEdit_isOneUndoStep_data();
    void everyEdit_isOneUndoStep();
    void typing_mergesIntoOneUndoStep();
    void toTell_keepsEveryFieldAndChecksSeverity();
    void careTeamRole_isStoredByItsKey();
    void immunotherapy_isOneUndoStep();
    void readOnly_refusesEveryEdit();
    void startNewList_putsThingsToTellAwayAndKeepsMedicines();

private:
    ChecklistModel *m_model = nullptr;
    QUndoStack *m_stack = nullptr;
};

void TestRecordListModel::init()
{
    m_model = new ChecklistModel;
    m_stack = new QUndoStack;
    m_model->setUndoStack(m_stack);
}

void TestRecordListModel::cleanup()
{
    delete m_stack;
    delete m_model;
}

void TestRecordListModel::modelTester_acceptsEveryKindOfEdit_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::newRow("to tell") << Kind::ToTell;
    QTest::newRow("medicines") << Kind::Medicines;
    QTest::newRow("care team") << Kind::CareTeam;
}

void TestRecordListModel::modelTester_acceptsEveryKindOfEdit()
{
    QFETCH(Kind, kind);
    RecordListModel records(m_model, kind);
    QAbstractItemModelTester tester(&records,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Another list's edits are not this one's rows.
    RecordListModel other(m_model, kind == Kind::ToTell ? Kind::Medicines : Kind::ToTell);
    QAbstractItemModelTester otherTester(&other,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_model->addRecord(kind, {u"One"_s}));
    QVERIFY(m_model->addRecord(kind, {u"Two"_s}));
    QVERIFY(m_model->addRecord(kind, {u"Three"_s}));
    QCOMPARE(records.rowCount(), 3);
    QCOMPARE(records.columnCount(), ChecklistModel::fieldCount(kind));
    QCOMPARE(other.rowCount(), 0);
    m_model->reorderRecord(kind, 0, 2);
    QCOMPARE(records.index(2, 0).data().toString(), u"One"_s);
    m_model->reorderRecord(kind, 2, 0);
    QVERIFY(records.setData(records.index(1, 0), u"Two, changed"_s));
    QCOMPARE(m_model->record(kind, 1).at(0), u"Two, changed"_s);
    QVERIFY(records.removeRows(1, 1));
    QCOMPARE(records.rowCount(), 2);
    m_stack->undo();
    QCOMPARE(records.index(1, 0).data().toString(), u"Two, changed"_s);
    m_stack->undo();
    m_stack->redo();
    m_model->setChecklist({});
    QCOMPARE(records.rowCount(), 0);
}

void TestRecordListModel::everyEdit_isOneUndoStep_data()
{
    modelTester_acceptsEveryKindOfEdit_data();
}

void TestRecordListModel::everyEdit_isOneUndoStep()
{
    QFETCH(Kind, kind);
    QVERIFY(!m_model->addRecord(kind, {u"   "_s})); // nothing to add
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(m_model->addRecord(kind, {u"First"_s, u"b"_s}));
    QVERIFY(m_model->addRecord(kind, {u"Second"_s}));
    QCOMPARE(m_stack->count(), 2);
    m_model->setRecordField(kind, 0, 3, u"x"_s);
    QCOMPARE(m_stack->count(), 3);
    m_model->reorderRecord(kind, 1, 0);
    QCOMPARE(m_stack->count(), 4);
    m_model->deleteRecord(kind, 0);
    QCOMPARE(m_stack->count(), 5);
    QCOMPARE(m_model->recordCount(kind), 1);
    QSignalSpy changed(m_model, &ChecklistModel::changed);
    for (int i = 0; i < 5; ++i)
        m_stack->undo();
    QCOMPARE(changed.size(), 5); // each undo is saved
    QCOMPARE(m_model->recordCount(kind), 0);
    for (int i = 0; i < 5; ++i)
        m_stack->redo();
    QCOMPARE(m_model->recordCount(kind), 1);
    QCOMPARE(m_model->record(kind, 0).at(0), u"First"_s);
    QCOMPARE(m_model->record(kind, 0).at(3), u"x"_s);
}

void TestRecordListModel::typing_mergesIntoOneUndoStep()
{
    m_model->addRecord(Kind::Medicines, {u"Oxycodone"_s});
    for (const QString &dose : {u"5"_s, u"5 "_s, u"5 m"_s, u"5 mg"_s})
        m_model->setRecordField(Kind::Medicines, 0, 1, dose);
    QCOMPARE(m_stack->count(), 2);
    m_model->setRecordField(Kind::Medicines, 0, 2, u"daily"_s); // another field: a new step
    QCOMPARE(m_stack->count(), 3);
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(m_model->record(Kind::Medicines, 0).at(1), QString());
    QCOMPARE(m_stack->undoText(), u"Add medicine"_s);
}

void TestRecordListModel::toTell_keepsEveryFieldAndChecksSeverity()
{
    QVERIFY(m_model->addRecord(Kind::ToTell,
                               {u" Ear pain "_s, u"two weeks"_s, u"6"_s, u"Warm cloths help"_s}));
    const ToTellItem item = m_model->checklist().toTell.at(0);
    QCOMPARE(item, (ToTellItem{u"Ear pain"_s, u"two weeks"_s, 6, u"Warm cloths help"_s}));
    m_model->setRecordField(Kind::ToTell, 0, 2, u"11"_s); // not on the scale: left out
    QCOMPARE(m_model->checklist().toTell.at(0).severity, -1);
    m_model->setRecordField(Kind::ToTell, 0, 2, u"0"_s);
    QCOMPARE(m_model->checklist().toTell.at(0).severity, 0);
    m_model->setRecordField(Kind::ToTell, 0, 0, u"  "_s); // cannot be emptied
    QCOMPARE(m_model->checklist().toTell.at(0).text, u"Ear pain"_s);
}

void TestRecordListModel::careTeamRole_isStoredByItsKey()
{
    RecordListModel team(m_model, Kind::CareTeam);
    m_model->addRecord(Kind::CareTeam, {u"Dr. Lee"_s, u"oncologist"_s, u"555-0100"_s});
    QCOMPARE(team.index(0, 1).data().toString(), u"Oncologist"_s);
    QVERIFY(team.setData(team.index(0, 1), u"hospice"_s));
    QCOMPARE(m_model->checklist().careTeam.at(0).role, u"hospice"_s);
    QVERIFY(team.setData(team.index(0, 1), u"Nurse line"_s));
    QCOMPARE(m_model->checklist().careTeam.at(0).role, u"nurseLine"_s);
    QVERIFY(team.setData(team.index(0, 1), u"Social worker"_s)); // the person's own words
    QCOMPARE(m_model->checklist().careTeam.at(0).role, u"Social worker"_s);
    QCOMPARE(team.headerData(3, Qt::Horizontal).toString(), u"After-hours phone"_s);
}

void TestRecordListModel::immunotherapy_isOneUndoStep()
{
    QSignalSpy changed(m_model, &ChecklistModel::immunotherapyChanged);
    const Immunotherapy therapy{{u"Nivolumab"_s}, QDate(2025, 1, 2), {}, u"Maria"_s};
    m_model->setImmunotherapy(therapy);
    m_model->setImmunotherapy(therapy); // no change, no step
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_model->checklist().immunotherapy, therapy);
    m_stack->undo();
    QVERIFY(m_model->checklist().immunotherapy.isEmpty());
    QCOMPARE(changed.size(), 2);
}

void TestRecordListModel::readOnly_refusesEveryEdit()
{
    RecordListModel records(m_model, Kind::ToTell);
    m_model->addRecord(Kind::ToTell, {u"Cough"_s});
    m_model->setReadOnly(true, u"test"_s);
    QVERIFY(!m_model->addRecord(Kind::ToTell, {u"Rash"_s}));
    m_model->deleteRecord(Kind::ToTell, 0);
    m_model->setRecordField(Kind::ToTell, 0, 1, u"today"_s);
    m_model->setImmunotherapy({{u"Nivolumab"_s}, {}, {}, {}});
    QVERIFY(!records.setData(records.index(0, 1), u"today"_s));
    QVERIFY(!(records.flags(records.index(0, 0)) & Qt::ItemIsEditable));
    QCOMPARE(m_model->checklist().toTell.size(), 1);
    QCOMPARE(m_model->checklist().toTell.at(0).since, QString());
    QVERIFY(m_model->checklist().immunotherapy.isEmpty());
    QCOMPARE(m_stack->count(), 1);
}

void TestRecordListModel::startNewList_putsThingsToTellAwayAndKeepsMedicines()
{
    m_model->addQuestion(u"What next?"_s);
    m_model->addRecord(Kind::ToTell, {u"Cough"_s});
    m_model->addRecord(Kind::Medicines, {u"Oxycodone"_s});
    m_model->addRecord(Kind::CareTeam, {u"Dr. Lee"_s});
    QVERIFY(m_model->startNewList());
    QVERIFY(m_model->checklist().toTell.isEmpty());
    QCOMPARE(m_model->archive().first().toTell.at(0).text, u"Cough"_s);
    // A past list shows, prints and exports what was to tell.
    QVERIFY(ChecklistPrintout::toPlainText(m_model->archive().first().toChecklist())
                .contains(u"Things to tell my doctor\n- Cough\n"_s));
    QCOMPARE(m_model->checklist().medicines.size(), 1);
    QCOMPARE(m_model->checklist().careTeam.size(), 1);
    m_model->restoreArchived(0);
    QCOMPARE(m_model->checklist().toTell.at(0).text, u"Cough"_s);
    QCOMPARE(m_model->checklist().medicines.size(), 1);
}

QTEST_MAIN(TestRecordListModel)
#include "tst_recordlistmodel.moc"
