#include "ui/style/AppStyle.h"
#include "ui/widgets/TextSize.h"

#include <QApplication>
#include <QImage>
#include <QMenuBar>
#include <QPushButton>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nextsteps;

class TestAppStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardIcons_lookAsTheSystemStyleDrawsThem_data();
    void standardIcons_lookAsTheSystemStyleDrawsThem();
    void standardIcons_followTheTextDirection();
    void standardIcons_outliveTheWidgetThatAskedForThem();
    void tickBoxes_growWithTheZoomButNeverShrink();
};

void TestAppStyle::standardIcons_lookAsTheSystemStyleDrawsThem_data()
{
    QTest::addColumn<QStyle::StandardPixmap>("which");
    QTest::newRow("menu bar extension") << QStyle::SP_ToolBarHorizontalExtensionButton;
    QTest::newRow("clear field") << QStyle::SP_LineEditClearButton;
    QTest::newRow("warning") << QStyle::SP_MessageBoxWarning;
    QTest::newRow("save") << QStyle::SP_DialogSaveButton;
}

void TestAppStyle::standardIcons_lookAsTheSystemStyleDrawsThem()
{
    QFETCH(QStyle::StandardPixmap, which);
    AppStyle style(u"Fusion"_s);
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    const QIcon ours = style.standardIcon(which);
    const QIcon theirs = fusion->standardIcon(which);
    QCOMPARE(ours.isNull(), theirs.isNull());
    for (int size : {16, 32}) {
        const QImage a = ours.pixmap(size, size).toImage();
        const QImage b = theirs.pixmap(size, size).toImage();
        QCOMPARE(a.size(), b.size());
        QCOMPARE(a, b);
    }
}

void TestAppStyle::standardIcons_followTheTextDirection()
{
    AppStyle style(u"Fusion"_s);
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    QStyleOption rightToLeft;
    rightToLeft.direction = Qt::RightToLeft;
    const QImage ours =
        style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, &rightToLeft)
            .pixmap(16, 16)
            .toImage();
    const QImage theirs =
        fusion->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, &rightToLeft)
            .pixmap(16, 16)
            .toImage();
    QCOMPARE(ours, theirs);
    const QImage leftToRight =
        fusion->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).pixmap(16, 16).toImage();
    QVERIFY(ours != leftToRight); // the arrows point the other way
}

void TestAppStyle::standardIcons_outliveTheWidgetThatAskedForThem()
{
    AppStyle style(u"Fusion"_s);
    QIcon icon;
    {
        QMenuBar bar;
        bar.setStyle(&style);
        icon = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, nullptr, &bar);
    }
    QVERIFY(!icon.pixmap(16, 16).isNull());
}

void TestAppStyle::tickBoxes_growWithTheZoomButNeverShrink()
{
    AppStyle style(u"Fusion"_s);
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    const int normal = fusion->pixelMetric(QStyle::PM_IndicatorWidth);
    TextSize::set(200);
    QCOMPARE(style.pixelMetric(QStyle::PM_IndicatorWidth), 2 * normal);
    QCOMPARE(style.pixelMetric(QStyle::PM_ExclusiveIndicatorHeight),
             2 * fusion->pixelMetric(QStyle::PM_ExclusiveIndicatorHeight));
    QCOMPARE(style.pixelMetric(QStyle::PM_ButtonMargin),
             fusion->pixelMetric(QStyle::PM_ButtonMargin)); // the boxes and the icons only
    // The icons beside a button's words (Close, OK) and a menu's grow with them.
    QPushButton button(style.standardIcon(QStyle::SP_DialogCloseButton), u"Close"_s);
    button.setStyle(&style);
    QCOMPARE(button.iconSize().width(), 2 * fusion->pixelMetric(QStyle::PM_ButtonIconSize));
    QCOMPARE(style.pixelMetric(QStyle::PM_SmallIconSize),
             2 * fusion->pixelMetric(QStyle::PM_SmallIconSize));
    // Scroll bars: wider at large sizes, up to twice.
    const int bar = fusion->pixelMetric(QStyle::PM_ScrollBarExtent);
    QCOMPARE(style.pixelMetric(QStyle::PM_ScrollBarExtent), 2 * bar);
    TextSize::set(300);
    QCOMPARE(style.pixelMetric(QStyle::PM_ScrollBarExtent), 2 * bar);
    TextSize::set(50);
    QCOMPARE(style.pixelMetric(QStyle::PM_ScrollBarExtent), bar);
    QCOMPARE(style.pixelMetric(QStyle::PM_IndicatorWidth), normal);
    TextSize::set(100);
}

QTEST_MAIN(TestAppStyle)
#include "tst_appstyle.moc"
