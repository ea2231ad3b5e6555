#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace nextsteps {

// Thinking it through: three parts of the list's file, each a section of its own
// (ChecklistData::sections), so each is saved, undone, backed up and kept safe with the list.
// Everything here is the person's own answer; nothing is judged or scored.

// One thing a person may care about: a built-in one by its id ("home"), or the person's own
// words. Rated by the person, and by someone beside them ("for two"): 0 is not rated.
struct MattersItem
{
    QString id;  // a built-in thing (WhatMatters::builtinIds()), or empty for one's own
    QString own; // the person's own words, when id is empty
    int me = 0;
    int partner = 0;

    bool operator==(const MattersItem &other) const;
    bool operator!=(const MattersItem &other) const { return !(*this == other); }
};

// What matters most to me: how much each thing matters, rated 1 (not important) to 4 (most of
// all), by me and by a caregiver when one rates too.
struct WhatMatters
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::WhatMatters)

public:
    static const QString SectionName; // "whatMatters"
    static constexpr int Version = 1;
    static constexpr int MostOfAll = 4;

    // The built-in things first, in builtinIds() order (rated or not), then the person's own.
    QList<MattersItem> items = builtinItems();
    QString partnerName; // who rated beside me, in my words ("Ana, my daughter")
    bool newerVersion = false;

    static QStringList builtinIds();
    static QList<MattersItem> builtinItems();
    // A built-in thing's name in the language installed; one's own words as they are.
    static QString nameOf(const MattersItem &item);
    // "Not important", "A little", "A lot", "Most of all"; empty for 0.
    static QString levelName(int level);

    bool hasPartner() const;
    // The things rated "most of all" by me, in order.
    QStringList mostOfAll() const;
    bool isEmpty() const;
    bool operator==(const WhatMatters &other) const;
    bool operator!=(const WhatMatters &other) const { return !(*this == other); }

    // Only what holds something: a built-in thing not rated by anyone is left out.
    QJsonObject toJson() const;
    // Reads what it can; an entry of the wrong shape or a rating outside 1-4 is left out and
    // counted in *skipped.
    static WhatMatters fromJson(const QJsonObject &object, int *skipped = nullptr);
};

// Where I stand: the option I lean toward (an option's id, "notSure", or empty), four yes/no
// checks of how sure I feel, and what would help.
struct WhereIStand
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::WhereIStand)

public:
    static const QString SectionName; // "whereIStand"
    static constexpr int Version = 1;
    static const QString NotSure; // "notSure"

    enum class Answer { NotAnswered, Yes, No };
    // The checks, in order: options, values, support, sure.
    static QStringList checkIds();
    // The question, in the person's words ("Do I know ..."), and the question for the doctor a
    // "no" raises.
    static QString checkQuestion(const QString &id);
    static QString checkFollowUp(const QString &id);

    QString lean;
    QList<Answer> checks = QList<Answer>(4, Answer::NotAnswered);
    QString help; // what would help me, in my words
    bool newerVersion = false;

    bool isEmpty() const;
    bool operator==(const WhereIStand &other) const;
    bool operator!=(const WhereIStand &other) const { return !(*this == other); }
    QJsonObject toJson() const;
    static WhereIStand fromJson(const QJsonObject &object, int *skipped = nullptr);
};

// My wishes (advance care planning), in my words. Not a legal document.
struct MyWishes
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::MyWishes)

public:
    static const QString SectionName; // "myWishes"
    static constexpr int Version = 1;

    enum class Have { NotSaid, Yes, No, NotSure };
    // The wishes written in words, in order: hospital, breathingMachine, feedingTube,
    // whereCared, other. Each can be marked "I want to talk about this with my doctor".
    static QStringList wishIds();
    static QString wishLabel(const QString &id);
    static QString haveName(Have have);
    // The question for the list when the person wants to talk about a wish with the doctor.
    static QString talkQuestion(const QString &id);
    // What "I want to talk about this with my doctor" can be checked for: each wish (wishIds()),
    // then who speaks for me ("proxy") and the papers ("papers").
    static QStringList talkIds();

    QString name;
    QString speaksName;
    QString speaksPhone;
    QStringList wishes = QStringList(5);      // by wishIds()
    QList<bool> talk = QList<bool>(7, false); // by talkIds()
    Have advanceDirective = Have::NotSaid;
    QString advanceDirectiveWhere;
    Have polst = Have::NotSaid;
    QString polstWhere;
    bool newerVersion = false;

    bool isEmpty() const;
    bool operator==(const MyWishes &other) const;
    bool operator!=(const MyWishes &other) const { return !(*this == other); }
    QJsonObject toJson() const;
    static MyWishes fromJson(const QJsonObject &object, int *skipped = nullptr);
};

} // namespace nextsteps
