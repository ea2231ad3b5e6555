#include "ui/widgets/TrendChart.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nextsteps;

namespace {

const QDate First(2026, 11, 1);
const QDate Last(2026, 11, 30);

TrendChart::Look look()
{
    QFont font = QApplication::font();
    font.setPointSize(10);
    return {Qt::black, QColor(0xC0, 0xC0, 0xC0), Qt::white, font};
}

QImage draw(const QList<TrendChart::Series> &series, const QSize &size = {600, 360})
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    TrendChart::paint(&painter, QRectF(QPointF(), size), series, First, Last, 0, 10, 2, look());
    return image;
}

// The rows where a colour is drawn in a band of columns around x: its top and bottom.
std::pair<int, int> rowsOf(const QImage &image, QRgb color, int x, int halfWidth = 3)
{
    int top = -1;
    int bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        for (int dx = -halfWidth; dx <= halfWidth; ++dx) {
            const int column = x + dx;
            if (column < 0 || column >= image.width())
                continue;
            const QColor pixel = image.pixelColor(column, y);
            const QColor wanted = QColor::fromRgb(color);
            if (std::abs(pixel.red() - wanted.red()) < 30 &&
                std::abs(pixel.green() - wanted.green()) < 30 &&
                std::abs(pixel.blue() - wanted.blue()) < 30) {
                if (top < 0)
                    top = y;
                bottom = y;
            }
        }
    }
    return {top, bottom};
}

QImage grayscale(const QImage &image)
{
    return image.convertToFormat(QImage::Format_Grayscale8);
}

} // namespace

// The chart, read from its pixels: a higher score draws higher, each series is told apart in
// grayscale, the keyboard moves from point to point.
class TestTrendChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void higherScore_isDrawnHigher_data();
    void higherScore_isDrawnHigher();
    void series_differInGrayscale_data();
    void series_differInGrayscale();
    void colors_areReadableOnLightAndDark();
    void keyboard_movesPointToPointAndSeriesToSeries();
    void manyPoints_stillDrawTheLine();
};

void TestTrendChart::higherScore_isDrawnHigher_data()
{
    QTest::addColumn<int>("low");
    QTest::addColumn<int>("high");
    QTest::addColumn<int>("series");
    for (const auto &[low, high] : {std::pair{0, 10}, {2, 3}, {4, 9}, {7, 8}}) {
        for (int series : {0, 1, 3})
            QTest::addRow("%d then %d, series %d", low, high, series) << low << high << series;
    }
}

void TestTrendChart::higherScore_isDrawnHigher()
{
    QFETCH(int, low);
    QFETCH(int, high);
    QFETCH(int, series);
    // The series drawn in its own colour, the ones before it empty.
    QList<TrendChart::Series> all(series);
    for (int i = 0; i < series; ++i)
        all[i].label = u"Empty %1"_s.arg(i);
    all.append({u"Pain"_s, {{First.addDays(5), double(low)}, {First.addDays(25), double(high)}}});
    const QImage image = draw(all);
    const QRgb color = TrendChart::color(series, Qt::white).rgb();
    // Where the two days are, across the plot: a fifth and five sixths of the way.
    const auto [firstTop, firstBottom] = rowsOf(image, color, int(image.width() * 0.22));
    const auto [secondTop, secondBottom] = rowsOf(image, color, int(image.width() * 0.83));
    QVERIFY2(firstTop > 0 && secondTop > 0, "the markers were not found");
    QVERIFY2((secondTop + secondBottom) / 2 < (firstTop + firstBottom) / 2,
             qPrintable(u"%1 drawn at %2, %3 at %4"_s.arg(low)
                            .arg((firstTop + firstBottom) / 2)
                            .arg(high)
                            .arg((secondTop + secondBottom) / 2)));
}

void TestTrendChart::series_differInGrayscale_data()
{
    QTest::addColumn<int>("a");
    QTest::addColumn<int>("b");
    for (int a = 0; a < 16; ++a) {
        for (int b = a + 1; b < 16; ++b)
            QTest::addRow("%d and %d", a, b) << a << b;
    }
}

