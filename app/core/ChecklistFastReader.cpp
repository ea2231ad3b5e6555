#include "ChecklistFastReader.h"

#include "IsoUtc.h"

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {
// Each member may appear once: a repeated one goes to the slower path, which keeps the last.
class Seen
{
public:
    bool first(int member)
    {
        const unsigned bit = 1u << member;
        const bool isFirst = !(m_bits & bit);
        m_bits |= bit;
        return isFirst;
    }
    bool has(int member) const { return m_bits & (1u << member); }

private:
    unsigned m_bits = 0;
};
} // namespace

ChecklistFastReader::ChecklistFastReader(QByteArrayView bytes)
    : m_at(bytes.data()), m_end(bytes.data() + bytes.size())
{}

std::optional<ChecklistFormat::ParseResult> ChecklistFastReader::read(QByteArrayView bytes)
{
    // Checked once for the whole file, so that each string can be decoded without checking.
    if (bytes.isEmpty() || bytes.size() > ChecklistFormat::MaxFileSize || !bytes.isValidUtf8())
        return std::nullopt;
    ChecklistFastReader reader(bytes);
    ChecklistFormat::ParseResult result;
    if (!reader.readRoot(&result))
        return std::nullopt;
    reader.skipSpace();
    if (!reader.atEnd())
        return std::nullopt;
    result.ok = true;
    return result;
}

