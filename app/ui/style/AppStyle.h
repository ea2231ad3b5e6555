#pragma once

#include <QProxyStyle>

namespace nextsteps {

// The system's own style with three changes. Edges of buttons, lists and text boxes that can be
// seen in every theme (below). Tick boxes grow with the text size: at 200% a person who needs
// large text also needs a box large enough to see and to hit. And standard icons are
// read from their files only when first needed, not when a widget that might show one is built
// (see DeferredIconEngine): nothing at start-up waits for Qt's image plug-ins. Measured, this
// keeps start-up within its budget: without it the first paint takes about 1.32 times as long
// as a bare window's instead of 1.26 (the budget is 1.3), and 0.7 MiB more memory.
class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
    // Check boxes, in forms and in the question list, drawn with an edge at least 2 px wide in
    // the text colour on the field colour: the styles' own pale 1 px edge measured 1.9:1, and
    // vanished on a dark theme.
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    // Tabs with an edge, the chosen one marked by a bar in every theme.
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    // Menu items a little wider: at large text sizes Fusion draws a wider icon column than it
    // measures, and cut the longest command short ("When to Get …p Right Away").
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;
    QIcon standardIcon(StandardPixmap which, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;

private:
    // Fusion (the style on Linux, and wherever a platform has none) draws the edges of buttons,
    // lists and text boxes from the window's colour: about 2:1 on a light window and nearly
    // invisible on a dark or black one. Over them goes an edge in the theme's border colour.
    // The native Windows and macOS styles draw their own.
    bool baseIsFusion() const;
    void drawEdge(const QRect &rect, const QStyleOption *option, QPainter *painter) const;
};

} // namespace nextsteps
