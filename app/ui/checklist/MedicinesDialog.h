#pragma once

#include "core/checklist/ChecklistModel.h"

#include <QDialog>

class QAction;
class QCheckBox;

namespace nextsteps {

class RecordListEditor;

// File > My Medicines: the list to fill in, and whether it prints on a page of its own.
class MedicinesDialog : public QDialog
{
    Q_OBJECT

public:
    MedicinesDialog(ChecklistModel *model, QAction *printMedicines, QWidget *parent = nullptr);

    RecordListEditor *editor() const { return m_editor; }
    QCheckBox *printBox() const { return m_print; }

private:
    RecordListEditor *m_editor;
    QCheckBox *m_print;
};

} // namespace nextsteps
