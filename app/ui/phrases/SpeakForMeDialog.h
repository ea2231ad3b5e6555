#pragma once

#include "core/phrases/PhraseBoard.h"

#include <QDialog>
#include <QStringList>

class QAction;
class QBoxLayout;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace nextsteps {

class ChecklistModel;
class Speaker;

// A phrase said: its words, their language, and the person's own words beneath (in the other
// language), to say again.
struct SaidPhrase
{
    QString text;
    QString language;
    QString beneath;
    bool operator==(const SaidPhrase &other) const
    {
        return text == other.text && language == other.language && beneath == other.beneath;
    }
};

// Speak for Me: short phrases in groups (urgent, pain and its score, with the care team, at the
// front desk, on the phone, feelings, and the person's own), each said aloud and shown large.
// By keyboard: the number keys say the group's phrases (1 to 9, 0 the tenth, then letters), the
// arrows move
// (Left and Right from group to group), Enter says the phrase chosen, Ctrl+B shows it big.
// "Show and say in English" (in Spanish: the reverse) says a built-in phrase in the other
// language, the person's own words beneath. Anything typed is said on Enter; what was said is
// kept for this time, to say again. The person's own phrases are kept in the list's file.
class SpeakForMeDialog : public QDialog
{
    Q_OBJECT

public:
    // language: the board's language ("en" or "es"). said: what was said since the app
    // started, newest first, kept by the caller from one opening to the next.
    SpeakForMeDialog(ChecklistModel *model, Speaker *speaker, const QString &language,
                     QList<SaidPhrase> *said, QWidget *parent = nullptr);

    QListWidget *groupList() const { return m_groups; }
    QListWidget *phraseList() const { return m_phrases; }
    QCheckBox *otherLanguageBox() const { return m_other; }
    QLineEdit *typeField() const { return m_type; }
    QListWidget *history() const { return m_history; }
    QLabel *saidLabel() const { return m_said; }
    QString otherLanguage() const
    {
        return m_language == u"es" ? QStringLiteral("en") : QStringLiteral("es");
    }

    // Says the phrase at row of the group shown (as the person chose it), shows it under the
    // board, and keeps it in the history.
    void sayPhrase(int row);
    void sayTyped();
    // The last phrase was not said after all (speech failed while saying it): the words stay
    // on the screen, and why is told beneath them.
    void notSaid(const QString &why);
    // Tells the person, under the board, what just happened to their own phrases.
    void tell(const QString &what);
    void sayAgain(int historyRow);
    void showBig();
    // The person's own phrases, kept in the list's file: one undo step each.
    void keepTypedAsMine();
    // Changes the person's own phrase at row, in a small dialog (Ask::exec).
    void changeMine(int row);
    void removeMine(int row);
    void moveMine(int row, int step);
    // Ctrl+Z and Ctrl+Shift+Z here: only the board's own changes (a question is not undone
    // from here). False when the last change was not the board's.
    bool undoMine();
    bool redoMine();
    int currentGroup() const;
    // The key that says the phrase at row: "1" to "9", "0", then "A" to "Z"; empty past them.
    static QString keyFor(int row);
    // The undo texts of the board's own changes.
    static QStringList boardUndoTexts();
    void setCurrentGroup(int group);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fillGroups();
    void fillPhrases();
    void fillHistory();
    // The focus to the shown page's list of phrases, or its field to type in.
    void focusPage();
    // The row a key says ("1" the first, "0" the tenth, "A" the eleventh); -1 for another key.
    static int rowForKey(int key);
    void layOut(const QList<QWidget *> &actions, QLabel *typeLabel, QLabel *historyLabel);
    void applyFonts();
    void say(const QString &text, const QString &language, const QString &beneath);
    QStringList own() const;
    bool canChangeOwn() const;
    void setOwn(const QStringList &own, const QString &undoText);

    ChecklistModel *m_model;
    Speaker *m_speaker;
    QString m_language;
    QList<PhraseGroup> m_board;
    QListWidget *m_groups;
    QLabel *m_groupsLabel;
    QLabel *m_phrasesLabel;
    QBoxLayout *m_groupsColumn = nullptr;
    QBoxLayout *m_boardRow = nullptr;
    QTabWidget *m_tabs = nullptr;
    QListWidget *m_phrases;
    QCheckBox *m_other;
    QLabel *m_said;
    QLabel *m_why;
    QLabel *m_ownNote;
    QLineEdit *m_type;
    QPushButton *m_keep;
    QPushButton *m_change;
    QList<QAction *> m_mineActions;
    QPushButton *m_sayButton;
    QPushButton *m_bigButton;
    QLabel *m_status;
    QListWidget *m_history;
    QList<SaidPhrase> m_ownSaid;
    QList<SaidPhrase> *m_saidBefore;
};

} // namespace nextsteps
