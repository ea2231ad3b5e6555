#include "PaintedText.h"
#include "PdfText.h"
#include "SampleLists.h"
#include "TestSupport.h"
#include "core/checklist/AutoSaver.h"
#include "core/checklist/ChecklistModel.h"
#include "core/checklist/ChecklistStore.h"
#include "core/checklist/RecordListModel.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/checklist/CareTeamDialog.h"
#include "ui/checklist/ChecklistPanel.h"
#include "ui/checklist/ChecklistTabs.h"
#include "ui/checklist/MedicinesDialog.h"
#include "ui/checklist/PastListsDialog.h"
#include "ui/checklist/RecordListEditor.h"
#include "ui/checklist/VisitDialog.h"
#include "ui/checklist/WalletCardDialog.h"
#include "ui/print/PrintController.h"
#include "ui/reading/GuideBrowser.h"
#include "ui/reading/ReadingPane.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/DateField.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimeEdit>
#include <QTimer>
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
    void careTeam_telLinkDialsTheFirstNumberWithItsExtension_data();
    void careTeam_telLinkDialsTheFirstNumberWithItsExtension();
    void visitFieldsHoldingMarkup_showAsTyped_data();
    void visitFieldsHoldingMarkup_showAsTyped();
    void careTeamDialog_addsAContactAsOneUndoStep();
    void toTellTab_addsUndoesAndSaves();
    void urgentTopic_offersToFillInTheCareTeam_data();
    void urgentTopic_offersToFillInTheCareTeam();
    void medicinesDialog_editsTheListAndThePrintChoice();
    void walletCard_fromTheMenuToAPdf();
    void visit_toACalendarFile();
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
    dialog.timeField()->lineEdit()->clear(); // not known
    dialog.placeEdit()->clear();
    QTest::keyClicks(dialog.placeEdit(), u"Room 204"_s);
    const Visit changed = dialog.visit();
    QVERIFY(!changed.time.isValid());
    QCOMPARE(changed.place, u"Room 204"_s);
    QCOMPARE(changed.bring, u"My scans"_s);
    VisitDialog empty(Visit{});
    QVERIFY(empty.timeField()->isEmpty());
    QCOMPARE(empty.timeField()->understood()->text(), u"Not known"_s);
}

void TestVisitData::visitDialog_writesTheDateInTheLocalesLongFormat()
{
    const QLocale before;
    for (const char *name : {"en_US", "es_MX", "de_DE"}) {
        QLocale::setDefault(QLocale(QString::fromLatin1(name)));
        const Visit visit{QDate(2026, 12, 1), u"Dr. Lee"_s};
        VisitDialog dialog(visit);
        const QString longDate = QLocale().toString(visit.date, QLocale::LongFormat);
        // Typed as digits, said in full beside them.
        QCOMPARE(dialog.dateField()->understood()->text(), longDate);
        QCOMPARE(dialog.dateField()->date(), visit.date);
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

void TestVisitData::careTeam_telLinkDialsTheFirstNumberWithItsExtension_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("dialed"); // empty: no link
    QTest::newRow("plain") << u"555-0100"_s << u"tel:5550100"_s;
    QTest::newRow("brackets") << u"(555) 010-0100"_s << u"tel:5550100100"_s;
    QTest::newRow("country code") << u"+1 555 0199"_s << u"tel:+15550199"_s;
    QTest::newRow("ext") << u"555-0100 ext 23"_s << u"tel:5550100;ext=23"_s;
    QTest::newRow("ext.") << u"555-0100, ext. 23"_s << u"tel:5550100;ext=23"_s;
    QTest::newRow("x") << u"555-0100 x23"_s << u"tel:5550100;ext=23"_s;
    QTest::newRow("extension") << u"555-0100 Extension 4"_s << u"tel:5550100;ext=4"_s;
    QTest::newRow("Spanish") << u"555-0100 extensión 7"_s << u"tel:5550100;ext=7"_s;
    QTest::newRow("two numbers") << u"Day 555-0100 / Night 555-0199"_s << u"tel:5550100"_s;
    QTest::newRow("two, words between") << u"555-0100 or 555-0199"_s << u"tel:5550100"_s;
    QTest::newRow("words first") << u"Nurse line: 555-0111"_s << u"tel:5550111"_s;
    QTest::newRow("no number") << u"ask the desk"_s << QString();
    QTest::newRow("too short") << u"room 12"_s << QString();
}

void TestVisitData::careTeam_telLinkDialsTheFirstNumberWithItsExtension()
{
    QFETCH(QString, written);
    QFETCH(QString, dialed);
    const QUrl url = CareTeamDialog::telUrl(written);
    QCOMPARE(url.isValid() ? url.toString() : QString(), dialed);
    if (dialed.isEmpty())
        return;
    // The link the person clicks in My Care Team is that one.
    ChecklistModel model;
    ChecklistData data;
    CareContact contact;
    contact.name = u"Dr. Ana Lee"_s;
    contact.phone = written;
    data.careTeam.append(contact);
    model.setChecklist(data);
    CareTeamDialog dialog(&model);
    QVERIFY2(dialog.numbers()->document()->toHtml().contains(u"href=\""_s + dialed + u"\""_s),
             qPrintable(dialog.numbers()->document()->toHtml()));
}

void TestVisitData::visitFieldsHoldingMarkup_showAsTyped_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("with") << u"with"_s;
    QTest::newRow("place") << u"place"_s;
    QTest::newRow("bring") << u"bring"_s;
}

