#include "LaptopScreen.h"
#include "PdfText.h"
#include "TestFiles.h"
#include "TestSupport.h"
#include "core/checklist/AutoSaver.h"
#include "core/checklist/ChecklistModel.h"
#include "core/checklist/ChecklistStore.h"
#include "core/decisions/DecisionOptions.h"
#include "core/decisions/Decisions.h"
#include "core/decisions/DecisionsPrintout.h"
#include "core/phrases/EmergencyInfo.h"
#include "ui/DecisionsKeeper.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/decisions/MattersPage.h"
#include "ui/decisions/OptionsPage.h"
#include "ui/decisions/StandPage.h"
#include "ui/decisions/ThinkingDialog.h"
#include "ui/decisions/WishesPage.h"
#include "ui/phrases/EmergencyInfoDialog.h"
#include "ui/print/PrintController.h"
#include "ui/reading/GuideBrowser.h"
#include "ui/reading/ReadingPane.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/TextSize.h"

#include <QAccessible>
#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using namespace nextsteps;
using namespace nextsteps::testfiles;

namespace {

QJsonObject sectionsOnDisk(const QString &path)
{
    return QJsonDocument::fromJson(readAll(path)).object().value(u"sections"_s).toObject();
}

// A key pressed where the focus is, as a person would.
void press(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    widget->setFocus(Qt::TabFocusReason);
    QTest::keyClick(widget, key, modifiers);
}

} // namespace

// Thinking it through (issue 30) tried as a person would: by keyboard, kept in the list's file
// as one undo step, questions sent to the list in one step, the table told to screen readers by
// row and column, one home for who speaks for me, the pages in the visit printout when chosen,
// and everything in view at 300% on a laptop's screen.
class TestThinking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settingsDir); }
    void cleanup() { resetAfterTest(); }
    void typedByKeyboard_isKeptOnDisk_asOneUndoStep();
    void questions_goToTheListInOneStep();
    void printOrSave_whatIsWrittenNow_theDialogStaysOpen();
    void topicLink_keepsAndOpensTheTopic();
    void guideLinks_openTheDialogAtTheirPage_data();
    void guideLinks_openTheDialogAtTheirPage();
    void whoSpeaksForMe_hasOneHome();
    void newerParts_areShownNotWrittenOver();
    void visitPrintout_carriesThePages_onlyWhenChosen();

private:
    static QString listPath(const QTemporaryDir &dir) { return dir.filePath(u"checklist.json"_s); }
    QTemporaryDir m_settingsDir;
};

