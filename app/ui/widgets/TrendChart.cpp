#include "ui/widgets/TrendChart.h"

#include <QFontMetricsF>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScreen>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

// Told apart by people with the common kinds of colour blindness (after Okabe and Ito), each
// 3:1 or more from white (the paler ones of that set are darkened), and from a dark theme's
// background once lightened.
constexpr std::array<QRgb, 8> Palette{0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7,
                                      0x000000, 0x996600, 0x1B7F8C, 0x7A52A0};

QString dayLabel(const QDate &date)
{
    const QLocale locale;
    return locale.toString(date, locale.language() == QLocale::English ? u"MMM d"_s : u"d MMM"_s);
}

void drawMarker(QPainter *painter, TrendChart::Marker marker, const QPointF &at, qreal size,
                const QColor &color)
{
    const qreal r = size / 2;
    painter->setPen(QPen(color, std::max<qreal>(1.5, size / 6)));
    painter->setBrush(color);
    switch (marker) {
    case TrendChart::Marker::Circle:
        painter->drawEllipse(at, r, r);
        break;
    case TrendChart::Marker::Square:
        painter->drawRect(QRectF(at.x() - r, at.y() - r, size, size));
        break;
    case TrendChart::Marker::TriangleUp:
    case TrendChart::Marker::TriangleDown: {
        const qreal flip = marker == TrendChart::Marker::TriangleUp ? 1 : -1;
        const QPointF points[] = {{at.x(), at.y() - r * 1.2 * flip},
                                  {at.x() - r * 1.1, at.y() + r * 0.9 * flip},
                                  {at.x() + r * 1.1, at.y() + r * 0.9 * flip}};
        painter->drawPolygon(points, 3);
        break;
    }
    case TrendChart::Marker::Diamond: {
        const QPointF points[] = {{at.x(), at.y() - r * 1.3},
                                  {at.x() + r * 1.3, at.y()},
                                  {at.x(), at.y() + r * 1.3},
                                  {at.x() - r * 1.3, at.y()}};
        painter->drawPolygon(points, 4);
        break;
    }
    case TrendChart::Marker::Cross:
        painter->setPen(QPen(color, std::max<qreal>(2, size / 3.5)));
        painter->drawLine(at + QPointF(-r, -r), at + QPointF(r, r));
        painter->drawLine(at + QPointF(-r, r), at + QPointF(r, -r));
        break;
    case TrendChart::Marker::Plus:
        painter->setPen(QPen(color, std::max<qreal>(2, size / 3.5)));
        painter->drawLine(at + QPointF(-r * 1.2, 0), at + QPointF(r * 1.2, 0));
        painter->drawLine(at + QPointF(0, -r * 1.2), at + QPointF(0, r * 1.2));
        break;
    case TrendChart::Marker::Bar:
        painter->drawRect(QRectF(at.x() - r * 1.4, at.y() - r * 0.45, r * 2.8, r * 0.9));
        break;
    }
}

} // namespace

