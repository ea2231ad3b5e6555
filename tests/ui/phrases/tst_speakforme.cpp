#include "FakeSpeechEngine.h"
#include "LaptopScreen.h"
#include "TestFiles.h"
#include "TestSupport.h"
#include "core/checklist/AutoSaver.h"
#include "core/checklist/ChecklistModel.h"
#include "core/checklist/ChecklistStore.h"
#include "core/phrases/PhraseBoard.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/PhrasesKeeper.h"
#include "ui/checklist/ChecklistPanel.h"
#include "ui/phrases/ShowBigDialog.h"
#include "ui/phrases/SpeakForMeDialog.h"
#include "ui/readaloud/ReadAloud.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/TextSize.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace nextsteps;
using namespace nextsteps::testfiles;

namespace {

// The key that says the phrase at row, as the board shows it.
Qt::Key keyOf(int row)
{
    if (row < 9)
        return Qt::Key(Qt::Key_1 + row);
    if (row == 9)
        return Qt::Key_0;
    return Qt::Key(Qt::Key_A + row - 10);
}

// Alt and a letter, as a person presses a button's underlined letter; returns once the button
// has been pressed (a mnemonic clicks a moment later, as it shows the button going down).
void pressAlt(QWidget *dialog, Qt::Key key)
{
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog, key,
                    Qt::AltModifier);
    const auto down = [dialog] {
        const auto buttons = dialog->findChildren<QAbstractButton *>();
        return std::any_of(buttons.cbegin(), buttons.cend(),
                           [](const QAbstractButton *b) { return b->isDown(); });
    };
    QTRY_VERIFY(!down());
}

// The person's own phrases as the list's file holds them on disk.
QStringList ownOnDisk(const QString &path)
{
    const QJsonObject sections =
        QJsonDocument::fromJson(readAll(path)).object().value(u"sections"_s).toObject();
    QStringList own;
    for (const QJsonValue &value :
         sections.value(PhraseBoard::SectionName).toObject().value(u"phrases"_s).toArray())
        own << value.toString();
    return own;
}

// Runs `then` once a modal dialog of class T is up and active (a real exec, as a person
// meets it); fails the test, and closes every dialog, if none comes within ten seconds.
template <class T> void whenShown(const std::function<void(T *)> &then, bool *ran)
{
    auto *poll = new QTimer;
    auto *tries = new int(0);
    QObject::connect(poll, &QTimer::timeout, [poll, tries, then, ran] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (dialog && dialog->isVisible() && QApplication::activeWindow() == dialog) {
            poll->stop();
            poll->deleteLater();
            delete tries;
            *ran = true;
            then(dialog);
            return;
        }
        if (++*tries == 100) {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (w->isVisible())
                    qWarning() << "Still waiting; shown:" << w << w->geometry() << w->windowState()
                               << "active:" << QApplication::activeWindow()
                               << "modal:" << QApplication::activeModalWidget();
        }
        // Never a hang: after ten seconds every dialog still open is closed (the test fails
        // on what it then finds).
        if (*tries > 200) {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<QDialog *>(w); dialog && dialog->isVisible())
                    dialog->reject();
            }
        }
        if (*tries > 220) {
            poll->stop();
            poll->deleteLater();
            delete tries;
        }
    });
    poll->start(50);
}

} // namespace

// Issue 31 tried as a person would: Speak for Me from the window by keyboard, phrases said in
// the board's language or the other, the person's own phrases kept in the list's file, Show Big
// from the board (Show Big's fit: tst_showbig; For Emergency Staff: tst_emergencysheet).
class TestSpeakForMe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settingsDir); }
    void cleanup() { resetAfterTest(); }
    void everyPhrase_isSaidInTheLanguageShown_data();
    void everyPhrase_isSaidInTheLanguageShown();
    void noVoice_theWordsAreTheMessage();
    void keyboardOnly_fromTheWindowToASpokenPhraseAndBack();
    void typeAndSay_thenSayAgainFromTheHistory();
    void ownPhrases_keptOnDisk_changedMovedRemovedAndUndone();
    void ownPhrases_newerOrReadOnly_areSaidButNotWrittenOver();
    void screenReader_hearsEachPhrasesWords();
    void board_fitsTheScreenAt300Percent();

