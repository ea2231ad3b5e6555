#pragma once

#include "core/checklist/ChecklistModel.h"

#include <QAbstractTableModel>

namespace nextsteps {

// One of the lists beside the questions ("To tell", "My medicines", "My care team") as a table
// for views: one row per entry, one column per field. It holds nothing itself: it reads the
// ChecklistModel and sends every edit to it, so each is one undo step there, saved with the rest
// and refused while the list is read-only.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    RecordListModel(ChecklistModel *checklist, ChecklistModel::ListKind kind,
                    QObject *parent = nullptr);

    ChecklistModel::ListKind kind() const { return m_kind; }
    ChecklistModel *checklist() const { return m_checklist; }
    // Column titles, in the person's language.
    static QStringList headers(ChecklistModel::ListKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    bool isRole(int column) const;
    ChecklistModel *m_checklist;
    ChecklistModel::ListKind m_kind;
    enum class Pending { None, Insert, Remove, Move };
    Pending m_pending = Pending::None;
};

} // namespace nextsteps
