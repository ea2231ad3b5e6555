#include "core/calendar/VisitCalendar.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nextsteps;

namespace {

// An iCalendar parser of its own (Python's icalendar, Debian's python3-icalendar) reads the
// file back: what a calendar program would take from it.
const char *ReadBack = R"(
import icalendar, json, sys
calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = [c for c in calendar.walk() if c.name == 'VEVENT']
alarms = [c for c in calendar.walk() if c.name == 'VALARM']
event = events[0]
def value(name):
    v = event.get(name)
    return None if v is None else str(v)
start = event.decoded('DTSTART'); end = event.decoded('DTEND')
print(json.dumps({
    'events': len(events),
    'summary': value('SUMMARY'), 'location': value('LOCATION'),
    'description': value('DESCRIPTION'),
    'start': start.isoformat(), 'end': end.isoformat(),
    'floating': getattr(start, 'tzinfo', None) is None,
    'alarms': len(alarms),
    'trigger': str(alarms[0].decoded('TRIGGER')) if alarms else None,
}))
)";

QString python()
{
    // Debian's own Python, where Debian's icalendar is (not one a user installed elsewhere).
    if (QFile::exists(u"/usr/bin/python3"_s))
        return u"/usr/bin/python3"_s;
    return QStandardPaths::findExecutable(u"python3"_s);
}

} // namespace

// The visit in any calendar (issue 32): the .ics file read back by an independent parser has
// the visit's fields, over tricky texts; lines are folded and values escaped as RFC 5545 asks.
class TestVisitCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readBack_data();
    void readBack();
    void linesAreFoldedWithoutSplittingALetter();
    void escaping();

private:
    QJsonObject parse(const QByteArray &ics);
    QTemporaryDir m_dir;
    bool m_haveParser = false;
};

void TestVisitCalendar::initTestCase()
{
    QProcess probe;
    probe.start(python(), {u"-c"_s, u"import icalendar"_s});
    m_haveParser = !python().isEmpty() && probe.waitForFinished(20000) &&
                   probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
    if (!m_haveParser && qEnvironmentVariable("CI") == u"true")
        QFAIL("python3-icalendar is needed to read the calendar files back");
}

