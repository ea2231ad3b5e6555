#include "ui/checklist/ChecklistPanel.h"

#include "core/checklist/ChecklistModel.h"
#include "ui/checklist/ChecklistView.h"
#include "ui/checklist/PastListsKeeper.h"
#include "ui/checklist/QuestionDetails.h"
#include "ui/checklist/VisitSummary.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/NoticeBar.h"
#include "ui/widgets/Placeholder.h"
#include "ui/widgets/Shortcuts.h"
#include "ui/widgets/SideBySide.h"
#include "ui/widgets/UiFonts.h"
#include "ui/widgets/WrappingLabel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

ChecklistPanel::ChecklistPanel(ChecklistModel *model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    setObjectName(u"checklistPanel"_s);
    setMinimumWidth(300);

    // Made in the order Tab visits them.
    QWidget *title = createTitle();
    QWidget *notice = createNotice();
    QWidget *saveProblem = createSaveProblem();
    m_visit = new VisitSummary(m_model, this);
    QWidget *summary = createSummary();
    QLayout *newRow = createNewQuestionRow();
    QWidget *list = createList();
    QWidget *details = createDetails();
    QWidget *printButton = createPrintButton();

    // With large text in a small window the panel scrolls, rather than squeezing its parts over
    // each other or making the window taller than the screen.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"checklistScroll"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus); // not a stop of its own for Tab: its parts are
    auto *content = new QWidget(scroll);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll, 1);
    outer->addWidget(printButton);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 6, 6, 6);
    layout->addWidget(title);
    layout->addWidget(saveProblem);
    layout->addWidget(notice);
    // The visit and the questions; then how many are asked, the current one's details and
    // printing. Side by side where the panel is wide (one part of the window at a time, at
    // large text), so that the questions keep the height; one above the other otherwise.
    auto *questions = new QWidget(content);
    auto *questionsLayout = new QVBoxLayout(questions);
    questionsLayout->setContentsMargins(0, 0, 0, 0);
    questionsLayout->addWidget(m_visit);
    auto *newQuestion = new QWidget(content);
    newRow->setContentsMargins(0, 0, 0, 0);
    newQuestion->setLayout(newRow);
    questionsLayout->addWidget(newQuestion);
    questionsLayout->addWidget(list, 1);
    auto *current = new QWidget(content);
    auto *currentLayout = new QVBoxLayout(current);
    currentLayout->setContentsMargins(0, 0, 0, 0);
    currentLayout->addWidget(summary);
    currentLayout->addWidget(details, 1);
    m_listAndDetails = new SideBySide(questions, current, 14, content);
    m_listAndDetails->setFirstShare(8);
    layout->addWidget(m_listAndDetails, 1);
    // Side by side, the questions have the first column to themselves: the visit and the field
    // for a new question (its Add button under it) head the second. (Each taken out of the
    // layout it was in before it goes into the other; after the layout pass that arranged them,
    // which must not see its own items move.) Printing stays below what scrolls, in view.
    connect(
        m_listAndDetails, &SideBySide::arranged, this,
        [this, questionsLayout, currentLayout, newQuestion, newRow](bool sideBySide) {
            for (QWidget *part : {static_cast<QWidget *>(m_visit), newQuestion}) {
                questionsLayout->removeWidget(part);
                currentLayout->removeWidget(part);
            }
            QVBoxLayout *top = sideBySide ? currentLayout : questionsLayout;
            top->insertWidget(0, m_visit);
            top->insertWidget(1, newQuestion);
            if (auto *box = qobject_cast<QBoxLayout *>(newRow))
                box->setDirection(sideBySide ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
            m_visit->show();
            newQuestion->show();
            // Moved to another parent, they went to the end of the Tab order: back where they
            // show, the visit, then the question field and Add, then the list.
            QWidget::setTabOrder(m_visit->button(), m_newQuestion);
            QWidget::setTabOrder(m_newQuestion, m_addButton);
            QWidget::setTabOrder(m_addButton, m_list);
        },
        Qt::QueuedConnection);
    scroll->setWidget(content);
    // What scrolls is as tall as its width makes it (wrapped labels, the list's rows): the
    // scroll area alone sizes it by its least height, and the answer box could end below
    // what can be scrolled to.
    m_scrollContent = content;
    m_scroll = scroll;
    scroll->viewport()->installEventFilter(this);
    content->installEventFilter(this);

    m_history = new PastListsKeeper(m_model, this);
    connect(m_history, &PastListsKeeper::message, this, &ChecklistPanel::message);
    connect(m_history, &PastListsKeeper::notice, this, &ChecklistPanel::showNoticeWords);
    connect(m_history, &PastListsKeeper::pastListOutputRequested, this,
            &ChecklistPanel::pastListOutputRequested);
    createActions();
    connectModel();
    retranslateUi();
}

