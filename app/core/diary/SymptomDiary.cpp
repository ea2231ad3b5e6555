#include "core/diary/SymptomDiary.h"

#include "core/checklist/ChecklistFormat.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nextsteps {

const QString SymptomDiary::SectionName = u"symptomDiary"_s;

namespace {

constexpr double MaxWeight = 2000;

} // namespace

bool DiaryEntry::operator==(const DiaryEntry &other) const
{
    return date == other.date && scores == other.scores && note == other.note &&
           (hasWeight() ? other.hasWeight() && weight == other.weight : !other.hasWeight());
}

QStringList SymptomDiary::builtinIds()
{
    return {u"pain"_s,      u"soreMouth"_s, u"dryMouth"_s,  u"swallowing"_s, u"mucus"_s,
            u"breathing"_s, u"voice"_s,     u"tiredness"_s, u"appetite"_s,   u"mood"_s,
            u"worry"_s,     u"sleep"_s,     u"skin"_s,      u"bowels"_s,     u"cough"_s};
}

QString SymptomDiary::builtinName(const QString &id)
{
    // Each named as the trouble it is: 0 is none of it, 10 the worst.
    if (id == u"pain")
        return tr("Pain");
    if (id == u"soreMouth")
        return tr("Sore mouth");
    if (id == u"dryMouth")
        return tr("Dry mouth");
    if (id == u"swallowing")
        return tr("Trouble swallowing");
    if (id == u"mucus")
        return tr("Thick mucus");
    if (id == u"breathing")
        return tr("Trouble breathing");
    if (id == u"voice")
        return tr("Trouble speaking");
    if (id == u"tiredness")
        return tr("Tiredness");
    if (id == u"appetite")
        return tr("Poor appetite");
    if (id == u"mood")
        return tr("Low mood");
    if (id == u"worry")
        return tr("Worry");
    if (id == u"sleep")
        return tr("Trouble sleeping");
    if (id == u"skin")
        return tr("Skin problems or rash");
    if (id == u"bowels")
        return tr("Bowel problems");
    if (id == u"cough")
        return tr("Cough");
    return {};
}

SymptomDiary SymptomDiary::withDefaults()
{
    SymptomDiary diary;
    for (const QString &id : builtinIds())
        diary.symptoms.append({id, QString(), true});
    diary.weightUnit = QLocale().measurementSystem() == QLocale::MetricSystem ? u"kg"_s : u"lb"_s;
    return diary;
}

QString SymptomDiary::nameOf(const QString &id) const
{
    const QString builtin = builtinName(id);
    if (!builtin.isEmpty())
        return builtin;
    for (const TrackedSymptom &symptom : symptoms) {
        if (symptom.id == id)
            return symptom.name;
    }
    return id;
}

QList<TrackedSymptom> SymptomDiary::tracked() const
{
    QList<TrackedSymptom> on;
    std::copy_if(symptoms.cbegin(), symptoms.cend(), std::back_inserter(on),
                 [](const TrackedSymptom &symptom) { return symptom.on; });
    return on;
}

QString SymptomDiary::addOwn(const QString &name)
{
    const QString words = ChecklistFormat::cleanText(name).simplified();
    if (words.isEmpty())
        return {};
    int number = 1;
    const auto taken = [this](const QString &id) {
        return std::any_of(symptoms.cbegin(), symptoms.cend(),
                           [&id](const TrackedSymptom &symptom) { return symptom.id == id; });
    };
    while (taken(u"own-%1"_s.arg(number)))
        ++number;
    const QString id = u"own-%1"_s.arg(number);
    symptoms.append({id, words, true});
    return id;
}

const DiaryEntry *SymptomDiary::entryOn(const QDate &date) const
{
    const auto it = std::lower_bound(
        entries.cbegin(), entries.cend(), date,
        [](const DiaryEntry &entry, const QDate &day) { return entry.date < day; });
    return it != entries.cend() && it->date == date ? &*it : nullptr;
}

void SymptomDiary::setEntry(const DiaryEntry &entry)
{
    if (!entry.date.isValid())
        return;
    const auto it = std::lower_bound(
        entries.begin(), entries.end(), entry.date,
        [](const DiaryEntry &existing, const QDate &day) { return existing.date < day; });
    const bool there = it != entries.end() && it->date == entry.date;
    if (entry.isEmpty()) {
        if (there)
            entries.erase(it);
    } else if (there) {
        *it = entry;
    } else {
        entries.insert(it, entry);
    }
}

bool SymptomDiary::operator==(const SymptomDiary &other) const
{
    return symptoms == other.symptoms && trackWeight == other.trackWeight &&
           weightUnit == other.weightUnit && entries == other.entries &&
           newerVersion == other.newerVersion;
}

