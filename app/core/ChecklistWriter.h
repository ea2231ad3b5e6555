#pragma once

#include "ChecklistData.h"

#include <QByteArray>

namespace nextsteps {

// Writes the checklist file (see ChecklistFormat). Made by hand for speed, as the list is saved
// after every change: straight into one buffer, with no JSON tree and no temporary for a line.
class ChecklistWriter
{
public:
    static QByteArray write(const ChecklistData &data);

private:
    explicit ChecklistWriter(qsizetype estimate);

    void put(char c);
    void put(const char *text, qsizetype size);
    template <qsizetype N> void put(const char (&literal)[N]) { put(literal, N - 1); }
    void put(const QByteArray &bytes) { put(bytes.constData(), bytes.size()); }
    void putString(const QString &text);
    void putField(const QByteArray &indent, const char *key, const QString &value,
                  bool last = false);
    void putAppointment(const QByteArray &indent, const Appointment &appointment);
    void putItems(const QByteArray &indent, const QList<ChecklistItem> &items);
    char *room(qsizetype size);

    QByteArray m_buffer;
    qsizetype m_used = 0;
};

} // namespace nextsteps