void ChecklistFastReader::skipSpace()
{
    while (m_at < m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
        ++m_at;
}

bool ChecklistFastReader::expect(char c)
{
    skipSpace();
    if (atEnd() || *m_at != c)
        return false;
    ++m_at;
    return true;
}

bool ChecklistFastReader::readLiteral(QByteArrayView word)
{
    skipSpace();
    if (m_end - m_at < word.size() || QByteArrayView(m_at, word.size()) != word)
        return false;
    m_at += word.size();
    return true;
}

// Reads null if it is next; otherwise reads nothing.
bool ChecklistFastReader::readNull()
{
    return readLiteral("null");
}

bool ChecklistFastReader::readKey(QByteArrayView *key)
{
    // Member names are plain ASCII here; anything with an escape goes to the slower path.
    if (!expect('"'))
        return false;
    const char *start = m_at;
    while (m_at < m_end && *m_at != '"') {
        if (*m_at == '\\' || static_cast<unsigned char>(*m_at) < 0x20)
            return false;
        ++m_at;
    }
    if (atEnd())
        return false;
    *key = QByteArrayView(start, m_at - start);
    ++m_at;
    return expect(':');
}

bool ChecklistFastReader::readString(QString *out)
{
    if (!expect('"'))
        return false;
    const char *start = m_at;
    while (m_at < m_end && *m_at != '"' && *m_at != '\\') {
        if (static_cast<unsigned char>(*m_at) < 0x20)
            return false; // a raw control character: not JSON
        ++m_at;
    }
    if (atEnd())
        return false;
    if (*m_at == '"') { // the usual case: nothing escaped
        *out = QString::fromUtf8(start, m_at - start);
        ++m_at;
        return true;
    }
    // Escapes: decoded piece by piece.
    QString text = QString::fromUtf8(start, m_at - start);
    while (true) {
        if (atEnd())
            return false;
        const char c = *m_at;
        if (c == '"') {
            ++m_at;
            *out = text;
            return true;
        }
        if (static_cast<unsigned char>(c) < 0x20)
            return false;
        if (c != '\\') {
            const char *run = m_at;
            while (m_at < m_end && *m_at != '"' && *m_at != '\\' &&
                   static_cast<unsigned char>(*m_at) >= 0x20)
                ++m_at;
            text += QString::fromUtf8(run, m_at - run);
            continue;
        }
        if (m_end - m_at < 2)
            return false;
        const char escaped = m_at[1];
        m_at += 2;
        switch (escaped) {
        case '"':
        case '\\':
        case '/':
            text += QLatin1Char(escaped);
            break;
        case 'b':
            text += u'\b';
            break;
        case 'f':
            text += u'\f';
            break;
        case 'n':
            text += u'\n';
            break;
        case 'r':
            text += u'\r';
            break;
        case 't':
            text += u'\t';
            break;
        case 'u': {
            if (m_end - m_at < 4)
                return false;
            char16_t unit = 0;
            for (int i = 0; i < 4; ++i) {
                const char h = m_at[i];
                const int digit = h >= '0' && h <= '9'   ? h - '0'
                                  : h >= 'a' && h <= 'f' ? h - 'a' + 10
                                  : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                                         : -1;
                if (digit < 0)
                    return false;
                unit = char16_t(unit * 16 + digit);
            }
            // A half of a surrogate pair goes to the slower path, whatever follows it.
            if (QChar::isSurrogate(unit))
                return false;
            m_at += 4;
            text += QChar(unit);
            break;
        }
        default:
            return false;
        }
    }
}

bool ChecklistFastReader::readOptionalString(QString *out)
{
    return readNull() || readString(out); // null keeps the default
}

bool ChecklistFastReader::readOptionalBool(bool *out)
{
    if (readNull())
        return true;
    if (readLiteral("true")) {
        *out = true;
        return true;
    }
    if (readLiteral("false")) {
        *out = false;
        return true;
    }
    return false;
}

template <typename Member> bool ChecklistFastReader::readObject(Member &&member)
{
    if (!expect('{'))
        return false;
    skipSpace();
    if (!atEnd() && *m_at == '}') {
        ++m_at;
        return true;
    }
    while (true) {
        QByteArrayView key;
        if (!readKey(&key) || !member(key))
            return false;
        skipSpace();
        if (atEnd())
            return false;
        if (*m_at == '}') {
            ++m_at;
            return true;
        }
        if (*m_at != ',')
            return false;
        ++m_at;
    }
}

template <typename Element> bool ChecklistFastReader::readArray(Element &&element)
{
    if (!expect('['))
        return false;
    skipSpace();
    if (!atEnd() && *m_at == ']') {
        ++m_at;
        return true;
    }
    while (true) {
        if (!element())
            return false;
        skipSpace();
        if (atEnd())
            return false;
        if (*m_at == ']') {
            ++m_at;
            return true;
        }
        if (*m_at != ',')
            return false;
        ++m_at;
    }
}

bool ChecklistFastReader::readRoot(ChecklistFormat::ParseResult *result)
{
    enum { Format, Version, Appointment, Questions, Archive };
    Seen seen;
    const bool read = readObject([&](QByteArrayView key) {
        if (key == "format" && seen.first(Format)) {
            QString format;
            return readString(&format) && format == ChecklistFormat::FormatName;
        }
        if (key == "version" && seen.first(Version)) {
            // The version this app writes, as a plain integer; anything else, the slower path.
            skipSpace();
            const char *start = m_at;
            while (m_at < m_end && *m_at >= '0' && *m_at <= '9')
                ++m_at;
            return QByteArrayView(start, m_at - start) ==
                   QByteArray::number(ChecklistFormat::CurrentVersion);
        }
        if (key == "appointment" && seen.first(Appointment))
            return readNull() || readAppointment(&result->data.appointment);
        if (key == "questions" && seen.first(Questions))
            return readItems(&result->data.items);
        if (key == "archive" && seen.first(Archive))
            return readArchive(&result->data.archive);
        return false; // unknown or repeated
    });
    if (!read || !seen.has(Format) || !seen.has(Version) || !seen.has(Questions))
        return false;
    result->version = ChecklistFormat::CurrentVersion;
    return true;
}

bool ChecklistFastReader::readItems(QList<ChecklistItem> *items)
{
    return readArray([&] {
        ChecklistItem item;
        if (!readItem(&item))
            return false;
        items->append(std::move(item));
        return true;
    });
}

bool ChecklistFastReader::readItem(ChecklistItem *item)
{
    enum { Text, Asked, Important, Answer, TopicId, QuestionId, Created };
    Seen seen;
    QString created;
    const bool read = readObject([&](QByteArrayView key) {
        if (key == "text" && seen.first(Text))
            return readString(&item->text);
        if (key == "asked" && seen.first(Asked))
            return readOptionalBool(&item->asked);
        if (key == "important" && seen.first(Important))
            return readOptionalBool(&item->important);
        if (key == "answer" && seen.first(Answer))
            return readOptionalString(&item->answer);
        if (key == "topicId" && seen.first(TopicId))
            return readOptionalString(&item->topicId);
        if (key == "questionId" && seen.first(QuestionId))
            return readOptionalString(&item->questionId);
        if (key == "created" && seen.first(Created))
            return readOptionalString(&created);
        return false;
    });
    if (!read || !seen.has(Text))
        return false;
    item->text = item->text.trimmed();
    if (item->text.isEmpty())
        return false; // the slower path leaves it out and says so
    if (!created.isEmpty())
        item->created = IsoUtc::parse(created);
    return true;
}

bool ChecklistFastReader::readAppointment(Appointment *appointment)
{
    enum { Date, With };
    Seen seen;
    QString date;
    const bool read = readObject([&](QByteArrayView key) {
        if (key == "date" && seen.first(Date))
            return readOptionalString(&date);
        if (key == "with" && seen.first(With))
            return readOptionalString(&appointment->with);
        return false;
    });
    if (!read)
        return false;
    appointment->date = QDate::fromString(date, Qt::ISODate);
    return date.isEmpty() || appointment->date.isValid();
}

bool ChecklistFastReader::readArchive(QList<ArchivedList> *archive)
{
    return readArray([&] {
        ArchivedList list;
        if (!readArchivedList(&list))
            return false;
        archive->append(std::move(list));
        return true;
    });
}

bool ChecklistFastReader::readArchivedList(ArchivedList *list)
{
    enum { ArchivedAt, Appointment, Questions };
    Seen seen;
    QString archivedAt;
    const bool read = readObject([&](QByteArrayView key) {
        if (key == "archivedAt" && seen.first(ArchivedAt))
            return readString(&archivedAt);
        if (key == "appointment" && seen.first(Appointment))
            return readNull() || readAppointment(&list->appointment);
        if (key == "questions" && seen.first(Questions))
            return readItems(&list->items);
        return false;
    });
    if (!read || !seen.has(ArchivedAt) || !seen.has(Questions))
        return false;
    list->archivedAt = IsoUtc::parse(archivedAt);
    return true;
}

} // namespace nextsteps
