#pragma once

#include <QColor>

namespace nextsteps::ColorContrast {

// WCAG 2 relative luminance and contrast ratio (1:1 to 21:1).
double relativeLuminance(const QColor &color);
double ratio(const QColor &a, const QColor &b);
// The preferred colour if it reads on the background at 4.5:1, otherwise black or white,
// whichever reads better.
QColor readableOn(const QColor &background, const QColor &preferred);

} // namespace nextsteps::ColorContrast