// Every text the panel sets, again when the language changes; then the lines made from the list.
void ChecklistPanel::retranslateUi()
{
    m_title->setText(tr("Questions for my doctor"));
    m_visit->retranslate();
    m_newQuestion->setAccessibleName(tr("New question"));
    m_newQuestion->setAccessibleDescription(tr("Type a question and press Enter to add it."));
    m_addButton->setText(tr("Add"));
    m_addButton->setAccessibleName(tr("Add this question"));
    m_list->setAccessibleName(tr("My questions"));
    m_list->setAccessibleDescription(tr(
        "Space checks off a question as asked. F2 edits it. Control and the arrow keys move it."));
    m_details->retranslate();
    m_printButton->setText(tr("Print or Save…"));
    m_printButton->setToolTip(tr("Print your list, see it first, or save it as a PDF or text"));

    m_newAction->setText(tr("&New Question"));
    m_startNewAction->setText(tr("&Start a New List…"));
    m_pastListsAction->setText(tr("Past &Lists…"));
    m_editAction->setText(tr("&Edit Question"));
    m_answerAction->setText(tr("Write the &Answer"));
    m_askedAction->setText(tr("Mark as As&ked"));
    m_importantAction->setText(tr("Mark as &Important"));
    m_askedAction->setProperty("shortcutsLabel", tr("Mark as Asked or Not Asked"));
    m_importantAction->setProperty("shortcutsLabel", tr("Mark as Important or Not Important"));
    m_moveUpAction->setText(tr("Move U&p"));
    m_moveDownAction->setText(tr("Move &Down"));
    m_deleteAction->setText(tr("De&lete Question"));
    m_visitAction->setText(tr("&Visit Details…"));
    m_calendarAction->setText(tr("Add the Visit to My &Calendar…"));

    updateSummary();
    // The placeholder (it says why a list is read-only) and the words of the Asked and
    // Important actions, which follow the current question.
    updateReadOnly();
}

void ChecklistPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChecklistPanel::createActions()
{
    // Their texts are set in retranslateUi().
    m_newAction = addPanelAction(this, u"newQuestion"_s, {}, QKeySequence::New);
    m_startNewAction = addPanelAction(this, u"startNewList"_s, {});
    m_pastListsAction = addPanelAction(this, u"pastLists"_s, {});
    m_editAction = addPanelAction(this, u"editQuestion"_s, {}, {QKeySequence(Qt::Key_F2)});
    m_answerAction =
        addPanelAction(this, u"editAnswer"_s, {}, {QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_askedAction =
        addPanelAction(this, u"toggleAsked"_s, {}, {QKeySequence(Qt::CTRL | Qt::Key_T)});
    m_importantAction =
        addPanelAction(this, u"toggleImportant"_s, {}, {QKeySequence(Qt::CTRL | Qt::Key_I)});
    m_moveUpAction = addPanelAction(this, u"moveUp"_s, {}, {QKeySequence(Qt::CTRL | Qt::Key_Up)});
    m_moveDownAction =
        addPanelAction(this, u"moveDown"_s, {}, {QKeySequence(Qt::CTRL | Qt::Key_Down)});
    m_deleteAction = addPanelAction(this, u"deleteQuestion"_s, {}, QKeySequence::Delete);
    m_visitAction = addPanelAction(this, u"editVisit"_s, {});
    m_calendarAction = addPanelAction(this, u"addVisitToCalendar"_s, {});
    // Delete only means "delete the question" in the list; elsewhere it deletes text.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->addAction(m_deleteAction);

    connect(m_newAction, &QAction::triggered, this, &ChecklistPanel::focusNewQuestion);
    connect(m_startNewAction, &QAction::triggered, this, &ChecklistPanel::startNewList);
    connect(m_pastListsAction, &QAction::triggered, this, &ChecklistPanel::showPastLists);
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (currentRow() >= 0) {
            m_list->setFocus();
            m_list->edit(m_list->currentIndex());
        }
    });
    connect(m_answerAction, &QAction::triggered, this, [this] {
        if (currentRow() >= 0)
            m_details->focusAnswerAtEnd();
    });
    connect(m_askedAction, &QAction::triggered, this, [this] {
        const int row = currentRow();
        if (row >= 0)
            m_model->setField(row, ChecklistModel::Field::Asked, !m_model->item(row).asked);
    });
    connect(m_importantAction, &QAction::triggered, this, [this] {
        const int row = currentRow();
        if (row >= 0)
            m_model->setField(row, ChecklistModel::Field::Important, !m_model->item(row).important);
    });
    connect(m_moveUpAction, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_moveDownAction, &QAction::triggered, this, [this] { moveCurrent(1); });
    connect(m_deleteAction, &QAction::triggered, this, &ChecklistPanel::deleteCurrent);
    connect(m_visitAction, &QAction::triggered, m_visit, &VisitSummary::edit);
    connect(m_calendarAction, &QAction::triggered, m_visit, &VisitSummary::addToCalendar);
    connect(m_visit, &VisitSummary::message, this, &ChecklistPanel::message);
}