private:
    static QString listPath(const QTemporaryDir &dir) { return dir.filePath(u"checklist.json"_s); }
    // The window with a speech engine that records what it is asked to say, with English and
    // Spanish voices.
    struct Window
    {
        explicit Window(const QString &path) : window(path)
        {
            engine.voices = {QLocale(QLocale::English, QLocale::UnitedStates),
                             QLocale(QLocale::Spanish, QLocale::Mexico)};
            window.readAloud()->setEngine(&engine);
        }
        ~Window() { window.readAloud()->setEngine(nullptr); }
        MainWindow window;
        FakeSpeechEngine engine;
    };
    // Opens the board from the menu and hands it to `use` (through the dialog seam).
    static void withBoard(MainWindow &window, const std::function<void(SpeakForMeDialog *)> &use)
    {
        Ask::setNextDialogs({[use](QDialog *dialog) {
            auto *board = qobject_cast<SpeakForMeDialog *>(dialog);
            if (!board)
                return int(QDialog::Rejected);
            board->show();
            board->activateWindow();
            if (!QTest::qWaitForWindowActive(board))
                qWarning("The board did not become the active window");
            use(board);
            return int(QDialog::Rejected);
        }});
        window.findChild<QAction *>(u"speakForMe"_s)->trigger();
    }
    QTemporaryDir m_settingsDir;
};

void TestSpeakForMe::everyPhrase_isSaidInTheLanguageShown_data()
{
    QTest::addColumn<QString>("board");
    QTest::addColumn<bool>("other");
    QTest::newRow("English board") << u"en"_s << false;
    QTest::newRow("English board, shown in Spanish") << u"en"_s << true;
    QTest::newRow("Spanish board") << u"es"_s << false;
    QTest::newRow("Spanish board, shown in English") << u"es"_s << true;
}

void TestSpeakForMe::everyPhrase_isSaidInTheLanguageShown()
{
    QFETCH(QString, board);
    QFETCH(bool, other);
    Language::apply(board);
    QTemporaryDir dir;
    Window setup(listPath(dir));
    const QString said = other ? (board == u"es" ? u"en"_s : u"es"_s) : board;
    int phrases = 0;
    withBoard(setup.window, [&](SpeakForMeDialog *dialog) {
        if (other)
            QTest::keyClick(dialog->otherLanguageBox(), Qt::Key_Space);
        QCOMPARE(dialog->otherLanguageBox()->isChecked(), other);
        const QList<PhraseGroup> &groups = PhraseBoard::builtin();
        for (int g = 0; g < groups.size(); ++g) {
            dialog->setCurrentGroup(g);
            QCOMPARE(dialog->groupList()->currentItem()->text(), groups.at(g).name(board));
            for (int row = 0; row < groups.at(g).phrases.size(); ++row) {
                const Phrase &phrase = groups.at(g).phrases.at(row);
                // The list shows the words that will be said, by their key.
                QCOMPARE(dialog->phraseList()->item(row)->text(),
                         SpeakForMeDialog::keyFor(row) + u"   "_s + phrase.text(said));
                QTest::keyClick(dialog->phraseList(), keyOf(row));
                QCOMPARE(setup.engine.said.last(), phrase.text(said));
                QCOMPARE(setup.engine.language.language(),
                         said == u"es" ? QLocale::Spanish : QLocale::English);
                // Shown under the board: in the other language, the person's own words beneath.
                const QString shown = dialog->saidLabel()->text();
                QVERIFY(shown.startsWith(phrase.text(said)));
                QCOMPARE(shown.contains(phrase.text(board)), true);
                if (other)
                    QVERIFY2(shown.endsWith(u'\n' + phrase.text(board)), qPrintable(shown));
                else
                    QCOMPARE(shown, phrase.text(board));
                ++phrases;
            }
        }
    });
    QCOMPARE(setup.engine.said.size(), phrases);
    QVERIFY(phrases > 40);
}

