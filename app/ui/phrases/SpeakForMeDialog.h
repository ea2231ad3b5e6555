#pragma once

#include "core/phrases/PhraseBoard.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace nextsteps {

class ChecklistModel;
class Speaker;

// Speak for Me: short phrases in groups (urgent, pain and its score, with the care team, at the
// front desk, on the phone, feelings, and the person's own), each said aloud and shown large.
// By keyboard: the number keys say the group's phrases (1 to 9, 0 the tenth), the arrows move
// (Left and Right from group to group), Enter says the phrase chosen, Ctrl+B shows it big.
// "Show and say in English" (in Spanish: the reverse) says a built-in phrase in the other
// language, the person's own words beneath. Anything typed is said on Enter; what was said is
// kept for this time, to say again. The person's own phrases are kept in the list's file.
class SpeakForMeDialog : public QDialog
{
    Q_OBJECT

public:
    // language: the board's language ("en" or "es").
    SpeakForMeDialog(ChecklistModel *model, Speaker *speaker, const QString &language,
                     QWidget *parent = nullptr);

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
    void sayAgain(int historyRow);
    void showBig();
    // The person's own phrases, kept in the list's file: one undo step each.
    void keepTypedAsMine();
    void removeMine(int row);
    void moveMine(int row, int step);
    int currentGroup() const;
    void setCurrentGroup(int group);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillGroups();
    void fillPhrases();
    void say(const QString &text, const QString &language, const QString &beneath);
    QStringList own() const;
    void setOwn(const QStringList &own, const QString &undoText);

    ChecklistModel *m_model;
    Speaker *m_speaker;
    QString m_language;
    QList<PhraseGroup> m_board;
    QListWidget *m_groups;
    QListWidget *m_phrases;
    QCheckBox *m_other;
    QLabel *m_said;
    QLabel *m_why;
    QLineEdit *m_type;
    QPushButton *m_keep;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QListWidget *m_history;
    QString m_lastText;
    QString m_lastBeneath;
};

} // namespace nextsteps
