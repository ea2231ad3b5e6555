#include "core/checklist/ChecklistFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace nextsteps {

const QString ChecklistFormat::FormatName = u"nextsteps-checklist"_s;

namespace {

// Times are UTC with milliseconds, "2026-11-20T10:00:00.000Z"; a time that ISO 8601 cannot hold
// in four year digits is left out.
bool isStorable(const QDateTime &time)
{
    return time.isValid() && time.toUTC().date().year() >= 1 && time.toUTC().date().year() <= 9999;
}

QString timeToText(const QDateTime &time)
{
    return isStorable(time) ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFromText(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
    return isStorable(time) ? time : QDateTime();
}

// Reads an optional field's value into *out; false when it is there with the wrong type.
// Value is a QJsonValue, or a QJsonValueConstRef straight from an object (no copy is made).
template <typename Value, typename T> bool readValue(const Value &value, T *out)
{
    const QJsonValue::Type type = value.type();
    if (type == QJsonValue::Undefined || type == QJsonValue::Null)
        return true;
    if constexpr (std::is_same_v<T, bool>) {
        // A yes or no written by hand or by another program ("yes", 1): read as meant, so
        // that the question it belongs to is never dropped for it.
        if (type == QJsonValue::Bool) {
            *out = value.toBool();
        } else if (type == QJsonValue::Double) {
            *out = value.toDouble() != 0;
        } else if (type == QJsonValue::String) {
            const QString word = value.toString().trimmed().toLower();
            *out = word == u"yes"_s || word == u"true"_s || word == u"1"_s || word == u"y"_s ||
                   word == u"s\u00ed"_s || word == u"si"_s || word == u"x"_s;
        }
    } else {
        if (type != QJsonValue::String)
            return false;
        *out = ChecklistFormat::cleanText(value.toString());
    }
    return true;
}

template <typename T> bool readField(const QJsonObject &object, QLatin1StringView key, T *out)
{
    // QLatin1StringView keys: no QString is made for each lookup.
    return readValue(object.value(key), out);
}

bool itemFromJson(const QJsonValue &value, ChecklistItem *item)
{
    if (!value.isObject())
        return false;
    // Known fields must have the right type; unknown ones are ignored, so newer files still read.
    // One pass over the fields rather than a lookup for each (each lookup scans the keys): the
    // list is read at every start.
    const QJsonObject object = value.toObject();
    QString created;
    bool hasText = false;
    for (auto it = object.constBegin(), end = object.constEnd(); it != end; ++it) {
        const QString key = it.key();
        const QJsonValueConstRef field = it.value();
        bool ok = true;
        if (key == QLatin1StringView("text")) {
            hasText = field.type() == QJsonValue::String;
            item->text = ChecklistFormat::cleanText(field.toString());
        } else if (key == QLatin1StringView("asked")) {
            ok = readValue(field, &item->asked);
        } else if (key == QLatin1StringView("important")) {
            ok = readValue(field, &item->important);
        } else if (key == QLatin1StringView("answer")) {
            ok = readValue(field, &item->answer);
        } else if (key == QLatin1StringView("topicId")) {
            ok = readValue(field, &item->topicId);
        } else if (key == QLatin1StringView("questionId")) {
            ok = readValue(field, &item->questionId);
        } else if (key == QLatin1StringView("created")) {
            ok = readValue(field, &created);
        }
        if (!ok)
            return false;
    }
    if (!hasText)
        return false;
    item->text = item->text.trimmed();
    if (!created.isEmpty())
        item->created = timeFromText(created);
    return !item->text.isEmpty();
}

QList<ChecklistItem> itemsFromJson(const QJsonValue &value, int *skipped)
{
    QList<ChecklistItem> items;
    const QJsonArray array = value.toArray();
    items.reserve(array.size());
    for (const QJsonValue &entry : array) {
        ChecklistItem item;
        if (itemFromJson(entry, &item))
            items.append(std::move(item));
        else
            ++*skipped;
    }
    return items;
}

bool visitFromJson(const QJsonValue &value, Visit *visit)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    QString date;
    QString time;
    if (!readField(object, QLatin1StringView("date"), &date) ||
        !readField(object, QLatin1StringView("with"), &visit->with) ||
        !readField(object, QLatin1StringView("time"), &time) ||
        !readField(object, QLatin1StringView("place"), &visit->place) ||
        !readField(object, QLatin1StringView("bring"), &visit->bring))
        return false;
    visit->date = QDate::fromString(date, Qt::ISODate);
    visit->time = QTime::fromString(time, u"HH:mm"_s);
    return (date.isEmpty() || visit->date.isValid()) && (time.isEmpty() || visit->time.isValid());
}

// The lists beside the questions: objects of string fields (and toTell's severity). An entry
// of the wrong shape is left out and counted, as a question's is.
bool toTellFromJson(const QJsonValue &value, ToTellItem *item)
{
    const QJsonObject object = value.toObject();
    if (!value.isObject() || !readField(object, QLatin1StringView("text"), &item->text) ||
        !readField(object, QLatin1StringView("since"), &item->since) ||
        !readField(object, QLatin1StringView("notes"), &item->notes))
        return false;
    const QJsonValue severity = object.value(QLatin1StringView("severity"));
    if (!severity.isUndefined() && !severity.isNull()) {
        const double number = severity.toDouble(-1);
        if (!severity.isDouble() || number != double(int(number)) || number < 0 || number > 10)
            return false;
        item->severity = int(number);
    }
    item->text = item->text.trimmed();
    return !item->text.isEmpty();
}

bool medicineFromJson(const QJsonValue &value, Medicine *medicine)
{
    const QJsonObject object = value.toObject();
    if (!value.isObject() || !readField(object, QLatin1StringView("name"), &medicine->name) ||
        !readField(object, QLatin1StringView("dose"), &medicine->dose) ||
        !readField(object, QLatin1StringView("schedule"), &medicine->schedule) ||
        !readField(object, QLatin1StringView("reason"), &medicine->reason) ||
        !readField(object, QLatin1StringView("prescriber"), &medicine->prescriber))
        return false;
    return !medicine->name.trimmed().isEmpty();
}

bool contactFromJson(const QJsonValue &value, CareContact *contact)
{
    const QJsonObject object = value.toObject();
    if (!value.isObject() || !readField(object, QLatin1StringView("name"), &contact->name) ||
        !readField(object, QLatin1StringView("role"), &contact->role) ||
        !readField(object, QLatin1StringView("phone"), &contact->phone) ||
        !readField(object, QLatin1StringView("afterHoursPhone"), &contact->afterHoursPhone))
        return false;
    return !contact->name.trimmed().isEmpty() || !contact->phone.trimmed().isEmpty() ||
           !contact->afterHoursPhone.trimmed().isEmpty();
}

bool immunotherapyFromJson(const QJsonValue &value, Immunotherapy *therapy)
{
    if (value.isUndefined() || value.isNull())
        return true;
    const QJsonObject object = value.toObject();
    QString started;
    QString stopped;
    if (!value.isObject() || !readField(object, QLatin1StringView("started"), &started) ||
        !readField(object, QLatin1StringView("stopped"), &stopped) ||
        !readField(object, QLatin1StringView("name"), &therapy->name))
        return false;
    const QJsonValue drugs = object.value(QLatin1StringView("drugs"));
    if (!drugs.isUndefined() && !drugs.isNull() && !drugs.isArray())
        return false;
    for (const QJsonValue &drug : drugs.toArray()) {
        if (!drug.isString())
            return false;
        const QString name = ChecklistFormat::cleanText(drug.toString()).trimmed();
        if (!name.isEmpty())
            therapy->drugs.append(name);
    }
    therapy->started = QDate::fromString(started, Qt::ISODate);
    therapy->stopped = QDate::fromString(stopped, Qt::ISODate);
    return (started.isEmpty() || therapy->started.isValid()) &&
           (stopped.isEmpty() || therapy->stopped.isValid());
}

template <typename T, typename Read>
QList<T> listFromJson(const QJsonValue &value, Read read, int *skipped)
{
    QList<T> list;
    if (value.isUndefined() || value.isNull())
        return list;
    if (!value.isArray()) {
        ++*skipped;
        return list;
    }
    for (const QJsonValue &entry : value.toArray()) {
        T item;
        if (read(entry, &item))
            list.append(std::move(item));
        else
            ++*skipped;
    }
    return list;
}

} // namespace

