#pragma once

#include <QApplication>
#include <QFont>

#include <algorithm>

namespace nextsteps {

// The one size used for lists, fields and labels across the window: a little larger than the
// system font, and scaled by the zoom. One size (not one per panel) also means fewer fonts to
// load at start-up.
inline QFont comfortableFont(int zoomPercent, bool bold = false)
{
    QFont font = QApplication::font();
    font.setPointSizeF(std::max<qreal>(font.pointSizeF() * 1.1, 11.0) * zoomPercent / 100.0);
    font.setBold(bold);
    return font;
}

} // namespace nextsteps