QJsonObject SymptomDiary::toJson() const
{
    QJsonArray symptomList;
    for (const TrackedSymptom &symptom : symptoms) {
        QJsonObject object{{u"id"_s, symptom.id}, {u"on"_s, symptom.on}};
        if (!symptom.name.isEmpty())
            object.insert(u"name"_s, ChecklistFormat::cleanText(symptom.name));
        symptomList.append(object);
    }
    QJsonArray entryList;
    for (const DiaryEntry &entry : entries) {
        QJsonObject scores;
        for (auto it = entry.scores.cbegin(); it != entry.scores.cend(); ++it)
            scores.insert(it.key(), it.value());
        QJsonObject object{{u"date"_s, entry.date.toString(Qt::ISODate)}, {u"scores"_s, scores}};
        if (entry.hasWeight())
            object.insert(u"weight"_s, entry.weight);
        if (!entry.note.isEmpty())
            object.insert(u"note"_s, ChecklistFormat::cleanText(entry.note));
        entryList.append(object);
    }
    return {{u"version"_s, Version},
            {u"trackWeight"_s, trackWeight},
            {u"weightUnit"_s, weightUnit},
            {u"symptoms"_s, symptomList},
            {u"entries"_s, entryList}};
}

SymptomDiary SymptomDiary::fromJson(const QJsonObject &object, int *skipped)
{
    SymptomDiary diary = withDefaults();
    if (object.isEmpty())
        return diary;
    int left = 0;
    const QJsonValue version = object.value(u"version"_s);
    diary.newerVersion = version.isDouble() && version.toDouble() > Version;
    if (object.value(u"trackWeight"_s).isBool())
        diary.trackWeight = object.value(u"trackWeight"_s).toBool();
    const QString unit = object.value(u"weightUnit"_s).toString();
    if (unit == u"kg" || unit == u"lb")
        diary.weightUnit = unit;

    const QJsonValue symptomValue = object.value(u"symptoms"_s);
    if (symptomValue.isArray()) {
        diary.symptoms.clear();
        for (const QJsonValue &value : symptomValue.toArray()) {
            const QJsonObject symptom = value.toObject();
            const QString id = symptom.value(u"id"_s).toString();
            const QString name = ChecklistFormat::cleanText(symptom.value(u"name"_s).toString());
            const bool builtin = !builtinName(id).isEmpty();
            const bool known =
                std::any_of(diary.symptoms.cbegin(), diary.symptoms.cend(),
                            [&id](const TrackedSymptom &existing) { return existing.id == id; });
            if (!value.isObject() || id.isEmpty() || known || (!builtin && name.isEmpty())) {
                ++left;
                continue;
            }
            diary.symptoms.append(
                {id, builtin ? QString() : name, symptom.value(u"on"_s).toBool(true)});
        }
        // A built-in symptom missing from the list (a list written before it was offered) is
        // there, turned off, to turn on.
        for (const QString &id : builtinIds()) {
            if (std::none_of(diary.symptoms.cbegin(), diary.symptoms.cend(),
                             [&id](const TrackedSymptom &symptom) { return symptom.id == id; }))
                diary.symptoms.append({id, QString(), false});
        }
    } else if (!symptomValue.isUndefined()) {
        ++left;
    }

    const QJsonValue entryValue = object.value(u"entries"_s);
    if (!entryValue.isUndefined() && !entryValue.isArray())
        ++left;
    for (const QJsonValue &value : entryValue.toArray()) {
        const QJsonObject fields = value.toObject();
        DiaryEntry entry;
        entry.date = QDate::fromString(fields.value(u"date"_s).toString(), Qt::ISODate);
        if (!value.isObject() || !entry.date.isValid() || diary.entryOn(entry.date)) {
            ++left;
            continue;
        }
        const QJsonObject scores = fields.value(u"scores"_s).toObject();
        for (auto it = scores.constBegin(); it != scores.constEnd(); ++it) {
            const double score = it.value().toDouble(-1);
            if (it.key().isEmpty() || score < 0 || score > MaxScore || score != std::floor(score))
                ++left;
            else
                entry.scores.insert(it.key(), int(score));
        }
        const QJsonValue weight = fields.value(u"weight"_s);
        if (weight.isDouble() && weight.toDouble() >= 0 && weight.toDouble() < MaxWeight)
            entry.weight = weight.toDouble();
        else if (!weight.isUndefined() && !weight.isNull())
            ++left;
        entry.note = ChecklistFormat::cleanText(fields.value(u"note"_s).toString());
        if (!entry.isEmpty())
            diary.setEntry(entry);
    }
    if (skipped)
        *skipped += left;
    return diary;
}

} // namespace nextsteps
