#pragma once

#include <QProxyStyle>

namespace nextsteps {

// The system's own style with one change: tick boxes grow with the text size. At 200% a person
// who needs large text also needs a box large enough to see and to hit.
class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    static void setScale(qreal scale);

    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
};

} // namespace nextsteps
