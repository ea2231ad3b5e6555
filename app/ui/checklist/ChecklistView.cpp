#include "ui/checklist/ChecklistView.h"

#include "ui/checklist/ChecklistDelegate.h"

#include <QAbstractItemDelegate>
#include <QStyleOptionViewItem>

using namespace Qt::StringLiterals;

namespace nextsteps {

ChecklistView::ChecklistView(QAbstractItemModel *model, QWidget *parent) : QListView(parent)
{
    setObjectName(u"checklistView"_s);
    setModel(model);
    setItemDelegate(new ChecklistDelegate(this));
    setWordWrap(true);
    // Rows wrap anew when the width changes (the panel beside the text or the whole window):
    // their heights are worked out again, not kept from the old width.
    setResizeMode(QListView::Adjust);
    // Scrolled by pixels, not a question at a time: at the end of the list the last questions
    // fill the view, rather than one question over an empty space.
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSpacing(3);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void ChecklistView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                const QList<int> &roles)
{
    if (topLeft.isValid() && topLeft == bottomRight) {
        // The height this row asks for now, against what it asked for at its last change (a
        // key typed into its answer): the same, and nothing below it moves.
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.rect = QRect(0, 0, viewport()->width(), 0);
        const int hint = itemDelegateForIndex(topLeft)->sizeHint(option, topLeft).height();
        const bool same = m_lastChanged == QPersistentModelIndex(topLeft) &&
                          m_lastWidth == option.rect.width() && m_lastHint == hint;
        m_lastChanged = topLeft;
        m_lastWidth = option.rect.width();
        m_lastHint = hint;
        if (same) {
            QAbstractItemView::dataChanged(topLeft, bottomRight, roles); // paints the row
            return;
        }
    } else {
        m_lastChanged = QPersistentModelIndex(); // several rows: all laid out again
    }
    QListView::dataChanged(topLeft, bottomRight, roles);
}

QSize ChecklistView::minimumSizeHint() const
{
    // From the font, not from the rows: a hint that followed the rows' wrapping would grow as
    // the list narrowed, and never shrink back.
    const int row = 2 * fontMetrics().lineSpacing() + 8;
    return {QListView::minimumSizeHint().width(), 3 * row + 2 * frameWidth()};
}

QSize ChecklistView::sizeHint() const
{
    return QListView::sizeHint().expandedTo(minimumSizeHint());
}

} // namespace nextsteps
