#pragma once

#include <QApplication>
#include <QFont>

#include <algorithm>

namespace nextsteps {

// The system's text size, as it was before Application::configure made the comfortable size
// the application's font: the zoom always scales from it, so the size never compounds.
inline qreal systemPointSize()
{
    static const qreal size = QApplication::font().pointSizeF();
    return size;
}

// The one text size of the app: the reading text, the lists, fields, labels, menus and
// dialogs. A little larger than the system font and never below 12 pt, scaled by the zoom, in
// whole points. One size (not one per panel) is calmer to read and means fewer fonts to load
// at start-up.
inline int comfortablePointSize(int zoomPercent)
{
    const qreal base = std::max<qreal>(systemPointSize() * 1.2, 12.0);
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
