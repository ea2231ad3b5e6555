#pragma once

#include "core/checklist/ChecklistData.h"

#include <QDateTime>
#include <QString>

// Question lists for tests and benchmarks, the same everywhere.
namespace nextsteps::samples {

// A question as the app makes one, added at a fixed time.
inline ChecklistItem item(const QString &text)
{
    ChecklistItem question;
    question.text = text;
    question.created = QDateTime(QDate(2026, 11, 27), QTime(9, 30, 15, 250), Qt::UTC);
    return question;
}

// count questions for a visit with Dr. Lee: every tenth important, every fourth answered.
inline ChecklistData list(int count)
{
    ChecklistData data;
    data.visit = {QDate(2026, 12, 1), QStringLiteral("Dr. Lee")};
    for (int i = 0; i < count; ++i) {
        ChecklistItem question =
            item(QStringLiteral("Question %1: what should I ask about this part of my care?")
                     .arg(i + 1));
        question.important = i % 10 == 9;
        if (i % 4 == 0)
            question.answer = QStringLiteral("Answer %1, written down at the visit.").arg(i + 1);
        data.items.append(question);
    }
    return data;
}

// A list that uses every field: a visit, a question with everything filled in (an answer over
// two lines), one with no date, and two past lists, one of them with no date or visit day.
inline ChecklistData everyField()
{
    ChecklistData data;
    data.visit = {QDate(2026, 12, 1), QStringLiteral("Dr. Lee, cancer clinic")};
    ChecklistItem full = item(QStringLiteral("Is there a trial that fits me?"));
    full.asked = true;
    full.important = true;
    full.answer = QStringLiteral("Two trials.\nNCT01234567 is closest.");
    full.topicId = QStringLiteral("trials");
    full.questionId = QStringLiteral("trials.fit");
    data.items.append(full);
    ChecklistItem undated;
    undated.text = QStringLiteral("No date?");
    data.items.append(undated);
    data.archive.append({QDateTime(QDate(2026, 10, 2), QTime(8, 0), Qt::UTC),
                         {QDate(2026, 10, 3), QStringLiteral("Dr. Patel")},
                         {item(QStringLiteral("An older question?"))}});
    data.archive.append({{}, {{}, QStringLiteral("Nobody yet")}, {}});
    return data;
}

// everyField() and everything beside the questions (format version 2): the visit's time, place
// and what to bring, things to tell (with and without a severity), medicines, the care team, the
// immunotherapy, and a past list with something to tell.
inline ChecklistData everythingFilledIn()
{
    ChecklistData data = everyField();
    data.visit.time = QTime(9, 30);
    data.visit.place = QStringLiteral("Cancer Center, Building B, room 204");
    data.visit.bring = QStringLiteral("Scan results and insurance card");
    data.toTell.append({QStringLiteral("Pain in my left ear"), QStringLiteral("two weeks"), 6,
                        QStringLiteral("Warm cloths help a little")});
    data.toTell.append({QStringLiteral("Trouble swallowing pills"), {}, -1, {}});
    data.medicines.append({QStringLiteral("Oxycodone"), QStringLiteral("5 mg"),
                           QStringLiteral("every 6 hours if needed"), QStringLiteral("pain"),
                           QStringLiteral("Dr. Lee")});
    data.medicines.append({QStringLiteral("Ondansetron"), QStringLiteral("8 mg"),
                           QStringLiteral("twice a day"), QStringLiteral("nausea"),
                           QStringLiteral("Dr. Patel")});
    data.careTeam.append({QStringLiteral("Dr. Ana Lee"), QStringLiteral("oncologist"),
                          QStringLiteral("555-0100"), QStringLiteral("555-0199")});
    data.careTeam.append({QStringLiteral("Clinic nurses"),
                          QStringLiteral("nurseLine"),
                          QStringLiteral("555-0111"),
                          {}});
    data.careTeam.append({QStringLiteral("Main Street Pharmacy"),
                          QStringLiteral("pharmacy"),
                          QStringLiteral("555-0123"),
                          {}});
    data.immunotherapy = {{QStringLiteral("Pembrolizumab (Keytruda)")},
                          QDate(2025, 3, 3),
                          QDate(2026, 9, 30),
                          QStringLiteral("Maria Gomez")};
    data.archive[0].toTell.append({QStringLiteral("Tired all day"), QStringLiteral("June"), 4, {}});
    return data;
}

} // namespace nextsteps::samples