void TestSpeakForMe::noVoice_theWordsAreTheMessage()
{
    Language::apply(u"es"_s);
    QTemporaryDir dir;
    Window setup(listPath(dir));
    setup.engine.voices = {QLocale(QLocale::English, QLocale::UnitedStates)}; // no Spanish voice
    QString shownBig;
    withBoard(setup.window, [&](SpeakForMeDialog *dialog) {
        QTest::keyClick(dialog->phraseList(), Qt::Key_1);
        const QString phrase = PhraseBoard::builtin().first().phrases.first().es;
        QCOMPARE(dialog->saidLabel()->text(), phrase);
        auto *why = dialog->findChild<QLabel *>(u"notSaid"_s);
        QVERIFY(why->isVisibleTo(dialog));
        QVERIFY2(why->text().contains(u"español"_s), qPrintable(why->text()));
        // Show Big still shows it: the words on the screen are the message.
        Ask::setNextDialogs({[&shownBig](QDialog *big) {
            shownBig = big->accessibleName();
            return int(QDialog::Accepted);
        }});
        QTest::keyClick(dialog->phraseList(), Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(shownBig, phrase);
        // The phrase chosen, not the one said last; in the language shown.
        QTest::keyClick(dialog->phraseList(), Qt::Key_Down);
        QTest::keyClick(dialog->otherLanguageBox(), Qt::Key_Space); // in English
        Ask::setNextDialogs({[&shownBig](QDialog *big) {
            shownBig = big->accessibleName();
            return int(QDialog::Accepted);
        }});
        QTest::keyClick(dialog->otherLanguageBox(), Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(shownBig, PhraseBoard::builtin().first().phrases.at(1).en);
        QTest::keyClick(dialog->otherLanguageBox(), Qt::Key_Space);
        // A number says its phrase with the focus on the groups, or a button, too.
        setup.engine.voices << QLocale(QLocale::Spanish, QLocale::Mexico);
        dialog->groupList()->setFocus();
        QTest::keyClick(dialog->groupList(), Qt::Key_4);
        QCOMPARE(setup.engine.said.value(0), PhraseBoard::builtin().first().phrases.at(3).es);
        QTest::keyClick(dialog->otherLanguageBox(), Qt::Key_5);
        QCOMPARE(setup.engine.said.value(1), PhraseBoard::builtin().first().phrases.at(4).es);
        setup.engine.said.clear();
        setup.engine.voices.removeLast();
        // Speech that fails while saying it (no sound device): the same.
        setup.engine.voices << QLocale(QLocale::Spanish, QLocale::Mexico);
        setup.engine.failOnSay = true;
        why->hide();
        QTest::keyClick(dialog->phraseList(), Qt::Key_3);
        QVERIFY(why->isVisibleTo(dialog));
        // In plain words, not the engine's.
        QVERIFY2(why->text().contains(ReadAloud::soundFailed(u"cannot speak"_s)),
                 qPrintable(why->text()));
        QVERIFY(!why->text().contains(u"cannot speak"_s));
        // And again for the next phrase: never once only.
        why->hide();
        QTest::keyClick(dialog->phraseList(), Qt::Key_4);
        QVERIFY(why->isVisibleTo(dialog));
        QCOMPARE(dialog->saidLabel()->text(), PhraseBoard::builtin().first().phrases.at(3).es);
        setup.engine.said.clear();
        setup.engine.failOnSay = false;
        // With no speech at all, the same.
        setup.engine.available = false;
        setup.engine.why = u"No speech on this computer."_s;
        QTest::keyClick(dialog->phraseList(), Qt::Key_2);
        QVERIFY(why->text().contains(u"No speech on this computer."_s));
        QCOMPARE(dialog->saidLabel()->text(), PhraseBoard::builtin().first().phrases.at(1).es);
    });
    QVERIFY(setup.engine.said.isEmpty());
}

void TestSpeakForMe::keyboardOnly_fromTheWindowToASpokenPhraseAndBack()
{
    QTemporaryDir dir;
    Window setup(listPath(dir));
    MainWindow &window = setup.window;
    // Never a hang: whatever is still open after 20 seconds is closed, and the test fails on
    // what it then finds.
    QTimer failsafe;
    failsafe.setSingleShot(true);
    connect(&failsafe, &QTimer::timeout, [] {
        while (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    failsafe.start(20000);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QLineEdit *field = window.checklistPanel()->newQuestionField();
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());
    QCOMPARE(window.findChild<QAction *>(u"speakForMe"_s)->shortcut(), QKeySequence(Qt::Key_F9));

    bool boardShown = false;
    bool bigShown = false;
    QString bigWords;
    whenShown<SpeakForMeDialog>(
        [&](SpeakForMeDialog *board) {
            // The phrases have the focus: a number says one at once.
            QTRY_VERIFY(board->phraseList()->hasFocus());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right); // to Pain
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_7);
            QCOMPARE(setup.engine.said.value(0), u"My pain is 7 out of 10."_s);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left); // back to Urgent
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QCOMPARE(setup.engine.said.value(1), PhraseBoard::builtin().first().phrases.at(1).en);
            // Shown big, then back with Escape.
            whenShown<ShowBigDialog>(
                [&](ShowBigDialog *big) {
                    QCOMPARE(big->windowState() & Qt::WindowFullScreen, Qt::WindowFullScreen);
                    bigWords = big->accessibleName();
                    QTest::keyClick(big, Qt::Key_Escape);
                },
                &bigShown);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::ControlModifier);
            QTRY_VERIFY(board->phraseList()->hasFocus());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        },
        &boardShown);
    QTest::keyClick(field, Qt::Key_F9);
    QVERIFY(boardShown);
    QVERIFY(bigShown);
    QCOMPARE(bigWords, PhraseBoard::builtin().first().phrases.at(1).en);
    QCOMPARE(setup.engine.said.size(), 2);
    // Back where the person was.
    QTRY_VERIFY(field->hasFocus());
    QVERIFY(!QApplication::activeModalWidget());
}

