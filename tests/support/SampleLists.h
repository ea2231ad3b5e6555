#pragma once

#include "ChecklistData.h"

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
    data.appointment = {QDate(2026, 12, 1), QStringLiteral("Dr. Lee")};
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

} // namespace nextsteps::samples
