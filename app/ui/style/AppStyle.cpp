#include "ui/style/AppStyle.h"

#include "ui/widgets/TextSize.h"

#include "ui/style/DeferredIconEngine.h"

#include <QApplication>
#include <QGuiApplication>
#include <QMenu>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>
#include <QTabBar>
#include <QtMath>

#include <algorithm>

namespace nextsteps {

namespace {
// The application's text size, as a factor.
qreal currentScale()
{
    return TextSize::percent() / 100.0;
}
} // namespace

int AppStyle::pixelMetric(PixelMetric metric, const QStyleOption *option,
                          const QWidget *widget) const
{
    const int base = QProxyStyle::pixelMetric(metric, option, widget);
    switch (metric) {
    case PM_IndicatorWidth:
    case PM_IndicatorHeight:
    case PM_ExclusiveIndicatorWidth:
    case PM_ExclusiveIndicatorHeight:
    case PM_ButtonIconSize: // the icons on buttons and in menus, beside their words
    case PM_SmallIconSize: {
        // A menu may be smaller than the text size (fitted to the screen): its boxes and icons
        // follow its own text.
        qreal scale = currentScale();
        if (qobject_cast<const QMenu *>(widget))
            scale = widget->font().pointSizeF() / QApplication::font().pointSizeF();
        // Never smaller than the style's own size.
        return scale > 1.0 ? qRound(base * scale) : base;
    }
    case PM_ScrollBarExtent:
        // Wider at large text sizes (up to twice), to see and to hit.
        return currentScale() > 1.0 ? qRound(base * std::min(currentScale(), 2.0)) : base;
    default:
        return base;
    }
}

bool AppStyle::baseIsFusion() const
{
    const QStyle *base = baseStyle();
    return base && base->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0;
}

void AppStyle::drawEdge(const QRect &rect, const QStyleOption *option, QPainter *painter) const
{
    // In the theme's border colour (3:1 against the window and the fields in every theme), a
    // little thicker at large text sizes, with the base style's rounded corners.
    const qreal width = currentScale() >= 2.0 ? 2.0 : 1.0;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(option->palette.color(QPalette::Mid), width));
    painter->setBrush(Qt::NoBrush);
    const qreal inset = width / 2;
    painter->drawRoundedRect(QRectF(rect).adjusted(inset, inset, -inset, -inset), 2, 2);
    painter->restore();
}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                             QPainter *painter, const QWidget *widget) const
{
    if (element == PE_FrameLineEdit) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        // A focused field has the style's highlight (and the focus ring) instead.
        if (baseIsFusion() && !(option->state & State_HasFocus))
            drawEdge(option->rect, option, painter);
        return;
    }
    if (element == PE_PanelButtonCommand || element == PE_Frame) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (baseIsFusion()) {
            // Fusion's button is a pixel shorter at the top, for its shadow.
            drawEdge(element == PE_PanelButtonCommand ? option->rect.adjusted(0, 1, 0, 0)
                                                      : option->rect,
                     option, painter);
        }
        return;
    }
    if (element != PE_IndicatorCheckBox && element != PE_IndicatorItemViewItemCheck) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    const QPalette &palette = option->palette;
    const QColor ink = palette.color(QPalette::Text);
    const QColor field = palette.color(QPalette::Base);
    // A square, centred in the space given.
    const int side = std::min(option->rect.width(), option->rect.height());
    QRect box(0, 0, side, side);
    box.moveCenter(option->rect.center());
    const int edge = std::max(2, qRound(side / 8.0));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(box, ink);
    painter->fillRect(box.adjusted(edge, edge, -edge, -edge), field);
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QRectF inner = QRectF(box).adjusted(side * 0.22, side * 0.22, -side * 0.22, -side * 0.22);
    QPen pen(ink, std::max(2.0, side / 7.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    if (option->state & State_On) {
        const QPointF points[] = {{inner.left(), inner.center().y()},
                                  {inner.left() + inner.width() * 0.38, inner.bottom()},
                                  {inner.right(), inner.top()}};
        painter->drawPolyline(points, 3);
    } else if (option->state & State_NoChange) {
        painter->drawLine(QPointF(inner.left(), inner.center().y()),
                          QPointF(inner.right(), inner.center().y()));
    }
    painter->restore();
}

void AppStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                           const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    // A menu's separator as a line in the border colour (3:1 in every theme): Fusion's, a shade
    // of the menu's own colour, does not show on a black menu.
    if (element == CE_MenuItem && baseIsFusion()) {
        const auto *item = qstyleoption_cast<const QStyleOptionMenuItem *>(option);
        if (item && item->menuItemType == QStyleOptionMenuItem::Separator) {
            const int width = std::max(1, option->fontMetrics.height() / 12);
            const int margin = option->fontMetrics.averageCharWidth();
            const int y = option->rect.center().y();
            painter->save();
            painter->setPen(QPen(option->palette.color(QPalette::Mid), width));
            painter->drawLine(option->rect.left() + margin, y, option->rect.right() - margin, y);
            painter->restore();
        }
        return;
    }
    if (element != CE_TabBarTabShape || !baseIsFusion())
        return;
    // A tab's edge, and under the chosen one a bar in the selection colour: Fusion tells the
    // chosen tab by a shade that is the same as the others' on a black window.
    const auto *tab = qstyleoption_cast<const QStyleOptionTab *>(option);
    if (!tab)
        return;
    // (Fusion draws the chosen tab wider, over its neighbours' edges: the edge goes round the
    // tab's own place.)
    QRect place = option->rect;
    if (const auto *bar = qobject_cast<const QTabBar *>(widget)) {
        if (const int index = bar->tabAt(option->rect.center()); index >= 0)
            place = bar->tabRect(index);
    }
    drawEdge(place, option, painter);
    if (option->state & State_Selected) {
        const int bar = std::max(3, option->fontMetrics.height() / 8);
        QRect chosen = place.adjusted(1, 0, -1, 0);
        switch (tab->shape) {
        case QTabBar::RoundedSouth:
        case QTabBar::TriangularSouth:
            chosen.setBottom(chosen.top() + bar - 1);
            break;
        default:
            chosen.setTop(chosen.bottom() - bar + 1);
            break;
        }
        painter->fillRect(chosen, option->palette.color(QPalette::Highlight));
    }
}

