#include "ui/phrases/SpeakForMeDialog.h"

#include "ui/widgets/DialogSize.h"
#include "ui/widgets/FlowLayout.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

// How the board is laid out, and how it grows with the text size: its two pages, and at large
// text the groups as a row above the phrases.
namespace nextsteps {

void SpeakForMeDialog::layOut(const QList<QWidget *> &actions, QLabel *typeLabel,
                              QLabel *historyLabel)
{
    // Two pages: the phrases, and typing with what was said this time; what was said last is
    // under both. At large text the groups are a row above the phrases (applyFonts()).
    m_groupsColumn = new QVBoxLayout;
    m_groupsColumn->addWidget(m_groupsLabel);
    m_groupsColumn->addWidget(m_groups, 1);
    auto *phrasesColumn = new QVBoxLayout;
    phrasesColumn->addWidget(m_phrasesLabel);
    phrasesColumn->addWidget(m_phrases, 1);
    m_boardRow = new QBoxLayout(QBoxLayout::LeftToRight);
    m_boardRow->addLayout(m_groupsColumn, 1);
    m_boardRow->addLayout(phrasesColumn, 3);
    auto *actionRow = new FlowLayout;
    for (QWidget *widget : actions)
        actionRow->addWidget(widget);
    auto *board = new QWidget;
    auto *boardLayout = new QVBoxLayout(board);
    boardLayout->addLayout(m_boardRow, 1);
    boardLayout->addLayout(actionRow);
    boardLayout->addWidget(m_ownNote);

    auto *typeRow = new QHBoxLayout;
    typeRow->addWidget(m_type, 1);
    typeRow->addWidget(m_keep);
    auto *typing = new QWidget;
    auto *typingLayout = new QVBoxLayout(typing);
    typingLayout->addWidget(typeLabel);
    typingLayout->addLayout(typeRow);
    typingLayout->addWidget(historyLabel);
    typingLayout->addWidget(m_history, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"speakPages"_s);
    m_tabs->addTab(board, tr("P&hrases"));
    m_tabs->addTab(typing, tr("&Type and Say"));
    m_tabs->tabBar()->installEventFilter(this);
    // The page's keys at once: the phrase list, or the field to type in.
    connect(m_tabs, &QTabWidget::currentChanged, this, &SpeakForMeDialog::focusPage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter says a phrase, or what was typed; it never closes the board (Escape does).
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_said);
    layout->addWidget(m_why);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

void SpeakForMeDialog::applyFonts()
{
    // Larger than the rest, at every text size: the phrases are read in a hurry, by someone
    // who cannot ask twice, and what was said is read by the other person.
    // At large text the person's own size is large enough: the extra shrinks to none at 200%.
    const int zoom = DialogSize::zoom();
    const qreal extra = std::clamp((200 - zoom) / 100.0, 0.0, 1.0);
    QFont phraseFont = font();
    phraseFont.setPointSizeF(font().pointSizeF() * (1 + 0.3 * extra));
    m_phrases->setFont(phraseFont);
    m_type->setFont(phraseFont); // what is typed is read by the other person too
    m_history->setFont(phraseFont);
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * (1 + 0.6 * extra));
    big.setBold(true);
    m_said->setFont(big);
    // At large text, room for the phrases: the groups one row above them, scrolled sideways
    // (Left and Right still move between them), and the words above the list left out (its
    // page's name and its spoken name say the same).
    const bool large = zoom >= 175;
    m_boardRow->setDirection(large ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    m_groupsColumn->setDirection(large ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_phrasesLabel->setVisible(!large);
    m_groups->setFlow(large ? QListView::LeftToRight : QListView::TopToBottom);
    m_groups->setWrapping(false);
    m_groups->setSpacing(large ? 8 : 0);
    // The notes under the board (not said aloud, what happened to one's phrases) no larger than
    // at 200%: they are read once, and the phrases need the room.
    QFont note = font();
    if (zoom > 200)
        note.setPointSizeF(font().pointSizeF() * 200 / zoom);
    m_why->setFont(note);
    m_status->setFont(note);
    if (large) {
        // One row, scrolled to the group chosen as Left and Right move (no scroll bar's room).
        m_groups->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_groups->setFixedHeight(m_groups->sizeHintForRow(0) + 2 * m_groups->frameWidth() +
                                 2 * m_groups->spacing());
        m_groups->setMinimumWidth(0);
    } else {
        // Every group's name whole.
        m_groups->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_groups->setMinimumHeight(0);
        m_groups->setMaximumHeight(QWIDGETSIZE_MAX);
        m_groups->setMinimumWidth(m_groups->sizeHintForColumn(0) + 2 * m_groups->frameWidth() +
                                  m_groups->verticalScrollBar()->sizeHint().width());
    }
    m_boardRow->setStretch(0, large ? 0 : 1);
    m_boardRow->setStretch(1, large ? 1 : 3);
}

void SpeakForMeDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFonts(); // the text size changed (Ask::exec gives every dialog the app's)
}

} // namespace nextsteps
