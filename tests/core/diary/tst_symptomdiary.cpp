#include "SampleLists.h"
#include "core/checklist/ChecklistFormat.h"
#include "core/checklist/ChecklistStore.h"
#include "core/diary/SinceLastVisit.h"
#include "core/diary/SymptomDiary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nextsteps;

Q_DECLARE_METATYPE(nextsteps::SymptomDiary)

namespace {

DiaryEntry day(const QDate &date, const QMap<QString, int> &scores, double weight = -1,
               const QString &note = {})
{
    DiaryEntry entry;
    entry.date = date;
    entry.scores = scores;
    entry.weight = weight;
    entry.note = note;
    return entry;
}

// Every day for `days` days up to `last`, each symptom's score rising and falling.
SymptomDiary daily(int days, const QDate &last = QDate(2026, 12, 5))
{
    SymptomDiary diary = SymptomDiary::withDefaults();
    const QStringList ids = SymptomDiary::builtinIds();
    for (int i = 0; i < days; ++i) {
        QMap<QString, int> scores;
        for (int s = 0; s < ids.size(); ++s)
            scores.insert(ids.at(s), (i + s) % 11);
        diary.setEntry(day(last.addDays(i - days + 1), scores, 60 + (i % 50) / 10.0,
                           i % 7 == 0 ? u"Week %1"_s.arg(i / 7) : QString()));
    }
    return diary;
}

} // namespace

// The symptom diary (issue 29): what is kept in the list's file reads back as it was written,
// a damaged part is left out and counted, and "since my last visit" says then, now, highest and
// the change from the days written.
class TestSymptomDiary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapes_data();
    void savedInTheListFile_readsBackTheSame_data() { shapes_data(); }
    void savedInTheListFile_readsBackTheSame();
    void entries_areOneADayInDateOrder();
    void damagedParts_areLeftOutAndCounted();
    void newerVersion_isMarked();
    void ownSymptoms_getTheirOwnIds();
    void sinceLastVisit_thenNowHighestAndChange();
    void sinceLastVisit_withoutAVisit_isSinceTheDiaryBegan();
    void lastVisit_isTheLatestOnOrBeforeToday();
};

void TestSymptomDiary::shapes_data()
{
    QTest::addColumn<SymptomDiary>("diary");
    QTest::newRow("defaults, nothing written") << SymptomDiary::withDefaults();
    SymptomDiary one = SymptomDiary::withDefaults();
    one.setEntry(day(QDate(2026, 12, 1), {{u"pain"_s, 0}}));
    QTest::newRow("one score of 0") << one;
    SymptomDiary own = SymptomDiary::withDefaults();
    own.addOwn(u"Numb fingers; \"tingling\", ñ"_s);
    own.symptoms[3].on = false;
    own.trackWeight = false;
    own.weightUnit = u"lb"_s;
    own.setEntry(day(QDate(2026, 11, 30), {{u"own-1"_s, 10}}, -1, u"Line one\nline two"_s));
    QTest::newRow("own symptom, weight off, note with lines") << own;
    SymptomDiary weights = SymptomDiary::withDefaults();
    weights.setEntry(day(QDate(2026, 10, 1), {}, 0.5));
    weights.setEntry(day(QDate(2026, 10, 2), {}, 1999.9, u"only a note and a weight"_s));
    QTest::newRow("weights at the edges") << weights;
    QTest::newRow("three years every day") << daily(3 * 365);
}

void TestSymptomDiary::savedInTheListFile_readsBackTheSame()
{
    QFETCH(SymptomDiary, diary);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    ChecklistData data = samples::list(2);
    data.sections.insert(SymptomDiary::SectionName, diary.toJson());
    QString error;
    QVERIFY2(ChecklistStore::saveToFile(path, data, &error), qPrintable(error));
    const auto loaded = ChecklistStore::loadFromFile(path);
    QCOMPARE(loaded.status, ChecklistStore::LoadResult::Status::Loaded);
    int skipped = 0;
    const SymptomDiary back =
        SymptomDiary::fromJson(loaded.data.sections.value(SymptomDiary::SectionName), &skipped);
    QCOMPARE(skipped, 0);
    QCOMPARE(back, diary);
    // The section has its version, and every score is in the bytes as a number.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject section = QJsonDocument::fromJson(file.readAll())
                                    .object()
                                    .value(u"sections"_s)
                                    .toObject()
                                    .value(SymptomDiary::SectionName)
                                    .toObject();
    QCOMPARE(section.value(u"version"_s).toInt(), SymptomDiary::Version);
    QCOMPARE(section.value(u"entries"_s).toArray().size(), diary.entries.size());
}

