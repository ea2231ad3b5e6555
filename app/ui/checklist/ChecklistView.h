#pragma once

#include <QListView>

class QAbstractItemModel;

namespace nextsteps {

// The list of questions: one per row, wrapped to the width, with the tick box, the star and the
// start of the answer (ChecklistDelegate); rows can be dragged into a new order.
class ChecklistView : public QListView
{
    Q_OBJECT

public:
    explicit ChecklistView(QAbstractItemModel *model, QWidget *parent = nullptr);
};

} // namespace nextsteps
