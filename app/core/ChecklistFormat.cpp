#include "ChecklistFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace nextsteps {

const QString ChecklistFormat::FormatName = u"nextsteps-checklist"_s;

namespace {

// The writer is hand-made for speed (the list is saved often, and QJsonObject builds a tree for
// every question); the reader is QJsonDocument, which checks everything.
void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    // Plain ASCII with nothing to escape (most questions and answers) goes straight in.
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\';
    });
    if (plain) {
        const qsizetype at = out.size();
        out.resize(at + text.size());
        std::transform(text.cbegin(), text.cend(), out.data() + at,
                       [](QChar c) { return char(c.unicode()); });
        out += '"';
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    const auto needsEscape = [](char c) {
        return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
    };
    // Most text has nothing to escape: copy it in one go.
    if (std::none_of(utf8.cbegin(), utf8.cend(), needsEscape)) {
        out += utf8;
        out += '"';
        return;
    }
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

// ISO 8601 in UTC with milliseconds ("2026-11-27T09:30:15.250Z"), written and read by hand:
// QDateTime's general-purpose conversions cost more than the rest of the file together.
// Civil dates from day numbers and back: Howard Hinnant's public-domain algorithms.
constexpr qint64 MsPerDay = 86400000;

void civilFromDays(qint64 days, int *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = int(yoe + era * 400 + (*month <= 2 ? 1 : 0));
}

qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yoe = year - era * 400;
    const qint64 doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

// Writes value as width digits at *at, then the separator (if any); moves *at past them.
void putDigits(char **at, qint64 value, int width, char separator)
{
    for (int i = width - 1; i >= 0; --i) {
        (*at)[i] = char('0' + value % 10);
        value /= 10;
    }
    *at += width;
    if (separator)
        *(*at)++ = separator;
}

void appendIsoUtc(QByteArray &out, const QDateTime &dateTime)
{
    const qint64 ms = dateTime.toMSecsSinceEpoch();
    const qint64 days = (ms >= 0 ? ms : ms - MsPerDay + 1) / MsPerDay;
    const qint64 inDay = ms - days * MsPerDay;
    int year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, &year, &month, &day);
    char text[24]; // 2026-11-27T09:30:15.250Z
    char *at = text;
    putDigits(&at, year, 4, '-');
    putDigits(&at, month, 2, '-');
    putDigits(&at, day, 2, 'T');
    putDigits(&at, inDay / 3600000, 2, ':');
    putDigits(&at, inDay / 60000 % 60, 2, ':');
    putDigits(&at, inDay / 1000 % 60, 2, '.');
    putDigits(&at, inDay % 1000, 3, 'Z');
    out.append(text, sizeof text);
}

// Only times with a four-digit year are kept: anything else is not a time this app wrote, and
// could not be written back the same way.
bool isStorable(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return false;
    const int year = dateTime.toUTC().date().year();
    return year >= 1 && year <= 9999;
}

QDateTime parseIsoUtc(const QString &text)
{
    // The exact shape appendIsoUtc() writes; anything else goes through QDateTime's parser.
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' &&
        text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z') {
        auto number = [&text](int from, int length) {
            int value = 0;
            for (int i = from; i < from + length; ++i) {
                const char16_t c = text.at(i).unicode();
                if (c < u'0' || c > u'9')
                    return -1; // ISO 8601 has ASCII digits only
                value = value * 10 + (c - u'0');
            }
            return value;
        };
        const int year = number(0, 4);
        const int month = number(5, 2);
        const int day = number(8, 2);
        const int hour = number(11, 2);
        const int minute = number(14, 2);
        const int second = number(17, 2);
        const int msec = number(20, 3);
        if (QDate::isValid(year, month, day) && QTime::isValid(hour, minute, second, msec)) {
            const qint64 ms = daysFromCivil(year, month, day) * MsPerDay +
                              ((hour * 60 + minute) * 60 + second) * 1000 + msec;
            const QDateTime parsed = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            return year >= 1 ? parsed : QDateTime();
        }
    }
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    return isStorable(parsed) ? parsed : QDateTime();
}

void appendField(QByteArray &out, const QByteArray &indent, const char *key, const QString &value,
                 bool last = false)
{
    out += indent;
    out += '"';
    out += key;
    out += "\": ";
    appendString(out, value);
    out += last ? "\n" : ",\n";
}

void appendAppointment(QByteArray &out, const char *indent, const Appointment &appointment)
{
    out += "{\n";
    const QByteArray inner = QByteArray(indent) + "    ";
    if (appointment.date.isValid())
        appendField(out, inner, "date", appointment.date.toString(Qt::ISODate));
    appendField(out, inner, "with", appointment.with, true);
    out += indent;
    out += '}';
}

