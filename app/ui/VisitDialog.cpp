#include "VisitDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace nextsteps {

VisitDialog::VisitDialog(const Visit &visit, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"visitDialog"_s);
    setWindowTitle(tr("Visit Details"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(u"visitDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"dddd, MMMM d, yyyy"_s);
    m_date->setDate(visit.date.isValid() ? visit.date : QDate::currentDate());
    m_date->setAccessibleName(tr("Date of the visit"));
    m_noDate = new QCheckBox(tr("I don't know the date yet"), this);
    m_noDate->setObjectName(u"noVisitDate"_s);
    m_noDate->setChecked(!visit.date.isValid());
    m_date->setEnabled(visit.date.isValid());
    connect(m_noDate, &QCheckBox::toggled, m_date, [this](bool on) { m_date->setEnabled(!on); });
    m_with = new QLineEdit(visit.with, this);
    m_with->setObjectName(u"visitWith"_s);
    m_with->setPlaceholderText(tr("For example: Dr. Lee, cancer clinic"));
    m_with->setAccessibleName(tr("Who the visit is with"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(QString(), m_noDate);
    form->addRow(tr("&With:"), m_with);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Visit VisitDialog::visit() const
{
    return {m_noDate->isChecked() ? QDate() : m_date->date(), m_with->text().trimmed()};
}

} // namespace nextsteps
