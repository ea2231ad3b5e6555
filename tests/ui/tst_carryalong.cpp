#include "LaptopScreen.h"
#include "PdfText.h"
#include "TestFiles.h"
#include "TestSupport.h"
#include "core/backup/Backup.h"
#include "core/checklist/AutoSaver.h"
#include "core/checklist/ChecklistModel.h"
#include "core/checklist/ChecklistStore.h"
#include "core/summary/TreatmentSummary.h"
#include "core/summary/TreatmentSummaryPrintout.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/SummaryKeeper.h"
#include "ui/backup/BackupKeeper.h"
#include "ui/reading/GuideBrowser.h"
#include "ui/reading/ReadingPane.h"
#include "ui/summary/TreatmentDialog.h"
#include "ui/summary/TreatmentSummaryDialog.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/TextSize.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace nextsteps;
using namespace nextsteps::testfiles;

namespace {

// What a person types into the summary, field by field.
struct Typed
{
    QString name = u"Rosa Martínez"_s;
    QString started = u"Base of the tongue"_s;
    QString found = u"March 2023"_s;
    QString spread = u"Lungs, neck"_s;
    QString pdl1 = u"CPS 20"_s;
    QString other = u"TP53 change"_s;
    QString sideEffects = u"Dry mouth, low thyroid"_s;
    QString allergies = u"Penicillin"_s;
    QString day = u"Up most of the day, rest after lunch"_s;
    QStringList treatment1{u"Cisplatin with radiation"_s, u"May 2023"_s, u"July 2023"_s,
                           u"Tumor gone"_s, u"Finished"_s};
    // A reason offered, picked by typing its words in the language of the day.
    QStringList treatment2{u"Pembrolizumab"_s, u"Feb 2025"_s, u"Sept 2026"_s, u"Grew again"_s,
                           TreatmentSummary::reasonName(u"stoppedWorking"_s)};
};

// Types a treatment into the treatment dialog, key by key, and presses OK.
Ask::DialogAnswer typeTreatment(const QStringList &fields)
{
    return [fields](QDialog *dialog) {
        auto *form = qobject_cast<TreatmentDialog *>(dialog);
        if (!form)
            return int(QDialog::Rejected);
        typeText(form->whatEdit(), fields.at(0));
        typeText(form->fromEdit(), fields.at(1));
        typeText(form->toEdit(), fields.at(2));
        typeText(form->howItWentEdit(), fields.at(3));
        typeText(form->whyStoppedBox()->lineEdit(), fields.at(4));
        return int(QDialog::Accepted);
    };
}

} // namespace

// Issue 32 tried as a person would: My Cancer and Treatments typed by keyboard, kept in the
// list's file, undone and printed; Back Up Everything, then Restore, from the window.
class TestCarryAlong : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settingsDir); }
    void cleanup() { resetAfterTest(); }
    void summary_typedIsSavedPrintedAndUndone_data();
    void summary_typedIsSavedPrintedAndUndone();
    void summary_closedWithChanges_asksFirst_data();
    void summary_closedWithChanges_asksFirst();
    void treatment_escapeAfterTyping_asksFirst();
    void summary_screenReadersHearEachFieldAndWhatTheTestsMean();
    void summary_fitsAt300Percent_andTabReachesEveryField();
    void trialsTopic_linksToTheSummary();
    void backUpThenRestore_bringsBackTheListAndSettings();
    void damagedBackup_isRefused_andTheListStays();

private:
    static QString listPath(const QTemporaryDir &dir) { return dir.filePath(u"checklist.json"_s); }
    QTemporaryDir m_settingsDir;
};

void TestCarryAlong::summary_typedIsSavedPrintedAndUndone_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("hpvTyped");
    QTest::newRow("English") << u"en"_s << u"Positive"_s;
    QTest::newRow("Spanish") << u"es"_s << u"Positivo"_s;
}

