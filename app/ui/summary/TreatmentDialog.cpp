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
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

TreatmentDialog::TreatmentDialog(const Treatment &treatment, QWidget *parent)
    : QDialog(parent), m_original(treatment)
{
    setObjectName(u"treatmentDialog"_s);
    setWindowTitle(treatment.isEmpty() ? tr("Add a Treatment") : tr("Change a Treatment"));
    m_what = new QLineEdit(treatment.what, this);
    m_what->setObjectName(u"treatmentWhat"_s);
    setPlaceholder(m_what, tr("For example: cisplatin with radiation"), tr("Such as: cisplatin"));
    m_from = new QLineEdit(treatment.from, this);
    m_from->setObjectName(u"treatmentFrom"_s);
    setPlaceholder(m_from, tr("For example: June 2025"), tr("Such as: June 2025"));
    m_to = new QLineEdit(treatment.to, this);
    m_to->setObjectName(u"treatmentTo"_s);
    setPlaceholder(m_to, tr("For example: August 2025, or still going"),
                   tr("Such as: August 2025"));
    m_howItWent = new QLineEdit(treatment.howItWent, this);
    m_howItWent->setObjectName(u"treatmentHowItWent"_s);
    setPlaceholder(m_howItWent, tr("For example: the tumor shrank, then grew again"),
                   tr("Such as: it shrank"));
    // A few usual reasons to pick, or the person's own words.
    m_whyStopped = new QComboBox(this);
    m_whyStopped->setObjectName(u"treatmentWhyStopped"_s);
    m_whyStopped->setEditable(true);
    m_whyStopped->setInsertPolicy(QComboBox::NoInsert);
    m_whyStopped->addItem(QString());
    for (const QString &reason : TreatmentSummary::reasons())
        m_whyStopped->addItem(TreatmentSummary::reasonName(reason), reason);
    const int offered = m_whyStopped->findData(treatment.whyStopped);
    if (offered > 0)
        m_whyStopped->setCurrentIndex(offered);
    else
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
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
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
}

void TreatmentDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // On the first field, once the dialog has its final shape (at large text its contents are
    // put in a scrolled area, which took the focus away from a field given it earlier).
    QTimer::singleShot(0, this, [this] { m_what->setFocus(Qt::OtherFocusReason); });
}

void TreatmentDialog::done(int result)
{
    // Escape after typing: asked, as the summary's own dialog asks.
    if (result == QDialog::Rejected && treatment() != m_original) {
        const Ask::Answer answer =
            Ask::question(this, windowTitle(), tr("Keep what you wrote?"),
                          tr("You wrote about this treatment. Keep it?"),
                          {{Ask::Answer::KeepMine, tr("&Keep It")},
                           {Ask::Answer::Delete, tr("&Drop It"), QMessageBox::DestructiveRole},
                           {Ask::Answer::Cancel, tr("&Go Back"), QMessageBox::RejectRole}});
        if (answer == Ask::Answer::Cancel)
            return;
        if (answer == Ask::Answer::KeepMine)
            result = QDialog::Accepted;
    }
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
    // An offered reason is kept by its key, so it reads in the language of the day.
    const int offered = m_whyStopped->findText(m_whyStopped->currentText(), Qt::MatchFixedString);
    const QString why = offered > 0 ? m_whyStopped->itemData(offered).toString()
                                    : clean(m_whyStopped->currentText());
    return {clean(m_what->text()), clean(m_from->text()), clean(m_to->text()),
            clean(m_howItWent->text()), why};
}

} // namespace nextsteps
