#include "ui/checklist/MedicinesDialog.h"

#include "ui/checklist/RecordListEditor.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

MedicinesDialog::MedicinesDialog(ChecklistModel *model, QAction *printMedicines, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"medicinesDialog"_s);
    setWindowTitle(tr("My Medicines"));
    m_editor = new RecordListEditor(model, ChecklistModel::ListKind::Medicines, this);
    m_print =
        new QCheckBox(tr("&Print my medicines on a page of their own, to hand to the nurse"), this);
    m_print->setObjectName(u"printMedicinesBox"_s);
    m_print->setChecked(printMedicines->isChecked());
    connect(m_print, &QCheckBox::toggled, printMedicines, &QAction::setChecked);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_print);
    layout->addWidget(buttons);
    resize(820, 480);
}

} // namespace nextsteps