namespace {

// Strings as they are read back: UTF-8 cannot hold half a surrogate pair.
QJsonValue text(const QString &value)
{
    return ChecklistFormat::cleanText(value);
}

QJsonObject visitToJson(const Visit &visit)
{
    QJsonObject object{{u"with"_s, text(visit.with)}};
    if (visit.date.isValid())
        object.insert(u"date"_s, visit.date.toString(Qt::ISODate));
    if (visit.time.isValid())
        object.insert(u"time"_s, visit.time.toString(u"HH:mm"_s));
    if (!visit.place.isEmpty())
        object.insert(u"place"_s, text(visit.place));
    if (!visit.bring.isEmpty())
        object.insert(u"bring"_s, text(visit.bring));
    return object;
}

QJsonArray toTellToJson(const QList<ToTellItem> &items)
{
    QJsonArray array;
    for (const ToTellItem &item : items) {
        QJsonObject object{{u"text"_s, text(item.text)},
                           {u"since"_s, text(item.since)},
                           {u"notes"_s, text(item.notes)}};
        if (item.severity >= 0 && item.severity <= 10)
            object.insert(u"severity"_s, item.severity);
        array.append(object);
    }
    return array;
}

QJsonArray medicinesToJson(const QList<Medicine> &medicines)
{
    QJsonArray array;
    for (const Medicine &medicine : medicines) {
        array.append(QJsonObject{{u"name"_s, text(medicine.name)},
                                 {u"dose"_s, text(medicine.dose)},
                                 {u"schedule"_s, text(medicine.schedule)},
                                 {u"reason"_s, text(medicine.reason)},
                                 {u"prescriber"_s, text(medicine.prescriber)}});
    }
    return array;
}

QJsonArray careTeamToJson(const QList<CareContact> &team)
{
    QJsonArray array;
    for (const CareContact &contact : team) {
        array.append(QJsonObject{{u"name"_s, text(contact.name)},
                                 {u"role"_s, text(contact.role)},
                                 {u"phone"_s, text(contact.phone)},
                                 {u"afterHoursPhone"_s, text(contact.afterHoursPhone)}});
    }
    return array;
}

QJsonObject immunotherapyToJson(const Immunotherapy &therapy)
{
    QJsonArray drugs;
    for (const QString &drug : therapy.drugs)
        drugs.append(text(drug));
    QJsonObject object{{u"drugs"_s, drugs}};
    if (therapy.started.isValid())
        object.insert(u"started"_s, therapy.started.toString(Qt::ISODate));
    if (therapy.stopped.isValid())
        object.insert(u"stopped"_s, therapy.stopped.toString(Qt::ISODate));
    if (!therapy.name.isEmpty())
        object.insert(u"name"_s, text(therapy.name));
    return object;
}

QJsonArray itemsToJson(const QList<ChecklistItem> &items)
{
    QJsonArray array;
    for (const ChecklistItem &item : items) {
        QJsonObject object{{u"text"_s, text(item.text)},
                           {u"asked"_s, item.asked},
                           {u"important"_s, item.important},
                           {u"answer"_s, text(item.answer)}};
        // Optional fields are left out when empty, as older files have them.
        if (!item.topicId.isEmpty())
            object.insert(u"topicId"_s, text(item.topicId));
        if (!item.questionId.isEmpty())
            object.insert(u"questionId"_s, text(item.questionId));
        if (isStorable(item.created))
            object.insert(u"created"_s, timeToText(item.created));
        array.append(object);
    }
    return array;
}

} // namespace

