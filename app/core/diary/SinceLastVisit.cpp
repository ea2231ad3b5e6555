#include "core/diary/SinceLastVisit.h"

#include "core/checklist/ChecklistData.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nextsteps {

QString SymptomChange::trendName(Trend trend)
{
    switch (trend) {
    case Trend::NoScoresSince:
        return tr("not scored");
    case Trend::New:
        return tr("new");
    case Trend::Worse:
        return tr("worse");
    case Trend::Better:
        return tr("better");
    case Trend::Same:
        return tr("the same");
    }
    return {};
}

QString SymptomChange::describe() const
{
    QString text = tr("%1: %2").arg(name, trendName(trend));
    if (then >= 0 && now >= 0)
        text += u", "_s + tr("%1 then, %2 now").arg(then).arg(now);
    else if (now >= 0)
        text += u", "_s + tr("%1 now").arg(now);
    if (highest > now && highestDate.isValid())
        text += u" "_s + tr("(highest %1 on %2)").arg(highest).arg(Visit::dateText(highestDate));
    return text;
}

SinceLastVisit SinceLastVisit::compare(const SymptomDiary &diary, const QDate &lastVisit)
{
    SinceLastVisit result;
    result.lastVisit = lastVisit;
    const auto before = [&lastVisit](const DiaryEntry &entry) {
        return lastVisit.isValid() && entry.date <= lastVisit;
    };
    // Every symptom scored, tracked now or not: a symptom turned off keeps its history.
    for (const TrackedSymptom &symptom : diary.symptoms) {
        SymptomChange change;
        change.id = symptom.id;
        change.name = diary.nameOf(symptom.id);
        for (const DiaryEntry &entry : diary.entries) {
            const auto score = entry.scores.constFind(symptom.id);
            if (score == entry.scores.cend())
                continue;
            if (before(entry)) {
                change.then = *score;
                continue;
            }
            change.now = *score;
            change.nowDate = entry.date;
            if (*score > change.highest) {
                change.highest = *score;
                change.highestDate = entry.date;
            }
        }
        // A symptom never scored says nothing: it is left out (on paper it would be a column
        // of dashes between the ones that matter).
        if (change.then < 0 && change.now < 0)
            continue;
        if (change.now < 0)
            change.trend = SymptomChange::Trend::NoScoresSince;
        else if (change.then <= 0 && change.now > 0)
            change.trend = SymptomChange::Trend::New;
        else if (change.then < 0)
            change.trend = SymptomChange::Trend::Same; // not scored then, none (0) now
        else if (change.now > change.then)
            change.trend = SymptomChange::Trend::Worse;
        else if (change.now < change.then)
            change.trend = SymptomChange::Trend::Better;
        else
            change.trend = SymptomChange::Trend::Same;
        result.symptoms.append(change);
    }
    for (const DiaryEntry &entry : diary.entries) {
        if (!entry.hasWeight())
            continue;
        if (before(entry))
            result.weightThen = entry.weight;
        else
            result.weightNow = entry.weight;
    }
    return result;
}

QDate SinceLastVisit::lastVisitIn(const ChecklistData &data, const QDate &today)
{
    QDate last;
    const auto consider = [&last, &today](const QDate &date) {
        if (date.isValid() && date <= today && (!last.isValid() || date > last))
            last = date;
    };
    consider(data.visit.date);
    for (const ArchivedList &list : data.archive)
        consider(list.visit.date);
    return last;
}

bool SinceLastVisit::matchesUrgentSign(const QString &id)
{
    return id == u"breathing" || id == u"swallowing" || id == u"pain" || id == u"cough" ||
           id == u"bowels";
}

bool SinceLastVisit::anyUrgentSignNewOrWorse() const
{
    return std::any_of(symptoms.cbegin(), symptoms.cend(), [](const SymptomChange &change) {
        return change.isNewOrWorse() && matchesUrgentSign(change.id);
    });
}

} // namespace nextsteps
