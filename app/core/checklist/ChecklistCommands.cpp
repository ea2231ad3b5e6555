#include "ChecklistCommands.h"

#include <QCoreApplication>

namespace nextsteps {

InsertQuestionCommand::InsertQuestionCommand(ChecklistModel *model, int row,
                                             const ChecklistItem &item)
    : m_model(model), m_row(row), m_item(item)
{
    setText(ChecklistModel::tr("Add question"));
}

void InsertQuestionCommand::redo()
{
    m_model->insertRaw(m_row, m_item);
}

void InsertQuestionCommand::undo()
{
    m_model->removeRaw(m_row);
}

RemoveQuestionCommand::RemoveQuestionCommand(ChecklistModel *model, int row)
    : m_model(model), m_row(row), m_item(model->item(row))
{
    setText(ChecklistModel::tr("Delete question"));
}

void RemoveQuestionCommand::redo()
{
    m_model->removeRaw(m_row);
}

void RemoveQuestionCommand::undo()
{
    m_model->insertRaw(m_row, m_item);
}

MoveQuestionCommand::MoveQuestionCommand(ChecklistModel *model, int from, int to)
    : m_model(model), m_from(from), m_to(to)
{
    setText(ChecklistModel::tr("Move question"));
}

void MoveQuestionCommand::redo()
{
    m_model->moveRaw(m_from, m_to);
}

void MoveQuestionCommand::undo()
{
    m_model->moveRaw(m_to, m_from);
}

SetQuestionCommand::SetQuestionCommand(ChecklistModel *model, int row, ChecklistModel::Field field,
                                       const ChecklistItem &after)
    : m_model(model), m_row(row), m_field(field), m_before(model->item(row)), m_after(after)
{
    switch (field) {
    case ChecklistModel::Field::Text:
        setText(ChecklistModel::tr("Edit question"));
        break;
    case ChecklistModel::Field::Asked:
        setText(after.asked ? ChecklistModel::tr("Mark as asked")
                            : ChecklistModel::tr("Mark as not asked"));
        break;
    case ChecklistModel::Field::Important:
        setText(after.important ? ChecklistModel::tr("Mark as important")
                                : ChecklistModel::tr("Mark as not important"));
        break;
    case ChecklistModel::Field::Answer:
        setText(ChecklistModel::tr("Edit answer"));
        break;
    }
}

void SetQuestionCommand::redo()
{
    m_model->setItemRaw(m_row, m_after);
}

void SetQuestionCommand::undo()
{
    m_model->setItemRaw(m_row, m_before);
}

int SetQuestionCommand::id() const
{
    // Typing in a question or its answer merges into one step; ticks and marks never merge.
    const bool typing =
        m_field == ChecklistModel::Field::Text || m_field == ChecklistModel::Field::Answer;
    return typing ? 1 : -1;
}

bool SetQuestionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetQuestionCommand *>(other);
    if (next->m_row != m_row || next->m_field != m_field)
        return false;
    m_after = next->m_after;
    return true;
}

SetVisitCommand::SetVisitCommand(ChecklistModel *model, const Visit &after)
    : m_model(model), m_before(model->visit()), m_after(after)
{
    setText(ChecklistModel::tr("Change visit details"));
}

void SetVisitCommand::redo()
{
    m_model->setVisitRaw(m_after);
}

void SetVisitCommand::undo()
{
    m_model->setVisitRaw(m_before);
}

ReplaceListCommand::ReplaceListCommand(ChecklistModel *model, const ChecklistData &after,
                                       const QString &text)
    : m_model(model), m_before(model->checklist()), m_after(after)
{
    setText(text);
}

void ReplaceListCommand::redo()
{
    m_model->replaceRaw(m_after);
}

void ReplaceListCommand::undo()
{
    m_model->replaceRaw(m_before);
}

} // namespace nextsteps
