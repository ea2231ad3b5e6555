#include "ui/checklist/VisitDialog.h"

#include "ui/widgets/DialogSize.h"
#include "ui/widgets/Placeholder.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QTimeEdit>

using namespace Qt::StringLiterals;

namespace nextsteps {

VisitDialog::VisitDialog(const Visit &visit, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"visitDialog"_s);
    setWindowTitle(tr("Visit Details"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(u"visitDate"_s);
    m_date->setCalendarPopup(true);
    // The one way a date is written: the locale's long format, as in the panel and the printout.
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    m_date->setDate(visit.date.isValid() ? visit.date : QDate::currentDate());
    m_date->setAccessibleName(tr("Date of the visit"));
    m_noDate = new QCheckBox(tr("I don't know the date yet"), this);
    m_noDate->setObjectName(u"noVisitDate"_s);
    m_noDate->setChecked(!visit.date.isValid());
    m_date->setEnabled(visit.date.isValid());
    connect(m_noDate, &QCheckBox::toggled, m_date, [this](bool on) { m_date->setEnabled(!on); });
    m_with = new QLineEdit(visit.with, this);
    m_with->setObjectName(u"visitWith"_s);
    setPlaceholder(m_with, tr("For example: Dr. Lee, cancer clinic"), tr("Dr. Lee"));
    m_with->setAccessibleName(tr("Who the visit is with"));

    m_time = new QTimeEdit(this);
    m_time->setObjectName(u"visitTime"_s);
    m_time->setDisplayFormat(Visit::timeFormat());
    // Midnight stands for "not known": no visit is at midnight.
    m_time->setMinimumTime(QTime(0, 0));
    m_time->setSpecialValueText(tr("Not known"));
    m_time->setTime(visit.time.isValid() ? visit.time : QTime(0, 0));
    m_time->setAccessibleName(tr("Time of the visit"));
    m_place = new QLineEdit(visit.place, this);
    m_place->setObjectName(u"visitPlace"_s);
    setPlaceholder(m_place, tr("For example: Cancer Center, Building B, room 204"),
                   tr("Building B, room 204"));
    m_place->setAccessibleName(tr("Where the visit is"));
    m_bring = new QLineEdit(visit.bring, this);
    m_bring->setObjectName(u"visitBring"_s);
    setPlaceholder(m_bring, tr("For example: scan results, insurance card, my medicines"),
                   tr("Scan results"));
    m_bring->setAccessibleName(tr("What to bring"));

    auto *form = new QFormLayout;
    // At large text sizes a field goes under its label rather than be squeezed beside it.
    form->setRowWrapPolicy(DialogSize::zoom() >= 150 ? QFormLayout::WrapAllRows
                                                     : QFormLayout::WrapLongRows);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(QString(), m_noDate);
    form->addRow(tr("&Time:"), m_time);
    form->addRow(tr("&With:"), m_with);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("What to &bring:"), m_bring);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Visit VisitDialog::visit() const
{
    const QTime time = m_time->time() == QTime(0, 0) ? QTime() : m_time->time();
    return {m_noDate->isChecked() ? QDate() : m_date->date(), m_with->text().trimmed(), time,
            m_place->text().trimmed(), m_bring->text().trimmed()};
}

} // namespace nextsteps
