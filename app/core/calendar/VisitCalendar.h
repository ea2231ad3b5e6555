#pragma once

#include "core/checklist/ChecklistData.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace nextsteps {

// The visit as an iCalendar file (RFC 5545), the standard way to hand an event to any calendar
// program (phones, Outlook, Google, Apple). Written by hand, as Qt has no writer for it: one
// event, its start in the visit's own local time (floating: the calendar shows it at that clock
// time wherever it is), or the whole day when the time is not known; the place; what to bring
// and the questions marked important in the description; a reminder the day before if wanted.
class VisitCalendar
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::VisitCalendar)

public:
    struct Event
    {
        Visit visit;
        QStringList importantQuestions;
        bool remindDayBefore = true;
        // When it was made (UTC) and a name no other event has: set by make().
        QDateTime stamp;
        QString uid;
    };

    // The visit's event, stamped now with a new name. The visit needs a date.
    static Event make(const Visit &visit, const QStringList &importantQuestions,
                      bool remindDayBefore);
    // The file's bytes: UTF-8, lines ending CRLF, folded at 75 octets.
    static QByteArray toIcs(const Event &event);

    // The parts, for tests: text with its commas, semicolons, backslashes and new lines escaped;
    // a content line folded (never inside a UTF-8 character).
    static QString escapeText(const QString &text);
    static QByteArray foldLine(const QByteArray &line);
    static QString summary(const Visit &visit);
    static QString description(const Event &event);
};

} // namespace nextsteps
