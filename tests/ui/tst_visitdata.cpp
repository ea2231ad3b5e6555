#include "Ask.h"
#include "AutoSaver.h"
#include "CareTeamDialog.h"
#include "ChecklistModel.h"
#include "ChecklistPanel.h"
#include "ChecklistStore.h"
#include "GuideBrowser.h"
#include "Language.h"
#include "MainWindow.h"
#include "MedicinesDialog.h"
#include "PdfText.h"
#include "PrintController.h"
#include "ReadingPane.h"
#include "RecordListEditor.h"
#include "RecordListModel.h"
#include "SampleLists.h"
#include "TestSupport.h"
#include "VisitDialog.h"
#include "WalletCardDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimeEdit>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace nextsteps;

// What issues 16 (visit details, care team) and 19 (to tell, medicines, wallet card) add to the
// window, tried as the person would: through the dialogs, the tab and the menus.
class TestVisitData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settingsDir); }
    void cleanup()
    {
        Ask::resetForTesting();
        Language::apply(u"en"_s);
        QSettings().clear();
    }
    void visitDialog_keepsTimePlaceAndWhatToBring();
    void visitDialog_writesTheDateInTheLocalesLongFormat();
    void careTeam_phoneNumbersAreTelLinks();
    void careTeamDialog_addsAContactAsOneUndoStep();
    void toTellTab_addsUndoesAndSaves();
    void urgentTopic_offersToFillInTheCareTeam_data();
    void urgentTopic_offersToFillInTheCareTeam();
    void medicinesDialog_editsTheListAndThePrintChoice();
    void walletCard_fromTheMenuToAPdf();
    void menus_haveTheNewCommands();

private:
    static QString listPath(const QTemporaryDir &dir) { return dir.filePath(u"checklist.json"_s); }
    QTemporaryDir m_settingsDir;
};

void TestVisitData::visitDialog_keepsTimePlaceAndWhatToBring()
{
    const Visit visit{QDate(2026, 12, 1), u"Dr. Lee"_s, QTime(9, 30), u"Building B"_s,
                      u"My scans"_s};
    VisitDialog dialog(visit);
    QCOMPARE(dialog.visit(), visit);
    dialog.timeEdit()->setTime(QTime(0, 0)); // "Not known"
    dialog.placeEdit()->clear();
    QTest::keyClicks(dialog.placeEdit(), u"Room 204"_s);
    const Visit changed = dialog.visit();
    QVERIFY(!changed.time.isValid());
    QCOMPARE(changed.place, u"Room 204"_s);
    QCOMPARE(changed.bring, u"My scans"_s);
    VisitDialog empty(Visit{});
    QCOMPARE(empty.timeEdit()->text(), u"Not known"_s);
}

void TestVisitData::visitDialog_writesTheDateInTheLocalesLongFormat()
{
    const QLocale before;
    for (const char *name : {"en_US", "es_MX", "de_DE"}) {
        QLocale::setDefault(QLocale(QString::fromLatin1(name)));
        const Visit visit{QDate(2026, 12, 1), u"Dr. Lee"_s};
        VisitDialog dialog(visit);
        const QString longDate = QLocale().toString(visit.date, QLocale::LongFormat);
        QCOMPARE(dialog.dateEdit()->text(), longDate);
        QVERIFY(visit.describe().startsWith(longDate));
    }
    QLocale::setDefault(before);
}

void TestVisitData::careTeam_phoneNumbersAreTelLinks()
{
    QCOMPARE(CareTeamDialog::telUrl(u"(555) 010-0100"_s), QUrl(u"tel:5550100100"_s));
    QCOMPARE(CareTeamDialog::telUrl(u"+1 555 0199"_s), QUrl(u"tel:+15550199"_s));
    QVERIFY(!CareTeamDialog::telUrl(u"ask the desk"_s).isValid());
    const QString html = CareTeamDialog::numbersHtml(samples::everythingFilledIn().careTeam);
    QVERIFY(html.contains(u"<a href=\"tel:5550100\">555-0100</a>"_s));
    QVERIFY(html.contains(u"<a href=\"tel:5550199\">555-0199</a>"_s));
    QVERIFY(html.contains(u"Dr. Ana Lee"_s));
    QVERIFY(html.contains(u"(Oncologist)"_s));

    ChecklistModel model;
    model.setChecklist(samples::everythingFilledIn());
    CareTeamDialog dialog(&model);
    // The view's own links, as a click would follow them.
    QTextDocument *document = dialog.numbers()->document();
    QVERIFY(document->toHtml().contains(u"tel:5550111"_s));
    QVERIFY(dialog.numbers()->toPlainText().contains(u"After hours: 555-0199"_s));
}