void TestThinking::typedByKeyboard_isKeptOnDisk_asOneUndoStep()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    const int steps = window.undoStack()->count();
    QString why;
    Ask::setNextDialogs({[&why](QDialog *dialog) {
        auto *thinking = qobject_cast<ThinkingDialog *>(dialog);
        if (!thinking || !showActive(thinking))
            return int(QDialog::Rejected);
        thinking->showPage(ThinkingDialog::MattersTab);
        MattersPage *matters = thinking->mattersPage();
        // Time at home: most of all (Down four times from "not rated"); eating: a lot.
        for (int i = 0; i < 4; ++i)
            press(matters->myBox(0), Qt::Key_Down);
        for (int i = 0; i < 3; ++i)
            press(matters->myBox(1), Qt::Key_Down);
        typeText(matters->ownEdit(), u"Being at Lucía’s wedding"_s);
        press(matters->ownEdit(), Qt::Key_Return);
        // The new row takes the focus, to be rated at once.
        QComboBox *own = matters->myBox(matters->rowCount() - 1);
        if (QApplication::focusWidget() != own) {
            why = u"the new row's rating did not take the focus"_s;
            return int(QDialog::Rejected);
        }
        for (int i = 0; i < 4; ++i)
            press(own, Qt::Key_Down);
        press(matters->forTwoBox(), Qt::Key_Space);
        typeText(matters->partnerEdit(), u"Ana"_s);
        press(matters->partnerBox(0), Qt::Key_Down); // Ana: not important
        if (matters->comparisonLabel(0)->text() != DecisionsPrintout::different()) {
            why = u"no difference shown: "_s + matters->comparisonLabel(0)->text();
            return int(QDialog::Rejected);
        }

        thinking->showPage(ThinkingDialog::StandTab);
        StandPage *stand = thinking->standPage();
        press(stand->leanGroup()->buttons().at(1), Qt::Key_Space); // a clinical trial
        press(stand->checkGroup(1)->button(2), Qt::Key_Space);     // not clear what matters: no
        typeText(stand->helpEdit(), u"A talk with the trial nurse"_s);

        thinking->showPage(ThinkingDialog::WishesTab);
        WishesPage *wishes = thinking->wishesPage();
        typeText(wishes->speaksNameEdit(), u"Ana Martínez"_s);
        typeText(wishes->speaksPhoneEdit(), u"555-0142"_s);
        typeText(wishes->wishEdit(3), u"At home"_s);
        press(wishes->talkBox(2), Qt::Key_Space);
        press(wishes->talkBox(6), Qt::Key_Space);           // my papers
        press(wishes->advanceDirectiveBox(), Qt::Key_Down); // yes
        typeText(wishes->advanceDirectiveWhereEdit(), u"Blue folder"_s);
        // "Most of all" from the page before, shown here as it was rated.
        const QString most = thinking->findChild<QLabel *>(u"wishesMostOfAll"_s)->text();
        if (!most.contains(u"wedding")) {
            why = u"most of all shows: "_s + most;
            return int(QDialog::Rejected);
        }
        return int(QDialog::Accepted);
    }});
    window.findChild<QAction *>(u"thinkingItThrough"_s)->trigger();

    QVERIFY2(why.isEmpty(), qPrintable(why));
    // One undo step, and on disk as typed.
    QCOMPARE(window.undoStack()->count(), steps + 1);
    QVERIFY(window.autoSaver()->flush());
    const QJsonObject sections = sectionsOnDisk(listPath(dir));
    const WhatMatters matters =
        WhatMatters::fromJson(sections.value(WhatMatters::SectionName).toObject());
    QCOMPARE(matters.items.at(0).me, 4);
    QCOMPARE(matters.items.at(0).partner, 1);
    QCOMPARE(matters.items.at(1).me, 3);
    QCOMPARE(matters.items.last().own, u"Being at Lucía’s wedding"_s);
    QCOMPARE(matters.items.last().me, 4);
    QCOMPARE(matters.partnerName, u"Ana"_s);
    const WhereIStand stand =
        WhereIStand::fromJson(sections.value(WhereIStand::SectionName).toObject());
    QCOMPARE(stand.lean, u"trial"_s);
    QCOMPARE(stand.checks.at(1), WhereIStand::Answer::No);
    QCOMPARE(stand.checks.at(0), WhereIStand::Answer::NotAnswered);
    QCOMPARE(stand.help, u"A talk with the trial nurse"_s);
    const MyWishes wishes = MyWishes::fromJson(sections.value(MyWishes::SectionName).toObject());
    QCOMPARE(wishes.speaksName, u"Ana Martínez"_s);
    QCOMPARE(wishes.speaksPhone, u"555-0142"_s);
    QCOMPARE(wishes.wishes.at(3), u"At home"_s);
    QCOMPARE(wishes.talk, (QList<bool>{false, false, true, false, false, false, true}));
    QCOMPARE(wishes.advanceDirective, MyWishes::Have::Yes);
    QCOMPARE(wishes.advanceDirectiveWhere, u"Blue folder"_s);

    // "I want to talk about this with my doctor": the question is on the list too, in the same
    // step.
    const int talkRow =
        window.checklistModel()->rowOfText(MyWishes::talkQuestion(u"feedingTube"_s));
    QVERIFY(window.checklistModel()->rowOfText(MyWishes::talkQuestion(u"papers"_s)) >= 0);
    QVERIFY(talkRow >= 0);

    // Undo takes all three away, and the question, on disk too.
    window.undoStack()->undo();
    QCOMPARE(window.checklistModel()->rowOfText(MyWishes::talkQuestion(u"feedingTube"_s)), -1);
    QVERIFY(window.autoSaver()->flush());
    const QJsonObject after = sectionsOnDisk(listPath(dir));
    for (const QString &name :
         {WhatMatters::SectionName, WhereIStand::SectionName, MyWishes::SectionName})
        QVERIFY2(!after.contains(name), qPrintable(name));
}

