// How I've been with three years of daily scores for 15 symptoms: opening the diary (reading it
// from the list's file and drawing the pane), redrawing its chart, and its page as a PDF, each
// beside a baseline measured in the same run. Prints a Markdown table; never fails on a number.
// Run it on the platform people use too (xcb under Xvfb): the figures include the painting.
#include "CompareMs.h"
#include "core/checklist/ChecklistFormat.h"
#include "core/checklist/ChecklistModel.h"
#include "core/diary/SinceLastVisit.h"
#include "core/diary/SymptomDiary.h"
#include "core/print/PagedPrinter.h"
#include "ui/diary/DiaryCharts.h"
#include "ui/diary/DiaryPane.h"
#include "ui/diary/DiaryPrintout.h"
#include "ui/widgets/TrendChart.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QSysInfo>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace nextsteps;

namespace {

struct Row
{
    QString what;
    double value;
    double baseline;
    QString goal;
};

// Three years of days, every built-in symptom scored each day, a weight and some notes.
SymptomDiary threeYears()
{
    SymptomDiary diary = SymptomDiary::withDefaults();
    const QStringList ids = SymptomDiary::builtinIds();
    const QDate last = QDate::currentDate();
    for (int i = 0; i < 3 * 365; ++i) {
        DiaryEntry entry;
        entry.date = last.addDays(i - 3 * 365 + 1);
        for (int s = 0; s < ids.size(); ++s)
            entry.scores.insert(ids.at(s), (i / 7 + s) % 11);
        entry.weight = 70 - (i % 100) / 20.0;
        if (i % 10 == 0)
            entry.note = u"Soup and rest; the mouth was sore after breakfast."_s;
        diary.setEntry(entry);
    }
    return diary;
}

// The baseline for a chart: the same points drawn by QPainter as plain lines, nothing more.
class PlainLines : public QWidget
{
public:
    QList<QPolygonF> lines;
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), Qt::white);
        painter.setRenderHint(QPainter::Antialiasing);
        for (const QPolygonF &line : std::as_const(lines))
            painter.drawPolyline(line);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    std::vector<Row> rows;
    const SymptomDiary diary = threeYears();
    const QByteArray file = [&diary] {
        ChecklistData data;
        data.sections.insert(SymptomDiary::SectionName, diary.toJson());
        return ChecklistFormat::serialize(data);
    }();

    // Open: the list's file read, the pane made and shown with everything on one chart, drawn.
    {
        QAction withQuestions;
        const auto [ours, base] = compareMs(
            9,
            [&file, &withQuestions] {
                ChecklistModel model;
                model.setChecklist(ChecklistFormat::parse(file).data);
                DiaryPane pane(&model, &withQuestions);
                pane.charts()->setRange(DiaryCharts::Range::Everything);
                pane.resize(600, 1400);
                pane.grab();
            },
            [&file, &diary] {
                // Qt's JSON reading the same bytes, and a table of the same numbers, drawn.
                const QJsonDocument document = QJsonDocument::fromJson(file);
                QTableWidget table(int(diary.entries.size()), 16);
                for (int row = 0; row < diary.entries.size(); ++row) {
                    int column = 0;
                    for (const int score : diary.entries.at(row).scores)
                        table.setItem(row, column++, new QTableWidgetItem(QString::number(score)));
                }
                table.resize(600, 1400);
                table.grab();
                Q_UNUSED(document)
            });
        rows.push_back(
            {u"Open the diary (3 years × 15 symptoms) and draw it"_s, ours, base, u"< 100 ms"_s});
    }

    // Redraw: the chart of everything, painted again.
    {
        TrendChart chart;
        PlainLines plain;
        const auto [first, last] = std::pair{diary.entries.first().date, diary.entries.last().date};
        QList<TrendChart::Series> series;
        for (const TrackedSymptom &symptom : diary.tracked()) {
            TrendChart::Series one{diary.nameOf(symptom.id), {}};
            QPolygonF line;
            for (const DiaryEntry &entry : diary.entries) {
                const double value = entry.scores.value(symptom.id);
                one.points.append({entry.date, value});
                line.append(QPointF(600.0 * first.daysTo(entry.date) / first.daysTo(last),
                                    400 - value * 40));
            }
            series.append(one);
            plain.lines.append(line);
        }
        chart.setSeries(series);
        chart.setDays(first, last);
        chart.resize(600, 400);
        plain.resize(600, 400);
        chart.show();
        plain.show();
        QPixmap target(600, 400);
        const auto [ours, base] = compareMs(
            15, [&chart, &target] { chart.render(&target); },
            [&plain, &target] { plain.render(&target); });
        rows.push_back({u"Redraw the chart of 15 symptoms over 3 years"_s, ours, base,
                        u"< 16 ms (a frame)"_s});
        // At 300% text: larger markers, thicker lines, on a whole 1366x768 screen.
        QFont large = chart.font();
        large.setPointSizeF(large.pointSizeF() * 3);
        chart.setFont(large);
        chart.resize(1300, 700);
        plain.resize(1300, 700);
        QPixmap wide(1300, 700);
        const auto [oursLarge, baseLarge] = compareMs(
            15, [&chart, &wide] { chart.render(&wide); }, [&plain, &wide] { plain.render(&wide); });
        rows.push_back(
            {u"The same at 300% text, 1300×700"_s, oursLarge, baseLarge, u"< 16 ms (a frame)"_s});
    }

    // The page as a PDF: built, cut into pages and written.
    {
        QTemporaryDir dir;
        const SinceLastVisit since =
            SinceLastVisit::compare(diary, diary.entries.at(diary.entries.size() - 60).date);
        const auto [ours, base] = compareMs(
            5,
            [&] {
                auto document = DiaryPrintout::build(diary, since, PagedPrinter::BodyPointSize);
                PagedPrinter::exportPdf(document.get(), dir.filePath(u"diary.pdf"_s),
                                        DiaryPrintout::title(), QPageSize(QPageSize::Letter));
            },
            [&] {
                // The same words as plain text, printed by Qt to a PDF.
                QTextDocument document(DiaryPrintout::toPlainText(diary, since));
                QPdfWriter writer(dir.filePath(u"plain.pdf"_s));
                document.print(&writer);
            });
        rows.push_back(
            {u"Save the diary's page as PDF (60 days since the visit)"_s, ours, base, u"< 1 s"_s});
    }

    std::printf("\nHow I've been: %s, %d cores, Qt %s, platform %s\n\n",
                qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount(), qVersion(),
                qPrintable(QGuiApplication::platformName()));
    std::printf("| Measure | Next Steps | Baseline | Ratio | Budget |\n");
    std::printf("|---|---:|---:|---:|---|\n");
    for (const Row &row : rows)
        std::printf("| %s | %.2f ms | %.2f ms | %.2f | %s |\n", qPrintable(row.what), row.value,
                    row.baseline, row.baseline > 0 ? row.value / row.baseline : 0.0,
                    qPrintable(row.goal));
    std::printf("\nBaselines: Qt's JSON reading the same bytes with a QTableWidget of the same "
                "numbers drawn; the same points as plain QPainter lines; the page's words as "
                "plain text printed by QTextDocument. Medians of repeated runs.\n");
    return 0;
}