void TestTrendChart::series_differInGrayscale()
{
    QFETCH(int, a);
    QFETCH(int, b);
    // The same points drawn as series a and as series b, with no legend words to differ: in
    // grayscale the two pictures still differ (the marker's shape or the line's pattern).
    const auto picture = [](int index) {
        QList<TrendChart::Series> all(index + 1);
        all[index].points = {{First.addDays(3), 2}, {First.addDays(15), 6}, {First.addDays(27), 4}};
        QImage image(400, 240, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        // Only the plot: the legend's rows (for the empty series before) are cut off.
        TrendChart::paint(&painter,
                          QRectF(0, -30.0 * (index / 3 + 1), 400, 270 + 30.0 * (index / 3 + 1)),
                          all, First, Last, 0, 10, 2, look());
        return grayscale(image).copy(60, 60, 330, 150);
    };
    const QImage first = picture(a);
    const QImage second = picture(b);
    int differing = 0;
    for (int y = 0; y < first.height(); ++y) {
        for (int x = 0; x < first.width(); ++x)
            differing += std::abs(qGray(first.pixel(x, y)) - qGray(second.pixel(x, y))) > 60;
    }
    QVERIFY2(differing > 20, qPrintable(u"only %1 pixels differ"_s.arg(differing)));
}

void TestTrendChart::colors_areReadableOnLightAndDark()
{
    // Each colour stands 3:1 from the background it is drawn on (WCAG's contrast for graphics).
    const auto luminance = [](const QColor &color) {
        const auto channel = [](double c) {
            c /= 255;
            return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) +
               0.0722 * channel(color.blue());
    };
    for (const QColor &background : {QColor(Qt::white), QColor(0x20, 0x20, 0x20)}) {
        for (int i = 0; i < 8; ++i) {
            const double a = luminance(TrendChart::color(i, background));
            const double b = luminance(background);
            const double ratio = (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
            QVERIFY2(ratio >= 3.0,
                     qPrintable(u"series %1 on %2: %3"_s.arg(i).arg(background.name()).arg(ratio)));
        }
    }
}

void TestTrendChart::keyboard_movesPointToPointAndSeriesToSeries()
{
    TrendChart chart;
    chart.resize(500, 300);
    chart.setDays(First, Last);
    chart.setSeries(
        {{u"Pain"_s, {{First.addDays(1), 2}, {First.addDays(10), 5}, {First.addDays(20), 7}}},
         {u"Cough"_s, {{First.addDays(9), 1}, {First.addDays(21), 3}}}});
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QSignalSpy said(&chart, &TrendChart::currentPointChanged);
    chart.setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(chart.hasFocus());
    // Reached: the latest point of the first series.
    QCOMPARE(chart.currentSeries(), 0);
    QCOMPARE(chart.currentPoint(), 2);
    QTest::keyClick(&chart, Qt::Key_Left);
    QCOMPARE(chart.currentPoint(), 1);
    QTest::keyClick(&chart, Qt::Key_Down); // to Cough, nearest day 10: day 9
    QCOMPARE(chart.currentSeries(), 1);
    QCOMPARE(chart.currentPoint(), 0);
    QTest::keyClick(&chart, Qt::Key_End);
    QCOMPARE(chart.currentPoint(), 1);
    QTest::keyClick(&chart, Qt::Key_Right); // past the end: stays
    QCOMPARE(chart.currentPoint(), 1);
    QTest::keyClick(&chart, Qt::Key_Home);
    QCOMPARE(chart.currentPoint(), 0);
    QVERIFY(said.count() >= 5);
    QCOMPARE(said.last().at(0).toInt(), 1);
    QCOMPARE(said.last().at(1).toInt(), 0);
}

void TestTrendChart::manyPoints_stillDrawTheLine()
{
    // Three years of days on a small chart: too many markers to tell apart, the line is drawn.
    TrendChart::Series series{u"Pain"_s, {}};
    const QDate start = First.addDays(-3 * 365);
    for (int i = 0; i <= 3 * 365 + 29; ++i)
        series.points.append({start.addDays(i), double(i % 11)});
    QImage image(300, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    TrendChart::paint(&painter, QRectF(0, 0, 300, 200), {series}, start, Last, 0, 10, 2, look());
    painter.end();
    const auto [top, bottom] = rowsOf(image, TrendChart::color(0, Qt::white).rgb(), 150, 20);
    QVERIFY(top > 0);
    QVERIFY(bottom - top > 60); // the line goes up and down the plot
}

QTEST_MAIN(TestTrendChart)
#include "tst_trendchart.moc"
