#include "ui/checklist/VisitSummary.h"

#include "core/PrivateFile.h"
#include "core/calendar/VisitCalendar.h"
#include "core/checklist/ChecklistModel.h"
#include "ui/checklist/VisitDialog.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/WrappingLabel.h"

#include <QDir>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

VisitSummary::VisitSummary(ChecklistModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    m_text = new WrappingLabel(this);
    m_text->setObjectName(u"visitLabel"_s);
    m_button = new QPushButton(this);
    m_button->setObjectName(u"visitButton"_s);
    connect(m_button, &QPushButton::clicked, this, &VisitSummary::edit);
    connect(m_model, &ChecklistModel::visitChanged, this, &VisitSummary::update);
    // The visit takes the full width (a long date and name wrap less); its button sits below.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_text);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    retranslate();
}

void VisitSummary::retranslate()
{
    m_button->setText(tr("Visit details…"));
    m_button->setAccessibleName(tr("Set the date of your visit and who it is with"));
    update();
}

void VisitSummary::edit()
{
    VisitDialog dialog(m_model->visit(), this);
    const int result = Ask::exec(&dialog);
    if (result == QDialog::Rejected)
        return;
    m_model->setVisit(dialog.visit());
    if (result == VisitDialog::AddToCalendar)
        addToCalendar();
}

void VisitSummary::addToCalendar()
{
    const Visit visit = m_model->visit();
    const QString title = tr("Add the Visit to My Calendar");
    if (!visit.date.isValid()) {
        Ask::question(this, title, tr("The visit has no date yet."),
                      tr("Write its date in Visit details first."),
                      {{Ask::Answer::Ok, tr("OK"), QMessageBox::AcceptRole}});
        return;
    }
    const Ask::Answer reminder =
        Ask::question(this, title, tr("Remind you the day before the visit?"),
                      tr("The calendar shows the reminder a day ahead, at the time of the visit."),
                      {{Ask::Answer::Remind, tr("&Remind Me"), QMessageBox::AcceptRole},
                       {Ask::Answer::NoReminder, tr("&No Reminder"), QMessageBox::NoRole},
                       {Ask::Answer::Cancel, tr("Cancel"), QMessageBox::RejectRole}});
    if (reminder == Ask::Answer::Cancel)
        return;
    const QDir documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    const QString path = Ask::saveFileName(
        window(), title,
        documents.filePath(tr("Visit %1").arg(visit.date.toString(Qt::ISODate)) + u".ics"_s),
        tr("Calendar files (*.ics)"), u"ics"_s, &PrivateFile::exportRefusal);
    if (path.isEmpty())
        return;
    // The questions marked important and not yet asked go in the event's notes.
    QStringList important;
    for (const ChecklistItem &item : m_model->checklist().items) {
        if (item.important && !item.asked)
            important << item.text;
    }
    const QByteArray bytes = VisitCalendar::toIcs(
        VisitCalendar::make(visit, important, reminder == Ask::Answer::Remind));
    QString error;
    if (!PrivateFile::writeExport(path, bytes, &error)) {
        Ask::question(this, title, tr("The calendar file could not be saved."), error,
                      {{Ask::Answer::Ok, tr("OK"), QMessageBox::AcceptRole}});
        return;
    }
    Q_EMIT message(tr("Saved the visit as %1. Open it, or send it to your phone, to add it to your "
                      "calendar. It holds health information: keep it where only you can see it.")
                       .arg(QDir::toNativeSeparators(path)));
}

void VisitSummary::update()
{
    const Visit &visit = m_model->visit();
    const QString when = visit.describe();
    QString text = when.isEmpty() ? tr("Visit: not set yet") : tr("Visit: %1").arg(when);
    if (!visit.place.trimmed().isEmpty())
        text += u'\n' + tr("Place: %1").arg(visit.place.trimmed());
    if (!visit.bring.trimmed().isEmpty())
        text += u'\n' + tr("To bring: %1").arg(visit.bring.trimmed());
    m_text->setText(text);
    m_text->setAccessibleName(text);
}

} // namespace nextsteps
