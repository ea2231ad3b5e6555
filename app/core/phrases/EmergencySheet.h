#pragma once

#include "core/checklist/ChecklistData.h"
#include "core/phrases/EmergencyInfo.h"

#include <QString>

#include <memory>

class QTextDocument;

namespace nextsteps {

// One page for emergency staff, to keep on the fridge or in a bag: in large type, every heading
// in English and Spanish (whoever reads it), how the person breathes first, then the tube,
// allergies, medicines (My Medicines), the immunotherapy (the wallet card), the care team and
// their after-hours numbers, who speaks for the person, where the POLST is, and anything else.
class EmergencySheet
{
public:
    // Larger than the other printouts (12 pt), the breathing lines larger still (16 pt), and a
    // usual sheet still on one page.
    static constexpr qreal BodyPointSize = 13;

    // A fixed word of the sheet ("allergies") in "en" or "es" (resources/phrases/emergency.json).
    static QString word(const QString &key, const QString &language);
    // "English / Español": a heading as the sheet prints it.
    static QString both(const QString &key);
    static QString title() { return both(QStringLiteral("title")); }
    // The sheet's first line: the title and the person's name (the wallet card's when the
    // sheet's own is not given).
    static QString headline(const EmergencyInfo &info, const ChecklistData &data);

    static std::unique_ptr<QTextDocument> build(const EmergencyInfo &info,
                                                const ChecklistData &data,
                                                qreal bodyPointSize = BodyPointSize);
    static QString toPlainText(const EmergencyInfo &info, const ChecklistData &data);
};

} // namespace nextsteps