void TestVisitData::careTeamDialog_addsAContactAsOneUndoStep()
{
    ChecklistModel model;
    QUndoStack stack;
    model.setUndoStack(&stack);
    CareTeamDialog dialog(&model);
    QTest::keyClicks(dialog.editor()->newField(), u"Hospice of the Valley"_s);
    QTest::keyClick(dialog.editor()->newField(), Qt::Key_Return);
    QCOMPARE(model.checklist().careTeam.size(), 1);
    QCOMPARE(stack.count(), 1);
    RecordListModel *records = dialog.editor()->records();
    QVERIFY(records->setData(records->index(0, 1), u"Hospice"_s));
    QVERIFY(records->setData(records->index(0, 2), u"555-0177"_s));
    QCOMPARE(model.checklist().careTeam.at(0),
             (CareContact{u"Hospice of the Valley"_s, u"hospice"_s, u"555-0177"_s, {}}));
    QVERIFY(dialog.numbers()->toHtml().contains(u"tel:5550177"_s));
    stack.undo();
    stack.undo();
    stack.undo();
    QVERIFY(model.checklist().careTeam.isEmpty());
}

void TestVisitData::toTellTab_addsUndoesAndSaves()
{
    QTemporaryDir dir;
    {
        MainWindow window(listPath(dir));
        window.autoSaver()->setDelay(60 * 1000);
        QCOMPARE(window.listTabs()->count(), 2);
        QCOMPARE(window.listTabs()->tabText(0), u"Questions"_s);
        QCOMPARE(window.listTabs()->tabText(1), u"To tell"_s);
        window.listTabs()->setCurrentIndex(1);
        RecordListEditor *toTell = window.toTellEditor();
        QTest::keyClicks(toTell->newField(), u"New cough"_s);
        QTest::keyClick(toTell->newField(), Qt::Key_Return);
        QTest::keyClicks(toTell->newField(), u"Tired all day"_s);
        QTest::keyClick(toTell->newField(), Qt::Key_Return);
        QVERIFY(toTell->newField()->text().isEmpty());
        RecordListModel *records = toTell->records();
        QVERIFY(records->setData(records->index(0, 2), u"4"_s));
        QCOMPARE(window.checklistModel()->checklist().toTell.size(), 2);
        toTell->table()->setCurrentIndex(records->index(1, 0));
        toTell->moveCurrent(-1);
        QCOMPARE(window.checklistModel()->checklist().toTell.at(0).text, u"Tired all day"_s);
        window.undoStack()->undo();
        QCOMPARE(window.checklistModel()->checklist().toTell.at(0).text, u"New cough"_s);
        QCOMPARE(window.checklistModel()->checklist().toTell.at(0).severity, 4);
        // By keyboard, as the page says: to the cell with the arrows, then type.
        QStringList words;
        for (const QLabel *label : toTell->findChildren<QLabel *>())
            words << label->text();
        QVERIFY2(words.join(u' ').contains(u"arrow keys"_s), qPrintable(words.join(u' ')));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QTRY_VERIFY(QApplication::activeWindow() == &window);
        toTell->table()->setFocus();
        toTell->table()->setCurrentIndex(records->index(1, 0));
        QTest::keyClick(toTell->table(), Qt::Key_Right);
        // The cell it is on is the one highlighted, not the whole row.
        QCOMPARE(toTell->table()->selectionModel()->selectedIndexes(),
                 QModelIndexList{records->index(1, 1)});
        QTest::keyClick(toTell->table(), Qt::Key_S); // the first key opens the cell
        QTRY_VERIFY(QApplication::focusWidget() != toTell->table());
        QTest::keyClicks(QApplication::focusWidget(), u"ince Monday"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(window.checklistModel()->checklist().toTell.at(1).since, u"since Monday"_s);
        // New Question (Ctrl+N) from here shows the questions, and the typing goes there.
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(window.listTabs()->currentIndex(), 0);
        QTRY_COMPARE(QApplication::focusWidget(),
                     static_cast<QWidget *>(window.checklistPanel()->newQuestionField()));
        window.listTabs()->setCurrentIndex(1);
        // Go to My Questions shows the questions again.
        window.findChild<QAction *>(u"goQuestions"_s)->trigger();
        QCOMPARE(window.listTabs()->currentIndex(), 0);
        window.close();
    }
    const auto saved = ChecklistStore::loadFromFile(listPath(dir));
    QCOMPARE(saved.data.toTell.size(), 2);
    QCOMPARE(saved.data.toTell.at(0), (ToTellItem{u"New cough"_s, {}, 4, {}}));
}

void TestVisitData::urgentTopic_offersToFillInTheCareTeam_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Spanish") << u"es"_s;
}

