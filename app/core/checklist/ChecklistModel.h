#pragma once

#include "ChecklistData.h"
#include "QuestionSink.h"

#include <QAbstractListModel>

#include <algorithm>

class QUndoCommand;
class QUndoStack;

namespace nextsteps {

// The person's "Questions for my doctor" list. Every edit made through the public API (and through
// setData and moveRows, which views use) becomes one command on the undo stack, when one is set.
class ChecklistModel : public QAbstractListModel, public QuestionSink
{
    Q_OBJECT

public:
    enum Role {
        TextRole = Qt::UserRole + 1,
        AskedRole,
        ImportantRole,
        AnswerRole,
        TopicIdRole,
        QuestionIdRole,
        CreatedRole,
    };
    Q_ENUM(Role)

    // Which part of a question an edit changes; edits of the same part merge while typing.
    enum class Field { Text, Asked, Important, Answer };

    explicit ChecklistModel(QObject *parent = nullptr);

    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    // A list from a newer version is shown but never changed.
    // why: in plain words, for the messages of a read-only window.
    void setReadOnly(bool readOnly, const QString &why = {});
    bool isReadOnly() const { return m_readOnly; }
    QString whyReadOnly() const override { return m_readOnly ? m_whyReadOnly : QString(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::DropActions supportedDropActions() const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    const ChecklistData &checklist() const { return m_data; }
    // Replaces everything without an undo step: used when a file is loaded.
    void setChecklist(const ChecklistData &data);
    const ChecklistItem &item(int row) const { return m_data.items.at(row); }
    const Visit &visit() const { return m_data.visit; }
    const QList<ArchivedList> &archive() const { return m_data.archive; }

    // Each of these is one undoable edit. addQuestion ignores blank text and questions already
    // on the list (same suggested question, or the same words) and then returns false.
    bool addQuestion(const QString &text, const QString &topicId = {},
                     const QString &questionId = {});
    void removeQuestion(int row);
    void moveQuestion(int from, int to);
    void setField(int row, Field field, const QVariant &value);
    void setVisit(const Visit &visit);
    bool startNewList();
    void restoreArchived(int archiveIndex);

    int askedCount() const;
    int importantCount() const;
    int answeredCount() const;
    int rowOfText(const QString &text) const;
    int rowOfQuestionId(const QString &questionId) const;

    bool addSuggestedQuestion(const QString &topicId, const QString &questionId,
                              const QString &text) override;
    bool hasSuggestedQuestion(const QString &questionId, const QString &text) const override;

Q_SIGNALS:
    // Anything that is saved changed: the autosaver listens to this one signal.
    void changed();
    void visitChanged();

private:
    friend class InsertQuestionCommand;
    friend class RemoveQuestionCommand;
    friend class MoveQuestionCommand;
    friend class SetQuestionCommand;
    friend class SetVisitCommand;
    friend class ReplaceListCommand;

    void insertRaw(int row, const ChecklistItem &item);
    void removeRaw(int row);
    void moveRaw(int from, int to);
    void setItemRaw(int row, const ChecklistItem &item);
    void setVisitRaw(const Visit &visit);
    void replaceRaw(const ChecklistData &data);
    void push(QUndoCommand *command);
    template <typename Predicate> int countItems(Predicate predicate) const
    {
        return int(std::count_if(m_data.items.cbegin(), m_data.items.cend(), predicate));
    }

    ChecklistData m_data;
    QUndoStack *m_undoStack = nullptr;
    bool m_readOnly = false;
    QString m_whyReadOnly;
};

} // namespace nextsteps