void TestCarryAlong::summary_typedIsSavedPrintedAndUndone()
{
    NEXTSTEPS_REQUIRE_PDFTOTEXT();
    QFETCH(QString, language);
    QFETCH(QString, hpvTyped);
    Language::apply(language);
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    const Typed typed;
    const int steps = window.undoStack()->count();
    const QString pdf = dir.filePath(u"summary.pdf"_s);
    Ask::setNextDialogs({[&typed, &hpvTyped](QDialog *dialog) {
                             auto *form = qobject_cast<TreatmentSummaryDialog *>(dialog);
                             if (!form)
                                 return int(QDialog::Rejected);
                             typeText(form->nameEdit(), typed.name);
                             typeText(form->startedEdit(), typed.started);
                             typeText(form->foundEdit(), typed.found);
                             typeText(form->spreadEdit(), typed.spread);
                             typeText(form->hpvBox()->lineEdit(), hpvTyped);
                             typeText(form->pdl1Edit(), typed.pdl1);
                             typeText(form->otherTestsEdit(), typed.other);
                             form->addTreatment();
                             form->addTreatment();
                             typeText(form->sideEffectsEdit(), typed.sideEffects);
                             typeText(form->allergiesEdit(), typed.allergies);
                             typeText(form->dailyLifeEdit(), typed.day);
                             return int(TreatmentSummaryDialog::SavePdf);
                         },
                         typeTreatment(typed.treatment1), typeTreatment(typed.treatment2)});
    Ask::setNextFileNames({pdf});
    window.findChild<QAction *>(u"myTreatments"_s)->trigger();

    // One undo step, saved in the list's file as typed.
    QCOMPARE(window.undoStack()->count(), steps + 1);
    QVERIFY(window.autoSaver()->flush());
    const auto saved = ChecklistStore::loadFromFile(listPath(dir));
    const TreatmentSummary summary =
        TreatmentSummary::fromJson(saved.data.sections.value(TreatmentSummary::SectionName));
    QCOMPARE(summary.name, typed.name);
    QCOMPARE(summary.started, typed.started);
    QCOMPARE(summary.found, typed.found);
    QCOMPARE(summary.spread, typed.spread);
    QCOMPARE(summary.hpv, u"positive"_s); // kept by its key: it prints in either language
    QCOMPARE(summary.pdl1, typed.pdl1);
    QCOMPARE(summary.otherTests, typed.other);
    QCOMPARE(summary.treatments.size(), 2);
    QStringList second = typed.treatment2;
    second[4] = u"stoppedWorking"_s; // kept by its key: it reads in either language
    for (const auto &[index, fields] : {std::pair{0, typed.treatment1}, {1, second}}) {
        const Treatment &t = summary.treatments.at(index);
        QCOMPARE((QStringList{t.what, t.from, t.to, t.howItWent, t.whyStopped}), fields);
    }
    QCOMPARE(summary.sideEffects, typed.sideEffects);
    QCOMPARE(summary.allergies, typed.allergies);
    QCOMPARE(summary.dailyLife, typed.day);

    // The PDF, in the language of the window, holds every word typed.
    const QString page = testprint::pdfPages(pdf).join(u' ').simplified();
    QVERIFY(page.contains(TreatmentSummaryPrintout::title()));
    QVERIFY2(page.contains(hpvTyped), qPrintable(page));
    QVERIFY(page.contains(TreatmentSummaryPrintout::startedLabel()));
    for (const QString &text : {typed.name, typed.started, typed.found, typed.spread, typed.pdl1,
                                typed.other, typed.sideEffects, typed.allergies, typed.day})
        QVERIFY2(page.contains(text), qPrintable(text));
    for (const QString &word : typed.treatment1 + typed.treatment2) {
        for (const QString &part : word.split(u' '))
            QVERIFY2(page.contains(part), qPrintable(part));
    }

    // Undo takes it away, on disk too; Redo brings it back.
    window.undoStack()->undo();
    QVERIFY(window.autoSaver()->flush());
    QVERIFY(!QJsonDocument::fromJson(readAll(listPath(dir)))
                 .object()
                 .value(u"sections"_s)
                 .toObject()
                 .contains(TreatmentSummary::SectionName));
    window.undoStack()->redo();
    QVERIFY(window.autoSaver()->flush());
    QCOMPARE(TreatmentSummary::fromJson(ChecklistStore::loadFromFile(listPath(dir))
                                            .data.sections.value(TreatmentSummary::SectionName)),
             summary);
}

