#include "AppStyle.h"

#include <QStyleFactory>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nextsteps;

class TestAppStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tickBoxes_growWithTheZoomButNeverShrink();
};

void TestAppStyle::tickBoxes_growWithTheZoomButNeverShrink()
{
    AppStyle style(u"Fusion"_s);
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    const int normal = fusion->pixelMetric(QStyle::PM_IndicatorWidth);
    AppStyle::setScale(2.0);
    QCOMPARE(style.pixelMetric(QStyle::PM_IndicatorWidth), 2 * normal);
    QCOMPARE(style.pixelMetric(QStyle::PM_ExclusiveIndicatorHeight),
             2 * fusion->pixelMetric(QStyle::PM_ExclusiveIndicatorHeight));
    QCOMPARE(style.pixelMetric(QStyle::PM_ButtonMargin),
             fusion->pixelMetric(QStyle::PM_ButtonMargin)); // only the boxes
    AppStyle::setScale(0.5);
    QCOMPARE(style.pixelMetric(QStyle::PM_IndicatorWidth), normal);
    AppStyle::setScale(1.0);
}

QTEST_MAIN(TestAppStyle)
#include "tst_appstyle.moc"