void appendItems(QByteArray &out, const char *indent, const QList<ChecklistItem> &items)
{
    if (items.isEmpty()) {
        out += "[]";
        return;
    }
    const QByteArray inner = QByteArray(indent) + "    ";
    const QByteArray field = inner + "    ";
    out += "[\n";
    // Appended piece by piece: no temporary is built for a line.
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ChecklistItem &item = items.at(i);
        out += inner;
        out += "{\n";
        appendField(out, field, "text", item.text);
        out += field;
        out += item.asked ? "\"asked\": true,\n" : "\"asked\": false,\n";
        out += field;
        out += item.important ? "\"important\": true,\n" : "\"important\": false,\n";
        if (!item.topicId.isEmpty())
            appendField(out, field, "topicId", item.topicId);
        if (!item.questionId.isEmpty())
            appendField(out, field, "questionId", item.questionId);
        if (isStorable(item.created)) {
            out += field;
            out += "\"created\": \"";
            appendIsoUtc(out, item.created);
            out += "\",\n";
        }
        appendField(out, field, "answer", item.answer, true);
        out += inner;
        out += i + 1 < items.size() ? "},\n" : "}\n";
    }
    out += indent;
    out += ']';
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
        *out = value.toString();
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
            item->text = field.toString();
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
        item->created = parseIsoUtc(created);
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

bool appointmentFromJson(const QJsonValue &value, Appointment *appointment)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    QString date;
    if (!readField(object, QLatin1StringView("date"), &date) ||
        !readField(object, QLatin1StringView("with"), &appointment->with))
        return false;
    appointment->date = QDate::fromString(date, Qt::ISODate);
    return date.isEmpty() || appointment->date.isValid();
}

} // namespace

QByteArray ChecklistFormat::serialize(const ChecklistData &data)
{
    QByteArray out;
    // Room for the current list in one allocation (a past list may need another).
    qsizetype estimate = 256;
    for (const ChecklistItem &item : data.items)
        estimate += 240 + item.text.size() + item.answer.size() + item.topicId.size() +
                    item.questionId.size();
    out.reserve(estimate);
    out += "{\n";
    appendField(out, "    ", "format", FormatName);
    out += "    \"version\": " + QByteArray::number(CurrentVersion) + ",\n";
    out += "    \"appointment\": ";
    appendAppointment(out, "    ", data.appointment);
    out += ",\n    \"questions\": ";
    appendItems(out, "    ", data.items);
    out += ",\n    \"archive\": [";
    for (qsizetype i = 0; i < data.archive.size(); ++i) {
        const ArchivedList &list = data.archive.at(i);
        out += i == 0 ? "\n" : ",\n";
        out += "        {\n";
        out += "            \"archivedAt\": \"";
        if (isStorable(list.archivedAt))
            appendIsoUtc(out, list.archivedAt);
        out += "\",\n";
        out += "            \"appointment\": ";
        appendAppointment(out, "            ", list.appointment);
        out += ",\n            \"questions\": ";
        appendItems(out, "            ", list.items);
        out += "\n        }";
    }
    out += data.archive.isEmpty() ? "]\n}\n" : "\n    ]\n}\n";
    return out;
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
        result.problem = tr("The file is not plain text (UTF-8).");
        return result;
    }
    if (error.error == QJsonParseError::DeepNesting) {
        result.problem = tr("The file is damaged: it is nested far too deeply.");
        return result;
    }
    if (error.error != QJsonParseError::NoError) {
        result.problem = tr("The file is damaged or cut short (%1 at character %2).")
                             .arg(error.errorString())
                             .arg(error.offset);
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
    if (!appointmentFromJson(root.value(u"appointment"_s), &result.data.appointment)) {
        result.data.appointment = {};
        ++result.skipped;
    }
    const QJsonValue archive = root.value(u"archive"_s);
    if (!archive.isUndefined() && !archive.isArray())
        ++result.skipped;
    for (const QJsonValue &entry : archive.toArray()) {
        const QJsonObject object = entry.toObject();
        ArchivedList list;
        if (!entry.isObject() || !object.value(u"questions"_s).isArray() ||
            !appointmentFromJson(object.value(u"appointment"_s), &list.appointment)) {
            ++result.skipped;
            continue;
        }
        list.archivedAt = parseIsoUtc(object.value(u"archivedAt"_s).toString());
        list.items = itemsFromJson(object.value(u"questions"_s), &result.skipped);
        result.data.archive.append(list);
    }
    result.ok = true;
    return result;
}

} // namespace nextsteps