void TestThinking::questions_goToTheListInOneStep()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    ChecklistModel *model = window.checklistModel();
    const DecisionOptions::Option *trial = DecisionOptions::bundled().option(u"trial"_s);
    QVERIFY(trial);
    model->addQuestion(trial->questionsEn.first()); // already on the list
    const int rows = model->rowCount();
    QString told;
    Ask::setNextDialogs({[&](QDialog *dialog) {
        auto *thinking = qobject_cast<ThinkingDialog *>(dialog);
        if (!thinking || !showActive(thinking))
            return int(QDialog::Rejected);
        thinking->showPage(ThinkingDialog::StandTab);
        StandPage *stand = thinking->standPage();
        press(stand->leanGroup()->buttons().at(1), Qt::Key_Space);
        press(stand->checkGroup(0)->button(2), Qt::Key_Space); // don't know the options
        // The questions raised: the follow-up of the "no", then the trial's, all checked.
        const QStringList expected =
            QStringList{WhereIStand::checkFollowUp(u"options"_s)} + trial->questionsEn;
        if (stand->checkedQuestions() != expected)
            return int(QDialog::Rejected);
        // One left out by the person.
        stand->questionList()->item(2)->setCheckState(Qt::Unchecked);
        press(stand->addButton(), Qt::Key_Space);
        told = thinking->statusLabel()->text();
        // Cancel: the answers changed, so it asks; drop them (the questions stay on the list).
        Ask::setNextAnswers({Ask::Answer::Delete});
        thinking->reject();
        return thinking->result();
    }});
    window.decisionsKeeper()->show();
    const int added = int(trial->questionsEn.size()) + 1 - 1 /* unchecked */ - 1 /* there */;
    QCOMPARE(model->rowCount(), rows + added);
    QCOMPARE(told, u"Added %1 questions to your list. 1 was already on it."_s.arg(added));
    QCOMPARE(model->checklist().items.at(rows).text, WhereIStand::checkFollowUp(u"options"_s));
    // One undo step takes them all away; the answers were dropped, so nothing else was kept.
    QVERIFY(model->section(WhereIStand::SectionName).isEmpty());
    window.undoStack()->undo();
    QCOMPARE(model->rowCount(), rows);
}

void TestThinking::printOrSave_whatIsWrittenNow_theDialogStaysOpen()
{
    NEXTSTEPS_REQUIRE_PDFTOTEXT();
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    const QString pdf = dir.filePath(u"wishes.pdf"_s);
    bool stillOpen = false;
    Ask::setNextDialogs({[&](QDialog *dialog) {
        auto *thinking = qobject_cast<ThinkingDialog *>(dialog);
        if (!thinking || !showActive(thinking))
            return int(QDialog::Rejected);
        thinking->showPage(ThinkingDialog::WishesTab);
        typeText(thinking->wishesPage()->wishEdit(0), u"Only for a short stay"_s);
        auto *output = thinking->findChild<QPushButton *>(u"thinkingOutput"_s);
        Ask::setNextFileNames({pdf});
        output->menu()->actions().at(2)->trigger(); // Save as PDF…
        stillOpen = thinking->isVisible();
        return int(QDialog::Rejected); // and not kept
    }});
    window.decisionsKeeper()->show();
    QVERIFY(stillOpen);
    const QString text = testprint::pdfPages(pdf).join(u' ').simplified();
    QVERIFY2(text.contains(u"Only for a short stay"_s), qPrintable(text.left(300)));
    QVERIFY(text.contains(DecisionsPrintout::wishesTitle()));
    // Printing kept nothing: only OK does.
    QVERIFY(window.checklistModel()->section(MyWishes::SectionName).isEmpty());
}

void TestThinking::topicLink_keepsAndOpensTheTopic()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    Ask::setNextDialogs({[&](QDialog *dialog) {
        auto *thinking = qobject_cast<ThinkingDialog *>(dialog);
        if (!thinking || !showActive(thinking))
            return int(QDialog::Rejected);
        thinking->showPage(ThinkingDialog::WishesTab);
        typeText(thinking->wishesPage()->speaksNameEdit(), u"Ana"_s);
        auto *links = thinking->findChild<QLabel *>(u"wishesNotLegal"_s);
        Q_EMIT links->linkActivated(u"topic:caregivers"_s);
        return thinking->result();
    }});
    window.decisionsKeeper()->show();
    QCOMPARE(window.readingPane()->currentTopicId(), u"caregivers"_s);
    QCOMPARE(MyWishes::fromJson(window.checklistModel()->section(MyWishes::SectionName)).speaksName,
             u"Ana"_s);
}

