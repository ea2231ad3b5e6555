#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace nextsteps {

// One day of the diary: a score from 0 (none) to 10 (the worst) for each symptom scored, the
// weight when weighed, and a note.
struct DiaryEntry
{
    QDate date;
    QMap<QString, int> scores; // by symptom id
    double weight = -1;        // in the diary's unit; below 0 when not weighed
    QString note;

    bool hasWeight() const { return weight >= 0; }
    bool isEmpty() const { return scores.isEmpty() && !hasWeight() && note.trimmed().isEmpty(); }
    bool operator==(const DiaryEntry &other) const;
    bool operator!=(const DiaryEntry &other) const { return !(*this == other); }
};

// Something the person tracks: one of the built-in symptoms (id "pain"), or their own ("own-1",
// with their words as its name).
struct TrackedSymptom
{
    QString id;
    QString name; // the person's words, for their own; empty for a built-in one
    bool on = true;

    bool operator==(const TrackedSymptom &other) const
    {
        return id == other.id && name == other.name && on == other.on;
    }
};

// How I've been: kept in the list's file as the section SectionName (ChecklistData::sections),
// so it is saved, undone and kept safe with everything else. The section has its own version:
// one written by a newer version is shown but not changed (readOnly()).
struct SymptomDiary
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::SymptomDiary)

public:
    static const QString SectionName; // "symptomDiary"
    static constexpr int Version = 1;
    static constexpr int MaxScore = 10;

    QList<TrackedSymptom> symptoms; // in the order shown
    bool trackWeight = true;
    QString weightUnit;        // "kg" or "lb"
    QList<DiaryEntry> entries; // by date, one a day, oldest first
    bool newerVersion = false; // read from a newer version's section: not to be changed here

    // The built-in symptoms, each on, and the weight in the locale's usual unit.
    static SymptomDiary withDefaults();
    static QStringList builtinIds();
    // A built-in symptom in the person's language ("Pain"); empty for an unknown id.
    static QString builtinName(const QString &id);
    // What a symptom is called: its built-in name, or the person's words.
    QString nameOf(const QString &id) const;
    QList<TrackedSymptom> tracked() const; // those turned on, in order
    // Adds the person's own symptom (on) and returns its id; an empty name adds nothing.
    QString addOwn(const QString &name);

    const DiaryEntry *entryOn(const QDate &date) const;
    // Puts the entry in its place by date, replacing that day's; an empty entry removes it.
    void setEntry(const DiaryEntry &entry);

    bool isEmpty() const { return entries.isEmpty(); }
    bool operator==(const SymptomDiary &other) const;
    bool operator!=(const SymptomDiary &other) const { return !(*this == other); }

    QJsonObject toJson() const;
    // Reads what it can: an entry or field of the wrong shape is left out and counted in
    // *skipped; a score outside 0 to 10 too. An empty object gives withDefaults().
    static SymptomDiary fromJson(const QJsonObject &object, int *skipped = nullptr);
};

} // namespace nextsteps
