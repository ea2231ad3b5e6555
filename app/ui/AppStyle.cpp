#include "AppStyle.h"

#include "DeferredIconEngine.h"

#include <QGuiApplication>
#include <QPointer>
#include <QStyleOption>
#include <QtMath>

namespace nextsteps {

namespace {
qreal currentScale = 1.0;
}

void AppStyle::setScale(qreal scale)
{
    currentScale = scale;
}

int AppStyle::pixelMetric(PixelMetric metric, const QStyleOption *option,
                          const QWidget *widget) const
{
    const int base = QProxyStyle::pixelMetric(metric, option, widget);
    switch (metric) {
    case PM_IndicatorWidth:
    case PM_IndicatorHeight:
    case PM_ExclusiveIndicatorWidth:
    case PM_ExclusiveIndicatorHeight:
        // Never smaller than the style's own size.
        return currentScale > 1.0 ? qRound(base * currentScale) : base;
    default:
        return base;
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
