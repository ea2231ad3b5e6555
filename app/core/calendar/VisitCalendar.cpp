#include "core/calendar/VisitCalendar.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

QString dateValue(const QDate &date)
{
    return date.toString(u"yyyyMMdd"_s);
}

QString dateTimeValue(const QDate &date, const QTime &time)
{
    return dateValue(date) + u'T' + time.toString(u"HHmmss"_s);
}

} // namespace

VisitCalendar::Event VisitCalendar::make(const Visit &visit, const QStringList &importantQuestions,
                                         bool remindDayBefore)
{
    Event event;
    event.visit = visit;
    event.importantQuestions = importantQuestions;
    event.remindDayBefore = remindDayBefore;
    event.stamp = QDateTime::currentDateTimeUtc();
    event.uid = QUuid::createUuid().toString(QUuid::WithoutBraces) + u"@nextsteps"_s;
    return event;
}

QString VisitCalendar::escapeText(const QString &text)
{
    // RFC 5545 3.3.11: backslash first, then the signs that end values, then new lines (every
    // kind of new line a person can type becomes one).
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\')
            escaped += u"\\\\"_s;
        else if (c == u';')
            escaped += u"\\;"_s;
        else if (c == u',')
            escaped += u"\\,"_s;
        else if (c == u'\r') {
            escaped += u"\\n"_s;
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
        } else if (c == u'\n' || c == QChar(0x2028) || c == QChar(0x2029))
            escaped += u"\\n"_s;
        else if (c.category() == QChar::Other_Control)
            continue; // no other control character belongs in a value
        else
            escaped += c;
    }
    return escaped;
}

QByteArray VisitCalendar::foldLine(const QByteArray &line)
{
    // RFC 5545 3.1: lines of at most 75 octets, continued after CRLF and a space; a UTF-8
    // character is never split (a continuation byte is 10xxxxxx).
    QByteArray folded;
    qsizetype start = 0;
    qsizetype limit = 75;
    while (line.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && (static_cast<unsigned char>(line.at(end)) & 0xC0) == 0x80)
            --end;
        folded += line.mid(start, end - start) + "\r\n ";
        start = end;
        limit = 74; // the space that begins a continued line counts
    }
    folded += line.mid(start);
    return folded;
}

QString VisitCalendar::summary(const Visit &visit)
{
    const QString with = visit.with.trimmed();
    return with.isEmpty() ? tr("Doctor's visit") : tr("Visit with %1").arg(with);
}

QString VisitCalendar::description(const Event &event)
{
    QStringList parts;
    if (!event.visit.bring.trimmed().isEmpty())
        parts << tr("What to bring: %1").arg(event.visit.bring.trimmed());
    if (!event.importantQuestions.isEmpty()) {
        QStringList lines{tr("Important questions to ask:")};
        for (const QString &question : event.importantQuestions)
            lines << u"- "_s + question.trimmed();
        parts << lines.join(u'\n');
    }
    parts << tr("Your full list of questions is in Next Steps.");
    return parts.join(u"\n\n"_s);
}

QByteArray VisitCalendar::toIcs(const Event &event)
{
    const Visit &visit = event.visit;
    QStringList lines{
        u"BEGIN:VCALENDAR"_s,    u"VERSION:2.0"_s,    u"PRODID:-//Next Steps//Next Steps//EN"_s,
        u"CALSCALE:GREGORIAN"_s, u"METHOD:PUBLISH"_s, u"BEGIN:VEVENT"_s};
    lines << u"UID:"_s + event.uid;
    lines << u"DTSTAMP:"_s + event.stamp.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    if (visit.time.isValid()) {
        // Floating local time: the visit is at that clock time where it is. An hour long: how
        // long a visit takes is not known, and an hour holds the time in the day's plan.
        // (Counted on a clock without summer time: an hour later is an hour later on the wall.)
        const QDateTime start(visit.date, visit.time, Qt::UTC);
        const QDateTime end = start.addSecs(3600);
        lines << u"DTSTART:"_s + dateTimeValue(visit.date, visit.time);
        lines << u"DTEND:"_s + dateTimeValue(end.date(), end.time());
    } else {
        lines << u"DTSTART;VALUE=DATE:"_s + dateValue(visit.date);
        lines << u"DTEND;VALUE=DATE:"_s + dateValue(visit.date.addDays(1));
    }
    lines << u"SUMMARY:"_s + escapeText(summary(visit));
    if (!visit.place.trimmed().isEmpty())
        lines << u"LOCATION:"_s + escapeText(visit.place.trimmed());
    lines << u"DESCRIPTION:"_s + escapeText(description(event));
    if (event.remindDayBefore) {
        lines << u"BEGIN:VALARM"_s << u"ACTION:DISPLAY"_s
              << u"DESCRIPTION:"_s + escapeText(tr("Tomorrow: %1").arg(summary(visit)))
              << u"TRIGGER:-P1D"_s << u"END:VALARM"_s;
    }
    lines << u"END:VEVENT"_s << u"END:VCALENDAR"_s;
    QByteArray bytes;
    for (const QString &line : std::as_const(lines))
        bytes += foldLine(line.toUtf8()) + "\r\n";
    return bytes;
}

} // namespace nextsteps
