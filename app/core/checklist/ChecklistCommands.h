#pragma once

#include "ChecklistModel.h"

#include <QUndoCommand>

namespace nextsteps {

// One command per checklist edit (Qt's undo framework). Commands refer to rows: the stack replays
// them in order, so the rows are always the ones the edit saw.

class InsertQuestionCommand : public QUndoCommand
{
public:
    InsertQuestionCommand(ChecklistModel *model, int row, const ChecklistItem &item);
    void redo() override;
    void undo() override;

private:
    ChecklistModel *m_model;
    int m_row;
    ChecklistItem m_item;
};

class RemoveQuestionCommand : public QUndoCommand
{
public:
    RemoveQuestionCommand(ChecklistModel *model, int row);
    void redo() override;
    void undo() override;

private:
    ChecklistModel *m_model;
    int m_row;
    ChecklistItem m_item;
};

class MoveQuestionCommand : public QUndoCommand
{
public:
    MoveQuestionCommand(ChecklistModel *model, int from, int to);
    void redo() override;
    void undo() override;

private:
    ChecklistModel *m_model;
    int m_from;
    int m_to;
};

class SetQuestionCommand : public QUndoCommand
{
public:
    SetQuestionCommand(ChecklistModel *model, int row, ChecklistModel::Field field,
                       const ChecklistItem &after);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ChecklistModel *m_model;
    int m_row;
    ChecklistModel::Field m_field;
    ChecklistItem m_before;
    ChecklistItem m_after;
};

class SetVisitCommand : public QUndoCommand
{
public:
    SetVisitCommand(ChecklistModel *model, const Visit &after);
    void redo() override;
    void undo() override;

private:
    ChecklistModel *m_model;
    Visit m_before;
    Visit m_after;
};

// Start a new list / bring back an archived one: the whole list changes at once.
class ReplaceListCommand : public QUndoCommand
{
public:
    ReplaceListCommand(ChecklistModel *model, const ChecklistData &after, const QString &text);
    void redo() override;
    void undo() override;

private:
    ChecklistModel *m_model;
    ChecklistData m_before;
    ChecklistData m_after;
};

} // namespace nextsteps
