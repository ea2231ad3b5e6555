#include "ui/checklist/ChecklistPanel.h"

#include "core/checklist/ChecklistModel.h"
#include "ui/checklist/ChecklistView.h"
#include "ui/checklist/QuestionDetails.h"
#include "ui/style/FocusRing.h"
#include "ui/widgets/NoticeBar.h"
#include "ui/widgets/UiFonts.h"
#include "ui/widgets/WrappingLabel.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLayout>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>

using namespace Qt::StringLiterals;

// The parts the question panel is made of, each made once (ChecklistPanel's constructor lays
// them out), and the height of what scrolls.
namespace nextsteps {

QWidget *ChecklistPanel::createTitle()
{
    // Wraps rather than being cut off when the text is large and the panel narrow.
    m_title = new WrappingLabel(this);
    m_title->setObjectName(u"checklistTitle"_s);
    return m_title;
}

// A notice about the saved list (damaged file, newer version). Not a dialog: it must not block
// the app, and it stays until the person has read it.
QWidget *ChecklistPanel::createNotice()
{
    m_noticeBox = new NoticeBar(this);
    return m_noticeBox;
}

// A save that failed: above everything, and it cannot be closed while the list is unsaved (the
// status bar alone is too easy to miss).
QWidget *ChecklistPanel::createSaveProblem()
{
    m_saveProblem = new WrappingLabel(this);
    m_saveProblem->setObjectName(u"saveProblem"_s);
    m_saveProblem->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_saveProblem->setFrameShape(QFrame::Box);
    m_saveProblem->setBackgroundRole(QPalette::ToolTipBase);
    m_saveProblem->setForegroundRole(QPalette::ToolTipText);
    m_saveProblem->setAutoFillBackground(true);
    m_saveProblem->setMargin(8);
    m_saveProblem->setFont(comfortableFont(100, true));
    m_saveProblem->hide();
    return m_saveProblem;
}

QWidget *ChecklistPanel::createSummary()
{
    m_summary = new WrappingLabel(this);
    m_summary->setObjectName(u"checklistSummary"_s);
    return m_summary;
}

QLayout *ChecklistPanel::createNewQuestionRow()
{
    m_newQuestion = new QLineEdit(this);
    m_newQuestion->setObjectName(u"newQuestion"_s);
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(u"addQuestionButton"_s);
    connect(m_newQuestion, &QLineEdit::returnPressed, this, &ChecklistPanel::addFromField);
    connect(m_addButton, &QPushButton::clicked, this, &ChecklistPanel::addFromField);
    auto *row = new QHBoxLayout;
    row->addWidget(m_newQuestion, 1);
    row->addWidget(m_addButton);
    return row;
}

QWidget *ChecklistPanel::createList()
{
    m_list = new ChecklistView(m_model, this);
    return m_list;
}

// The current question's tick boxes and answer (QuestionDetails).
QWidget *ChecklistPanel::createDetails()
{
    m_details = new QuestionDetails(m_model, this);
    return m_details;
}

QWidget *ChecklistPanel::createPrintButton()
{
    // A menu of plain choices (Print…, Print Preview, Save as PDF…), opened by Enter or Space.
    m_printButton = new QPushButton(this);
    m_printButton->setObjectName(u"printButton"_s);
    return m_printButton;
}

bool ChecklistPanel::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_scroll->viewport() && event->type() == QEvent::Resize) ||
        (watched == m_scrollContent && event->type() == QEvent::LayoutRequest)) {
        QTimer::singleShot(0, this, [this] {
            const int width = m_scroll->viewport()->width();
            QLayout *layout = m_scrollContent->layout();
            const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                           : layout->totalMinimumSize().height();
            if (m_scrollContent->minimumHeight() == needed)
                return;
            m_scrollContent->setMinimumHeight(needed);
            // What has the focus stays in view as the content grows under it.
            QWidget *focus = QApplication::focusWidget();
            if (focus && m_scrollContent->isAncestorOf(focus))
                QTimer::singleShot(0, this, [focus = QPointer<QWidget>(focus)] {
                    if (focus)
                        FocusRing::reveal(focus);
                });
        });
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace nextsteps