QJsonObject TestVisitCalendar::parse(const QByteArray &ics)
{
    const QString path = m_dir.filePath(u"visit.ics"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size())
        return {};
    file.close();
    QProcess process;
    process.start(python(), {u"-c"_s, QString::fromUtf8(ReadBack), path});
    if (!process.waitForFinished(20000) || process.exitCode() != 0) {
        qWarning() << process.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

void TestVisitCalendar::readBack_data()
{
    QTest::addColumn<Visit>("visit");
    QTest::addColumn<QStringList>("important");
    QTest::addColumn<bool>("remind");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    const QString longPlace = u"Cancer Center, Building B, second floor, room 204, "
                              "go in by the east doors; parking in lot C (bring the ticket)"_s;
    QTest::newRow("morning, place with commas")
        << Visit{QDate(2026, 12, 10), u"Dr. Lee"_s, QTime(10, 30), longPlace,
                 u"Scan results, insurance card"_s}
        << QStringList{u"Is there a trial for me?"_s} << true << u"2026-12-10T10:30:00"_s
        << u"2026-12-10T11:30:00"_s;
    QTest::newRow("accents, no time") << Visit{QDate(2027, 1, 5),
                                               u"Dra. Núñez, oncología"_s,
                                               {},
                                               u"Clínica San José; piso 3"_s,
                                               {}}
                                      << QStringList{u"¿Puedo seguir comiendo por la boca?"_s,
                                                     u"¿Qué hago si el dolor empeora?"_s}
                                      << false << u"2027-01-05"_s << u"2027-01-06"_s;
    QTest::newRow("midnight") << Visit{QDate(2026, 12, 31), u"Emergency clinic"_s, QTime(0, 0)}
                              << QStringList{} << true << u"2026-12-31T00:00:00"_s
                              << u"2026-12-31T01:00:00"_s;
    QTest::newRow("late, into the next day")
        << Visit{QDate(2026, 12, 31), u"Night nurse"_s, QTime(23, 30)} << QStringList{} << false
        << u"2026-12-31T23:30:00"_s << u"2027-01-01T00:30:00"_s;
    // The day clocks change (US, 2027): an hour later is an hour later on the wall.
    QTest::newRow("clocks change")
        << Visit{QDate(2027, 3, 14), u"Dr. Lee"_s, QTime(1, 30)} << QStringList{} << false
        << u"2027-03-14T01:30:00"_s << u"2027-03-14T02:30:00"_s;
    QTest::newRow("new lines and backslashes")
        << Visit{QDate(2026, 12, 11), u"Dr. A\\B"_s, QTime(9, 0), u"Line one\nLine two"_s,
                 u"Pills\r\nand the list"_s}
        << QStringList{u"What about C:\\path; and, commas?"_s} << true << u"2026-12-11T09:00:00"_s
        << u"2026-12-11T10:00:00"_s;
}

void TestVisitCalendar::readBack()
{
    if (!m_haveParser)
        QSKIP("python3-icalendar is not installed (it is under CI)");
    QFETCH(Visit, visit);
    QFETCH(QStringList, important);
    QFETCH(bool, remind);
    QFETCH(QString, start);
    QFETCH(QString, end);
    const VisitCalendar::Event event = VisitCalendar::make(visit, important, remind);
    const QByteArray ics = VisitCalendar::toIcs(event);
    const QJsonObject read = parse(ics);
    QVERIFY2(!read.isEmpty(), ics.constData());
    QCOMPARE(read.value(u"events"_s).toInt(), 1);
    QCOMPARE(read.value(u"summary"_s).toString(), VisitCalendar::summary(visit));
    QVERIFY(read.value(u"summary"_s).toString().contains(visit.with.trimmed()));
    if (visit.place.isEmpty())
        QVERIFY(read.value(u"location"_s).isNull());
    else
        QCOMPARE(read.value(u"location"_s).toString(), visit.place.trimmed());
    const QString description = read.value(u"description"_s).toString();
    for (const QString &question : important)
        QVERIFY2(description.contains(question), qPrintable(description));
    if (!visit.bring.isEmpty())
        QVERIFY2(description.contains(QString(visit.bring).replace(u"\r\n"_s, u"\n"_s)),
                 qPrintable(description));
    QCOMPARE(read.value(u"start"_s).toString(), start);
    QCOMPARE(read.value(u"end"_s).toString(), end);
    QVERIFY(read.value(u"floating"_s).toBool());
    QCOMPARE(read.value(u"alarms"_s).toInt(), remind ? 1 : 0);
    if (remind)
        QCOMPARE(read.value(u"trigger"_s).toString(), u"-1 day, 0:00:00"_s);
    // Every line ends CRLF, and none is longer than 75 octets.
    QVERIFY(ics.endsWith("\r\n"));
    for (const QByteArray &line : ics.split('\n')) {
        QVERIFY(line.isEmpty() || line.endsWith('\r'));
        QVERIFY2(line.size() - 1 <= 75, line.constData());
    }
}

void TestVisitCalendar::linesAreFoldedWithoutSplittingALetter()
{
    for (int length : {74, 75, 76, 150, 151, 300}) {
        for (const QString &unit : {u"a"_s, u"é"_s, u"€"_s, u"😀"_s}) {
            QString text;
            while (text.toUtf8().size() < length)
                text += unit;
            const QByteArray line = ("DESCRIPTION:" + text.toUtf8());
            const QByteArray folded = VisitCalendar::foldLine(line);
            QByteArray unfolded = folded;
            unfolded.replace("\r\n ", "");
            QCOMPARE(unfolded, line); // nothing lost or added
            for (const QByteArray &part : folded.split('\n')) {
                const QByteArray bare = part.endsWith('\r') ? part.chopped(1) : part;
                QVERIFY(bare.size() <= 75);
                // Each piece is whole UTF-8 on its own.
                QCOMPARE(QString::fromUtf8(bare).toUtf8(), bare);
            }
        }
    }
}

void TestVisitCalendar::escaping()
{
    QCOMPARE(VisitCalendar::escapeText(u"a,b;c\\d\ne"_s), u"a\\,b\\;c\\\\d\\ne"_s);
    QCOMPARE(VisitCalendar::escapeText(u"one\r\ntwo\rthree"_s), u"one\\ntwo\\nthree"_s);
}

QTEST_GUILESS_MAIN(TestVisitCalendar)
#include "tst_visitcalendar.moc"