QSize AppStyle::sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                                 const QWidget *widget) const
{
    QSize result = QProxyStyle::sizeFromContents(type, option, size, widget);
    if (type == CT_MenuItem && baseIsFusion() && option)
        result.rwidth() += option->fontMetrics.height();
    return result;
}

void AppStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                  QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (!baseIsFusion() || (control != CC_ScrollBar && (option->state & State_HasFocus)))
        return;
    // Number and date fields, and a choice one can also type into, draw their own frames; a
    // scroll bar's handle is edged too, to be told from its groove.
    if (control == CC_ScrollBar) {
        const QRect handle = subControlRect(control, option, SC_ScrollBarSlider, widget);
        if (handle.isValid() && !handle.isEmpty())
            drawEdge(handle, option, painter);
    } else if (control == CC_SpinBox) {
        const auto *spin = qstyleoption_cast<const QStyleOptionSpinBox *>(option);
        if (spin && spin->frame)
            drawEdge(option->rect, option, painter);
    } else if (control == CC_ComboBox) {
        const auto *combo = qstyleoption_cast<const QStyleOptionComboBox *>(option);
        if (combo && combo->frame && combo->editable)
            drawEdge(option->rect, option, painter);
    }
}

QIcon AppStyle::standardIcon(StandardPixmap which, const QStyleOption *option,
                             const QWidget *widget) const
{
    // What the style's choice may depend on is kept now; the widget itself may be gone by the
    // time the icon is drawn. The option's direction picks arrows for right-to-left languages.
    QStyleOption kept;
    kept.direction = option   ? option->direction
                     : widget ? widget->layoutDirection()
                              : QGuiApplication::layoutDirection();
    return QIcon(new DeferredIconEngine([style = QPointer<const AppStyle>(this), which, kept] {
        return style ? style->QProxyStyle::standardIcon(which, &kept, nullptr) : QIcon();
    }));
}

} // namespace nextsteps