void TestSymptomDiary::entries_areOneADayInDateOrder()
{
    SymptomDiary diary = SymptomDiary::withDefaults();
    for (const int d : {5, 1, 3, 2, 4})
        diary.setEntry(day(QDate(2026, 12, d), {{u"pain"_s, d}}));
    diary.setEntry(day(QDate(2026, 12, 3), {{u"pain"_s, 9}})); // the same day, written again
    QCOMPARE(diary.entries.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(diary.entries.at(i).date, QDate(2026, 12, i + 1));
    QCOMPARE(diary.entryOn(QDate(2026, 12, 3))->scores.value(u"pain"_s), 9);
    diary.setEntry(day(QDate(2026, 12, 3), {})); // cleared: the day goes
    QCOMPARE(diary.entries.size(), 4);
    QVERIFY(!diary.entryOn(QDate(2026, 12, 3)));
}

void TestSymptomDiary::damagedParts_areLeftOutAndCounted()
{
    const QJsonObject object = QJsonDocument::fromJson(R"({"version": 1,
        "symptoms": [{"id": "pain"}, {"id": "own-1"}, "x", {"id": "own-2", "name": "Hiccups"},
                     {"id": "pain"}],
        "entries": [
          {"date": "2026-12-01", "scores": {"pain": 4, "own-2": 11, "cough": 2.5, "mood": "3"}},
          {"date": "2026-12-01", "scores": {"pain": 5}},
          {"date": "not a date", "scores": {"pain": 5}},
          {"date": "2026-12-02", "weight": -3, "note": "Tired"},
          7]})")
                                   .object();
    int skipped = 0;
    const SymptomDiary diary = SymptomDiary::fromJson(object, &skipped);
    // own-1 without a name, "x", the second pain; 11, 2.5, "3"; the second Dec 1, the bad date;
    // the weight of -3; the entry 7.
    QCOMPARE(skipped, 10);
    QCOMPARE(diary.entries.size(), 2);
    QCOMPARE(diary.entries.at(0).scores, (QMap<QString, int>{{u"pain"_s, 4}}));
    QCOMPARE(diary.entries.at(1).note, u"Tired"_s);
    QVERIFY(!diary.entries.at(1).hasWeight());
    QCOMPARE(diary.nameOf(u"own-2"_s), u"Hiccups"_s);
    // The built-in symptoms missing from the list are there, turned off.
    QCOMPARE(diary.symptoms.size(), SymptomDiary::builtinIds().size() + 1);
    QVERIFY(diary.symptoms.at(0).on);
    QVERIFY(!diary.symptoms.last().on);
}

void TestSymptomDiary::newerVersion_isMarked()
{
    QVERIFY(SymptomDiary::fromJson({{u"version"_s, 2}}).newerVersion);
    QVERIFY(!SymptomDiary::fromJson({{u"version"_s, 1}}).newerVersion);
}

void TestSymptomDiary::ownSymptoms_getTheirOwnIds()
{
    SymptomDiary diary = SymptomDiary::withDefaults();
    QCOMPARE(diary.addOwn(u"  "_s), QString());
    QCOMPARE(diary.addOwn(u"Hiccups"_s), u"own-1"_s);
    QCOMPARE(diary.addOwn(u"Numb\nfingers"_s), u"own-2"_s);
    QCOMPARE(diary.nameOf(u"own-2"_s), u"Numb fingers"_s);
    QCOMPARE(diary.tracked().size(), SymptomDiary::builtinIds().size() + 2);
}

