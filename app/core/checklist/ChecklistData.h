#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTime>

namespace nextsteps {

struct ChecklistItem
{
    QString text;
    bool asked = false;
    bool important = false;
    QString answer;
    QString topicId;    // the topic a suggested question came from; empty for the person's own
    QString questionId; // the suggested question's stable id; empty for the person's own
    QDateTime created;

    bool operator==(const ChecklistItem &other) const;
    bool operator!=(const ChecklistItem &other) const { return !(*this == other); }
};

struct Visit
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::Visit)

public:
    Visit() = default;
    // Most visits are made from a date and a doctor: {date, with}.
    Visit(const QDate &date, const QString &with, const QTime &time = {}, const QString &place = {},
          const QString &bring = {})
        : date(date), with(with), time(time), place(place), bring(bring)
    {}

    QDate date;
    QString with;  // who the visit is with: "Dr. Lee, oncology"
    QTime time;    // when on that day; invalid when not known
    QString place; // address, or building and room
    QString bring; // what to bring: "scan results, insurance card"

    bool isEmpty() const
    {
        return !date.isValid() && with.trimmed().isEmpty() && !time.isValid() &&
               place.trimmed().isEmpty() && bring.trimmed().isEmpty();
    }
    bool operator==(const Visit &other) const
    {
        return date == other.date && with == other.with && time == other.time &&
               place == other.place && bring == other.bring;
    }
    bool operator!=(const Visit &other) const { return !(*this == other); }
    // "Tuesday, December 1, 2026, 9:30 AM, with Dr. Lee", or empty: the date in the locale's
    // long format, the one way a date is written everywhere (dialog, panel, printout).
    QString describe() const;
    static QString dateText(const QDate &date);
    static QString timeText(const QTime &time);
    static QString timeFormat(); // the locale's short time format, without seconds
};

// Something to tell the doctor: a symptom or change since the last visit.
struct ToTellItem
{
    QString text;
    QString since;     // since when, in the person's words: "two weeks", "March 3"
    int severity = -1; // how bad, 0 to 10; -1 when not given
    QString notes;     // what helps, what makes it worse

    bool operator==(const ToTellItem &other) const
    {
        return text == other.text && since == other.since && severity == other.severity &&
               notes == other.notes;
    }
    bool operator!=(const ToTellItem &other) const { return !(*this == other); }
};

struct Medicine
{
    QString name;
    QString dose;
    QString schedule; // how often
    QString reason;   // what for
    QString prescriber;

    bool operator==(const Medicine &other) const
    {
        return name == other.name && dose == other.dose && schedule == other.schedule &&
               reason == other.reason && prescriber == other.prescriber;
    }
    bool operator!=(const Medicine &other) const { return !(*this == other); }
};

struct CareContact
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::CareContact)

public:
    QString name;
    QString role; // one of roles() as stored ("oncologist"), or the person's own words
    QString phone;
    QString afterHoursPhone;

    bool operator==(const CareContact &other) const
    {
        return name == other.name && role == other.role && phone == other.phone &&
               afterHoursPhone == other.afterHoursPhone;
    }
    bool operator!=(const CareContact &other) const { return !(*this == other); }

    // The roles offered, as stored in the file: oncologist, nurseLine, palliative, hospice,
    // pharmacy.
    static QStringList roles();
    // A role in the person's language; a role of their own words is shown as it is.
    static QString roleName(const QString &role);
};

// For the wallet card: what the person had, and when.
struct Immunotherapy
{
    QStringList drugs; // "pembrolizumab (Keytruda)"
    QDate started;
    QDate stopped;
    QString name; // the person's name, as the card shows it

    bool isEmpty() const { return drugs.isEmpty() && !started.isValid() && !stopped.isValid(); }
    bool operator==(const Immunotherapy &other) const
    {
        return drugs == other.drugs && started == other.started && stopped == other.stopped &&
               name == other.name;
    }
    bool operator!=(const Immunotherapy &other) const { return !(*this == other); }
};

struct ChecklistData;

// A list put away by "Start a new list": kept, never deleted, and can be brought back.
struct ArchivedList
{
    ArchivedList() = default;
    ArchivedList(const QDateTime &archivedAt, const Visit &visit, const QList<ChecklistItem> &items,
                 const QList<ToTellItem> &toTell = {})
        : archivedAt(archivedAt), visit(visit), items(items), toTell(toTell)
    {}

    QDateTime archivedAt;
    Visit visit;
    QList<ChecklistItem> items;
    QList<ToTellItem> toTell; // the things to tell at that visit

    // The list as it was, to show, print or export.
    ChecklistData toChecklist() const;

    bool operator==(const ArchivedList &other) const
    {
        return archivedAt == other.archivedAt && visit == other.visit && items == other.items &&
               toTell == other.toTell;
    }
};

struct ChecklistData
{
    ChecklistData() = default;
    ChecklistData(const Visit &visit, const QList<ChecklistItem> &items,
                  const QList<ArchivedList> &archive = {})
        : visit(visit), items(items), archive(archive)
    {}

    Visit visit;
    QList<ChecklistItem> items;
    QList<ArchivedList> archive;
    QList<ToTellItem> toTell;
    QList<Medicine> medicines;
    QList<CareContact> careTeam;
    Immunotherapy immunotherapy;
    // What other rooms keep in the list's file, by name ("treatmentSummary"): each room reads
    // and writes its own object; the list keeps it whole, saves it with everything else, and
    // keeps it when a new list is started (it is about the person, not one visit). A section
    // this version does not know is kept as it is.
    QMap<QString, QJsonObject> sections;

    bool operator==(const ChecklistData &other) const
    {
        return visit == other.visit && items == other.items && archive == other.archive &&
               toTell == other.toTell && medicines == other.medicines &&
               careTeam == other.careTeam && immunotherapy == other.immunotherapy &&
               sections == other.sections;
    }
    bool operator!=(const ChecklistData &other) const { return !(*this == other); }
};

inline ChecklistData ArchivedList::toChecklist() const
{
    ChecklistData data(visit, items);
    data.toTell = toTell;
    return data;
}

// The lists beside the questions, as rows of text fields in a fixed order (the columns of
// RecordListModel): ToTellItem text, since, severity ("" or "0" to "10"), notes; Medicine name,
// dose, schedule, reason, prescriber; CareContact name, role, phone, afterHoursPhone.
QStringList fieldsOf(const ToTellItem &item);
QStringList fieldsOf(const Medicine &medicine);
QStringList fieldsOf(const CareContact &contact);
void setFields(ToTellItem *item, const QStringList &fields);
void setFields(Medicine *medicine, const QStringList &fields);
void setFields(CareContact *contact, const QStringList &fields);

// Important questions first, otherwise in the person's own order: the order of print and export.
QList<ChecklistItem> importantFirst(const QList<ChecklistItem> &items);

} // namespace nextsteps
