#include "ChecklistFormat.h"

#include "ChecklistFastReader.h"
#include "IsoUtc.h"

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
        if (IsoUtc::isStorable(item.created)) {
            out += field;
            out += "\"created\": \"";
            IsoUtc::append(out, item.created);
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
        item->created = IsoUtc::parse(created);
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
        if (IsoUtc::isStorable(list.archivedAt))
            IsoUtc::append(out, list.archivedAt);
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
    // A file as this app writes it is read straight from the bytes; any other goes through
    // QJsonDocument below, which checks everything and says what is wrong.
    if (std::optional<ParseResult> fast = ChecklistFastReader::read(bytes))
        return *std::move(fast);
    return parseChecked(bytes);
}

ChecklistFormat::ParseResult ChecklistFormat::parseChecked(const QByteArray &bytes)
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
        list.archivedAt = IsoUtc::parse(object.value(u"archivedAt"_s).toString());
        list.items = itemsFromJson(object.value(u"questions"_s), &result.skipped);
        result.data.archive.append(list);
    }
    result.ok = true;
    return result;
}

} // namespace nextsteps
