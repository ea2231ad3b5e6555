#include "ui/checklist/WalletCardDialog.h"

#include "ui/widgets/Ask.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/DialogSize.h"
#include "ui/widgets/Placeholder.h"
#include "ui/widgets/WrappingLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

WalletCardDialog::WalletCardDialog(const Immunotherapy &therapy, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"walletCardDialog"_s);
    setWindowTitle(tr("Print Wallet Card"));
    auto *intro = new WrappingLabel(
        tr("The card tells every doctor and emergency room that you had immunotherapy, whose "
           "side effects can start months later. Its phone numbers come from Help > My Care "
           "Team. Blank lines can be filled in by hand."),
        this);
    m_name = new QLineEdit(therapy.name, this);
    m_name->setObjectName(u"cardName"_s);
    m_drugs = new QLineEdit(therapy.drugs.join(u", "_s), this);
    m_drugs->setObjectName(u"cardDrugs"_s);
    setPlaceholder(m_drugs, tr("For example: pembrolizumab (Keytruda)"), tr("Pembrolizumab"));
    // Typed as digits (empty when not known), what was understood said in full beside them.
    m_started = new DateField(DateField::Kind::Date, this);
    m_started->setObjectName(u"cardStarted"_s);
    m_started->setDate(therapy.started);
    m_started->lineEdit()->setAccessibleName(tr("When the immunotherapy started"));
    m_stopped = new DateField(DateField::Kind::Date, this);
    m_stopped->setObjectName(u"cardStopped"_s);
    m_stopped->setDate(therapy.stopped);
    m_stopped->lineEdit()->setAccessibleName(tr("When the immunotherapy stopped"));

    auto *form = new QFormLayout;
    // At large text sizes a field goes under its label rather than be squeezed beside it.
    form->setRowWrapPolicy(DialogSize::zoom() >= 150 ? QFormLayout::WrapAllRows
                                                     : QFormLayout::WrapLongRows);
    form->addRow(tr("&Your name:"), m_name);
    form->addRow(tr("&Drugs (separated by commas):"), m_drugs);
    form->addRow(tr("&Started:"), m_started);
    form->addRow(tr("Sto&pped:"), m_stopped);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *print = buttons->addButton(tr("P&rint…"), QDialogButtonBox::AcceptRole);
    print->setObjectName(u"printCard"_s);
    QPushButton *pdf = buttons->addButton(tr("Save as PD&F…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(u"saveCardPdf"_s);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(pdf, &QPushButton::clicked, this, [this] { done(SavePdf); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void WalletCardDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Opened on the first field, not on Print.
    QTimer::singleShot(0, this, [this] { m_name->setFocus(Qt::OtherFocusReason); });
}

void WalletCardDialog::done(int result)
{
    // A date that cannot be read is said before the card is made (it would print blank), and
    // so is an end before the start.
    if (result != QDialog::Rejected && m_started->date().isValid() && m_stopped->date().isValid() &&
        m_stopped->date() < m_started->date()) {
        Ask::question(this, windowTitle(), tr("The immunotherapy stopped before it started?"),
                      tr("Check the two dates."), {{Ask::Answer::Ok, tr("OK")}});
        m_stopped->reenter();
        return;
    }
    if (result != QDialog::Rejected && !DateField::allReadable({m_started, m_stopped}, this))
        return;
    QDialog::done(result);
}

Immunotherapy WalletCardDialog::immunotherapy() const
{
    Immunotherapy therapy;
    for (const QString &drug : m_drugs->text().split(u',')) {
        if (!drug.trimmed().isEmpty())
            therapy.drugs.append(drug.trimmed());
    }
    therapy.started = m_started->date();
    therapy.stopped = m_stopped->date();
    therapy.name = m_name->text().trimmed();
    return therapy;
}

} // namespace nextsteps