void TestSymptomDiary::sinceLastVisit_thenNowHighestAndChange()
{
    SymptomDiary diary = SymptomDiary::withDefaults();
    const QDate visit(2026, 11, 5);
    diary.setEntry(day(visit.addDays(-3), {{u"pain"_s, 2}, {u"cough"_s, 5}}, 70));
    diary.setEntry(day(visit, {{u"pain"_s, 3}, {u"mood"_s, 4}, {u"sleep"_s, 0}}));
    diary.setEntry(day(visit.addDays(4), {{u"pain"_s, 8}, {u"mood"_s, 2}, {u"sleep"_s, 3}}, 68));
    diary.setEntry(day(visit.addDays(9), {{u"pain"_s, 6}, {u"cough"_s, 5}, {u"mood"_s, 4}}));
    const SinceLastVisit since = SinceLastVisit::compare(diary, visit);
    const auto find = [&since](const QString &id) {
        for (const SymptomChange &change : since.symptoms) {
            if (change.id == id)
                return change;
        }
        return SymptomChange();
    };
    const SymptomChange pain = find(u"pain"_s);
    QCOMPARE(pain.then, 3); // on the visit's day, not the one before
    QCOMPARE(pain.now, 6);
    QCOMPARE(pain.highest, 8);
    QCOMPARE(pain.highestDate, visit.addDays(4));
    QCOMPARE(pain.trend, SymptomChange::Trend::Worse);
    QCOMPARE(find(u"mood"_s).trend, SymptomChange::Trend::Same);
    QCOMPARE(find(u"sleep"_s).trend, SymptomChange::Trend::New); // 0 then, 3 since
    // Not scored then, 0 now: none then, none now: the same, never "worse", never offered.
    {
        SymptomDiary zero = SymptomDiary::withDefaults();
        zero.setEntry(day(visit.addDays(1), {{u"cough"_s, 0}}));
        const SymptomChange cough = SinceLastVisit::compare(zero, visit).symptoms.value(0);
        QCOMPARE(cough.id, u"cough"_s);
        QCOMPARE(cough.trend, SymptomChange::Trend::Same);
        QVERIFY(!cough.isNewOrWorse());
        QVERIFY(!SinceLastVisit::compare(zero, visit).anyUrgentSignNewOrWorse());
    }
    QCOMPARE(find(u"cough"_s).trend, SymptomChange::Trend::Same);
    QVERIFY(find(u"voice"_s).id.isEmpty()); // never scored: not in the comparison
    diary.setEntry(day(visit.addDays(-20), {{u"voice"_s, 5}}));
    QCOMPARE(SinceLastVisit::compare(diary, visit).symptoms.size(), 5);
    const auto voiceThen = SinceLastVisit::compare(diary, visit).symptoms;
    QVERIFY(std::any_of(voiceThen.cbegin(), voiceThen.cend(), [](const SymptomChange &change) {
        return change.id == u"voice" && change.trend == SymptomChange::Trend::NoScoresSince;
    }));
    QCOMPARE(since.weightThen, 70.0);
    QCOMPARE(since.weightNow, 68.0);
    QVERIFY(since.anyUrgentSignNewOrWorse()); // pain is worse
    // Said in words with its numbers, for To tell.
    QVERIFY(pain.describe().contains(u"3 then, 6 now"_s));
    QVERIFY(pain.describe().contains(u"highest 8"_s));
    diary.setEntry(day(visit.addDays(10), {{u"pain"_s, 1}}));
    QCOMPARE(find(u"pain"_s).trend, SymptomChange::Trend::Worse); // the old comparison
    QCOMPARE(SinceLastVisit::compare(diary, visit).symptoms.at(0).trend,
             SymptomChange::Trend::Better);
}

void TestSymptomDiary::sinceLastVisit_withoutAVisit_isSinceTheDiaryBegan()
{
    SymptomDiary diary = SymptomDiary::withDefaults();
    diary.setEntry(day(QDate(2026, 12, 1), {{u"pain"_s, 2}}));
    const SinceLastVisit since = SinceLastVisit::compare(diary, {});
    QCOMPARE(since.symptoms.at(0).then, -1);
    QCOMPARE(since.symptoms.at(0).now, 2);
    QCOMPARE(since.symptoms.at(0).trend, SymptomChange::Trend::New);
}

void TestSymptomDiary::lastVisit_isTheLatestOnOrBeforeToday()
{
    const QDate today(2026, 12, 5);
    ChecklistData data;
    QVERIFY(!SinceLastVisit::lastVisitIn(data, today).isValid());
    data.visit.date = QDate(2026, 12, 10); // the next visit: not yet
    data.archive.append({QDateTime(), Visit(QDate(2026, 11, 5), u"Dr. Lee"_s), {}});
    data.archive.append({QDateTime(), Visit(QDate(2026, 10, 1), u"Dr. Lee"_s), {}});
    QCOMPARE(SinceLastVisit::lastVisitIn(data, today), QDate(2026, 11, 5));
    data.visit.date = QDate(2026, 12, 4); // the list's visit was yesterday
    QCOMPARE(SinceLastVisit::lastVisitIn(data, today), QDate(2026, 12, 4));
}

QTEST_GUILESS_MAIN(TestSymptomDiary)
#include "tst_symptomdiary.moc"
