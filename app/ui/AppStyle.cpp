#include "AppStyle.h"

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

} // namespace nextsteps