void ChecklistPanel::connectModel()
{
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ChecklistPanel::updateDetails);
    connect(m_model, &ChecklistModel::changed, this, &ChecklistPanel::updateSummary);
    connect(m_model, &ChecklistModel::changed, this, &ChecklistPanel::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        selectRow(0);
        updateDetails();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first) { selectRow(first); });
    connect(m_model, &QAbstractItemModel::rowsMoved, this,
            [this] { m_list->scrollTo(m_list->currentIndex()); });
    connect(m_model, &ChecklistModel::readOnlyChanged, this, &ChecklistPanel::updateReadOnly);
}

ChecklistPanel::~ChecklistPanel()
{
    // An editor still open commits while the child widgets are torn down: by then this panel
    // must no longer hear from the model, nor hand the model what its widgets say.
    if (m_model)
        m_model->disconnect(this);
    delete m_details;
    m_list->setModel(nullptr);
}

QList<QAction *> ChecklistPanel::editActions() const
{
    return {m_editAction,     m_answerAction, m_askedAction, m_importantAction, m_moveUpAction,
            m_moveDownAction, m_deleteAction, m_visitAction, m_calendarAction};
}

int ChecklistPanel::currentRow() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void ChecklistPanel::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
}

void ChecklistPanel::focusList()
{
    m_list->setFocus(Qt::ShortcutFocusReason);
    if (currentRow() < 0)
        selectRow(0);
}

void ChecklistPanel::focusNewQuestion()
{
    m_newQuestion->setFocus(Qt::ShortcutFocusReason);
    m_newQuestion->selectAll();
}

void ChecklistPanel::addFromField()
{
    const QString text = m_newQuestion->text().trimmed();
    // The model says why a question was not added; the panel only tells it.
    const ChecklistModel::Added added = m_model->addQuestion(text);
    switch (added.outcome) {
    case ChecklistModel::Added::Outcome::Added:
        m_newQuestion->clear(); // ready for the next one
        Q_EMIT message(tr("Added to your questions: %1").arg(text));
        break;
    case ChecklistModel::Added::Outcome::Blank:
        Q_EMIT message(tr("Type a question first, then press Enter."));
        break;
    case ChecklistModel::Added::Outcome::Duplicate:
        selectRow(added.row);
        Q_EMIT message(tr("That question is already on your list."));
        break;
    case ChecklistModel::Added::Outcome::ReadOnly:
        Q_EMIT message(tr("This list cannot be changed here: %1.").arg(m_model->whyReadOnly()));
        break;
    }
}

void ChecklistPanel::deleteCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString text = m_model->item(row).text;
    m_model->removeQuestion(row);
    selectRow(std::min(row, m_model->rowCount() - 1));
    Q_EMIT message(tr("Deleted “%1”. Press Ctrl+Z to bring it back.").arg(text));
}

void ChecklistPanel::moveCurrent(int delta)
{
    const int row = currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_model->rowCount())
        return;
    m_model->moveQuestion(row, to);
    selectRow(to);
}

void ChecklistPanel::setPrintActions(const QList<QAction *> &actions)
{
    auto *menu = new QMenu(m_printButton);
    menu->setObjectName(u"printMenu"_s);
    for (QAction *action : actions) {
        if (action->isCheckable())
            menu->addSeparator();
        menu->addAction(action);
    }
    m_printButton->setMenu(menu);
}

void ChecklistPanel::startNewList()
{
    m_history->startNewList();
}

void ChecklistPanel::showPastLists()
{
    m_history->showPastLists();
}