void TestCarryAlong::summary_closedWithChanges_asksFirst_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("kept");
    QTest::newRow("keep them") << int(Ask::Answer::KeepMine) << true;
    QTest::newRow("leave them out") << int(Ask::Answer::Delete) << false;
}

void TestCarryAlong::summary_closedWithChanges_asksFirst()
{
    QFETCH(int, answer);
    QFETCH(bool, kept);
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    Ask::setNextDialogs({[](QDialog *dialog) {
        auto *form = qobject_cast<TreatmentSummaryDialog *>(dialog);
        typeText(form->allergiesEdit(), u"Latex"_s);
        form->reject(); // Escape, or Cancel: asked first
        return form->result();
    }});
    Ask::setNextAnswers({Ask::Answer(answer)});
    window.findChild<QAction *>(u"myTreatments"_s)->trigger();
    QVERIFY(Ask::askedForTesting().join(u' ').contains(u"Keep what you wrote?"_s));
    QCOMPARE(window.summaryKeeper()->summary().allergies, kept ? u"Latex"_s : QString());
}

void TestCarryAlong::treatment_escapeAfterTyping_asksFirst()
{
    for (const auto &[answer, kept] :
         {std::pair{Ask::Answer::KeepMine, true}, std::pair{Ask::Answer::Delete, false},
          std::pair{Ask::Answer::Cancel, false}}) {
        TreatmentDialog dialog({});
        dialog.show();
        typeText(dialog.whatEdit(), u"Cetuximab"_s);
        Ask::setNextAnswers({answer});
        dialog.reject();
        QVERIFY(Ask::askedForTesting().join(u' ').contains(u"Keep what you wrote?"_s));
        Ask::resetForTesting();
        if (answer == Ask::Answer::Cancel) {
            QVERIFY(dialog.isVisible()); // Go Back: still open, the words there
            QCOMPARE(dialog.whatEdit()->text(), u"Cetuximab"_s);
            continue;
        }
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), kept ? int(QDialog::Accepted) : int(QDialog::Rejected));
    }
    // Nothing typed: Escape closes at once, nothing asked.
    Ask::resetForTesting();
    TreatmentDialog empty({});
    empty.reject();
    QVERIFY(Ask::askedForTesting().isEmpty());
    QCOMPARE(empty.result(), int(QDialog::Rejected));
}

void TestCarryAlong::summary_screenReadersHearEachFieldAndWhatTheTestsMean()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    TreatmentSummaryDialog dialog(
        {}, false,
        [&window](const QString &id) {
            const GlossaryTerm *term = window.guide().glossaryTerm(id);
            return term ? term->definition : QString();
        },
        &window);
    const QList<std::pair<QWidget *, QString>> fields{
        {dialog.nameEdit(), TreatmentSummaryPrintout::nameLabel()},
        {dialog.startedEdit(), TreatmentSummaryPrintout::startedLabel()},
        {dialog.foundEdit(), TreatmentSummaryPrintout::foundLabel()},
        {dialog.spreadEdit(), TreatmentSummaryPrintout::spreadLabel()},
        {dialog.hpvBox(), TreatmentSummaryPrintout::hpvLabel()},
        {dialog.pdl1Edit(), TreatmentSummaryPrintout::pdl1Label()},
        {dialog.otherTestsEdit(), TreatmentSummaryPrintout::otherTestsLabel()},
        {dialog.sideEffectsEdit(), TreatmentSummaryPrintout::sideEffectsLabel()},
        {dialog.allergiesEdit(), TreatmentSummaryPrintout::allergiesLabel()},
        {dialog.dailyLifeEdit(), TreatmentSummaryPrintout::dailyLifeLabel()},
        {dialog.treatmentList(), TreatmentSummaryPrintout::tr("Treatments")}};
    for (const auto &[field, label] : fields)
        QCOMPARE(field->accessibleName(), label);
    // What the tests mean, from the guide's glossary, is said with the field.
    QCOMPARE(dialog.hpvBox()->accessibleDescription(),
             window.guide().glossaryTerm(u"hpv"_s)->definition);
    QCOMPARE(dialog.pdl1Edit()->accessibleDescription(),
             window.guide().glossaryTerm(u"pd-l1"_s)->definition);
    QVERIFY(!dialog.dailyLifeEdit()->accessibleDescription().isEmpty());
}

