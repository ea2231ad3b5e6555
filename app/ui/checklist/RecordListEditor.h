#pragma once

#include "core/checklist/ChecklistModel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace nextsteps {

class RecordListModel;

// One of the lists beside the questions ("To tell", medicines, care team) to edit: a table, a
// field to add a new entry, and buttons to delete and move the selected one. Every change is one
// undo step on the checklist model, as for questions; a read-only list cannot be changed.
class RecordListEditor : public QWidget
{
    Q_OBJECT

public:
    RecordListEditor(ChecklistModel *model, ChecklistModel::ListKind kind,
                     QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *newField() const { return m_new; }
    QPushButton *addButton() const { return m_add; }
    RecordListModel *records() const { return m_records; }

    void retranslate();
    int currentRow() const;

public Q_SLOTS:
    void addFromField();
    void deleteCurrent();
    void moveCurrent(int delta);

protected:
    // Its table's headings take its text size (they keep the platform's own otherwise).
    void changeEvent(QEvent *event) override;

private:
    void updateButtons();
    void fitHeader();

    ChecklistModel *m_model;
    ChecklistModel::ListKind m_kind;
    RecordListModel *m_records;
    QLabel *m_intro;
    QLineEdit *m_new;
    QPushButton *m_add;
    QTableView *m_table;
    QPushButton *m_delete;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace nextsteps
