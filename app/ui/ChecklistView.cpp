#include "ChecklistView.h"

#include "ChecklistDelegate.h"

using namespace Qt::StringLiterals;

namespace nextsteps {

ChecklistView::ChecklistView(QAbstractItemModel *model, QWidget *parent) : QListView(parent)
{
    setObjectName(u"checklistView"_s);
    setModel(model);
    setItemDelegate(new ChecklistDelegate(this));
    setWordWrap(true);
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
    // QListView measures and places every row again when any row changes (a change may make it
    // taller). With a long list that is felt on every key typed into an answer, so a change that
    // leaves the row's size as it was (a tick, an answer typed past the part shown) only draws
    // that row again.
    const auto *delegate = qobject_cast<ChecklistDelegate *>(itemDelegate());
    if (topLeft == bottomRight && delegate && !delegate->sizeMayHaveChanged(topLeft)) {
        QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
        return;
    }
    QListView::dataChanged(topLeft, bottomRight, roles);
}

} // namespace nextsteps
