#pragma once

#include "ChecklistData.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace nextsteps {

class ChecklistModel;

// "Questions for my doctor": the list, a field to write a new question, the visit details, and
// the answer to the selected question.
class ChecklistPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistPanel(ChecklistModel *model, QWidget *parent = nullptr);
    ~ChecklistPanel() override;

    QListView *list() const { return m_list; }
    QLineEdit *newQuestionField() const { return m_newQuestion; }
    QPlainTextEdit *answerEdit() const { return m_answer; }
    QCheckBox *askedBox() const { return m_asked; }
    QCheckBox *importantBox() const { return m_important; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *visitLabel() const { return m_visit; }
    QLabel *noticeLabel() const { return m_notice; }
    QPushButton *noticeActionButton() const { return m_noticeAction; }
    QLabel *saveProblemLabel() const { return m_saveProblem; }

    QAction *newQuestionAction() const { return m_newAction; }
    QAction *startNewListAction() const { return m_startNewAction; }
    QAction *pastListsAction() const { return m_pastListsAction; }
    QList<QAction *> editActions() const;
    // The choices of the "Print or Save" button: print, preview, PDF, text, large print.
    void setPrintActions(const QList<QAction *> &actions);

    int currentRow() const;
    void selectRow(int row);
    // A notice that stays until closed; with actionText, a button beside it runs action.
    void showNotice(const QString &text, const QString &actionText = {},
                    std::function<void()> action = {});
    // The list could not be saved: a banner that cannot be closed and stays until a save works.
    void showSaveProblem(const QString &text);
    void clearSaveProblem();
    void setZoom(int percent);
    // Typing in the answer box is saved as it happens; this makes sure nothing is pending.
    void commitPendingEdits();

public Q_SLOTS:
    void focusList();
    void focusNewQuestion();
    void addFromField();
    void editVisit();
    void showPastLists();

Q_SIGNALS:
    void message(const QString &text);
    void printPastListRequested(const ChecklistData &list);

private:
    void updateSummary();
    void updateDetails();
    void updateVisit();
    void updateReadOnly();
    void moveCurrent(int delta);

    QPointer<ChecklistModel> m_model; // may go first when the window closes
    QLabel *m_title;
    QLabel *m_notice;
    QPushButton *m_noticeClose;
    QPushButton *m_noticeAction;
    std::function<void()> m_noticeCallback;
    QLabel *m_saveProblem;
    QPushButton *m_printButton;
    QLabel *m_visit;
    QPushButton *m_visitButton;
    QLabel *m_summary;
    QLineEdit *m_newQuestion;
    QPushButton *m_addButton;
    QListView *m_list;
    QCheckBox *m_asked;
    QCheckBox *m_important;
    QPlainTextEdit *m_answer;
    QWidget *m_details;
    QAction *m_newAction;
    QAction *m_startNewAction;
    QAction *m_pastListsAction;
    QAction *m_deleteAction;
    QAction *m_moveUpAction;
    QAction *m_moveDownAction;
    QAction *m_askedAction;
    QAction *m_importantAction;
    QAction *m_editAction;
    QAction *m_answerAction;
    QAction *m_visitAction;
    bool m_updating = false;
};

} // namespace nextsteps
