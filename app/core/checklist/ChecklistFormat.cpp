#include "ChecklistFormat.h"

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
        if (type != QJsonValue::Bool)
            return false;
        *out = value.toBool();
    } else {
        if (type != QJsonValue::String)
            return false;
        *out = ChecklistFormat::withoutLoneSurrogates(value.toString());
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
            item->text = ChecklistFormat::withoutLoneSurrogates(field.toString());
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
    if (!readField(object, QLatin1StringView("date"), &date) ||
        !readField(object, QLatin1StringView("with"), &visit->with))
        return false;
    visit->date = QDate::fromString(date, Qt::ISODate);
    return date.isEmpty() || visit->date.isValid();
}

} // namespace

QString ChecklistFormat::withoutLoneSurrogates(const QString &text)
{
    const qsizetype size = text.size();
    const QChar *chars = text.constData();
    auto lone = [&](qsizetype i) {
        const QChar c = chars[i];
        if (c.isHighSurrogate())
            return i + 1 >= size || !chars[i + 1].isLowSurrogate();
        return c.isLowSurrogate() && (i == 0 || !chars[i - 1].isHighSurrogate());
    };
    qsizetype first = 0;
    while (first < size && !lone(first))
        ++first;
    if (first == size)
        return text; // the usual case: no copy
    QString fixed = text;
    for (qsizetype i = first; i < size; ++i) {
        if (lone(i))
            fixed[i] = QChar(QChar::ReplacementCharacter);
    }
    return fixed;
}

namespace {

// Strings as they are read back: UTF-8 cannot hold half a surrogate pair.
QJsonValue text(const QString &value)
{
    return ChecklistFormat::withoutLoneSurrogates(value);
}

QJsonObject visitToJson(const Visit &visit)
{
    QJsonObject object{{u"with"_s, text(visit.with)}};
    if (visit.date.isValid())
        object.insert(u"date"_s, visit.date.toString(Qt::ISODate));
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
        archive.append(QJsonObject{{u"archivedAt"_s, timeToText(list.archivedAt)},
                                   {u"appointment"_s, visitToJson(list.visit)},
                                   {u"questions"_s, itemsToJson(list.items)}});
    }
    const QJsonObject root{{u"format"_s, FormatName},
                           {u"version"_s, CurrentVersion},
                           {u"appointment"_s, visitToJson(data.visit)},
                           {u"questions"_s, itemsToJson(data.items)},
                           {u"archive"_s, archive}};
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
    // the current shape is read. Version 1 is the first, so there is nothing to migrate yet.

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
        result.data.archive.append(list);
    }
    result.ok = true;
    return result;
}

} // namespace nextsteps