TrendChart::TrendChart(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void TrendChart::setSeries(const QList<Series> &series)
{
    m_series = series;
    if (m_currentSeries >= m_series.size())
        m_currentSeries = -1;
    if (m_currentSeries < 0 || m_currentPoint >= m_series.at(m_currentSeries).points.size())
        m_currentPoint = -1;
    updateGeometry();
    update();
}

void TrendChart::setDays(const QDate &first, const QDate &last)
{
    m_first = first;
    m_last = last;
    update();
}

void TrendChart::setValues(double low, double high, double step)
{
    m_low = low;
    m_high = high > low ? high : low + 1;
    m_step = step > 0 ? step : (m_high - m_low);
    update();
}

void TrendChart::setCurrent(int series, int point)
{
    if (series < 0 || series >= m_series.size() || m_series.at(series).points.isEmpty())
        return;
    m_currentSeries = series;
    m_currentPoint = std::clamp(point, 0, int(m_series.at(series).points.size()) - 1);
    update();
    Q_EMIT currentPointChanged(m_currentSeries, m_currentPoint);
}

QColor TrendChart::color(int series, const QColor &background)
{
    QColor color = QColor::fromRgb(Palette.at(size_t(series) % Palette.size()));
    if (background.lightness() < 128) // a dark theme: the same hues, light enough to read
        color = color == Qt::black ? QColor(Qt::white) : color.lighter(150);
    return color;
}

TrendChart::Marker TrendChart::marker(int series)
{
    // Shifted by one every eight, so that the ninth is not the first again.
    return Marker((series + series / 8) % 8);
}

Qt::PenStyle TrendChart::lineStyle(int series)
{
    // After the first eight, the pattern of the line tells the same shapes apart.
    constexpr std::array<Qt::PenStyle, 3> styles{Qt::SolidLine, Qt::DashLine, Qt::DotLine};
    return styles.at(size_t(series / 8) % styles.size());
}

void TrendChart::paint(QPainter *painter, const QRectF &rect, const QList<Series> &series,
                       const QDate &first, const QDate &last, double low, double high, double step,
                       const Look &look, int currentSeries, int currentPoint)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(look.font);
    const QFontMetricsF metrics(look.font, painter->device());
    const qreal line = metrics.height();
    const qreal markerSize = std::max<qreal>(6, line * 0.55);

    // The legend: each series' marker and name, as many to a row as fit.
    qreal x = rect.left();
    qreal y = rect.top();
    for (int i = 0; i < series.size(); ++i) {
        const int style = series.at(i).style >= 0 ? series.at(i).style : i;
        const qreal width = markerSize * 2.5 + metrics.horizontalAdvance(series.at(i).label);
        if (x > rect.left() && x + width > rect.right()) {
            x = rect.left();
            y += line * 1.2;
        }
        const QColor color = TrendChart::color(style, look.background);
        painter->setPen(QPen(color, std::max<qreal>(1.5, markerSize / 5), lineStyle(style)));
        painter->drawLine(QPointF(x, y + line / 2), QPointF(x + markerSize * 1.8, y + line / 2));
        drawMarker(painter, marker(style), QPointF(x + markerSize * 0.9, y + line / 2), markerSize,
                   color);
        painter->setPen(look.text);
        painter->drawText(QPointF(x + markerSize * 2.2, y + metrics.ascent()), series.at(i).label);
        x += width + line;
    }
    const qreal top = (series.isEmpty() ? y : y + line * 1.4) + line / 2;

    // The axes: values at the left, days below.
    const QLocale locale;
    qreal labelWidth = 0;
    for (double v = low; v <= high + step / 2; v += step)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(locale.toString(v, 'g', 4)));
    const QRectF plot(rect.left() + labelWidth + line / 2, top, rect.width() - labelWidth - line,
                      rect.bottom() - top - line * 1.6);
    if (plot.width() < 10 || plot.height() < 10 || !first.isValid() || !last.isValid()) {
        painter->restore();
        return;
    }
    const qint64 days = std::max<qint64>(1, first.daysTo(last));
    const auto xOf = [&](const QDate &date) {
        return plot.left() + plot.width() * double(first.daysTo(date)) / double(days);
    };
    const auto yOf = [&](double value) {
        return plot.bottom() - plot.height() * (value - low) / (high - low);
    };
    painter->setPen(QPen(look.grid, 1));
    for (double v = low; v <= high + step / 2; v += step) {
        painter->setPen(QPen(look.grid, 1));
        painter->drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
        painter->setPen(look.text);
        const QString text = locale.toString(v, 'g', 4);
        painter->drawText(QPointF(plot.left() - line / 4 - metrics.horizontalAdvance(text),
                                  yOf(v) + metrics.ascent() / 2 - metrics.descent() / 2),
                          text);
    }
    // As many day labels as fit side by side, evenly spread, the first and last always.
    const qreal dayWidth = metrics.horizontalAdvance(dayLabel(QDate(2026, 12, 30))) + line;
    const int labels = std::clamp(int(plot.width() / dayWidth), 1, int(days) + 1);
    painter->setPen(look.text);
    for (int i = 0; i < labels; ++i) {
        const QDate date =
            labels == 1 ? last
                        : first.addDays(qint64(std::llround(double(days) * i / (labels - 1))));
        const QString text = dayLabel(date);
        qreal at = xOf(date) - metrics.horizontalAdvance(text) / 2;
        at = std::clamp(at, plot.left() - labelWidth,
                        rect.right() - metrics.horizontalAdvance(text));
        painter->drawText(QPointF(at, plot.bottom() + line), text);
        painter->setPen(QPen(look.grid, 1));
        painter->drawLine(QPointF(xOf(date), plot.bottom()),
                          QPointF(xOf(date), plot.bottom() + line / 4));
        painter->setPen(look.text);
    }
    painter->setPen(QPen(look.text, 1));
    painter->drawLine(plot.bottomLeft(), plot.bottomRight());
    painter->drawLine(plot.bottomLeft(), plot.topLeft());

    // The lines and their markers.
    painter->setClipRect(plot.adjusted(-markerSize, -markerSize, markerSize, markerSize));
    for (int i = 0; i < series.size(); ++i) {
        const int style = series.at(i).style >= 0 ? series.at(i).style : i;
        const QColor color = TrendChart::color(style, look.background);
        QPolygonF points;
        for (const auto &[date, value] : series.at(i).points) {
            if (date >= first && date <= last)
                points.append(QPointF(xOf(date), yOf(value)));
        }
        // Markers where the points stand apart; a crowd of them would be one smudge.
        const qreal spacing = plot.width() / std::max<qsizetype>(1, points.size());
        const bool apart = points.size() < 2 || spacing >= markerSize * 1.5;
        // More points than the plot has pixels (years of days): each pixel column's points
        // as one, their mean. A line looks the same; drawing it costs a frame, not seconds.
        QPolygonF line;
        if (spacing < 1) {
            qreal column = -1;
            qreal sum = 0;
            int count = 0;
            for (const QPointF &point : std::as_const(points)) {
                const qreal x = std::floor(point.x());
                if (x != column && count > 0) {
                    line.append(QPointF(column, sum / count));
                    sum = 0;
                    count = 0;
                }
                column = x;
                sum += point.y();
                ++count;
            }
            if (count > 0)
                line.append(QPointF(column, sum / count));
        } else {
            line = points;
        }
        const qreal width = std::max<qreal>(1.5, markerSize / 5);
        painter->setBrush(Qt::NoBrush);
        if (apart) {
            painter->setPen(QPen(color, width, lineStyle(style), Qt::RoundCap, Qt::RoundJoin));
            painter->drawPolyline(line);
        } else {
            // A dense line as its segments, solid: one antialiased polyline that crosses
            // itself hundreds of times costs a quarter of a second to fill; its segments, a few
            // milliseconds (tests/bench/diary_bench). The markers, spaced out below, tell the
            // lines apart; a dash pattern could not be seen here anyway.
            QList<QLineF> segments;
            segments.reserve(line.size());
            for (qsizetype k = 1; k < line.size(); ++k)
                segments.append(QLineF(line.at(k - 1), line.at(k)));
            painter->setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap));
            painter->drawLines(segments);
        }
        if (apart) {
            for (const QPointF &point : std::as_const(points))
                drawMarker(painter, marker(style), point, markerSize, color);
        } else {
            // A marker every few marker widths along the line, staggered from series to
            // series so that they do not sit on one another.
            const qreal every = markerSize * 6;
            qreal next = line.isEmpty() ? 0 : line.first().x() + every * (i % 4) / 4;
            for (const QPointF &point : std::as_const(line)) {
                if (point.x() >= next) {
                    drawMarker(painter, marker(style), point, markerSize, color);
                    next = point.x() + every;
                }
            }
        }
    }
    // The point the keyboard is on, ringed.
    if (currentSeries >= 0 && currentSeries < series.size() && currentPoint >= 0 &&
        currentPoint < series.at(currentSeries).points.size()) {
        const auto &[date, value] = series.at(currentSeries).points.at(currentPoint);
        painter->setPen(QPen(look.text, std::max<qreal>(2, markerSize / 4)));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QPointF(xOf(date), yOf(value)), markerSize * 1.3, markerSize * 1.3);
    }
    painter->restore();
}