void ChecklistPanel::updateSummary()
{
    const int total = m_model->rowCount();
    if (total == 0) {
        m_summary->setText(
            tr("No questions yet. Write one in the question box, or add one from any topic."));
    } else {
        m_summary->setText(tr("%1 of %n asked", nullptr, total).arg(m_model->askedCount()) +
                           u" · "_s + tr("%n important", nullptr, m_model->importantCount()) +
                           u" · "_s + tr("%n with an answer", nullptr, m_model->answeredCount()));
    }
    m_summary->setAccessibleName(m_summary->text());
}

void ChecklistPanel::updateDetails()
{
    const QModelIndex current = m_list->currentIndex();
    const bool has = current.isValid();
    const bool editable = !m_model->isReadOnly();
    m_details->showRow(has ? current.row() : -1);
    m_details->setEnabled(has && editable);
    for (QAction *action : editActions())
        action->setEnabled(has && editable);
    m_visitAction->setEnabled(editable);
    m_moveUpAction->setEnabled(has && editable && current.row() > 0);
    m_moveDownAction->setEnabled(has && editable && current.row() < m_model->rowCount() - 1);
    if (has) {
        const ChecklistItem &item = m_model->item(current.row());
        m_askedAction->setText(item.asked ? tr("Mark as Not As&ked") : tr("Mark as As&ked"));
        m_importantAction->setText(item.important ? tr("Mark as Not &Important")
                                                  : tr("Mark as &Important"));
    }
}

void ChecklistPanel::showNoticeWords(const std::function<QString()> &text,
                                     const std::function<QString()> &actionText,
                                     std::function<void()> action)
{
    m_noticeBox->showNotice(text, actionText, std::move(action));
}

void ChecklistPanel::showNotice(const QString &text, const QString &actionText,
                                std::function<void()> action)
{
    m_noticeBox->showNotice(text, actionText, std::move(action));
}

QPlainTextEdit *ChecklistPanel::answerEdit() const
{
    return m_details->answerEdit();
}

QCheckBox *ChecklistPanel::askedBox() const
{
    return m_details->askedBox();
}

QCheckBox *ChecklistPanel::importantBox() const
{
    return m_details->importantBox();
}

QLabel *ChecklistPanel::visitLabel() const
{
    return m_visit->label();
}

QLabel *ChecklistPanel::noticeLabel() const
{
    return m_noticeBox->label();
}

QPushButton *ChecklistPanel::noticeActionButton() const
{
    return m_noticeBox->actionButton();
}

void ChecklistPanel::showSaveProblem(const QString &text)
{
    m_saveProblem->setText(text);
    m_saveProblem->setAccessibleName(text);
    m_saveProblem->show();
}

void ChecklistPanel::clearSaveProblem()
{
    m_saveProblem->hide();
    m_saveProblem->clear();
}

// The model says whether the list can be changed here; the panel only follows it.
void ChecklistPanel::updateReadOnly()
{
    const bool readOnly = m_model->isReadOnly();
    const QString why = m_model->whyReadOnly();
    if (readOnly)
        setPlaceholder(m_newQuestion,
                       why.isEmpty() ? tr("Read-only here")
                                     : tr("Read-only here, because %1").arg(why),
                       tr("Read-only here"));
    else
        setPlaceholder(m_newQuestion, tr("Write your own question"), tr("Your question"));
    m_newQuestion->setEnabled(!readOnly);
    m_addButton->setEnabled(!readOnly);
    m_visit->button()->setEnabled(!readOnly);
    m_newAction->setEnabled(!readOnly);
    m_startNewAction->setEnabled(!readOnly);
    m_list->setDragDropMode(readOnly ? QAbstractItemView::NoDragDrop
                                     : QAbstractItemView::InternalMove);
    updateDetails();
}

void ChecklistPanel::setZoom(int percent)
{
    // The whole panel, buttons included, grows with the zoom.
    setFont(comfortableFont(percent));
    m_title->setFont(comfortableFont(percent, true));
    // At large sizes the tab's name says what this is: the title's lines go to the questions.
    m_title->setVisible(percent < 200);
    m_listAndDetails->setSideBySideAllowed(percent >= 200);
    m_saveProblem->setFont(comfortableFont(percent, true));
    m_details->fitAnswerHeight();
}

void ChecklistPanel::commitPendingEdits()
{
    // An open in-place editor holds text the model has not seen yet: hand it over.
    if (auto *editor = m_list->viewport()->findChild<QLineEdit *>())
        Q_EMIT m_list->itemDelegate()->commitData(editor);
}

} // namespace nextsteps
