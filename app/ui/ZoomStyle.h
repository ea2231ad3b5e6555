#pragma once

#include <QProxyStyle>

namespace nextsteps {

// Tick boxes grow with the text size: at 200% a person who needs large text also needs a box
// large enough to see and to hit. Wraps whatever style the system gives.
class ZoomStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    static void setScale(qreal scale);

    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
};

} // namespace nextsteps
