#pragma once

#include <QApplication>
#include <QFont>

#include <algorithm>

namespace nextsteps {

// The one text size of the window: the reading text, the lists, fields and labels. A little
// larger than the system font and never below 12 pt, scaled by the zoom, in whole points. One
// size (not one per panel) is calmer to read and means fewer fonts to load at start-up.
inline int comfortablePointSize(int zoomPercent)
{
    const qreal base = std::max<qreal>(QApplication::font().pointSizeF() * 1.2, 12.0);
    return qRound(base * zoomPercent / 100.0);
}

inline QFont comfortableFont(int zoomPercent, bool bold = false)
{
    QFont font = QApplication::font();
    font.setPointSize(comfortablePointSize(zoomPercent));
    font.setBold(bold);
    return font;
}

} // namespace nextsteps
