#pragma once

#include "core/diary/SymptomDiary.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace nextsteps {

struct ChecklistData;

// How each tracked symptom changed since the last visit: its score then (the last one written
// on or before the visit's day), now (the latest since), the highest since and when, and
// whether it is new, worse, better or the same (a 0 where there was no score is "the same": none
// then, none now). Every symptom scored is there, tracked now or not; one never scored is left
// out.
// Numbers only: nothing here says a score is safe or not.
struct SymptomChange
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::SymptomChange)

public:
    enum class Trend { NoScoresSince, New, Worse, Better, Same };

    QString id;
    QString name;
    int then = -1; // -1: no score on or before the visit
    int now = -1;  // -1: no score since the visit
    QDate nowDate;
    int highest = -1;
    QDate highestDate;
    Trend trend = Trend::NoScoresSince;

    // New or worse: what to offer to "To tell".
    bool isNewOrWorse() const { return trend == Trend::New || trend == Trend::Worse; }
    static QString trendName(Trend trend);
    // "Pain: worse, 3 then, 7 now (highest 8 on December 2)": for To tell and the text export.
    QString describe() const;
};

struct SinceLastVisit
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::SinceLastVisit)

public:
    QDate lastVisit; // invalid: no visit yet (everything is "since the diary began")
    QList<SymptomChange> symptoms;
    double weightThen = -1;
    double weightNow = -1;

    static SinceLastVisit compare(const SymptomDiary &diary, const QDate &lastVisit);
    // The last visit on or before today: the list's visit, or a past list's, whichever is
    // latest; invalid when there is none.
    static QDate lastVisitIn(const ChecklistData &data, const QDate &today);
    // The symptoms that, when new or worse, match a sign on "When to get help right away":
    // breathing, swallowing, pain, cough and bowels. The page is pointed to, never a verdict.
    static bool matchesUrgentSign(const QString &id);
    bool anyUrgentSignNewOrWorse() const;
};

} // namespace nextsteps
