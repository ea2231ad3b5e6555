#pragma once

#include <QHash>
#include <QStyledItemDelegate>

class QDataWidgetMapper;

namespace nextsteps {

// For a QDataWidgetMapper over a list model: each mapped widget shows and edits one role of the
// current row, through the widget's user property (a check box's "checked", a text box's
// "plainText"). A list has a single column, so the mapper's sections cannot tell the widgets
// apart: the role is noted here for each one. Edits go through the model's setData.
class RoleDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Maps editor to role; the mapper must use this delegate.
    void addMapping(QDataWidgetMapper *mapper, QWidget *editor, int role);
    // The person changed the editor: the mapper hands its value to the model now.
    void commit(QWidget *editor);

    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QHash<const QWidget *, int> m_roles;
};

} // namespace nextsteps