void TestVisitData::visitFieldsHoldingMarkup_showAsTyped()
{
    QFETCH(QString, field);
    QTemporaryDir dir;
    // A red picture: if the markup were drawn, its pixels would be on the screen.
    const QString picture = dir.filePath(u"x.png"_s);
    QImage red(60, 60, QImage::Format_RGB32);
    red.fill(Qt::red);
    QVERIFY(red.save(picture));
    const QString typed = u"<img src=\"file://"_s + picture + u"\"><h1>Big</h1>"_s;
    ChecklistData data;
    data.visit.date = QDate(2026, 12, 4);
    (field == u"with"_s    ? data.visit.with
     : field == u"place"_s ? data.visit.place
                           : data.visit.bring) = typed;
    data.items.append(ChecklistItem{});
    data.items.first().text = u"A question?"_s;
    data.items.first().answer = typed;
    data.archive.append({QDateTime::currentDateTimeUtc(), data.visit, data.items, {}});
    QVERIFY(ChecklistStore::saveToFile(listPath(dir), data, nullptr));
    MainWindow window(listPath(dir));
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The panel's visit lines: painted as the characters typed, no picture, and read so.
    QLabel *visit = window.checklistPanel()->visitLabel();
    if (field != u"with"_s) {
        testprint::PaintedText painted(*visit);
        visit->render(&painted);
        QVERIFY2(painted.text().contains(u"<h1>Big</h1>"_s), qPrintable(painted.text()));
        QVERIFY(visit->accessibleName().contains(typed));
    }
    const QImage shown = window.grab().toImage();
    for (int y = 0; y < shown.height(); y += 2)
        for (int x = 0; x < shown.width(); x += 2)
            QVERIFY2(shown.pixel(x, y) != qRgb(255, 0, 0), "the picture was drawn");

    // The answer's tooltip shows the markup as text too.
    const QString tip = window.checklistModel()->index(0).data(Qt::ToolTipRole).toString();
    QTextDocument tipShown;
    tipShown.setHtml(tip);
    QVERIFY2(tipShown.toPlainText().contains(typed), qPrintable(tipShown.toPlainText()));

    // Past Lists > Delete This List… asks in a message box naming the list: its words are
    // painted as typed too (the real box, not the test seam).
    const QString name = PastListsDialog::nameOf(data.archive.first());
    Ask::resetForTesting();
    QString boxText;
    QTimer::singleShot(0, this, [&boxText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        for (QLabel *label : box->findChildren<QLabel *>()) {
            testprint::PaintedText painted(*label);
            label->render(&painted);
            boxText += painted.text() + u'\n';
        }
        box->reject();
    });
    Ask::question(&window, u"Delete"_s, u"Delete the list for %1?"_s.arg(name), u"Sure?"_s,
                  {{Ask::Answer::Delete, u"Delete"_s, QMessageBox::DestructiveRole},
                   {Ask::Answer::Keep, u"Keep"_s, QMessageBox::RejectRole}});
    if (field == u"with"_s)
        QVERIFY2(boxText.contains(u"<h1>Big</h1>"_s), qPrintable(boxText));
    QVERIFY(!boxText.contains(u"\nBig\n"_s));
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
        QCOMPARE(window.listTabs()->count(), 3);
        QCOMPARE(window.listTabs()->tabText(0), u"Questions"_s);
        QCOMPARE(window.listTabs()->tabText(1), u"To tell"_s);
        QCOMPARE(window.listTabs()->tabText(2), u"Diary"_s);
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

void TestVisitData::visit_toACalendarFile()
{
    // Edit > Add the Visit to My Calendar…: a reminder or not, a file the person chooses,
    // readable by them only, with the visit and the important questions not yet asked.
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    ChecklistModel *model = window.checklistModel();
    model->addQuestion(u"Is there a trial for me, near home?"_s);
    model->addQuestion(u"Already asked, important?"_s);
    model->addQuestion(u"Not important?"_s);
    model->setField(0, ChecklistModel::Field::Important, true);
    model->setField(1, ChecklistModel::Field::Important, true);
    model->setField(1, ChecklistModel::Field::Asked, true);
    QAction *add = window.findChild<QAction *>(u"addVisitToCalendar"_s);
    QVERIFY(add);
    // No date yet: said, and nothing asked for or written.
    Ask::setNextAnswers({Ask::Answer::Ok});
    Ask::setNextFileNames({dir.filePath(u"never.ics"_s)});
    add->trigger();
    QVERIFY(Ask::askedForTesting().constLast().contains(u"no date"_s));
    QVERIFY(!QFile::exists(dir.filePath(u"never.ics"_s)));

    model->setVisit({QDate(2026, 12, 10), u"Dr. Lee, oncology"_s, QTime(14, 15),
                     u"Building B; room 204"_s, u"Scans"_s});
    const QString path = dir.filePath(u"visit.ics"_s);
    Ask::setNextAnswers({Ask::Answer::Remind});
    Ask::setNextFileNames({path});
    add->trigger();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    const QString ics = QString::fromUtf8(file.readAll()).replace(u"\r\n "_s, QString());
    QVERIFY(ics.contains(u"SUMMARY:Visit with Dr. Lee\\, oncology\r\n"_s));
    QVERIFY(ics.contains(u"DTSTART:20261210T141500\r\n"_s));
    QVERIFY(ics.contains(u"LOCATION:Building B\\; room 204\r\n"_s));
    QVERIFY(ics.contains(u"Is there a trial for me\\, near home?"_s));
    QVERIFY(!ics.contains(u"Already asked"_s));
    QVERIFY(!ics.contains(u"Not important"_s));
    QVERIFY(ics.contains(u"TRIGGER:-P1D\r\n"_s));
    const QString said = window.findChild<QLabel *>(u"statusMessage"_s)->text();
    // Where it went, and that it is health information to keep private.
    QVERIFY2(said.contains(QDir::toNativeSeparators(path)) && said.contains(u"only you"_s),
             qPrintable(said));
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
        card->startedField()->setDate(QDate(2025, 3, 3));
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
