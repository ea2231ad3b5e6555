#pragma once

#include <QString>

class QLineEdit;

namespace nextsteps {

// A field's placeholder, whole where it fits and the shorter words where it does not (at large
// text sizes, in a narrow column): a cut placeholder ("Write your own q…") says less than a
// short one ("Your question"). The whole text is the field's tooltip too. It is chosen again as
// the field's size or text size changes.
void setPlaceholder(QLineEdit *field, const QString &whole, const QString &shorter);

// Whether the field shows its placeholder whole, at its size now.
bool placeholderFits(const QLineEdit *field, const QString &text);

} // namespace nextsteps
