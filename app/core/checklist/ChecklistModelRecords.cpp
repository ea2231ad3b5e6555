#include "core/checklist/ChecklistModel.h"

#include "core/checklist/ChecklistFormat.h"
#include "core/checklist/ChecklistModelCommands_p.h"

#include <type_traits>

// The lists beside the questions (things to tell, medicines, care team) and the wallet card's
// details: the same edits as the questions', one undo step each. (ChecklistModel.cpp has the
// questions.)

using namespace Qt::StringLiterals;
using namespace nextsteps::commands;

namespace nextsteps {

namespace {

// Calls f with the list of kind, typed: the one place that knows where each list lives.
template <typename Data, typename F>
decltype(auto) withList(Data &data, ChecklistModel::ListKind kind, F f)
{
    switch (kind) {
    case ChecklistModel::ListKind::ToTell:
        return f(data.toTell);
    case ChecklistModel::ListKind::Medicines:
        return f(data.medicines);
    case ChecklistModel::ListKind::CareTeam:
        break;
    }
    return f(data.careTeam);
}

// What Edit > Undo calls each edit: add, delete, move, change.
QString stepName(ChecklistModel::ListKind kind, int step)
{
    switch (kind) {
    case ChecklistModel::ListKind::ToTell: {
        const QString names[] = {ChecklistModel::tr("Add something to tell"),
                                 ChecklistModel::tr("Delete something to tell"),
                                 ChecklistModel::tr("Move something to tell"),
                                 ChecklistModel::tr("Edit something to tell")};
        return names[step];
    }
    case ChecklistModel::ListKind::Medicines: {
        const QString names[] = {
            ChecklistModel::tr("Add medicine"), ChecklistModel::tr("Delete medicine"),
            ChecklistModel::tr("Move medicine"), ChecklistModel::tr("Edit medicine")};
        return names[step];
    }
    case ChecklistModel::ListKind::CareTeam:
        break;
    }
    const QString names[] = {
        ChecklistModel::tr("Add contact"), ChecklistModel::tr("Delete contact"),
        ChecklistModel::tr("Move contact"), ChecklistModel::tr("Edit contact")};
    return names[step];
}

} // namespace

int ChecklistModel::fieldCount(ListKind kind)
{
    switch (kind) {
    case ListKind::ToTell:
        return 4;
    case ListKind::Medicines:
        return 5;
    case ListKind::CareTeam:
        break;
    }
    return 4;
}

int ChecklistModel::recordCount(ListKind kind) const
{
    return withList(m_data, kind, [](const auto &list) { return int(list.size()); });
}

QStringList ChecklistModel::record(ListKind kind, int row) const
{
    return withList(m_data, kind, [row](const auto &list) { return fieldsOf(list.at(row)); });
}

bool ChecklistModel::addRecord(ListKind kind, const QStringList &fields)
{
    if (m_readOnly || fields.value(0).trimmed().isEmpty())
        return false;
    // Read back through the type: a severity out of 0 to 10 is left out, as a file would.
    QStringList normalized = withList(m_data, kind, [&fields](const auto &list) {
        typename std::decay_t<decltype(list)>::value_type value;
        QStringList clean;
        for (const QString &field : fields)
            clean.append(ChecklistFormat::cleanText(field));
        setFields(&value, clean);
        return fieldsOf(value);
    });
    normalized[0] = normalized.at(0).trimmed();
    push(new InsertRecordCommand(this, kind, recordCount(kind), normalized, stepName(kind, 0)));
    return true;
}

void ChecklistModel::deleteRecord(ListKind kind, int row)
{
    if (row >= 0 && row < recordCount(kind))
        push(new RemoveRecordCommand(this, kind, row, stepName(kind, 1)));
}

void ChecklistModel::reorderRecord(ListKind kind, int from, int to)
{
    const int count = recordCount(kind);
    if (from == to || from < 0 || to < 0 || from >= count || to >= count)
        return;
    push(new MoveRecordCommand(this, kind, from, to, stepName(kind, 2)));
}

void ChecklistModel::setRecordField(ListKind kind, int row, int column, const QString &value)
{
    if (row < 0 || row >= recordCount(kind) || column < 0 || column >= fieldCount(kind))
        return;
    if (column == 0 && value.trimmed().isEmpty())
        return; // a row cannot be emptied by editing; delete it instead
    QStringList after = record(kind, row);
    after[column] = ChecklistFormat::cleanText(value);
    after = withList(m_data, kind, [&after](const auto &list) {
        typename std::decay_t<decltype(list)>::value_type item;
        setFields(&item, after);
        return fieldsOf(item);
    });
    if (after == record(kind, row))
        return;
    push(new SetRecordCommand(this, kind, row, column, after, stepName(kind, 3)));
}

void ChecklistModel::setImmunotherapy(const Immunotherapy &therapy)
{
    if (therapy != m_data.immunotherapy)
        push(new SetImmunotherapyCommand(this, therapy));
}

void ChecklistModel::setSection(const QString &name, const QJsonObject &value,
                                const QString &undoText, Merge merge)
{
    if (value != section(name))
        push(new SetSectionCommand(this, name, value, undoText, merge == Merge::SameText));
}

void ChecklistModel::setSections(const QMap<QString, QJsonObject> &values, const QString &undoText)
{
    QMap<QString, QJsonObject> changes;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.value() != section(it.key()))
            changes.insert(it.key(), it.value());
    }
    if (changes.isEmpty())
        return;
    if (changes.size() == 1) {
        setSection(changes.firstKey(), changes.first(), undoText);
        return;
    }
    auto *all = new QUndoCommand(undoText);
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        new SetSectionCommand(this, it.key(), it.value(), undoText, false, all);
    push(all);
}

void ChecklistModel::insertRecord(ListKind kind, int row, const QStringList &fields)
{
    Q_EMIT recordAboutToBeInserted(kind, row);
    withList(m_data, kind, [row, &fields](auto &list) {
        typename std::decay_t<decltype(list)>::value_type item;
        setFields(&item, fields);
        list.insert(row, item);
    });
    Q_EMIT recordsChanged(kind);
    Q_EMIT changed();
}

void ChecklistModel::removeRecord(ListKind kind, int row)
{
    Q_EMIT recordAboutToBeRemoved(kind, row);
    withList(m_data, kind, [row](auto &list) { list.removeAt(row); });
    Q_EMIT recordsChanged(kind);
    Q_EMIT changed();
}

void ChecklistModel::moveRecord(ListKind kind, int from, int to)
{
    Q_EMIT recordAboutToBeMoved(kind, from, to);
    withList(m_data, kind, [from, to](auto &list) { list.move(from, to); });
    Q_EMIT recordsChanged(kind);
    Q_EMIT changed();
}

void ChecklistModel::replaceRecord(ListKind kind, int row, const QStringList &fields)
{
    withList(m_data, kind, [row, &fields](auto &list) { setFields(&list[row], fields); });
    Q_EMIT recordChanged(kind, row);
    Q_EMIT changed();
}

void ChecklistModel::replaceImmunotherapy(const Immunotherapy &therapy)
{
    m_data.immunotherapy = therapy;
    Q_EMIT immunotherapyChanged();
    Q_EMIT changed();
}

void ChecklistModel::replaceSection(const QString &name, const QJsonObject &value)
{
    if (value.isEmpty())
        m_data.sections.remove(name);
    else
        m_data.sections.insert(name, value);
    Q_EMIT sectionChanged(name);
    Q_EMIT changed();
}

} // namespace nextsteps
