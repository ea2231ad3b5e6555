#include "IsoUtc.h"

#include <QDate>
#include <QTime>

namespace nextsteps::IsoUtc {

namespace {

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

} // namespace

void write(char *out, const QDateTime &dateTime)
{
    const qint64 ms = dateTime.toMSecsSinceEpoch();
    const qint64 days = (ms >= 0 ? ms : ms - MsPerDay + 1) / MsPerDay;
    const qint64 inDay = ms - days * MsPerDay;
    int year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, &year, &month, &day);
    char *at = out; // 2026-11-27T09:30:15.250Z
    putDigits(&at, year, 4, '-');
    putDigits(&at, month, 2, '-');
    putDigits(&at, day, 2, 'T');
    putDigits(&at, inDay / 3600000, 2, ':');
    putDigits(&at, inDay / 60000 % 60, 2, ':');
    putDigits(&at, inDay / 1000 % 60, 2, '.');
    putDigits(&at, inDay % 1000, 3, 'Z');
}

bool isStorable(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return false;
    const int year = dateTime.toUTC().date().year();
    return year >= 1 && year <= 9999;
}

QDateTime parse(QStringView text)
{
    // The exact shape write() writes; anything else goes through QDateTime's parser.
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
    const QDateTime parsed = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    return isStorable(parsed) ? parsed : QDateTime();
}

} // namespace nextsteps::IsoUtc
