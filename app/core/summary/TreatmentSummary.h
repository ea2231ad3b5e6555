#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace nextsteps {

// One treatment, in the person's words: dates as they remember them ("June 2025").
struct Treatment
{
    QString what;       // "cisplatin and radiation"
    QString from;       // when it started
    QString to;         // when it ended, or "still on it"
    QString howItWent;  // "the tumor shrank, then grew again"
    QString whyStopped; // one of TreatmentSummary::reasons() as stored, or the person's words

    bool isEmpty() const;
    bool operator==(const Treatment &other) const;
    bool operator!=(const Treatment &other) const { return !(*this == other); }
};

// My cancer and treatments: what clinical trials and second opinions ask every time. Kept in the
// list's file as the section SectionName (ChecklistData::sections), so it is saved, undone and
// kept safe with everything else. Every field is the person's own words; nothing is checked or
// judged.
struct TreatmentSummary
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::TreatmentSummary)

public:
    static const QString SectionName; // "treatmentSummary"

    QString name;       // the person's name, as the page shows it
    QString started;    // where the cancer started: "tongue", "tonsil"
    QString found;      // when it was found, in the person's words
    QString spread;     // where it has spread or come back
    QString hpv;        // one of hpvResults() as stored ("positive"), or the person's words
    QString pdl1;       // the PD-L1 result as written on the report: "CPS 20"
    QString otherTests; // other tumor tests, free text
    QList<Treatment> treatments;
    QString sideEffects; // major side effects
    QString allergies;
    QString dailyLife; // what I can do in a day, in plain words (not a score)

    bool isEmpty() const;
    bool operator==(const TreatmentSummary &other) const;
    bool operator!=(const TreatmentSummary &other) const { return !(*this == other); }

    // The section's object: only the fields that hold something (an empty summary is {}).
    QJsonObject toJson() const;
    // Reads what it can: a field of the wrong type, or a treatment that is not an object, is
    // left out and counted in *skipped. Text is cleaned as the list's text is.
    static TreatmentSummary fromJson(const QJsonObject &object, int *skipped = nullptr);

    // The HPV or p16 results offered, as stored: positive, negative, notTested, unknown.
    static QStringList hpvResults();
    // A stored result in the person's language; the person's own words are shown as they are.
    static QString hpvName(const QString &result);
    // Why a treatment stopped, the reasons offered, as stored: finished, stoppedWorking,
    // sideEffects, myChoice.
    static QStringList reasons();
    static QString reasonName(const QString &reason);
};

} // namespace nextsteps
