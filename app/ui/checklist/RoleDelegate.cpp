#include "ui/checklist/RoleDelegate.h"

#include <QPlainTextEdit>

#include <QDataWidgetMapper>
#include <QMetaProperty>
#include <QWidget>

namespace nextsteps {

namespace {

const char *userProperty(const QWidget *editor)
{
    return editor->metaObject()->userProperty().name();
}

} // namespace

void RoleDelegate::addMapping(QDataWidgetMapper *mapper, QWidget *editor, int role)
{
    m_roles.insert(editor, role);
    mapper->addMapping(editor, 0);
    // The mapper makes this delegate watch keys and focus as an item view's editor would
    // (Escape reverts, Tab commits): these are ordinary widgets, where keys do what they do
    // anywhere else, and the caller commits as the person acts.
    editor->removeEventFilter(this);
}

void RoleDelegate::commit(QWidget *editor)
{
    Q_EMIT commitData(editor);
}

void RoleDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(m_roles.value(editor));
    // Only a value that differs is written: the same text written again moves the cursor.
    if (editor->property(userProperty(editor)) == value)
        return;
    editor->setProperty(userProperty(editor), value);
    // Changed while the person is in it (Undo, Redo): the cursor after the text, where typing
    // goes on, not before it.
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor); text && text->hasFocus())
        text->moveCursor(QTextCursor::End);
}

void RoleDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    model->setData(index, editor->property(userProperty(editor)), m_roles.value(editor));
}

} // namespace nextsteps
