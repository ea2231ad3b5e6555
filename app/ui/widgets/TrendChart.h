#pragma once

#include <QColor>
#include <QDate>
#include <QFont>
#include <QList>
#include <QString>
#include <QWidget>

#include <utility>

class QPainter;

namespace nextsteps {

// A line chart of values over days, drawn with QPainter (small on purpose: Qt Charts is GPL).
// Each series has its own marker shape and line pattern as well as its colour, and a legend
// names it with its marker, so colour is never the only cue. Markers are drawn at each point
// where the points stand apart, and spaced out along the line where they crowd (years of days). The
// keyboard moves from point to point (Left/Right, Home/End) and from series to series (Up/Down);
// the point is ringed and currentPointChanged says which, for the owner to put into words.
class TrendChart : public QWidget
{
    Q_OBJECT

public:
    struct Series
    {
        QString label;
        QList<std::pair<QDate, double>> points; // by date, oldest first
        // Which colour, marker and line it is drawn with; -1: its place in the list. A series
        // that keeps its number keeps its look when others come and go.
        int style = -1;
    };
    // What the chart is drawn with: the theme's colours and font, on screen or on paper.
    struct Look
    {
        QColor text;
        QColor grid;
        QColor background;
        QFont font;
    };
    enum class Marker { Circle, Square, TriangleUp, Diamond, TriangleDown, Cross, Plus, Bar };

    explicit TrendChart(QWidget *parent = nullptr);

    void setSeries(const QList<Series> &series);
    const QList<Series> &series() const { return m_series; }
    // The days shown, first to last; points outside are not drawn.
    void setDays(const QDate &first, const QDate &last);
    // The values shown, with a labelled line every step ("0 to 10, every 2").
    void setValues(double low, double high, double step);
    int currentSeries() const { return m_currentSeries; }
    int currentPoint() const { return m_currentPoint; }
    void setCurrent(int series, int point);

    static QColor color(int series, const QColor &background);
    static Marker marker(int series);
    static Qt::PenStyle lineStyle(int series);
    // Draws the whole chart (legend, axes, lines, markers) in rect.
    static void paint(QPainter *painter, const QRectF &rect, const QList<Series> &series,
                      const QDate &first, const QDate &last, double low, double high, double step,
                      const Look &look, int currentSeries = -1, int currentPoint = -1);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void currentPointChanged(int series, int point);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    QList<Series> m_series;
    QDate m_first;
    QDate m_last;
    double m_low = 0;
    double m_high = 10;
    double m_step = 2;
    int m_currentSeries = -1;
    int m_currentPoint = -1;
};

} // namespace nextsteps