QSize TrendChart::sizeHint() const
{
    // Never taller than about half the screen: at 300% the chart with its dates stays in view.
    const int line = fontMetrics().height();
    const int half = screen() ? screen()->availableGeometry().height() / 2 : line * 14;
    return {line * 24, std::min(line * 14, std::max(half, line * 9))};
}

QSize TrendChart::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 12, line * 9};
}

void TrendChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette colors = palette();
    painter.fillRect(rect(), colors.base());
    const Look look{colors.color(QPalette::Text), colors.color(QPalette::Mid),
                    colors.color(QPalette::Base), font()};
    const int pad = fontMetrics().height() / 2;
    paint(&painter, QRectF(rect()).adjusted(pad, pad, -pad, -pad), m_series, m_first, m_last, m_low,
          m_high, m_step, look, hasFocus() ? m_currentSeries : -1, m_currentPoint);
    if (hasFocus()) {
        painter.setPen(QPen(colors.color(QPalette::Highlight), 2));
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void TrendChart::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    if (m_currentSeries < 0) {
        for (int i = 0; i < m_series.size(); ++i) {
            if (!m_series.at(i).points.isEmpty()) {
                setCurrent(i, int(m_series.at(i).points.size()) - 1);
                break;
            }
        }
    } else {
        Q_EMIT currentPointChanged(m_currentSeries, m_currentPoint);
    }
    update();
}

void TrendChart::keyPressEvent(QKeyEvent *event)
{
    if (m_currentSeries < 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    const auto &points = m_series.at(m_currentSeries).points;
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrent(m_currentSeries, m_currentPoint - 1);
        break;
    case Qt::Key_Right:
        setCurrent(m_currentSeries, m_currentPoint + 1);
        break;
    case Qt::Key_Home:
        setCurrent(m_currentSeries, 0);
        break;
    case Qt::Key_End:
        setCurrent(m_currentSeries, int(points.size()) - 1);
        break;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        // The next series with points, at the point nearest the same day.
        const int step = event->key() == Qt::Key_Down ? 1 : -1;
        const QDate day = points.at(m_currentPoint).first;
        for (int s = m_currentSeries + step; s >= 0 && s < m_series.size(); s += step) {
            const auto &other = m_series.at(s).points;
            if (other.isEmpty())
                continue;
            int nearest = 0;
            for (int p = 0; p < other.size(); ++p) {
                if (std::abs(other.at(p).first.daysTo(day)) <
                    std::abs(other.at(nearest).first.daysTo(day)))
                    nearest = p;
            }
            setCurrent(s, nearest);
            break;
        }
        break;
    }
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace nextsteps
