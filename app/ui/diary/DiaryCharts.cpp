#include "ui/diary/DiaryCharts.h"

#include "core/checklist/ChecklistData.h"
#include "ui/widgets/TrendChart.h"
#include "ui/widgets/WrappingLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

QString weightText(double weight)
{
    return QLocale().toString(weight, 'f', 1);
}

} // namespace

DiaryCharts::DiaryCharts(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"diaryCharts"_s);
    m_range = new QComboBox(this);
    m_range->setObjectName(u"diaryRange"_s);
    m_view = new QComboBox(this);
    m_view->setObjectName(u"diaryView"_s);
    m_rangeLabel = new QLabel(this);
    m_rangeLabel->setBuddy(m_range);
    m_viewLabel = new QLabel(this);
    m_viewLabel->setBuddy(m_view);
    m_empty = new WrappingLabel(QString(), this);
    m_pages = new QStackedWidget(this);
    m_chart = new TrendChart(this);
    m_chart->setObjectName(u"diaryChart"_s);
    m_chart->setValues(0, SymptomDiary::MaxScore, 2);
    connect(m_chart, &TrendChart::currentPointChanged, this,
            [this](int series, int point) { say(m_chart, series, point, QString()); });
    m_eachPage = new QWidget(this);
    m_eachGrid = new QGridLayout(m_eachPage);
    m_eachGrid->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(this);
    m_table->setObjectName(u"diaryTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false);
    m_pages->addWidget(m_chart);
    m_pages->addWidget(m_eachPage);
    m_pages->addWidget(m_table);
    connect(m_range, &QComboBox::currentIndexChanged, this, &DiaryCharts::refresh);
    connect(m_view, &QComboBox::currentIndexChanged, this, &DiaryCharts::refresh);

    auto *choices = new QFormLayout;
    choices->setRowWrapPolicy(QFormLayout::WrapLongRows);
    choices->addRow(m_rangeLabel, m_range);
    choices->addRow(m_viewLabel, m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choices);
    layout->addWidget(m_empty);
    layout->addWidget(m_pages, 1);
    retranslate();
}

void DiaryCharts::retranslate()
{
    const QSignalBlocker rangeBlocker(m_range);
    const QSignalBlocker viewBlocker(m_view);
    const int range = std::max(0, m_range->currentIndex());
    const int view = std::max(0, m_view->currentIndex());
    m_range->clear();
    m_range->addItems({tr("The last month"), tr("The last three months"), tr("Everything")});
    m_range->setCurrentIndex(range);
    m_view->clear();
    m_view->addItems({tr("All on one chart"), tr("One chart each"), tr("Numbers in a table")});
    m_view->setCurrentIndex(view);
    m_rangeLabel->setText(tr("&Show:"));
    m_viewLabel->setText(tr("&As:"));
    m_chart->setAccessibleName(tr("Chart of the scores over time"));
    m_table->setAccessibleName(tr("Scores by day"));
    m_empty->setText(tr("No scores in these days yet."));
    refresh();
}

void DiaryCharts::setDiary(const SymptomDiary &diary)
{
    m_diary = diary;
    refresh();
}

void DiaryCharts::setRange(Range range)
{
    m_range->setCurrentIndex(int(range));
}

void DiaryCharts::setView(View view)
{
    m_view->setCurrentIndex(int(view));
}

std::pair<QDate, QDate> DiaryCharts::days() const
{
    QDate last = QDate::currentDate();
    if (!m_diary.entries.isEmpty())
        last = std::max(last, m_diary.entries.last().date);
    switch (Range(m_range->currentIndex())) {
    case Range::Month:
        return {last.addDays(-30), last};
    case Range::ThreeMonths:
        return {last.addDays(-91), last};
    case Range::Everything:
        break;
    }
    const QDate first =
        m_diary.entries.isEmpty() ? last.addDays(-30) : m_diary.entries.first().date;
    return {first < last ? first : last.addDays(-7), last};
}

void DiaryCharts::say(TrendChart *chart, int series, int point, const QString &unit)
{
    if (series < 0 || series >= chart->series().size())
        return;
    const auto &[date, value] = chart->series().at(series).points.at(point);
    const QString text = unit.isEmpty()
                             ? tr("%1, %2: %3 of 10")
                                   .arg(chart->series().at(series).label, Visit::dateText(date))
                                   .arg(int(value))
                             : tr("%1, %2: %3 %4")
                                   .arg(chart->series().at(series).label, Visit::dateText(date),
                                        weightText(value), unit);
    chart->setAccessibleDescription(text);
    Q_EMIT pointSaid(text);
}

