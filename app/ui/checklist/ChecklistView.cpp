#include "ui/checklist/ChecklistView.h"

#include "ui/checklist/ChecklistDelegate.h"

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

} // namespace nextsteps
