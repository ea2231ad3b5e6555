#include "LaptopScreen.h"
#include "PdfText.h"
#include "TestFiles.h"
#include "TestSupport.h"
#include "core/checklist/AutoSaver.h"
#include "core/checklist/ChecklistModel.h"
#include "core/checklist/ChecklistStore.h"
#include "core/decisions/Decisions.h"
#include "core/phrases/EmergencyInfo.h"
#include "core/phrases/EmergencySheet.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/checklist/WalletCardDialog.h"
#include "ui/phrases/EmergencyInfoDialog.h"
#include "ui/widgets/Ask.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSettings>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace nextsteps;
using namespace nextsteps::testfiles;

// For Emergency Staff tried as a person would: typed by keyboard, kept in the list's file, undone,
// saved as a PDF that holds every field; the wallet card's neck-breather line.
class TestEmergencySheet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settingsDir); }
    void cleanup() { resetAfterTest(); }
    void emergencySheet_typedByKeyboard_isKeptAndPrinted();
    void walletCard_saysNeckBreather_onlyWhenItApplies();

private:
    static QString listPath(const QTemporaryDir &dir) { return dir.filePath(u"checklist.json"_s); }
    QTemporaryDir m_settingsDir;
};

void TestEmergencySheet::emergencySheet_typedByKeyboard_isKeptAndPrinted()
{
    NEXTSTEPS_REQUIRE_PDFTOTEXT();
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    ChecklistModel *model = window.checklistModel();
    QVERIFY(
        model->addRecord(ChecklistModel::ListKind::Medicines,
                         {u"Oxycodone"_s, u"5 mg"_s, u"every 6 hours"_s, u"pain"_s, QString()}));
    QVERIFY(model->addRecord(ChecklistModel::ListKind::CareTeam,
                             {u"Dr. Ana Lee"_s, u"oncologist"_s, u"555-0100"_s, u"555-0101"_s}));
    Immunotherapy card;
    card.name = u"Rosa M."_s;
    model->setImmunotherapy(card);
    const int steps = window.undoStack()->count();
    const QString pdf = dir.filePath(u"sheet.pdf"_s);
    const QStringList typed{u"Shiley 6, cuffless"_s, u"Penicilina"_s,
                            u"José Ruiz"_s,          u"555-0142"_s,
                            u"On the fridge"_s,      u"Uses a speaking valve"_s};
    Ask::setNextDialogs({[&typed](QDialog *dialog) {
        auto *form = qobject_cast<EmergencyInfoDialog *>(dialog);
        if (!form)
            return int(QDialog::Rejected);
        // The name comes from the wallet card when the sheet has none; typed over here.
        if (form->nameEdit()->text() != u"Rosa M.")
            return int(QDialog::Rejected);
        form->nameEdit()->selectAll();
        typeText(form->nameEdit(), u"Rosa Martínez"_s);
        // Tab goes down the form in the order it reads: the breathing box after the name.
        form->show();
        form->activateWindow();
        if (!QTest::qWaitForWindowActive(form))
            return int(QDialog::Rejected);
        form->nameEdit()->setFocus();
        QTest::keyClick(form->nameEdit(), Qt::Key_Tab);
        if (QApplication::focusWidget() != form->airwayBox()) {
            qWarning() << "Tab went to" << QApplication::focusWidget();
            return int(QDialog::Rejected);
        }
        QTest::keyClick(form->airwayBox(), Qt::Key_Down); // only through the neck
        const QList<QLineEdit *> fields{form->tubeEdit(),       form->allergiesEdit(),
                                        form->speaksNameEdit(), form->speaksPhoneEdit(),
                                        form->polstEdit(),      form->notesEdit()};
        for (int i = 0; i < fields.size(); ++i)
            typeText(fields.at(i), typed.at(i));
        return int(EmergencyInfoDialog::SavePdf);
    }});
    Ask::setNextFileNames({pdf});
    window.findChild<QAction *>(u"emergencyInfo"_s)->trigger();

    // One undo step, kept in the list's file as typed.
    QCOMPARE(window.undoStack()->count(), steps + 1);
    QVERIFY(window.autoSaver()->flush());
    // Who speaks for me and the POLST's place are kept in My wishes, their one home; the
    // sheet reads them from there.
    const auto onDisk = ChecklistStore::loadFromFile(listPath(dir)).data.sections;
    EmergencyInfo saved = EmergencyInfo::fromJson(onDisk.value(EmergencyInfo::SectionName));
    QVERIFY(saved.speaksName.isEmpty() && saved.polstWhere.isEmpty());
    const MyWishes wishes = MyWishes::fromJson(onDisk.value(MyWishes::SectionName));
    saved.speaksName = wishes.speaksName;
    saved.speaksPhone = wishes.speaksPhone;
    saved.polstWhere = wishes.polstWhere;
    QCOMPARE(saved.airway, EmergencyInfo::Airway::NeckBreather);
    QCOMPARE(saved.name, u"Rosa Martínez"_s);
    QCOMPARE((QStringList{saved.tube, saved.allergies, saved.speaksName, saved.speaksPhone,
                          saved.polstWhere, saved.notes}),
             typed);

    // The PDF holds every field typed, the medicines and the care team, in both languages.
    const QStringList pages = testprint::pdfPages(pdf);
    QCOMPARE(pages.size(), 1);
    const QString text = pages.join(u' ').simplified();
    QVERIFY(text.contains(EmergencySheet::title() + u": Rosa Martínez"_s));
    for (const QString &words : typed + QStringList{u"Oxycodone, 5 mg, every 6 hours"_s,
                                                    u"Dr. Ana Lee"_s, u"555-0100"_s, u"555-0101"_s})
        QVERIFY2(text.contains(words), qPrintable(words));
    for (const QString &language : {u"en"_s, u"es"_s})
        QVERIFY(text.contains(EmergencySheet::word(u"neck"_s, language).left(20)));

    // Undo takes it away, on disk too.
    window.undoStack()->undo();
    QVERIFY(window.autoSaver()->flush());
    QVERIFY(!QJsonDocument::fromJson(readAll(listPath(dir)))
                 .object()
                 .value(u"sections"_s)
                 .toObject()
                 .contains(EmergencyInfo::SectionName));
    QVERIFY(!QJsonDocument::fromJson(readAll(listPath(dir)))
                 .object()
                 .value(u"sections"_s)
                 .toObject()
                 .contains(MyWishes::SectionName));
}

