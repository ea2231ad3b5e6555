#pragma once

// Private to ChecklistModel.cpp, the only file that includes it: the undo commands.

#include "core/checklist/ChecklistModel.h"

#include <QUndoCommand>

namespace nextsteps::commands {

// One command per edit (Qt's undo framework). They drive the model's plain public functions, as
// the example's commands drive its scene; only the model makes them, so the only way to push one
// is an edit through the model. Commands refer to rows: the stack replays them in order, so the
// rows are always the ones the edit saw.

class InsertQuestionCommand : public QUndoCommand
{
public:
    InsertQuestionCommand(ChecklistModel *model, int row, const ChecklistItem &item)
        : m_model(model), m_row(row), m_item(item)
    {
        setText(ChecklistModel::tr("Add question"));
    }
    void redo() override { m_model->insertItem(m_row, m_item); }
    void undo() override { m_model->removeItem(m_row); }

private:
    ChecklistModel *m_model;
    int m_row;
    ChecklistItem m_item;
};

class RemoveQuestionCommand : public QUndoCommand
{
public:
    RemoveQuestionCommand(ChecklistModel *model, int row)
        : m_model(model), m_row(row), m_item(model->item(row))
    {
        setText(ChecklistModel::tr("Delete question"));
    }
    void redo() override { m_model->removeItem(m_row); }
    void undo() override { m_model->insertItem(m_row, m_item); }

private:
    ChecklistModel *m_model;
    int m_row;
    ChecklistItem m_item;
};

class MoveQuestionCommand : public QUndoCommand
{
public:
    MoveQuestionCommand(ChecklistModel *model, int from, int to)
        : m_model(model), m_from(from), m_to(to)
    {
        setText(ChecklistModel::tr("Move question"));
    }
    void redo() override { m_model->moveItem(m_from, m_to); }
    void undo() override { m_model->moveItem(m_to, m_from); }

private:
    ChecklistModel *m_model;
    int m_from;
    int m_to;
};

// Any one part of a question: the whole item before and after. What the step is called and
// whether typing merges come from the model, so a new field of a question needs nothing here.
class SetQuestionCommand : public QUndoCommand
{
public:
    SetQuestionCommand(ChecklistModel *model, int row, ChecklistModel::Field field,
                       const ChecklistItem &after, const QString &text, bool typing)
        : m_model(model), m_row(row), m_field(field), m_typing(typing), m_before(model->item(row)),
          m_after(after)
    {
        setText(text);
    }
    void redo() override { m_model->replaceItem(m_row, m_after); }
    void undo() override { m_model->replaceItem(m_row, m_before); }
    // Typing in one part of one question merges into one step a word long (each space or new
    // line after a word starts the next), as text editors undo; ticks and marks never merge.
    int id() const override { return m_typing ? 1 : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const SetQuestionCommand *>(other);
        if (next->m_row != m_row || next->m_field != m_field)
            return false;
        const QString now = typedText(m_after);
        const QString then = typedText(next->m_after);
        const bool wordEnds = then.size() > now.size() && then.startsWith(now) &&
                              then.back().isSpace() && !now.isEmpty() && !now.back().isSpace();
        if (wordEnds)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    QString typedText(const ChecklistItem &item) const
    {
        return m_field == ChecklistModel::Field::Answer ? item.answer : item.text;
    }

    ChecklistModel *m_model;
    int m_row;
    ChecklistModel::Field m_field;
    bool m_typing;
    ChecklistItem m_before;
    ChecklistItem m_after;
};

class SetVisitCommand : public QUndoCommand
{
public:
    SetVisitCommand(ChecklistModel *model, const Visit &after)
        : m_model(model), m_before(model->visit()), m_after(after)
    {
        setText(ChecklistModel::tr("Change visit details"));
    }
    void redo() override { m_model->replaceVisit(m_after); }
    void undo() override { m_model->replaceVisit(m_before); }

private:
    ChecklistModel *m_model;
    Visit m_before;
    Visit m_after;
};

// Start a new list / bring back an archived one: the whole list changes at once.
class ReplaceListCommand : public QUndoCommand
{
public:
    ReplaceListCommand(ChecklistModel *model, const ChecklistData &after, const QString &text)
        : m_model(model), m_before(model->checklist()), m_after(after)
    {
        setText(text);
    }
    void redo() override { m_model->replaceChecklist(m_after); }
    void undo() override { m_model->replaceChecklist(m_before); }

private:
    ChecklistModel *m_model;
    ChecklistData m_before;
    ChecklistData m_after;
};

// The lists beside the questions: the same four edits as for questions, on rows of fields.
class InsertRecordCommand : public QUndoCommand
{
public:
    InsertRecordCommand(ChecklistModel *model, ChecklistModel::ListKind kind, int row,
                        const QStringList &fields, const QString &text)
        : m_model(model), m_kind(kind), m_row(row), m_fields(fields)
    {
        setText(text);
    }
    void redo() override { m_model->insertRecord(m_kind, m_row, m_fields); }
    void undo() override { m_model->removeRecord(m_kind, m_row); }

private:
    ChecklistModel *m_model;
    ChecklistModel::ListKind m_kind;
    int m_row;
    QStringList m_fields;
};

class RemoveRecordCommand : public QUndoCommand
{
public:
    RemoveRecordCommand(ChecklistModel *model, ChecklistModel::ListKind kind, int row,
                        const QString &text)
        : m_model(model), m_kind(kind), m_row(row), m_fields(model->record(kind, row))
    {
        setText(text);
    }
    void redo() override { m_model->removeRecord(m_kind, m_row); }
    void undo() override { m_model->insertRecord(m_kind, m_row, m_fields); }

private:
    ChecklistModel *m_model;
    ChecklistModel::ListKind m_kind;
    int m_row;
    QStringList m_fields;
};

class MoveRecordCommand : public QUndoCommand
{
public:
    MoveRecordCommand(ChecklistModel *model, ChecklistModel::ListKind kind, int from, int to,
                      const QString &text)
        : m_model(model), m_kind(kind), m_from(from), m_to(to)
    {
        setText(text);
    }
    void redo() override { m_model->moveRecord(m_kind, m_from, m_to); }
    void undo() override { m_model->moveRecord(m_kind, m_to, m_from); }

private:
    ChecklistModel *m_model;
    ChecklistModel::ListKind m_kind;
    int m_from;
    int m_to;
};

// Typing in one field of one row merges into one step, as for a question's text.
class SetRecordCommand : public QUndoCommand
{
public:
    SetRecordCommand(ChecklistModel *model, ChecklistModel::ListKind kind, int row, int column,
                     const QStringList &after, const QString &text)
        : m_model(model), m_kind(kind), m_row(row), m_column(column),
          m_before(model->record(kind, row)), m_after(after)
    {
        setText(text);
    }
    void redo() override { m_model->replaceRecord(m_kind, m_row, m_after); }
    void undo() override { m_model->replaceRecord(m_kind, m_row, m_before); }
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const SetRecordCommand *>(other);
        if (next->m_kind != m_kind || next->m_row != m_row || next->m_column != m_column)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    ChecklistModel *m_model;
    ChecklistModel::ListKind m_kind;
    int m_row;
    int m_column;
    QStringList m_before;
    QStringList m_after;
};

class SetImmunotherapyCommand : public QUndoCommand
{
public:
    SetImmunotherapyCommand(ChecklistModel *model, const Immunotherapy &after)
        : m_model(model), m_before(model->checklist().immunotherapy), m_after(after)
    {
        setText(ChecklistModel::tr("Change immunotherapy details"));
    }
    void redo() override { m_model->replaceImmunotherapy(m_after); }
    void undo() override { m_model->replaceImmunotherapy(m_before); }

private:
    ChecklistModel *m_model;
    Immunotherapy m_before;
    Immunotherapy m_after;
};

class SetSectionCommand : public QUndoCommand
{
public:
    SetSectionCommand(ChecklistModel *model, const QString &name, const QJsonObject &after,
                      const QString &text, bool merges, QUndoCommand *parent = nullptr)
        : QUndoCommand(parent), m_model(model), m_name(name), m_before(model->section(name)),
          m_after(after), m_merges(merges)
    {
        setText(text);
    }
    void redo() override { m_model->replaceSection(m_name, m_after); }
    void undo() override { m_model->replaceSection(m_name, m_before); }
    int id() const override { return 0x5ec7; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const SetSectionCommand *>(other);
        if (!m_merges || !next->m_merges || next->m_name != m_name || next->text() != text())
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    ChecklistModel *m_model;
    QString m_name;
    QJsonObject m_before;
    QJsonObject m_after;
    bool m_merges;
};

} // namespace nextsteps::commands
