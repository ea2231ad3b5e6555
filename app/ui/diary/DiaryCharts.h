#pragma once

#include "core/diary/SymptomDiary.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QStackedWidget;
class QTableWidget;

namespace nextsteps {

class TrendChart;

// "Over time": the tracked symptoms for the last month, three months or everything, all on one
// chart, one chart each (the weight too, on its own scale), or the same numbers as a table (for
// screen readers and for people who prefer numbers). On a chart the arrow keys go from point to
// point; pointSaid gives the words for the point the keyboard is on.
class DiaryCharts : public QWidget
{
    Q_OBJECT

public:
    enum class Range { Month, ThreeMonths, Everything };
    enum class View { OneChart, ChartEach, Table };

    explicit DiaryCharts(QWidget *parent = nullptr);

    void setDiary(const SymptomDiary &diary);
    void setRange(Range range);
    void setView(View view);
    void retranslate();

    QComboBox *rangeBox() const { return m_range; }
    QComboBox *viewBox() const { return m_view; }
    TrendChart *chart() const { return m_chart; }
    QList<TrendChart *> eachCharts() const { return m_each; }
    QTableWidget *table() const { return m_table; }
    // The first and last day shown.
    std::pair<QDate, QDate> days() const;

Q_SIGNALS:
    void pointSaid(const QString &text);

private:
    void refresh();
    void say(TrendChart *chart, int series, int point, const QString &unit);

    SymptomDiary m_diary;
    QComboBox *m_range;
    QComboBox *m_view;
    QLabel *m_rangeLabel;
    QLabel *m_viewLabel;
    QLabel *m_empty;
    QStackedWidget *m_pages;
    TrendChart *m_chart;
    QWidget *m_eachPage;
    QGridLayout *m_eachGrid;
    QList<TrendChart *> m_each;
    QTableWidget *m_table;
};

} // namespace nextsteps
