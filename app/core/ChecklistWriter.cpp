#include "ChecklistWriter.h"

#include "ChecklistFormat.h"
#include "IsoUtc.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace nextsteps {

ChecklistWriter::ChecklistWriter(qsizetype estimate)
{
    m_buffer.resize(estimate);
}

QByteArray ChecklistWriter::write(const ChecklistData &data)
{
    // Room for the current list at once (past lists may need more).
    qsizetype estimate = 256;
    for (const ChecklistItem &item : data.items)
        estimate += 240 + item.text.size() + item.answer.size() + item.topicId.size() +
                    item.questionId.size();
    ChecklistWriter out(estimate);
    out.put("{\n");
    out.putField("    ", "format", ChecklistFormat::FormatName);
    out.put("    \"version\": ");
    out.put(QByteArray::number(ChecklistFormat::CurrentVersion));
    out.put(",\n    \"appointment\": ");
    out.putAppointment("    ", data.appointment);
    out.put(",\n    \"questions\": ");
    out.putItems("    ", data.items);
    out.put(",\n    \"archive\": [");
    for (qsizetype i = 0; i < data.archive.size(); ++i) {
        const ArchivedList &list = data.archive.at(i);
        if (i > 0)
            out.put(',');
        out.put('\n');
        out.put("        {\n            \"archivedAt\": \"");
        if (IsoUtc::isStorable(list.archivedAt))
            IsoUtc::write(out.room(IsoUtc::Length), list.archivedAt);
        out.put("\",\n            \"appointment\": ");
        out.putAppointment("            ", list.appointment);
        out.put(",\n            \"questions\": ");
        out.putItems("            ", list.items);
        out.put("\n        }");
    }
    if (data.archive.isEmpty())
        out.put("]\n}\n");
    else
        out.put("\n    ]\n}\n");
    out.m_buffer.truncate(out.m_used);
    return std::move(out.m_buffer);
}

char *ChecklistWriter::room(qsizetype size)
{
    if (m_used + size > m_buffer.size())
        m_buffer.resize(std::max(2 * m_buffer.size(), m_used + size));
    char *at = m_buffer.data() + m_used;
    m_used += size;
    return at;
}

void ChecklistWriter::put(char c)
{
    *room(1) = c;
}

void ChecklistWriter::put(const char *text, qsizetype size)
{
    std::memcpy(room(size), text, size_t(size));
}

void ChecklistWriter::putString(const QString &text)
{
    put('"');
    // Plain ASCII with nothing to escape (most questions and answers) goes straight in.
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\';
    });
    if (plain) {
        std::transform(text.cbegin(), text.cend(), room(text.size()),
                       [](QChar c) { return char(c.unicode()); });
        put('"');
        return;
    }
    // QString::toUtf8 would write a lone surrogate half as "?".
    const QByteArray utf8 = ChecklistFormat::withoutLoneSurrogates(text).toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            put("\\\"");
            break;
        case '\\':
            put("\\\\");
            break;
        case '\n':
            put("\\n");
            break;
        case '\r':
            put("\\r");
            break;
        case '\t':
            put("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                const int size = std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
                put(escaped, size);
            } else {
                put(c);
            }
        }
    }
    put('"');
}

void ChecklistWriter::putField(const QByteArray &indent, const char *key, const QString &value,
                               bool last)
{
    put(indent);
    put('"');
    put(key, qsizetype(std::strlen(key)));
    put("\": ");
    putString(value);
    if (last)
        put('\n');
    else
        put(",\n");
}

void ChecklistWriter::putAppointment(const QByteArray &indent, const Appointment &appointment)
{
    put("{\n");
    const QByteArray inner = indent + "    ";
    if (appointment.date.isValid())
        putField(inner, "date", appointment.date.toString(Qt::ISODate));
    putField(inner, "with", appointment.with, true);
    put(indent);
    put('}');
}

void ChecklistWriter::putItems(const QByteArray &indent, const QList<ChecklistItem> &items)
{
    if (items.isEmpty()) {
        put("[]");
        return;
    }
    const QByteArray inner = indent + "    ";
    const QByteArray field = inner + "    ";
    put("[\n");
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ChecklistItem &item = items.at(i);
        put(inner);
        put("{\n");
        putField(field, "text", item.text);
        put(field);
        if (item.asked)
            put("\"asked\": true,\n");
        else
            put("\"asked\": false,\n");
        put(field);
        if (item.important)
            put("\"important\": true,\n");
        else
            put("\"important\": false,\n");
        if (!item.topicId.isEmpty())
            putField(field, "topicId", item.topicId);
        if (!item.questionId.isEmpty())
            putField(field, "questionId", item.questionId);
        if (IsoUtc::isStorable(item.created)) {
            put(field);
            put("\"created\": \"");
            IsoUtc::write(room(IsoUtc::Length), item.created);
            put("\",\n");
        }
        putField(field, "answer", item.answer, true);
        put(inner);
        if (i + 1 < items.size())
            put("},\n");
        else
            put("}\n");
    }
    put(indent);
    put(']');
}

} // namespace nextsteps
