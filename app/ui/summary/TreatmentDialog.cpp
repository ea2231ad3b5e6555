#include "ui/summary/TreatmentDialog.h"

#include "core/checklist/ChecklistFormat.h"
#include "core/summary/TreatmentSummaryPrintout.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/DialogSize.h"
#include "ui/widgets/Placeholder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

TreatmentDialog::TreatmentDialog(const Treatment &treatment, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"treatmentDialog"_s);
    setWindowTitle(treatment.isEmpty() ? tr("Add a Treatment") : tr("Change a Treatment"));
    m_what = new QLineEdit(treatment.what, this);
    m_what->setObjectName(u"treatmentWhat"_s);
    setPlaceholder(m_what, tr("For example: cisplatin with radiation"), tr("Cisplatin"));
    m_from = new QLineEdit(treatment.from, this);
    m_from->setObjectName(u"treatmentFrom"_s);
    setPlaceholder(m_from, tr("For example: June 2025"), tr("June 2025"));
    m_to = new QLineEdit(treatment.to, this);
    m_to->setObjectName(u"treatmentTo"_s);
    setPlaceholder(m_to, tr("For example: August 2025, or still going"), tr("August 2025"));
    m_howItWent = new QLineEdit(treatment.howItWent, this);
    m_howItWent->setObjectName(u"treatmentHowItWent"_s);
    setPlaceholder(m_howItWent, tr("For example: the tumor shrank, then grew again"),
                   tr("It shrank"));
    // A few usual reasons to pick, or the person's own words.
    m_whyStopped = new QComboBox(this);
    m_whyStopped->setObjectName(u"treatmentWhyStopped"_s);
    m_whyStopped->setEditable(true);
    m_whyStopped->setInsertPolicy(QComboBox::NoInsert);
    m_whyStopped->addItems({QString(), tr("It was finished as planned"), tr("It stopped working"),
                            tr("Side effects"), tr("My choice"), tr("Still going")});
    m_whyStopped->setCurrentText(treatment.whyStopped);

    const QStringList labels = TreatmentSummaryPrintout::treatmentHeaders();
    m_what->setAccessibleName(labels.at(0));
    m_from->setAccessibleName(labels.at(1));
    m_to->setAccessibleName(labels.at(2));
    m_howItWent->setAccessibleName(labels.at(3));
    m_whyStopped->setAccessibleName(labels.at(4));

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(DialogSize::zoom() >= 150 ? QFormLayout::WrapAllRows
                                                     : QFormLayout::WrapLongRows);
    form->addRow(tr("&Treatment:"), m_what);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("T&o:"), m_to);
    form->addRow(tr("&How it went:"), m_howItWent);
    form->addRow(tr("&Why it stopped:"), m_whyStopped);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_what->setFocus();
}

void TreatmentDialog::done(int result)
{
    if (result == QDialog::Accepted && m_what->text().trimmed().isEmpty()) {
        Ask::question(this, windowTitle(), tr("What was the treatment?"),
                      tr("Write its name, for example “radiation” or the drug’s name."),
                      {{Ask::Answer::Ok, tr("OK")}});
        m_what->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::done(result);
}

Treatment TreatmentDialog::treatment() const
{
    const auto clean = [](const QString &text) {
        return ChecklistFormat::cleanText(text).trimmed();
    };
    return {clean(m_what->text()), clean(m_from->text()), clean(m_to->text()),
            clean(m_howItWent->text()), clean(m_whyStopped->currentText())};
}

} // namespace nextsteps