void TestVisitData::urgentTopic_offersToFillInTheCareTeam()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    window.setLanguage(language);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showTopic(u"urgent"_s);
    QTRY_VERIFY(window.readingPane()->browser()->document()->toHtml().contains(u"app:care-team"_s));
    QVERIFY(window.readingPane()->browser()->document()->toHtml().contains(u"app:wallet-card"_s));
    QStringList opened;
    Ask::setNextDialogs({[&opened](QDialog *dialog) {
        opened << dialog->objectName();
        return int(QDialog::Rejected);
    }});
    Q_EMIT window.readingPane()->browser()->anchorClicked(QUrl(u"app:care-team"_s));
    QCOMPARE(opened, QStringList{u"careTeamDialog"_s});
}

void TestVisitData::medicinesDialog_editsTheListAndThePrintChoice()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    QAction *printMedicines = window.printController()->medicinesPageAction();
    QVERIFY(printMedicines->isChecked()); // on by default
    Ask::setNextDialogs({[](QDialog *dialog) {
        auto *medicines = qobject_cast<MedicinesDialog *>(dialog);
        if (!medicines)
            return int(QDialog::Rejected);
        QTest::keyClicks(medicines->editor()->newField(), u"Oxycodone"_s);
        QTest::keyClick(medicines->editor()->newField(), Qt::Key_Return);
        medicines->printBox()->setChecked(false);
        return int(QDialog::Rejected);
    }});
    window.findChild<QAction *>(u"myMedicines"_s)->trigger();
    QCOMPARE(Ask::askedForTesting(), QStringList{u"My Medicines"_s});
    QCOMPARE(window.checklistModel()->checklist().medicines.size(), 1);
    QVERIFY(!printMedicines->isChecked());
    QVERIFY(!QSettings().value(u"print/medicinesPage"_s).toBool());
    const Printable list = window.printController()->currentList();
    QVERIFY(!list.build(12)->toPlainText().contains(u"Oxycodone"_s));
    printMedicines->setChecked(true);
    QVERIFY(
        window.printController()->currentList().build(12)->toPlainText().contains(u"Oxycodone"_s));
}

void TestVisitData::walletCard_fromTheMenuToAPdf()
{
    NEXTSTEPS_REQUIRE_PDFTOTEXT();
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    window.checklistModel()->addRecord(
        ChecklistModel::ListKind::CareTeam,
        {u"Dr. Ana Lee"_s, u"oncologist"_s, u"555-0100"_s, u"555-0199"_s});
    const int steps = window.undoStack()->count();
    const QString pdf = dir.filePath(u"card.pdf"_s);
    Ask::setNextDialogs({[](QDialog *dialog) {
        auto *card = qobject_cast<WalletCardDialog *>(dialog);
        if (!card)
            return int(QDialog::Rejected);
        QTest::keyClicks(card->nameEdit(), u"Maria Gomez"_s);
        QTest::keyClicks(card->drugsEdit(), u"Pembrolizumab, Nivolumab"_s);
        card->startedEdit()->setDate(QDate(2025, 3, 3));
        return int(WalletCardDialog::SavePdf);
    }});
    Ask::setNextFileNames({pdf});
    window.findChild<QAction *>(u"printWalletCard"_s)->trigger();
    const Immunotherapy therapy = window.checklistModel()->checklist().immunotherapy;
    QCOMPARE(therapy.drugs, (QStringList{u"Pembrolizumab"_s, u"Nivolumab"_s}));
    QCOMPARE(therapy.started, QDate(2025, 3, 3));
    QVERIFY(!therapy.stopped.isValid());
    QCOMPARE(window.undoStack()->count(), steps + 1);
    const QString text = testprint::pdfPages(pdf).join(u' ').simplified();
    QVERIFY(text.contains(u"Maria Gomez"_s));
    QVERIFY(text.contains(u"Pembrolizumab, Nivolumab"_s));
    QVERIFY(text.contains(u"555-0199"_s));
}

void TestVisitData::menus_haveTheNewCommands()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    for (const auto &[name, text] : {std::pair{u"myMedicines"_s, u"My &Medicines…"_s},
                                     std::pair{u"printWalletCard"_s, u"Print &Wallet Card…"_s},
                                     std::pair{u"careTeam"_s, u"My &Care Team…"_s}}) {
        auto *action = window.findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        QCOMPARE(action->text(), text);
    }
}

QTEST_MAIN(TestVisitData)
#include "tst_visitdata.moc"