void DiaryCharts::refresh()
{
    const auto [first, last] = days();
    QList<TrendChart::Series> all;
    // Every symptom with scores in these days, tracked now or not; each keeps its colour,
    // marker and line whatever else is shown (its place among all the diary's symptoms).
    for (int index = 0; index < m_diary.symptoms.size(); ++index) {
        const TrackedSymptom &symptom = m_diary.symptoms.at(index);
        TrendChart::Series series{m_diary.nameOf(symptom.id), {}, index};
        for (const DiaryEntry &entry : m_diary.entries) {
            const auto it = entry.scores.constFind(symptom.id);
            if (it != entry.scores.cend() && entry.date >= first && entry.date <= last)
                series.points.append({entry.date, double(*it)});
        }
        all.append(series);
    }
    TrendChart::Series weight{tr("Weight (%1)").arg(m_diary.weightUnit), {}, -1};
    for (const DiaryEntry &entry : m_diary.entries) {
        if (m_diary.trackWeight && entry.hasWeight() && entry.date >= first && entry.date <= last)
            weight.points.append({entry.date, entry.weight});
    }
    QList<TrendChart::Series> scored;
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(scored),
                 [](const TrendChart::Series &series) { return !series.points.isEmpty(); });
    m_empty->setVisible(scored.isEmpty() && weight.points.isEmpty());

    const View view = View(std::max(0, m_view->currentIndex()));
    m_pages->setCurrentIndex(int(view));
    m_chart->setSeries(scored);
    m_chart->setDays(first, last);

    // One chart each: made again when the symptoms change, one column at large text.
    qDeleteAll(m_each);
    m_each.clear();
    if (view == View::ChartEach) {
        QList<TrendChart::Series> each = scored;
        if (!weight.points.isEmpty())
            each.append(weight);
        const int columns = width() > fontMetrics().height() * 40 ? 2 : 1;
        for (int i = 0; i < each.size(); ++i) {
            auto *chart = new TrendChart(m_eachPage);
            chart->setObjectName(u"diaryChart_%1"_s.arg(i));
            chart->setAccessibleName(tr("Chart of %1").arg(each.at(i).label));
            chart->setSeries({each.at(i)});
            chart->setDays(first, last);
            const bool isWeight = i == scored.size();
            if (isWeight) {
                double low = each.at(i).points.first().second;
                double high = low;
                for (const auto &point : each.at(i).points) {
                    low = std::min(low, point.second);
                    high = std::max(high, point.second);
                }
                const double step = std::max(1.0, std::ceil((high - low) / 4));
                chart->setValues(std::floor(low / step) * step - step,
                                 std::ceil(high / step) * step + step, step);
            } else {
                chart->setValues(0, SymptomDiary::MaxScore, 2);
            }
            const QString unit = isWeight ? m_diary.weightUnit : QString();
            connect(chart, &TrendChart::currentPointChanged, this,
                    [this, chart, unit](int s, int p) { say(chart, s, p, unit); });
            chart->setMinimumHeight(fontMetrics().height() * 10);
            m_eachGrid->addWidget(chart, i / columns, i % columns);
            m_each.append(chart);
        }
    }

    // The table: the newest day first, a column for each symptom, the weight and the note.
    QStringList headers{tr("Day")};
    for (const TrackedSymptom &symptom : m_diary.tracked())
        headers << m_diary.nameOf(symptom.id);
    if (m_diary.trackWeight)
        headers << tr("Weight (%1)").arg(m_diary.weightUnit);
    headers << tr("Note");
    QList<const DiaryEntry *> rows;
    for (const DiaryEntry &entry : m_diary.entries) {
        if (entry.date >= first && entry.date <= last)
            rows.prepend(&entry);
    }
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const DiaryEntry &entry = *rows.at(row);
        int column = 0;
        m_table->setItem(
            row, column++,
            new QTableWidgetItem(QLocale().toString(entry.date, QLocale::ShortFormat)));
        for (const TrackedSymptom &symptom : m_diary.tracked()) {
            const int score = entry.scores.value(symptom.id, -1);
            m_table->setItem(row, column++,
                             new QTableWidgetItem(score < 0 ? u"–"_s : QString::number(score)));
        }
        if (m_diary.trackWeight)
            m_table->setItem(
                row, column++,
                new QTableWidgetItem(entry.hasWeight() ? weightText(entry.weight) : u"–"_s));
        m_table->setItem(row, column, new QTableWidgetItem(entry.note));
    }
    m_table->resizeColumnsToContents();
    // Rows as tall as the text at this size (at 300% the default cut the numbers in half).
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2);
}

} // namespace nextsteps
