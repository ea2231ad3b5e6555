#include "ui/checklist/VisitDialog.h"

#include "ui/widgets/Ask.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/DialogSize.h"
#include "ui/widgets/Placeholder.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace nextsteps {

VisitDialog::VisitDialog(const Visit &visit, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"visitDialog"_s);
    setWindowTitle(tr("Visit Details"));
    // Made in the order they are shown, which is the order Tab takes.
    m_date = new DateField(DateField::Kind::Date, this);
    m_date->setObjectName(u"visitDate"_s);
    m_date->setDate(visit.date);
    m_date->lineEdit()->setAccessibleName(tr("Date of the visit"));
    m_time = new DateField(DateField::Kind::Time, this);
    m_time->setObjectName(u"visitTime"_s);
    m_time->setTime(visit.time);
    m_time->lineEdit()->setAccessibleName(tr("Time of the visit"));
    m_with = new QLineEdit(visit.with, this);
    m_with->setObjectName(u"visitWith"_s);
    setPlaceholder(m_with, tr("For example: Dr. Lee, cancer clinic"), tr("Dr. Lee"));
    m_with->setAccessibleName(tr("Who the visit is with"));
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
    form->addRow(tr("&Time:"), m_time);
    form->addRow(tr("&With:"), m_with);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("What to &bring:"), m_bring);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // The visit as it is written here, kept and then saved for the person's own calendar.
    QPushButton *calendar =
        buttons->addButton(tr("Add to My &Calendar…"), QDialogButtonBox::ActionRole);
    calendar->setObjectName(u"addToCalendarButton"_s);
    connect(calendar, &QPushButton::clicked, this, [this] {
        if (readable())
            done(AddToCalendar);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Visit VisitDialog::visit() const
{
    return {m_date->date(), m_with->text().trimmed(), m_time->time(), m_place->text().trimmed(),
            m_bring->text().trimmed()};
}

void VisitDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Opened on the date, all of it chosen: typing replaces it (not OK, not a cursor after it).
    QTimer::singleShot(0, this, [this] { m_date->reenter(); });
}

bool VisitDialog::readable()
{
    // A date or time that cannot be read is said, and the person fixes it: nothing they did
    // not type is kept, and nothing they typed is dropped without a word.
    return DateField::allReadable({m_date, m_time}, this);
}

void VisitDialog::accept()
{
    if (readable())
        QDialog::accept();
}

} // namespace nextsteps
