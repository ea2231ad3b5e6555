#pragma once

#include <QListView>
#include <QPersistentModelIndex>

class QAbstractItemModel;

namespace nextsteps {

// The list of questions: one per row, wrapped to the width, with the tick box, the star and the
// start of the answer (ChecklistDelegate); rows can be dragged into a new order.
class ChecklistView : public QListView
{
    Q_OBJECT

public:
    explicit ChecklistView(QAbstractItemModel *model, QWidget *parent = nullptr);
    // Room for three questions of two lines each: whatever holds the list scrolls rather than
    // squeeze it to one.
    QSize minimumSizeHint() const override;
    // Never less than that (layouts that wrap their labels ask for this, not the least).
    QSize sizeHint() const override;

protected:
    // QListView lays every row out again (a size asked of every row) on any change to any row:
    // with thousands of questions each key typed into an answer cost a tenth of a second. A row
    // changed again with the height it had at its last change only needs painting again; any
    // other change (a first one, a row that grows or shrinks as its answer wraps to another
    // line, several rows) is laid out as QListView does.
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = {}) override;

private:
    QPersistentModelIndex m_lastChanged;
    int m_lastWidth = -1;
    int m_lastHint = -1; // the row's height, as its delegate asked for it
};

} // namespace nextsteps
