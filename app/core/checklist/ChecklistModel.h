#pragma once

#include "core/QuestionSink.h"
#include "core/checklist/ChecklistData.h"
#include "core/checklist/QuestionIndex.h"

#include <QAbstractListModel>

#include <algorithm>

class QUndoCommand;
class QUndoStack;

namespace nextsteps {

// The person's "Questions for my doctor" list. Every edit the person makes (addQuestion, setField
// and the others, and setData, moveRows and removeRows, which views use) becomes one command on
// the undo stack, when one is set. The commands are private to the model; they do their work
// through its plain functions (insertItem and the others), which change the list at once.
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

    // The lists beside the questions. Their rows are text fields (fieldsOf() in
    // ChecklistData.h); RecordListModel shows one of them to views.
    enum class ListKind { ToTell, Medicines, CareTeam };
    static int fieldCount(ListKind kind);

    explicit ChecklistModel(QObject *parent = nullptr);

    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Read-only: a list from a newer version, or one another window saves, is shown but never
    // changed. The model alone keeps this; views, panels and the autosaver follow
    // readOnlyChanged. why: in plain words, for the messages of a read-only window.
    void setReadOnly(bool readOnly, const QString &why = {});
    bool isReadOnly() const { return m_readOnly; }
    QString whyReadOnly() const override { return m_readOnly ? m_whyReadOnly : QString(); }

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
    // Replaces everything without an undo step and without marking the list changed: used when
    // a file is loaded.
    void setChecklist(const ChecklistData &data);
    const ChecklistItem &item(int row) const { return m_data.items.at(row); }
    const Visit &visit() const { return m_data.visit; }
    const QList<ArchivedList> &archive() const { return m_data.archive; }

    // The person's edits. Each is one step on the undo stack (when one is set; the command does
    // the change through the functions below) and is refused while the list is read-only.
    // What came of adding a question, and why not when it was not added.
    struct Added
    {
        enum class Outcome {
            Added,     // on the list, at row
            Blank,     // nothing but spaces
            Duplicate, // already on the list (same words or same suggested question), at row
            ReadOnly,  // the list cannot be changed here (whyReadOnly())
        };
        Outcome outcome = Outcome::Blank;
        int row = -1;
        explicit operator bool() const { return outcome == Outcome::Added; }
    };
    Added addQuestion(const QString &text, const QString &topicId = {},
                      const QString &questionId = {});
    void removeQuestion(int row);
    void moveQuestion(int from, int to);
    void setField(int row, Field field, const QVariant &value);
    void setVisit(const Visit &typed);
    void restoreArchived(int archiveIndex);
    // The list was changed on disk and the person chose to see that version: one undo step
    // (Edit > Undo brings this window's version back), allowed while read-only is not set.
    void showChangedList(const ChecklistData &data);
    // Start a new list, taking along the questions not yet asked (as they are) when asked to.
    bool startNewList(bool carryOverUnasked = false);
    int unaskedCount() const;
    // Past lists: delete one (one undo step), or copy its questions to the list in use (not
    // asked, without answers; those already on the list are left out) and say how many came.
    void removeArchived(int archiveIndex);
    int copyFromArchived(int archiveIndex);
    // Questions from another room ("Where I stand"), added as one undo step; those already on
    // the list, blank ones and repeats are left out. Returns how many were added.
    int addQuestions(const QStringList &texts, const QString &undoText);
    // The lists beside the questions: one undo step per edit, refused while read-only. A row
    // without its first field (what, the medicine, the name) is not added.
    bool addRecord(ListKind kind, const QStringList &fields);
    void deleteRecord(ListKind kind, int row);
    void reorderRecord(ListKind kind, int from, int to);
    void setRecordField(ListKind kind, int row, int column, const QString &value);
    void setImmunotherapy(const Immunotherapy &therapy);
    // What another room keeps in the list's file (ChecklistData::sections): an empty object
    // when there is none. Setting it is one undo step named undoText; an empty object removes
    // it.
    QJsonObject section(const QString &name) const { return m_data.sections.value(name); }
    // merge: edits that follow one another with the same undoText are one step (a day's scores
    // kept as they are typed).
    enum class Merge { No, SameText };
    void setSection(const QString &name, const QJsonObject &value, const QString &undoText,
                    Merge merge = Merge::No);
    // Several sections set at once, as one undo step (a room that keeps more than one, or two
    // rooms that share a field); the sections that do not change are left alone.
    void setSections(const QMap<QString, QJsonObject> &values, const QString &undoText);
    int recordCount(ListKind kind) const;
    QStringList record(ListKind kind, int row) const;

    // The same changes made at once: no undo step, no read-only check. What the undo commands
    // do and undo (as in Qt's undo framework example); views and panels use the edits above.
    // Each emits the item model's signals and changed().
    void insertItem(int row, const ChecklistItem &item);
    void removeItem(int row);
    void moveItem(int from, int to);
    void replaceItem(int row, const ChecklistItem &item);
    void replaceVisit(const Visit &visit);
    void replaceChecklist(const ChecklistData &data);
    void insertRecord(ListKind kind, int row, const QStringList &fields);
    void removeRecord(ListKind kind, int row);
    void moveRecord(ListKind kind, int from, int to);
    void replaceRecord(ListKind kind, int row, const QStringList &fields);
    void replaceImmunotherapy(const Immunotherapy &therapy);
    void replaceSection(const QString &name, const QJsonObject &value);

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
    void readOnlyChanged(bool readOnly);
    // The lists beside the questions, for RecordListModel: each "about to" comes before the
    // change, the other after it, as an item model's begin/end pairs.
    void recordAboutToBeInserted(nextsteps::ChecklistModel::ListKind kind, int row);
    void recordAboutToBeRemoved(nextsteps::ChecklistModel::ListKind kind, int row);
    void recordAboutToBeMoved(nextsteps::ChecklistModel::ListKind kind, int from, int to);
    void recordsChanged(nextsteps::ChecklistModel::ListKind kind); // after any of the three
    void recordChanged(nextsteps::ChecklistModel::ListKind kind, int row);
    void immunotherapyChanged();
    void sectionChanged(const QString &name);

private:
    void push(QUndoCommand *command);
    template <typename Predicate> int countItems(Predicate predicate) const
    {
        return int(std::count_if(m_data.items.cbegin(), m_data.items.cend(), predicate));
    }

    ChecklistData m_data;
    QuestionIndex m_index; // kept with m_data.items by every change to them
    QUndoStack *m_undoStack = nullptr;
    bool m_readOnly = false;
    QString m_whyReadOnly;
};

} // namespace nextsteps