void TestCarryAlong::summary_fitsAt300Percent_andTabReachesEveryField()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    window.show();
    TextSize::instance()->set(300);
    // What the dialog showed, gathered while it is open and checked once it is closed.
    bool opened = false;
    bool onScreen = false;
    QSet<QWidget *> reached;
    bool lastShows = false;
    QList<QWidget *> fields; // name, PD-L1, allergies, what I can do in a day
    Ask::setNextDialogs({[&](QDialog *dialog) {
        auto *form = qobject_cast<TreatmentSummaryDialog *>(dialog);
        if (!form)
            return int(QDialog::Rejected);
        opened = true;
        fields = {form->nameEdit(), form->pdl1Edit(), form->allergiesEdit(), form->dailyLifeEdit()};
        dialog->show();
        const QRect screen = form->screen()->availableGeometry();
        onScreen = screen.contains(form->geometry());
        // Tab from the first field, as a person would, to the last one.
        form->activateWindow();
        if (!QTest::qWaitForWindowActive(form))
            return int(QDialog::Rejected);
        form->nameEdit()->setFocus(Qt::TabFocusReason);
        for (int i = 0; i < 40 && !reached.contains(form->dailyLifeEdit()); ++i) {
            QWidget *focus = QApplication::focusWidget();
            if (!focus)
                break;
            reached.insert(focus);
            QTest::keyClick(focus, Qt::Key_Tab);
            QCoreApplication::processEvents();
        }
        QCoreApplication::processEvents();
        lastShows = !form->dailyLifeEdit()->visibleRegion().isEmpty();
        return int(QDialog::Rejected);
    }});
    window.findChild<QAction *>(u"myTreatments"_s)->trigger();
    QVERIFY(opened);
    QVERIFY(onScreen);
    for (QWidget *field : std::as_const(fields))
        QVERIFY(reached.contains(field)); // compared as addresses: the dialog is gone now
    QVERIFY(lastShows);
}

void TestCarryAlong::trialsTopic_linksToTheSummary()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showTopic(u"trials"_s);
    QVERIFY(
        window.readingPane()->browser()->document()->toHtml().contains(u"app:treatment-summary"_s));
    bool opened = false;
    Ask::setNextDialogs({[&opened](QDialog *dialog) {
        opened = qobject_cast<TreatmentSummaryDialog *>(dialog) != nullptr;
        return int(QDialog::Rejected);
    }});
    Q_EMIT window.readingPane()->browser()->anchorClicked(QUrl(u"app:treatment-summary"_s));
    QVERIFY(opened);
}

