#pragma once

#include "ChecklistData.h"
#include "PagedPrinter.h"
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
    static std::unique_ptr<QTextDocument> build(const ChecklistData &data,
                                                qreal bodyPointSize = PagedPrinter::BodyPointSize);
    // Plain text to paste into an email or a patient portal message.
    static QString toPlainText(const ChecklistData &data);
};

} // namespace nextsteps