void TestThinking::whoSpeaksForMe_hasOneHome()
{
    QTemporaryDir dir;
    // An older list keeps who speaks for me in the emergency details.
    {
        ChecklistData data;
        EmergencyInfo old;
        old.allergies = u"Penicillin"_s;
        old.speaksName = u"José Ruiz"_s;
        old.speaksPhone = u"555-0100"_s;
        old.polstWhere = u"On the fridge"_s;
        data.sections.insert(EmergencyInfo::SectionName, old.toJson());
        QString error;
        QVERIFY2(ChecklistStore::saveToFile(listPath(dir), data, &error), qPrintable(error));
    }
    MainWindow window(listPath(dir));
    ChecklistModel *model = window.checklistModel();
    QString shown;
    Ask::setNextDialogs({[&](QDialog *dialog) {
        auto *thinking = qobject_cast<ThinkingDialog *>(dialog);
        if (!thinking || !showActive(thinking))
            return int(QDialog::Rejected);
        WishesPage *wishes = thinking->wishesPage();
        shown = wishes->speaksNameEdit()->text() + u'|' + wishes->polstWhereEdit()->text();
        wishes->speaksPhoneEdit()->selectAll();
        typeText(wishes->speaksPhoneEdit(), u"555-0199"_s);
        return int(QDialog::Accepted);
    }});
    window.decisionsKeeper()->show();
    QCOMPARE(shown, u"José Ruiz|On the fridge"_s);
    // Kept in My wishes only; the allergies stay with the emergency details.
    QVERIFY(window.autoSaver()->flush());
    QJsonObject sections = sectionsOnDisk(listPath(dir));
    MyWishes wishes = MyWishes::fromJson(sections.value(MyWishes::SectionName).toObject());
    EmergencyInfo emergency =
        EmergencyInfo::fromJson(sections.value(EmergencyInfo::SectionName).toObject());
    QCOMPARE(wishes.speaksPhone, u"555-0199"_s);
    QCOMPARE(wishes.polstWhere, u"On the fridge"_s);
    QVERIFY(emergency.speaksName.isEmpty() && emergency.speaksPhone.isEmpty());
    QCOMPARE(emergency.allergies, u"Penicillin"_s);

    // For Emergency Staff shows them from there, and a change there lands there too.
    Ask::setNextDialogs({[&](QDialog *dialog) {
        auto *form = qobject_cast<EmergencyInfoDialog *>(dialog);
        if (!form)
            return int(QDialog::Rejected);
        shown = form->speaksPhoneEdit()->text();
        form->speaksNameEdit()->selectAll();
        typeText(form->speaksNameEdit(), u"Ana Ruiz"_s);
        return int(QDialog::Accepted);
    }});
    const int steps = window.undoStack()->count();
    window.findChild<QAction *>(u"emergencyInfo"_s)->trigger();
    QCOMPARE(shown, u"555-0199"_s);
    QCOMPARE(window.undoStack()->count(), steps + 1);
    QVERIFY(window.autoSaver()->flush());
    sections = sectionsOnDisk(listPath(dir));
    wishes = MyWishes::fromJson(sections.value(MyWishes::SectionName).toObject());
    emergency = EmergencyInfo::fromJson(sections.value(EmergencyInfo::SectionName).toObject());
    QCOMPARE(wishes.speaksName, u"Ana Ruiz"_s);
    QVERIFY(emergency.speaksName.isEmpty());
    QCOMPARE(DecisionsKeeper::emergencyInfo(model).speaksName, u"Ana Ruiz"_s);
}

void TestThinking::guideLinks_openTheDialogAtTheirPage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("link");
    QTest::addColumn<int>("page");
    for (const QString &language : {u"en"_s, u"es"_s}) {
        QTest::addRow("%s, choices", qPrintable(language))
            << language << u"stopped-working"_s << u"app:thinking-it-through"_s
            << int(ThinkingDialog::OptionsTab);
        QTest::addRow("%s, wishes", qPrintable(language))
            << language << u"coping"_s << u"app:my-wishes"_s << int(ThinkingDialog::WishesTab);
    }
}

