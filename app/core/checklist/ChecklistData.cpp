#include "core/checklist/ChecklistData.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nextsteps {

bool ChecklistItem::operator==(const ChecklistItem &other) const
{
    return text == other.text && asked == other.asked && important == other.important &&
           answer == other.answer && topicId == other.topicId && questionId == other.questionId &&
           created == other.created;
}

QString Visit::dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QString();
}

QString Visit::timeFormat()
{
    // Some locales' short format has seconds ("HH:mm:ss" in C): a visit has none.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s);
    format.remove(u".ss"_s);
    return format;
}

QString Visit::timeText(const QTime &time)
{
    return time.isValid() ? QLocale().toString(time, timeFormat()) : QString();
}

QString Visit::describe() const
{
    QString when = dateText(date);
    if (time.isValid())
        when = when.isEmpty() ? timeText(time) : tr("%1, %2").arg(when, timeText(time));
    const QString who = with.trimmed();
    if (!when.isEmpty() && !who.isEmpty())
        return tr("%1, with %2").arg(when, who);
    if (!who.isEmpty())
        return tr("With %1").arg(who);
    return when;
}

QStringList CareContact::roles()
{
    return {u"oncologist"_s, u"nurseLine"_s, u"palliative"_s, u"hospice"_s, u"pharmacy"_s};
}

QString CareContact::roleName(const QString &role)
{
    if (role == u"oncologist")
        return tr("Oncologist");
    if (role == u"nurseLine")
        return tr("Nurse line");
    if (role == u"palliative")
        return tr("Palliative care team");
    if (role == u"hospice")
        return tr("Hospice");
    if (role == u"pharmacy")
        return tr("Pharmacy");
    return role;
}

QStringList fieldsOf(const ToTellItem &item)
{
    return {item.text, item.since, item.severity >= 0 ? QString::number(item.severity) : QString(),
            item.notes};
}

QStringList fieldsOf(const Medicine &medicine)
{
    return {medicine.name, medicine.dose, medicine.schedule, medicine.reason, medicine.prescriber};
}

QStringList fieldsOf(const CareContact &contact)
{
    return {contact.name, contact.role, contact.phone, contact.afterHoursPhone};
}

namespace {
QString field(const QStringList &fields, int i)
{
    return i < fields.size() ? fields.at(i) : QString();
}
} // namespace

void setFields(ToTellItem *item, const QStringList &fields)
{
    item->text = field(fields, 0);
    item->since = field(fields, 1);
    bool ok = false;
    const int severity = field(fields, 2).trimmed().toInt(&ok);
    item->severity = ok && severity >= 0 && severity <= 10 ? severity : -1;
    item->notes = field(fields, 3);
}

void setFields(Medicine *medicine, const QStringList &fields)
{
    *medicine = {field(fields, 0), field(fields, 1), field(fields, 2), field(fields, 3),
                 field(fields, 4)};
}

void setFields(CareContact *contact, const QStringList &fields)
{
    contact->name = field(fields, 0);
    contact->role = field(fields, 1);
    contact->phone = field(fields, 2);
    contact->afterHoursPhone = field(fields, 3);
}

QList<ChecklistItem> importantFirst(const QList<ChecklistItem> &items)
{
    QList<ChecklistItem> sorted = items;
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const ChecklistItem &a, const ChecklistItem &b) { return a.important && !b.important; });
    return sorted;
}

} // namespace nextsteps
