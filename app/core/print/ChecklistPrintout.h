#pragma once

#include "core/checklist/ChecklistData.h"
#include "core/print/PagedPrinter.h"
#include <QCoreApplication>

#include <QString>

#include <memory>

class QTextDocument;

namespace nextsteps {

// The checklist as a document to print or export: title, visit details, a line for the
// person's name, important questions first and marked, a box per question (checked off when
// asked), the written answer or ruled lines to write on.
class ChecklistPrintout
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::ChecklistPrintout)

public:
    static constexpr int CheckBoxObjectType = 0x1000 + 1; // QTextFormat::UserObject + 1
    static constexpr int CheckedProperty = 0x100000 + 2;

    static constexpr int WritingLinesPerQuestion = 3; // under a question with no answer yet

    static QString title();
    // Body text at bodyPointSize: PagedPrinter::BodyPointSize, or LargeBodyPointSize for large
    // print.
    // After the questions: the things to tell the doctor, then (when medicinesPage) the
    // medicines as a table on a page of their own, to hand to the nurse, with the immunotherapy.
    // The care team's numbers come first, above the questions.
    static std::unique_ptr<QTextDocument> build(const ChecklistData &data,
                                                qreal bodyPointSize = PagedPrinter::BodyPointSize,
                                                bool medicinesPage = true);
    // Plain text to paste into an email or a patient portal message.
    static QString toPlainText(const ChecklistData &data);

    static QString toTellTitle();
    static QString medicinesTitle();
    static QString careTeamTitle();
    // "Pain in the left ear, since two weeks ago, how bad: 6 of 10": one line per thing to tell.
    static QString describe(const ToTellItem &item);
    // "Dr. Ana Ruiz (Oncologist): 555-0100, after hours 555-0199"
    static QString describe(const CareContact &contact);
    // "Pembrolizumab, nivolumab; from March 3, 2025 to October 1, 2026", or empty.
    static QString describe(const Immunotherapy &therapy);
};

} // namespace nextsteps
