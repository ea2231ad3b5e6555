#pragma once

#include "core/decisions/Decisions.h"

#include <QWidget>

class QButtonGroup;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace nextsteps {

// Where I stand: the choice I lean toward, or not sure yet; four yes/no checks of how sure I
// feel (the idea behind the SURE test, in the app's words, with its source); what would help;
// and the questions these raise, checked to go to my list in one step.
class StandPage : public QWidget
{
    Q_OBJECT

public:
    StandPage(const WhereIStand &stand, const QString &language, bool readOnly,
              QWidget *parent = nullptr);

    WhereIStand stand() const;
    QButtonGroup *leanGroup() const { return m_lean; }
    QButtonGroup *checkGroup(int check) const { return m_checks.value(check); }
    QPlainTextEdit *helpEdit() const { return m_help; }
    QListWidget *questionList() const { return m_questions; }
    QPushButton *addButton() const { return m_add; }
    // The questions checked in the list.
    QStringList checkedQuestions() const;

Q_SIGNALS:
    void changed();
    void questionsRequested(const QStringList &questions);

private:
    void showQuestions();

    QString m_language;
    QStringList m_leanIds;
    QButtonGroup *m_lean;
    QList<QButtonGroup *> m_checks;
    QPlainTextEdit *m_help;
    QListWidget *m_questions;
    QPushButton *m_add;
};

} // namespace nextsteps
