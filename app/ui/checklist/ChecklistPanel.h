#pragma once

#include "core/checklist/ChecklistData.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QDataWidgetMapper;
class QLayout;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;

namespace nextsteps {

class NoticeBar;
class SideBySide;
class PastListsKeeper;
class QuestionDetails;
class VisitSummary;

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
    QPlainTextEdit *answerEdit() const;
    QCheckBox *askedBox() const;
    QCheckBox *importantBox() const;
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *visitLabel() const;
    QLabel *noticeLabel() const;
    QPushButton *noticeActionButton() const;
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
    void showNoticeWords(const std::function<QString()> &text,
                         const std::function<QString()> &actionText, std::function<void()> action);
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
    void showPastLists();
    // Asks first, may take along the questions not asked yet, and says where the old list went.
    void startNewList();

Q_SIGNALS:
    void message(const QString &text);
    // Print, preview or save a past list: how is a PastListsDialog::Output.
    void pastListOutputRequested(const ChecklistData &list, int how);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    // The parts, top to bottom; each makes its widgets and returns what goes in the layout.
    QWidget *createTitle();
    QWidget *createSaveProblem();
    QWidget *createNotice();
    QWidget *createSummary();
    QLayout *createNewQuestionRow();
    QWidget *createList();
    QWidget *createDetails();
    QWidget *createPrintButton();
    void createActions();
    void connectModel();

    void updateSummary();
    void updateDetails();
    void updateReadOnly();
    void moveCurrent(int delta);
    void deleteCurrent();

    QPointer<ChecklistModel> m_model; // may go first when the window closes
    QLabel *m_title = nullptr;
    NoticeBar *m_noticeBox = nullptr;
    SideBySide *m_listAndDetails = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_scrollContent = nullptr;
    PastListsKeeper *m_history = nullptr;
    QLabel *m_saveProblem = nullptr;
    QPushButton *m_printButton = nullptr;
    VisitSummary *m_visit = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_newQuestion = nullptr;
    QPushButton *m_addButton = nullptr;
    QListView *m_list = nullptr;
    // The details of the current question: the tick boxes and the answer (QuestionDetails).
    QuestionDetails *m_details = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_startNewAction = nullptr;
    QAction *m_pastListsAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QAction *m_askedAction = nullptr;
    QAction *m_importantAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_answerAction = nullptr;
    QAction *m_visitAction = nullptr;
    QAction *m_calendarAction = nullptr;
};

} // namespace nextsteps