void TestThinking::guideLinks_openTheDialogAtTheirPage()
{
    QFETCH(QString, language);
    QFETCH(QString, topic);
    QFETCH(QString, link);
    QFETCH(int, page);
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setLanguage(language);
    window.showTopic(topic);
    // The topic, in either language, carries the link.
    QVERIFY(window.readingPane()->browser()->document()->toHtml().contains(link));
    int shown = -1;
    Ask::setNextDialogs({[&shown](QDialog *dialog) {
        if (auto *thinking = qobject_cast<ThinkingDialog *>(dialog))
            shown = thinking->tabs()->currentIndex();
        return int(QDialog::Rejected);
    }});
    Q_EMIT window.readingPane()->browser()->anchorClicked(QUrl(link));
    QCOMPARE(shown, page);
}

void TestThinking::newerParts_areShownNotWrittenOver()
{
    QTemporaryDir dir;
    // My wishes written by a newer version of the app: shown, never written over.
    const QByteArray newer =
        R"({"format": "nextsteps-checklist", "version": 3, "questions": [],
            "sections": {"myWishes": {"version": 2, "speaksName": "Ana", "futureField": [1, 2]},
                         "whatMatters": {"version": 1, "items": [{"id": "home", "me": 4}]}}})";
    writeAll(listPath(dir), newer);
    MainWindow window(listPath(dir));
    bool keepShown = true;
    QString shown;
    Ask::setNextDialogs({[&](QDialog *dialog) {
        auto *thinking = qobject_cast<ThinkingDialog *>(dialog);
        if (!thinking)
            return int(QDialog::Rejected);
        if (!showActive(thinking))
            return int(QDialog::Rejected);
        auto *keep = thinking->findChild<QPushButton *>(u"keepThinking"_s);
        keepShown = keep && keep->isVisible();
        if (!thinking->wishesPage()->speaksNameEdit()->isReadOnly())
            return int(QDialog::Rejected);
        shown = thinking->wishesPage()->speaksNameEdit()->text();
        thinking->wishesPage()->speaksNameEdit()->setText(u"Changed"_s);
        return int(QDialog::Accepted); // even if it were asked to keep
    }});
    const int steps = window.undoStack()->count();
    window.decisionsKeeper()->show();
    QVERIFY(!keepShown);
    QCOMPARE(shown, u"Ana"_s);
    QCOMPARE(window.undoStack()->count(), steps);
    QVERIFY(window.autoSaver()->flush());
    const QJsonObject wishes =
        sectionsOnDisk(listPath(dir)).value(MyWishes::SectionName).toObject();
    QCOMPARE(wishes.value(u"speaksName"_s).toString(), u"Ana"_s);
    QCOMPARE(wishes.value(u"futureField"_s).toArray().size(), 2);
}

void TestThinking::visitPrintout_carriesThePages_onlyWhenChosen()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    ChecklistModel *model = window.checklistModel();
    model->addQuestion(u"What are my choices now?"_s);
    QAction *choice = window.decisionsKeeper()->printWithQuestionsAction();
    QVERIFY(!choice->isChecked()); // off until chosen
    MyWishes wishes;
    wishes.speaksName = u"Ana Martínez"_s;
    model->setSection(MyWishes::SectionName, wishes.toJson(), u"Change"_s);
    QVERIFY(!window.printController()->currentList().plainText.contains(u"Ana Martínez"_s));
    choice->setChecked(true);
    const Printable visit = window.printController()->currentList();
    QVERIFY(visit.plainText.contains(u"What are my choices now?"_s));
    QVERIFY(visit.plainText.contains(DecisionsPrintout::wishesTitle()));
    QVERIFY(visit.plainText.contains(u"Ana Martínez"_s));
    const auto document = visit.build(12);
    const QString printed = document->toPlainText();
    QVERIFY(printed.indexOf(u"What are my choices now?"_s) <
            printed.indexOf(DecisionsPrintout::mattersTitle()));
    QVERIFY(printed.contains(u"Ana Martínez"_s));
}

int main(int argc, char *argv[])
{
    return execOnLaptopScreen<TestThinking>(argc, argv);
}
#include "tst_thinking.moc"
