#include "core/checklist/ChecklistModel.h"

#include "core/checklist/ChecklistFormat.h"
#include "core/checklist/ChecklistModelCommands_p.h"
#include "core/checklist/QuestionIndex.h"

#include <QUndoStack>

#include <algorithm>

// The list as a whole: a new list, the past ones (restore, delete, copy from), and questions
// that come from elsewhere several at once. Each one undo step. (ChecklistModel.cpp has the
// questions one by one, ChecklistModelRecords.cpp the lists beside them.)

using namespace Qt::StringLiterals;
using namespace nextsteps::commands;

namespace nextsteps {

void ChecklistModel::restoreArchived(int archiveIndex)
{
    if (m_readOnly || archiveIndex < 0 || archiveIndex >= m_data.archive.size())
        return;
    ChecklistData next;
    next.archive = m_data.archive;
    const ArchivedList restored = next.archive.takeAt(archiveIndex);
    // The list in use is put away, not lost, when an old one comes back.
    if (!m_data.items.isEmpty() || !m_data.visit.isEmpty() || !m_data.toTell.isEmpty())
        next.archive.prepend(
            {QDateTime::currentDateTimeUtc(), m_data.visit, m_data.items, m_data.toTell});
    next.visit = restored.visit;
    next.items = restored.items;
    next.toTell = restored.toTell;
    next.medicines = m_data.medicines;
    next.careTeam = m_data.careTeam;
    next.immunotherapy = m_data.immunotherapy;
    push(new ReplaceListCommand(this, next, tr("Bring back a past list")));
}

bool ChecklistModel::startNewList(bool carryOverUnasked)
{
    if (m_readOnly || (m_data.items.isEmpty() && m_data.visit.isEmpty() && m_data.toTell.isEmpty()))
        return false;
    // A copy of everything, so that what belongs to the person, not to one visit (medicines,
    // care team, immunotherapy), stays as it is; the visit, its questions and the things to
    // tell are put away together.
    ChecklistData next = m_data;
    next.archive.prepend(
        {QDateTime::currentDateTimeUtc(), m_data.visit, m_data.items, m_data.toTell});
    next.visit = {};
    next.items.clear();
    next.toTell.clear();
    if (carryOverUnasked) {
        // The questions go on; last visit's answers stay in the past list.
        for (ChecklistItem item : std::as_const(m_data.items)) {
            if (item.asked)
                continue;
            item.answer.clear();
            next.items.append(item);
        }
    }
    push(new ReplaceListCommand(this, next, tr("Start a new list")));
    return true;
}

int ChecklistModel::unaskedCount() const
{
    return rowCount() - askedCount();
}

void ChecklistModel::removeArchived(int archiveIndex)
{
    if (m_readOnly || archiveIndex < 0 || archiveIndex >= m_data.archive.size())
        return;
    ChecklistData next = m_data;
    next.archive.removeAt(archiveIndex);
    push(new ReplaceListCommand(this, next, tr("Delete a past list")));
}

int ChecklistModel::copyFromArchived(int archiveIndex)
{
    if (m_readOnly || archiveIndex < 0 || archiveIndex >= m_data.archive.size())
        return 0;
    QList<ChecklistItem> copies;
    for (const ChecklistItem &past : m_data.archive.at(archiveIndex).items) {
        const bool onList = (!past.questionId.isEmpty() && rowOfQuestionId(past.questionId) >= 0) ||
                            rowOfText(past.text) >= 0;
        const bool copied = std::any_of(copies.cbegin(), copies.cend(), [&](const auto &item) {
            return QuestionIndex::key(item.text) == QuestionIndex::key(past.text);
        });
        if (onList || copied)
            continue;
        ChecklistItem item = past;
        item.asked = false;
        item.answer.clear();
        item.created = QDateTime::currentDateTimeUtc();
        copies << item;
    }
    if (copies.isEmpty())
        return 0;
    // One step to undo, however many came.
    if (m_undoStack)
        m_undoStack->beginMacro(tr("Copy questions from a past list"));
    for (const ChecklistItem &item : std::as_const(copies))
        push(new InsertQuestionCommand(this, rowCount(), item));
    if (m_undoStack)
        m_undoStack->endMacro();
    return int(copies.size());
}

int ChecklistModel::addQuestions(const QStringList &texts, const QString &undoText)
{
    if (m_readOnly)
        return 0;
    QList<ChecklistItem> adding;
    for (const QString &text : texts) {
        const QString trimmed = ChecklistFormat::cleanText(text).trimmed();
        const bool repeat = std::any_of(adding.cbegin(), adding.cend(), [&](const auto &item) {
            return QuestionIndex::key(item.text) == QuestionIndex::key(trimmed);
        });
        if (trimmed.isEmpty() || repeat || rowOfText(trimmed) >= 0)
            continue;
        ChecklistItem item;
        item.text = trimmed;
        item.created = QDateTime::currentDateTimeUtc();
        adding << item;
    }
    if (adding.isEmpty())
        return 0;
    if (m_undoStack)
        m_undoStack->beginMacro(undoText);
    for (const ChecklistItem &item : std::as_const(adding))
        push(new InsertQuestionCommand(this, rowCount(), item));
    if (m_undoStack)
        m_undoStack->endMacro();
    return int(adding.size());
}

} // namespace nextsteps