void TestEmergencySheet::walletCard_saysNeckBreather_onlyWhenItApplies()
{
    NEXTSTEPS_REQUIRE_PDFTOTEXT();
    for (const bool neck : {false, true}) {
        QTemporaryDir dir;
        MainWindow window(listPath(dir));
        if (neck) {
            EmergencyInfo info;
            info.airway = EmergencyInfo::Airway::Tracheostomy;
            window.checklistModel()->setSection(EmergencyInfo::SectionName, info.toJson(),
                                                u"Change"_s);
        }
        const QString pdf = dir.filePath(u"card.pdf"_s);
        Ask::setNextDialogs({[](QDialog *dialog) {
            auto *card = qobject_cast<WalletCardDialog *>(dialog);
            if (!card)
                return int(QDialog::Rejected);
            QTest::keyClicks(card->nameEdit(), u"Maria Gomez"_s);
            QTest::keyClicks(card->drugsEdit(), u"Pembrolizumab"_s);
            return int(WalletCardDialog::SavePdf);
        }});
        Ask::setNextFileNames({pdf});
        window.findChild<QAction *>(u"printWalletCard"_s)->trigger();
        const QString text = testprint::pdfPages(pdf).join(u' ').simplified();
        QVERIFY(text.contains(u"Maria Gomez"_s));
        QCOMPARE(text.contains(u"I BREATHE THROUGH MY NECK"_s), neck);
        Ask::resetForTesting();
    }
}

int main(int argc, char *argv[])
{
    return execOnLaptopScreen<TestEmergencySheet>(argc, argv);
}

#include "tst_emergencysheet.moc"
