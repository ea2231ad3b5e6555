#pragma once

#include "ChecklistFormat.h"

#include <QByteArrayView>

#include <optional>

namespace nextsteps {

// Reads a checklist file that is just as this app writes it: every field known and of the
// right type, nothing to leave out, repair or migrate. It goes straight from the bytes to the
// list, several times faster than building a QJsonDocument tree first, and the list is read at
// every start. Anything else (a damaged, older, newer, hand-edited or unusual file) it
// declines, and ChecklistFormat reads that with QJsonDocument, which checks everything. What it
// accepts, it reads exactly as that slower path would (the fuzzer checks this).
class ChecklistFastReader
{
public:
    static std::optional<ChecklistFormat::ParseResult> read(QByteArrayView bytes);

private:
    explicit ChecklistFastReader(QByteArrayView bytes);

    bool readRoot(ChecklistFormat::ParseResult *result);
    bool readItems(QList<ChecklistItem> *items);
    bool readItem(ChecklistItem *item);
    bool readAppointment(Appointment *appointment);
    bool readArchive(QList<ArchivedList> *archive);
    bool readArchivedList(ArchivedList *list);

    // One object, member by member: name is the member's name; false ends it with an error.
    template <typename Member> bool readObject(Member &&member);
    template <typename Element> bool readArray(Element &&element);
    bool readString(QString *out);
    bool readOptionalString(QString *out);
    bool readOptionalBool(bool *out);
    bool readNull();
    bool readLiteral(QByteArrayView word);
    bool readKey(QByteArrayView *key);
    bool expect(char c);
    void skipSpace();
    bool atEnd() const { return m_at >= m_end; }

    const char *m_at;
    const char *m_end;
};

} // namespace nextsteps