void TestCarryAlong::backUpThenRestore_bringsBackTheListAndSettings()
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const QString backupPath = elsewhere.filePath(u"everything.nextsteps-backup"_s);
    {
        MainWindow window(listPath(dir));
        ChecklistModel *model = window.checklistModel();
        model->addQuestion(u"Is there a trial for me?"_s);
        model->addQuestion(u"What would hospice add?"_s);
        model->setSection(TreatmentSummary::SectionName, {{u"name"_s, u"Rosa"_s}}, u"x"_s);
        window.setZoom(200);
        Ask::setNextFileNames({backupPath});
        Ask::setNextAnswers({Ask::Answer::Ok});
        window.findChild<QAction *>(u"backUp"_s)->trigger();
        QVERIFY(QFileInfo::exists(backupPath));
#ifdef Q_OS_UNIX
        QCOMPARE(QFileInfo(backupPath).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
#endif
        // Said where it was saved, with what it holds.
        QVERIFY(Ask::askedForTesting().join(u' ').contains(u"health information"_s));
        QVERIFY(window.autoSaver()->flush());
    }
    const QByteArray backedUp = readAll(listPath(dir));

    // Later: the list changed, and so did the text size.
    MainWindow window(listPath(dir));
    ChecklistModel *model = window.checklistModel();
    model->removeQuestion(0);
    model->addQuestion(u"A newer question"_s);
    window.setZoom(100);
    Ask::resetForTesting();
    QString holds;
    Ask::setNextDialogs({[&holds, model](QDialog *dialog) {
        // What the backup holds is said before anything changes.
        holds = dialog->findChild<QLabel *>(u"backupHolds"_s)->text();
        return model->rowOfText(u"A newer question"_s) >= 0 ? int(QDialog::Accepted)
                                                            : int(QDialog::Rejected);
    }});
    QVERIFY(window.backupKeeper()->restoreFrom(backupPath));
    QVERIFY2(holds.contains(u"Your list: 2 questions."_s), qPrintable(holds));
    QVERIFY(holds.contains(u"Your cancer and treatments."_s));
    QVERIFY(holds.contains(u"text size 200%"_s)); // what will change at once is said
    // Where what was replaced is kept is said, whole.
    QVERIFY(Ask::askedForTesting().join(u' ').contains(u"before-restore"_s));

    // The window shows the backed-up list, the disk holds its very bytes, and no undo step
    // would save the list it replaced over it.
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->item(0).text, u"Is there a trial for me?"_s);
    QCOMPARE(window.summaryKeeper()->summary().name, u"Rosa"_s);
    QCOMPARE(readAll(listPath(dir)), backedUp);
    QCOMPARE(window.undoStack()->count(), 0);
    QCOMPARE(window.zoom(), 200);
    // What was replaced is kept beside the list, and holds the newer question.
    const QStringList kept = QDir(dir.path()).entryList({u"checklist.before-restore-*"_s});
    QCOMPARE(kept.size(), 1);
    const Backup::ReadResult before = Backup::read(dir.filePath(kept.first()));
    QVERIFY(before.ok);
    QVERIFY(before.contents.list.bytes.contains("A newer question"));
    // A change after the restore is saved as usual, over the restored file.
    model->addQuestion(u"After the restore"_s);
    QVERIFY(window.autoSaver()->flush());
    QVERIFY(readAll(listPath(dir)).contains("After the restore"));
}

void TestCarryAlong::damagedBackup_isRefused_andTheListStays()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    window.checklistModel()->addQuestion(u"Keep me"_s);
    QVERIFY(window.autoSaver()->flush());
    const QByteArray before = readAll(listPath(dir));
    const QString backupPath = dir.filePath(u"cut.nextsteps-backup"_s);
    Backup::Contents contents;
    QString error;
    QVERIFY(Backup::collect(listPath(dir), {}, &contents, &error));
    writeAll(backupPath, Backup::serialize(contents).chopped(40));
    QVERIFY(!window.backupKeeper()->restoreFrom(backupPath));
    auto *box = window.findChild<QMessageBox *>(u"problemMessage"_s);
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"damaged or cut short"_s), qPrintable(box->text()));
    QCOMPARE(readAll(listPath(dir)), before);
    QCOMPARE(window.checklistModel()->item(0).text, u"Keep me"_s);
    QVERIFY(QDir(dir.path()).entryList({u"checklist.before-restore-*"_s}).isEmpty());
}

int main(int argc, char *argv[])
{
    return execOnLaptopScreen<TestCarryAlong>(argc, argv);
}

#include "tst_carryalong.moc"
