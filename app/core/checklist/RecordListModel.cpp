#include "core/checklist/RecordListModel.h"

namespace nextsteps {

RecordListModel::RecordListModel(ChecklistModel *checklist, ChecklistModel::ListKind kind,
                                 QObject *parent)
    : QAbstractTableModel(parent), m_checklist(checklist), m_kind(kind)
{
    // The checklist says before and after each change, so rows move as an item model's do.
    connect(checklist, &ChecklistModel::recordAboutToBeInserted, this,
            [this](ChecklistModel::ListKind kind, int row) {
                if (kind != m_kind)
                    return;
                m_pending = Pending::Insert;
                beginInsertRows({}, row, row);
            });
    connect(checklist, &ChecklistModel::recordAboutToBeRemoved, this,
            [this](ChecklistModel::ListKind kind, int row) {
                if (kind != m_kind)
                    return;
                m_pending = Pending::Remove;
                beginRemoveRows({}, row, row);
            });
    connect(checklist, &ChecklistModel::recordAboutToBeMoved, this,
            [this](ChecklistModel::ListKind kind, int from, int to) {
                if (kind != m_kind)
                    return;
                m_pending = Pending::Move;
                beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
            });
    connect(checklist, &ChecklistModel::recordsChanged, this,
            [this](ChecklistModel::ListKind kind) {
                if (kind != m_kind)
                    return;
                // Exactly one of the three began.
                if (m_pending == Pending::Insert)
                    endInsertRows();
                else if (m_pending == Pending::Remove)
                    endRemoveRows();
                else if (m_pending == Pending::Move)
                    endMoveRows();
                m_pending = Pending::None;
            });
    connect(checklist, &ChecklistModel::recordChanged, this,
            [this](ChecklistModel::ListKind kind, int row) {
                if (kind == m_kind)
                    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            });
    connect(checklist, &ChecklistModel::modelAboutToBeReset, this,
            &RecordListModel::beginResetModel);
    connect(checklist, &ChecklistModel::modelReset, this, &RecordListModel::endResetModel);
    connect(checklist, &ChecklistModel::readOnlyChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
}

QStringList RecordListModel::headers(ChecklistModel::ListKind kind)
{
    switch (kind) {
    case ChecklistModel::ListKind::ToTell:
        return {tr("What to tell"), tr("Since when"), tr("How bad (0-10)"),
                tr("What helps, notes")};
    case ChecklistModel::ListKind::Medicines:
        return {tr("Medicine"), tr("Dose"), tr("How often"), tr("What for"), tr("Prescribed by")};
    case ChecklistModel::ListKind::CareTeam:
        break;
    }
    return {tr("Name"), tr("Role"), tr("Phone"), tr("After-hours phone")};
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_checklist->recordCount(m_kind);
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ChecklistModel::fieldCount(m_kind);
}

bool RecordListModel::isRole(int column) const
{
    return m_kind == ChecklistModel::ListKind::CareTeam && column == 1;
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString value = m_checklist->record(m_kind, index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return isRole(index.column()) ? CareContact::roleName(value) : value;
    case Qt::UserRole:
        return value; // as stored
    default:
        return {};
    }
}

bool RecordListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_checklist->isReadOnly() || (role != Qt::EditRole && role != Qt::UserRole) ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QString text = value.toString();
    if (isRole(index.column()) && role == Qt::EditRole) {
        // A role picked from the offered ones is stored by its key, in any language.
        for (const QString &key : CareContact::roles()) {
            if (CareContact::roleName(key).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
                text = key;
        }
    }
    if (index.column() == 0 && text.trimmed().isEmpty())
        return false;
    m_checklist->setRecordField(m_kind, index.row(), index.column(), text);
    return true;
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return headers(m_kind).value(section);
}

Qt::ItemFlags RecordListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (!m_checklist->isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool RecordListModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount() ||
        m_checklist->isReadOnly())
        return false;
    for (int i = row + count - 1; i >= row; --i)
        m_checklist->deleteRecord(m_kind, i);
    return true;
}

} // namespace nextsteps
