#include "ui/diary/DiaryPrintout.h"

#include "core/PrintedText.h"

#include "core/checklist/ChecklistData.h"
#include "ui/widgets/TrendChart.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

constexpr int ChartIndexProperty = 0x100000 + 10;

struct Chart
{
    QList<TrendChart::Series> series;
    QDate first;
    QDate last;
};

// Draws the charts where the page is drawn: lines and words stay sharp, and stay words.
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using QObject::QObject;
    QList<Chart> charts;

    QSizeF intrinsicSize(QTextDocument *document, int, const QTextFormat &) override
    {
        const qreal width = document->textWidth() > 0 ? document->textWidth() * 0.98 : 400;
        return {width, width * 0.5};
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int,
                    const QTextFormat &format) override
    {
        const int index = format.intProperty(ChartIndexProperty);
        if (index < 0 || index >= charts.size())
            return;
        const Chart &chart = charts.at(index);
        QFont font = document->defaultFont();
        font.setPointSizeF(font.pointSizeF() * 0.8);
        const TrendChart::Look look{Qt::black, QColor(0xB0, 0xB0, 0xB0), Qt::white, font};
        TrendChart::paint(painter, rect, chart.series, chart.first, chart.last, 0,
                          SymptomDiary::MaxScore, 2, look);
    }
};

QString score(int value)
{
    return value < 0 ? u"–"_s : QString::number(value);
}

QString weightText(double weight, const QString &unit)
{
    return weight < 0 ? u"–"_s : QLocale().toString(weight, 'f', 1) + u' ' + unit;
}

ChartObject *chartHandler(QTextDocument *document)
{
    if (auto *handler = document->findChild<ChartObject *>())
        return handler;
    auto *handler = new ChartObject(document);
    document->documentLayout()->registerHandler(DiaryPrintout::ChartObjectType, handler);
    return handler;
}

} // namespace

QString DiaryPrintout::title()
{
    return tr("How I’ve been since my last visit");
}

std::pair<QDate, QDate> DiaryPrintout::days(const SymptomDiary &diary, const SinceLastVisit &since)
{
    if (diary.entries.isEmpty())
        return {};
    const QDate last = diary.entries.last().date;
    QDate first = since.lastVisit.isValid() ? since.lastVisit : diary.entries.first().date;
    if (first >= last)
        first = last.addDays(-7);
    return {first, last};
}