QByteArray ChecklistFormat::serialize(const ChecklistData &data)
{
    QJsonArray archive;
    for (const ArchivedList &list : data.archive) {
        QJsonObject object{{u"archivedAt"_s, timeToText(list.archivedAt)},
                           {u"appointment"_s, visitToJson(list.visit)},
                           {u"questions"_s, itemsToJson(list.items)}};
        if (!list.toTell.isEmpty())
            object.insert(u"toTell"_s, toTellToJson(list.toTell));
        archive.append(object);
    }
    QJsonObject sections;
    for (auto it = data.sections.cbegin(); it != data.sections.cend(); ++it) {
        if (!it.value().isEmpty())
            sections.insert(it.key(), it.value());
    }
    const QJsonObject root{{u"format"_s, FormatName},
                           {u"version"_s, CurrentVersion},
                           {u"appointment"_s, visitToJson(data.visit)},
                           {u"questions"_s, itemsToJson(data.items)},
                           {u"archive"_s, archive},
                           {u"toTell"_s, toTellToJson(data.toTell)},
                           {u"medicines"_s, medicinesToJson(data.medicines)},
                           {u"careTeam"_s, careTeamToJson(data.careTeam)},
                           {u"immunotherapy"_s, immunotherapyToJson(data.immunotherapy)},
                           {u"sections"_s, sections}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ChecklistFormat::ParseResult ChecklistFormat::parse(const QByteArray &bytes)
{
    ParseResult result;
    // Blank without copying the bytes (QByteArray::trimmed would copy a whole list).
    const bool blank = std::all_of(bytes.cbegin(), bytes.cend(), [](char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    });
    if (blank) {
        result.problem = tr("The file is empty.");
        return result;
    }
    if (bytes.size() > MaxFileSize) {
        result.problem = tr("The file is far too large to be a list of questions.");
        return result;
    }
    // QJsonDocument checks the UTF-8 as it parses: no second pass over the bytes.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::IllegalUTF8String) {
        result.problem = tr("The file holds something other than text.");
        return result;
    }
    if (error.error == QJsonParseError::DeepNesting) {
        result.problem = tr("The file is damaged.");
        return result;
    }
    if (error.error != QJsonParseError::NoError) {
        result.problem = tr("The file is damaged or cut short.");
        return result;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(u"format"_s).toString() != FormatName) {
        result.problem = tr("The file is not a Next Steps question list.");
        return result;
    }
    const QJsonValue version = root.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) ||
        version.toInt() < 1) {
        result.problem = tr("The file has no valid version number.");
        return result;
    }
    result.version = version.toInt();

    // Migrations from older versions go here, one step at a time (version N to N + 1), before
    // the current shape is read. Version 1 to 2 added toTell, medicines, careTeam, immunotherapy
    // and the visit's time, place and bring, all optional: a version 1 file is read as it is.

    const QJsonValue questions = root.value(u"questions"_s);
    if (!questions.isArray()) {
        result.problem = tr("The file does not hold a list of questions.");
        return result;
    }
    result.data.items = itemsFromJson(questions, &result.skipped);
    if (!visitFromJson(root.value(u"appointment"_s), &result.data.visit)) {
        result.data.visit = {};
        ++result.skipped;
    }
    const QJsonValue archive = root.value(u"archive"_s);
    if (!archive.isUndefined() && !archive.isArray())
        ++result.skipped;
    for (const QJsonValue &entry : archive.toArray()) {
        const QJsonObject object = entry.toObject();
        ArchivedList list;
        if (!entry.isObject() || !object.value(u"questions"_s).isArray() ||
            !visitFromJson(object.value(u"appointment"_s), &list.visit)) {
            ++result.skipped;
            continue;
        }
        list.archivedAt = timeFromText(object.value(u"archivedAt"_s).toString());
        list.items = itemsFromJson(object.value(u"questions"_s), &result.skipped);
        list.toTell =
            listFromJson<ToTellItem>(object.value(u"toTell"_s), toTellFromJson, &result.skipped);
        result.data.archive.append(list);
    }
    result.data.toTell =
        listFromJson<ToTellItem>(root.value(u"toTell"_s), toTellFromJson, &result.skipped);
    result.data.medicines =
        listFromJson<Medicine>(root.value(u"medicines"_s), medicineFromJson, &result.skipped);
    result.data.careTeam =
        listFromJson<CareContact>(root.value(u"careTeam"_s), contactFromJson, &result.skipped);
    if (!immunotherapyFromJson(root.value(u"immunotherapy"_s), &result.data.immunotherapy)) {
        result.data.immunotherapy = {};
        ++result.skipped;
    }
    // Version 2 to 3 added the sections: a file without them has none.
    const QJsonValue sections = root.value(u"sections"_s);
    if (!sections.isUndefined() && !sections.isNull() && !sections.isObject())
        ++result.skipped;
    const QJsonObject sectionObject = sections.toObject();
    for (auto it = sectionObject.constBegin(); it != sectionObject.constEnd(); ++it) {
        if (it.value().isObject())
            result.data.sections.insert(it.key(), it.value().toObject());
        else
            ++result.skipped;
    }
    result.ok = true;
    return result;
}

} // namespace nextsteps
