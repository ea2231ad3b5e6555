#pragma once

#include "core/summary/TreatmentSummary.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QTextDocument;

namespace nextsteps {

// "My cancer and treatments" as a page for a second opinion or a trial's screening: the
// person's name, where the cancer started and when it was found, where it has spread, the tumor
// tests, a ruled table of the treatments (with blank rows to write in), the side effects, the
// allergies and what the person can do in a day. A field left empty prints as a line to write on.
// One page at regular print for a usual summary.
class TreatmentSummaryPrintout
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::TreatmentSummaryPrintout)

public:
    static QString title();
    // The labels, in the order printed and in the dialog: name, started, found, spread, HPV,
    // PD-L1, other tests, side effects, allergies, daily life (each without its colon).
    static QString nameLabel();
    static QString startedLabel();
    static QString foundLabel();
    static QString spreadLabel();
    static QString hpvLabel();
    static QString pdl1Label();
    static QString otherTestsLabel();
    static QString sideEffectsLabel();
    static QString allergiesLabel();
    static QString dailyLifeLabel();
    // A treatment's fields: what, from, to, how it went, why it stopped.
    static QStringList treatmentHeaders();
    // The printed table's columns: the treatment with when under it, how it went, why it
    // stopped.
    static QStringList printedHeaders();
    // "from June 2025 to August 2025", "from June 2025", "until August 2025", or empty.
    static QString when(const Treatment &treatment);
    // "Cisplatin and radiation, from June 2025 to August 2025": a treatment on one line.
    static QString describe(const Treatment &treatment);

    static std::unique_ptr<QTextDocument> build(const TreatmentSummary &summary,
                                                qreal bodyPointSize);
    // Plain text to paste into a form or a patient portal message.
    static QString toPlainText(const TreatmentSummary &summary);
};

} // namespace nextsteps