void TestSpeakForMe::typeAndSay_thenSayAgainFromTheHistory()
{
    Language::apply(u"es"_s);
    QTemporaryDir dir;
    Window setup(listPath(dir));
    withBoard(setup.window, [&](SpeakForMeDialog *dialog) {
        // The page to type on, by the underlined letter of its name (Alt+T in English).
        auto *pages = dialog->findChild<QTabWidget *>(u"speakPages"_s);
        const QKeySequence mnemonic = QKeySequence::mnemonic(pages->tabText(1));
        QVERIFY(!mnemonic.isEmpty());
        QTest::keyClick(QApplication::focusWidget(), mnemonic[0].key(), Qt::AltModifier);
        QTRY_VERIFY(dialog->typeField()->hasFocus());
        typeText(dialog->typeField(), u"¿Puede llamar a mi hija?"_s);
        QTest::keyClick(dialog->typeField(), Qt::Key_Return);
        QCOMPARE(setup.engine.said.last(), u"¿Puede llamar a mi hija?"_s);
        QCOMPARE(setup.engine.language.language(), QLocale::Spanish);
        // Enter said it, and left the board open.
        QVERIFY(dialog->isVisible());
        // What is typed next replaces it.
        typeText(dialog->typeField(), u"Gracias"_s);
        QTest::keyClick(dialog->typeField(), Qt::Key_Return);
        QCOMPARE(setup.engine.said.last(), u"Gracias"_s);
        // A board phrase in English, for the nurse.
        QTest::keyClick(dialog->otherLanguageBox(), Qt::Key_Space);
        dialog->setCurrentGroup(2); // with the care team
        QTest::keyClick(dialog->phraseList(), Qt::Key_1);
        QCOMPARE(setup.engine.said.last(), u"I need suction."_s);
        // Newest first; Enter on one says it again, in its own language.
        QListWidget *history = dialog->history();
        QCOMPARE(history->count(), 3);
        QCOMPARE(history->item(0)->text(), u"I need suction.  (Necesito succión.)"_s);
        QCOMPARE(history->item(2)->text(), u"¿Puede llamar a mi hija?"_s);
        history->setCurrentRow(2);
        QTest::keyClick(history, Qt::Key_Return);
        QCOMPARE(setup.engine.said.last(), u"¿Puede llamar a mi hija?"_s);
        QCOMPARE(setup.engine.language.language(), QLocale::Spanish);
        // Said again: at the top, not twice.
        QCOMPARE(history->count(), 3);
        QCOMPARE(history->item(0)->text(), u"¿Puede llamar a mi hija?"_s);
        // From the history, the page's letter again goes back to the field to type in (the
        // words typed next are not lost, nor is the old sentence said instead).
        history->setFocus();
        QTest::keyClick(history, mnemonic[0].key(), Qt::AltModifier);
        QTRY_VERIFY(dialog->typeField()->hasFocus());
        typeText(dialog->typeField(), u"Agua"_s);
        QTest::keyClick(dialog->typeField(), Qt::Key_Return);
        QCOMPARE(setup.engine.said.last(), u"Agua"_s);
        // Show Big on this page shows what is typed.
        QString shownBig;
        Ask::setNextDialogs({[&shownBig](QDialog *big) {
            shownBig = big->accessibleName();
            return int(QDialog::Accepted);
        }});
        QTest::keyClick(dialog->typeField(), Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(shownBig, u"Agua"_s);
        QCOMPARE(history->count(), 4);
    });
    // Kept for the session: the board opened again still has them.
    withBoard(setup.window, [&](SpeakForMeDialog *dialog) {
        QCOMPARE(dialog->history()->count(), 4);
        dialog->history()->setCurrentRow(2);
        QTest::keyClick(dialog->history(), Qt::Key_Return);
        QCOMPARE(setup.engine.said.last(), u"I need suction."_s);
        QCOMPARE(setup.engine.language.language(), QLocale::English);
    });
}

void TestSpeakForMe::ownPhrases_keptOnDisk_changedMovedRemovedAndUndone()
{
    QTemporaryDir dir;
    Window setup(listPath(dir));
    MainWindow &window = setup.window;
    const QString path = listPath(dir);
    const QStringList typed{u"Please wait, I am writing."_s, u"Mi hija habla por mí."_s,
                            u"I use a speaking valve."_s};
    withBoard(window, [&](SpeakForMeDialog *dialog) {
        auto *keep = dialog->findChildren<QPushButton *>().value(0);
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            if (button->text().contains(u"Keep"_s))
                keep = button;
        }
        pressAlt(dialog, Qt::Key_T); // the page to type on
        QTRY_VERIFY(dialog->typeField()->hasFocus());
        for (const QString &text : typed) {
            dialog->typeField()->selectAll();
            typeText(dialog->typeField(), text);
            pressAlt(dialog, Qt::Key_K);
        }
        QVERIFY(keep->isEnabled());
        // Kept: the field is empty for the next one (nothing added onto the kept words).
        QVERIFY(dialog->typeField()->text().isEmpty());
        QVERIFY(window.autoSaver()->flush());
        QCOMPARE(ownOnDisk(path), typed);
        // The same typed twice is kept once.
        dialog->typeField()->setText(typed.at(0));
        pressAlt(dialog, Qt::Key_K);
        QVERIFY(window.autoSaver()->flush());
        QCOMPARE(ownOnDisk(path), typed);
        // Back on the phrases page (Alt+H): the last group, with their keys; said as written.
        pressAlt(dialog, Qt::Key_H);
        QTRY_VERIFY(dialog->phraseList()->hasFocus());
        QCOMPARE(dialog->groupList()->currentRow(), dialog->groupList()->count() - 1);
        QCOMPARE(dialog->phraseList()->count(), 3);
        QTest::keyClick(dialog->phraseList(), Qt::Key_2);
        QCOMPARE(setup.engine.said.last(), typed.at(1));

        // Changed in place.
        dialog->phraseList()->setCurrentRow(0);
        Ask::setNextDialogs({[](QDialog *change) {
            auto *input = qobject_cast<QInputDialog *>(change);
            if (!input)
                return int(QDialog::Rejected);
            auto *edit = input->findChild<QLineEdit *>();
            edit->selectAll();
            typeText(edit, u"Please wait, I am typing."_s);
            return int(QDialog::Accepted);
        }});
        // F2 in the list (as Change My Phrases' menu shows); the menu holds the same commands.
        auto *change = dialog->findChild<QPushButton *>(u"changeMine"_s);
        QVERIFY(change->isVisible() && change->isEnabled() && change->menu());
        QCOMPARE(change->menu()->actions().size(), 4);
        dialog->phraseList()->setFocus();
        QTest::keyClick(dialog->phraseList(), Qt::Key_F2);
        QVERIFY(window.autoSaver()->flush());
        QStringList expected{u"Please wait, I am typing."_s, typed.at(1), typed.at(2)};
        QCOMPARE(ownOnDisk(path), expected);
        QCOMPARE(dialog->phraseList()->item(0)->text(), u"1   Please wait, I am typing."_s);

        // Moved down, by Ctrl+Down.
        dialog->phraseList()->setCurrentRow(0);
        QTest::keyClick(dialog->phraseList(), Qt::Key_Down, Qt::ControlModifier);
        QVERIFY(window.autoSaver()->flush());
        expected.move(0, 1);
        QCOMPARE(ownOnDisk(path), expected);
        QCOMPARE(dialog->phraseList()->currentRow(), 1);
        auto *status = dialog->findChild<QLabel *>(u"boardStatus"_s);
        QVERIFY2(status->text().contains(u'2'), qPrintable(status->text()));
        // Up from the first says so, and changes nothing.
        dialog->phraseList()->setCurrentRow(0);
        QTest::keyClick(dialog->phraseList(), Qt::Key_Up, Qt::ControlModifier);
        QVERIFY(status->text().contains(u"first"_s));
        QVERIFY(window.autoSaver()->flush());
        QCOMPARE(ownOnDisk(path), expected);

        // Removed.
        dialog->phraseList()->setCurrentRow(2);
        QTest::keyClick(dialog->phraseList(), Qt::Key_Delete);
        QVERIFY(dialog->findChild<QLabel *>(u"boardStatus"_s)->text().contains(u"Ctrl+Z"_s));
        QVERIFY(window.autoSaver()->flush());
        const QStringList removed = expected.mid(0, 2);
        QCOMPARE(ownOnDisk(path), removed);

        // Ctrl+Z here undoes the board's own changes, one at a time, on disk too.
        dialog->phraseList()->setFocus();
        QTest::keyClick(dialog->phraseList(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(window.autoSaver()->flush());
        QCOMPARE(ownOnDisk(path), expected);
        QCOMPARE(dialog->phraseList()->count(), 3);
        QTest::keyClick(dialog->phraseList(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(window.autoSaver()->flush());
        expected.move(1, 0);
        QCOMPARE(ownOnDisk(path), expected);
        QTest::keyClick(dialog->phraseList(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(window.autoSaver()->flush());
        expected.move(0, 1);
        QCOMPARE(ownOnDisk(path), expected);
    });
    // A question's change is not undone from the board.
    QVERIFY(window.checklistModel()->addQuestion(u"What comes next?"_s));
    withBoard(window, [&](SpeakForMeDialog *dialog) {
        QVERIFY(!dialog->undoMine());
        QTest::keyClick(dialog->phraseList(), Qt::Key_Z, Qt::ControlModifier);
    });
    QCOMPARE(window.checklistModel()->rowCount(), 1);
    // Read back by a new window: kept.
    QVERIFY(window.autoSaver()->flush());
    const auto saved = ChecklistStore::loadFromFile(path);
    QCOMPARE(PhraseBoard::ownFrom(saved.data.sections.value(PhraseBoard::SectionName)),
             (QStringList{typed.at(1), u"Please wait, I am typing."_s, typed.at(2)}));
}

void TestSpeakForMe::ownPhrases_newerOrReadOnly_areSaidButNotWrittenOver()
{
    QTemporaryDir dir;
    const QString path = listPath(dir);
    // Kept by a newer version of the board (a list the app can read otherwise): read and
    // said, never written over.
    {
        ChecklistModel model;
        model.setSection(PhraseBoard::SectionName,
                         {{u"version"_s, 2},
                          {u"phrases"_s, QJsonArray{u"From the future"_s}},
                          {u"colour"_s, u"red"_s}},
                         u"Keep"_s);
        QString error;
        QVERIFY2(ChecklistStore::saveToFile(path, model.checklist(), &error), qPrintable(error));
    }
    const QByteArray before = readAll(path);
    {
        Window setup(path);
        withBoard(setup.window, [&](SpeakForMeDialog *dialog) {
            dialog->setCurrentGroup(dialog->groupList()->count() - 1);
            QCOMPARE(dialog->phraseList()->item(0)->text(), u"1   From the future"_s);
            QTest::keyClick(dialog->phraseList(), Qt::Key_1);
            QCOMPARE(setup.engine.said.last(), u"From the future"_s);
            auto *note = dialog->findChild<QLabel *>(u"ownPhrasesNote"_s);
            QVERIFY(note->isVisibleTo(dialog));
            QVERIFY(note->text().contains(u"newer version"_s));
            dialog->typeField()->setText(u"Mine"_s);
            dialog->keepTypedAsMine();
            dialog->removeMine(0);
            dialog->moveMine(0, 1);
        });
        QVERIFY(setup.window.autoSaver()->flush());
    }
    const QJsonObject section = QJsonDocument::fromJson(readAll(path))
                                    .object()
                                    .value(u"sections"_s)
                                    .toObject()
                                    .value(PhraseBoard::SectionName)
                                    .toObject();
    QCOMPARE(section, QJsonDocument::fromJson(before)
                          .object()
                          .value(u"sections"_s)
                          .toObject()
                          .value(PhraseBoard::SectionName)
                          .toObject());

    // A list open in another window: said, not changed here.
    Window other(listPath(dir));
    other.window.checklistModel()->setReadOnly(true, u"testing"_s);
    withBoard(other.window, [&](SpeakForMeDialog *dialog) {
        auto *note = dialog->findChild<QLabel *>(u"ownPhrasesNote"_s);
        QVERIFY(note->isVisibleTo(dialog));
        dialog->typeField()->setText(u"Mine"_s);
        dialog->keepTypedAsMine();
        QCOMPARE(
            PhraseBoard::ownFrom(other.window.checklistModel()->section(PhraseBoard::SectionName)),
            QStringList{u"From the future"_s});
    });
}

void TestSpeakForMe::screenReader_hearsEachPhrasesWords()
{
    Language::apply(u"es"_s);
    QTemporaryDir dir;
    Window setup(listPath(dir));
    withBoard(setup.window, [&](SpeakForMeDialog *dialog) {
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(dialog->phraseList());
        QVERIFY(list);
        QVERIFY(!list->text(QAccessible::Name).isEmpty());
        const QList<Phrase> &urgent = PhraseBoard::builtin().first().phrases;
        QStringList heard;
        for (int i = 0; i < list->childCount(); ++i) {
            const QString name = list->child(i)->text(QAccessible::Name);
            if (!name.isEmpty())
                heard << name;
        }
        QStringList expected;
        for (const Phrase &phrase : urgent)
            expected << phrase.es;
        // Each phrase's words, without the key in front of them.
        for (const QString &words : std::as_const(expected))
            QVERIFY2(heard.contains(words), qPrintable(words + u" / "_s + heard.join(u" | "_s)));
        // What was said is told too.
        QTest::keyClick(dialog->phraseList(), Qt::Key_3);
        QAccessibleInterface *said = QAccessible::queryAccessibleInterface(dialog->saidLabel());
        QVERIFY(said->text(QAccessible::Name).contains(urgent.at(2).es) ||
                said->text(QAccessible::Description).contains(urgent.at(2).es));
    });
}

void TestSpeakForMe::board_fitsTheScreenAt300Percent()
{
    QTemporaryDir dir;
    Window setup(listPath(dir));
    setup.window.setZoom(300); // View > zoom, as the window keeps it
    QCOMPARE(TextSize::percent(), 300);
    withBoard(setup.window, [&](SpeakForMeDialog *dialog) {
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        QVERIFY2(dialog->frameGeometry().width() <= screen.width() &&
                     dialog->frameGeometry().height() <= screen.height(),
                 qPrintable(u"%1x%2"_s.arg(dialog->width()).arg(dialog->height())));
        // At least three phrases in view at once, whole, in letters three times the usual.
        QListWidget *phrases = dialog->phraseList();
        dialog->setCurrentGroup(0);
        int whole = 0;
        for (int i = 0; i < phrases->count(); ++i) {
            if (phrases->viewport()->rect().contains(phrases->visualItemRect(phrases->item(i))))
                ++whole;
        }
        QVERIFY2(whole >= 3, qPrintable(QString::number(whole)));
        // Still, once a phrase was said and the note says there is no voice for it.
        setup.engine.voices.clear();
        QTest::keyClick(phrases, Qt::Key_1);
        QVERIFY(dialog->findChild<QLabel *>(u"notSaid"_s)->isVisible());
        QApplication::processEvents();
        whole = 0;
        for (int i = 0; i < phrases->count(); ++i) {
            if (phrases->viewport()->rect().contains(phrases->visualItemRect(phrases->item(i))))
                ++whole;
        }
        QVERIFY2(whole >= 3, qPrintable(QString::number(whole)));
        QVERIFY(phrases->font().pointSizeF() >= QApplication::font().pointSizeF() * 3);
        // Every control of each page in reach by Tab, and whole on the screen; Ctrl+Tab to the
        // other page.
        const auto tabAround = [] {
            QList<QWidget *> reached;
            for (int i = 0; i < 30; ++i) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                if (!reached.contains(QApplication::focusWidget()))
                    reached << QApplication::focusWidget();
            }
            return reached;
        };
        const auto onScreen = [dialog](QWidget *control) {
            const QRect where(control->mapTo(dialog, QPoint()), control->size());
            return control->isVisible() && dialog->rect().contains(where);
        };
        QTRY_VERIFY(phrases->hasFocus());
        QList<QWidget *> reached = tabAround();
        for (QWidget *control :
             {static_cast<QWidget *>(phrases), static_cast<QWidget *>(dialog->otherLanguageBox()),
              static_cast<QWidget *>(dialog->groupList())}) {
            QVERIFY2(reached.contains(control), qPrintable(control->objectName()));
            QVERIFY2(onScreen(control), qPrintable(control->objectName()));
        }
        phrases->setFocus();
        QTest::keyClick(phrases, Qt::Key_Tab, Qt::ControlModifier);
        QTRY_VERIFY(dialog->typeField()->hasFocus());
        reached = tabAround();
        for (QWidget *control : {static_cast<QWidget *>(dialog->typeField()),
                                 static_cast<QWidget *>(dialog->history())}) {
            QVERIFY2(reached.contains(control), qPrintable(control->objectName()));
            QVERIFY2(onScreen(control), qPrintable(control->objectName()));
        }
    });
}

int main(int argc, char *argv[])
{
    return execOnLaptopScreen<TestSpeakForMe>(argc, argv);
}

#include "tst_speakforme.moc"
