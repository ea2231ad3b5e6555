#pragma once

#include "core/diary/SinceLastVisit.h"
#include "core/diary/SymptomDiary.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>

class QTextCursor;
class QTextDocument;

namespace nextsteps {

// "How I've been since my last visit" on paper: the summary table (then, now, highest, change)
// and a chart of each symptom scored since (TrendChart, drawn as the page is drawn, so its
// words are real text in a PDF), the weight, and the notes. On a page of its own, or after the
// visit's questions.
class DiaryPrintout
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::DiaryPrintout)

public:
    static constexpr int ChartObjectType = 0x1000 + 2; // QTextFormat::UserObject + 2

    static QString title();
    // The chart's days: from the last visit (or the diary's first day) to the latest entry.
    static std::pair<QDate, QDate> days(const SymptomDiary &diary, const SinceLastVisit &since);
    // Adds the page at the cursor's document's end, on a new page when pageBreak.
    static void append(QTextDocument *document, const SymptomDiary &diary,
                       const SinceLastVisit &since, qreal bodyPointSize, bool pageBreak);
    static std::unique_ptr<QTextDocument> build(const SymptomDiary &diary,
                                                const SinceLastVisit &since, qreal bodyPointSize);
    static QString toPlainText(const SymptomDiary &diary, const SinceLastVisit &since);
};

} // namespace nextsteps
