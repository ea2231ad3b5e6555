#include "ui/checklist/WalletCardDialog.h"

#include "ui/widgets/DialogSize.h"
#include "ui/widgets/Placeholder.h"
#include "ui/widgets/WrappingLabel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {
const QDate NotKnown(1900, 1, 1);
}

QDateEdit *optionalDateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    // The one way dates are written: the locale's long format, as on the printout.
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    edit->setMinimumDate(NotKnown);
    edit->setSpecialValueText(WalletCardDialog::tr("Not known"));
    edit->setDate(date.isValid() ? date : NotKnown);
    return edit;
}

QDate optionalDate(const QDateEdit *edit)
{
    return edit->date() == NotKnown ? QDate() : edit->date();
}

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
    m_started = optionalDateEdit(therapy.started, this);
    m_started->setObjectName(u"cardStarted"_s);
    m_stopped = optionalDateEdit(therapy.stopped, this);
    m_stopped->setObjectName(u"cardStopped"_s);

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
    // Room for a long date in full ("Wednesday, September 30, 2026").
    m_started->setMinimumWidth(
        m_started->fontMetrics().horizontalAdvance(u"Wednesday, September 30, 2026"_s) + 48);
    m_stopped->setMinimumWidth(m_started->minimumWidth());
}

Immunotherapy WalletCardDialog::immunotherapy() const
{
    Immunotherapy therapy;
    for (const QString &drug : m_drugs->text().split(u',')) {
        if (!drug.trimmed().isEmpty())
            therapy.drugs.append(drug.trimmed());
    }
    therapy.started = optionalDate(m_started);
    therapy.stopped = optionalDate(m_stopped);
    therapy.name = m_name->text().trimmed();
    return therapy;
}

} // namespace nextsteps