void DiaryPrintout::append(QTextDocument *document, const SymptomDiary &diary,
                           const SinceLastVisit &since, qreal body, bool pageBreak)
{
    QTextCursor cursor(document);
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat heading = PrintedText::paragraph(0);
    if (pageBreak)
        heading.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    if (document->isEmpty())
        cursor.setBlockFormat(heading);
    else
        cursor.insertBlock(heading, PrintedText::text(body));
    cursor.insertText(title(), PrintedText::text(body * 5 / 3, true));
    cursor.insertBlock(PrintedText::paragraph(body / 2), PrintedText::text(body));
    cursor.insertText(since.lastVisit.isValid()
                          ? tr("Last visit: %1. Scores from 0 (none) to 10 (the worst).")
                                .arg(Visit::dateText(since.lastVisit))
                          : tr("Since the diary began. Scores from 0 (none) to 10 (the worst)."),
                      PrintedText::text(body));

    // The table: one row for each symptom, then the weight.
    const QTextTableFormat format = PrintedText::ruledTable(body);
    const QStringList headers{tr("Symptom"), tr("At the last visit"), tr("Now"),
                              tr("Highest since"), tr("Change")};
    const bool weight = diary.trackWeight && (since.weightThen >= 0 || since.weightNow >= 0);
    QTextTable *table = cursor.insertTable(int(since.symptoms.size()) + 1 + (weight ? 1 : 0),
                                           int(headers.size()), format);
    for (int column = 0; column < headers.size(); ++column)
        table->cellAt(0, column).firstCursorPosition().insertText(headers.at(column),
                                                                  PrintedText::text(body, true));
    for (int row = 0; row < since.symptoms.size(); ++row) {
        const SymptomChange &change = since.symptoms.at(row);
        QString highest = score(change.highest);
        if (change.highest >= 0)
            highest +=
                u" ("_s + QLocale().toString(change.highestDate, QLocale::ShortFormat) + u')';
        const QStringList cells{change.name, score(change.then), score(change.now), highest,
                                SymptomChange::trendName(change.trend)};
        for (int column = 0; column < cells.size(); ++column)
            table->cellAt(row + 1, column)
                .firstCursorPosition()
                .insertText(cells.at(column),
                            PrintedText::text(body, column == 4 && change.isNewOrWorse()));
    }
    if (weight) {
        const int row = int(since.symptoms.size()) + 1;
        const QStringList cells{tr("Weight"), weightText(since.weightThen, diary.weightUnit),
                                weightText(since.weightNow, diary.weightUnit)};
        for (int column = 0; column < cells.size(); ++column)
            table->cellAt(row, column)
                .firstCursorPosition()
                .insertText(cells.at(column), PrintedText::text(body));
    }
    cursor.movePosition(QTextCursor::End);

    // The chart: every symptom scored in these days.
    const auto [first, last] = days(diary, since);
    Chart chart{{}, first, last};
    for (const TrackedSymptom &symptom : diary.tracked()) {
        TrendChart::Series series{diary.nameOf(symptom.id), {}};
        for (const DiaryEntry &entry : diary.entries) {
            const auto it = entry.scores.constFind(symptom.id);
            if (it != entry.scores.cend() && entry.date >= first && entry.date <= last)
                series.points.append({entry.date, double(*it)});
        }
        if (!series.points.isEmpty())
            chart.series.append(series);
    }
    if (!chart.series.isEmpty()) {
        ChartObject *handler = chartHandler(document);
        QTextCharFormat object;
        object.setObjectType(ChartObjectType);
        object.setProperty(ChartIndexProperty, int(handler->charts.size()));
        handler->charts.append(chart);
        cursor.insertBlock(PrintedText::paragraph(body), PrintedText::text(body));
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }

    // The notes written since, with their days.
    bool notes = false;
    for (const DiaryEntry &entry : diary.entries) {
        if (entry.note.trimmed().isEmpty() || entry.date < first)
            continue;
        if (!notes) {
            cursor.insertBlock(PrintedText::paragraph(body), PrintedText::text(body));
            cursor.insertText(tr("Notes"), PrintedText::text(body * 4 / 3, true));
            notes = true;
        }
        cursor.insertBlock(PrintedText::paragraph(body / 4), PrintedText::text(body));
        cursor.insertText(QLocale().toString(entry.date, QLocale::ShortFormat) + u": "_s,
                          PrintedText::text(body, true));
        cursor.insertText(entry.note.trimmed(), PrintedText::text(body));
    }
}

std::unique_ptr<QTextDocument> DiaryPrintout::build(const SymptomDiary &diary,
                                                    const SinceLastVisit &since, qreal body)
{
    auto document = std::make_unique<QTextDocument>();
    QFont base = QGuiApplication::font();
    base.setPointSizeF(body);
    document->setDefaultFont(base);
    append(document.get(), diary, since, body, false);
    return document;
}

QString DiaryPrintout::toPlainText(const SymptomDiary &diary, const SinceLastVisit &since)
{
    QStringList lines{title()};
    lines << (since.lastVisit.isValid()
                  ? tr("Last visit: %1. Scores from 0 (none) to 10 (the worst).")
                        .arg(Visit::dateText(since.lastVisit))
                  : tr("Since the diary began. Scores from 0 (none) to 10 (the worst)."))
          << QString();
    for (const SymptomChange &change : since.symptoms)
        lines << u"- "_s + change.describe();
    if (diary.trackWeight && (since.weightThen >= 0 || since.weightNow >= 0))
        lines << u"- "_s + tr("Weight: %1 then, %2 now")
                               .arg(weightText(since.weightThen, diary.weightUnit),
                                    weightText(since.weightNow, diary.weightUnit));
    const QDate first = days(diary, since).first;
    for (const DiaryEntry &entry : diary.entries) {
        if (!entry.note.trimmed().isEmpty() && entry.date >= first)
            lines << QLocale().toString(entry.date, QLocale::ShortFormat) + u": "_s +
                         entry.note.trimmed();
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace nextsteps

#include "DiaryPrintout.moc"
