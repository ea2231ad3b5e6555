#include "FileSizeLimit.h"
#include "PaintedText.h"
#include "PdfText.h"
#include "SampleLists.h"
#include "TestFiles.h"
#include "core/PrivateFile.h"
#include "core/checklist/ChecklistStore.h"
#include "core/guide/Guide.h"
#include "core/print/ChecklistPrintout.h"
#include "core/print/PagedPrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace nextsteps;
using namespace nextsteps::testfiles;
using nextsteps::testprint::PaintedText;

namespace {

enum class Length { Short, Long, LongerThanAPage };
enum class Answers { None, Some, All, MultiLine, OneLongerThanAPage };

QString marker(QChar kind, int number)
{
    return u"%1%2x"_s.arg(kind).arg(number, 4, 10, QChar(u'0'));
}

QString words(int count, int seed)
{
    static const QStringList pool{u"what"_s,     u"should"_s, u"I"_s,         u"know"_s,
                                  u"about"_s,    u"my"_s,     u"treatment"_s, u"and"_s,
                                  u"the"_s,      u"next"_s,   u"scan"_s,      u"swallowing"_s,
                                  u"hospice"_s,  u"care"_s,   u"team"_s,      u"pain"_s,
                                  u"medicine"_s, u"trial"_s,  u"cost"_s,      u"breathing"_s};
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << pool.at((i * 7 + seed) % pool.size()) + QString::number(i); // no two alike
    return out.join(u' ');
}

// A list whose every question and answer carries a marker found nowhere else.
ChecklistData shapedList(int count, Length length, Answers answers)
{
    ChecklistData data;
    data.visit = {QDate(2026, 12, 1), u"Dr. Lee"_s};
    for (int i = 1; i <= count; ++i) {
        const int size = length == Length::Short   ? 6
                         : length == Length::Long  ? 60
                         : i == std::min(count, 3) ? 1400
                                                   : 10;
        ChecklistItem item = samples::item(marker(u'Q', i) + u' ' + words(size, i) + u'?');
        item.important = i % 7 == 3;
        item.asked = i % 5 == 0;
        const bool answered = answers == Answers::All || answers == Answers::MultiLine ||
                              (answers == Answers::Some && i % 3 == 1) ||
                              (answers == Answers::OneLongerThanAPage && i % 4 == 1);
        if (answered) {
            item.answer = marker(u'A', i) + u' ' + words(8, i + 3) + u'.';
            if (answers == Answers::MultiLine)
                item.answer += u'\n' + words(12, i) + u".\n" + words(5, i + 1) + u'.';
            if (answers == Answers::OneLongerThanAPage && i == 1) {
                for (int line = 0; line < 90; ++line)
                    item.answer += u'\n' + words(9, line) + u'.';
            }
        }
        data.items.append(item);
    }
    return data;
}

QString flat(const QString &text)
{
    return QString(text).replace(u'\n', u' ').simplified();
}

QString withoutSpaces(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

// Every question and answer on the paper exactly once, in the printout's order: important
// questions first, then the rest, each group in list order, each answer under its question.
void checkEveryItemOnce(const QString &paper, const ChecklistData &data, bool wholeTexts)
{
    const QString text = flat(paper);
    qsizetype last = -1;
    for (const ChecklistItem &item : importantFirst(data.items)) {
        const QString question = item.text.left(5) + u'x';
        QCOMPARE(text.count(question), 1);
        const qsizetype at = text.indexOf(question);
        QVERIFY2(at > last, qPrintable(question + u" is out of order"_s));
        last = at;
        if (wholeTexts)
            QVERIFY2(text.contains(flat(item.text)), qPrintable(question + u" is not whole"_s));
        if (item.answer.isEmpty())
            continue;
        const QString answer = item.answer.left(5) + u'x';
        QCOMPARE(text.count(answer), 1);
        const qsizetype answerAt = text.indexOf(answer);
        QVERIFY2(answerAt > last, qPrintable(answer + u" is not under its question"_s));
        last = answerAt;
        if (wholeTexts)
            QVERIFY2(text.contains(flat(item.answer)), qPrintable(answer + u" is not whole"_s));
    }
}

struct PaintedPages
{
    QStringList pages;
    int ruledLines = 0;
    QString error;
    // Text of the document drawn over the header or the footer, with where.
    QStringList outsideBody;
};

// On every page the first line drawn is the header and the last the footer: everything else
// (the document's text) must lie between them, never over either.
QStringList outsideBody(const QList<PaintedText::Item> &items, int page)
{
    QStringList problems;
    if (items.size() < 3)
        return problems;
    const qreal headerBaseline = items.first().baseline;
    const qreal footerBaseline = items.last().baseline;
    qreal headerBottom = items.first().bottom;
    qreal footerTop = items.last().top;
    for (const PaintedText::Item &item : items) {
        if (qFuzzyCompare(item.baseline + 1, headerBaseline + 1))
            headerBottom = std::max(headerBottom, item.bottom);
        if (qFuzzyCompare(item.baseline + 1, footerBaseline + 1))
            footerTop = std::min(footerTop, item.top);
    }
    for (const PaintedText::Item &item : items) {
        if (qFuzzyCompare(item.baseline + 1, headerBaseline + 1) ||
            qFuzzyCompare(item.baseline + 1, footerBaseline + 1))
            continue;
        if (item.top < headerBottom || item.bottom > footerTop)
            problems << u"page %1: \"%2\" at %3..%4, the body is %5..%6"_s.arg(page + 1)
                            .arg(item.text.left(30))
                            .arg(item.top)
                            .arg(item.bottom)
                            .arg(headerBottom)
                            .arg(footerTop);
    }
    return problems;
}

// Lays the document out for the PDF writer's pages and paints every page where its text can
// be read back.
PaintedPages paintAll(QTextDocument *document, const QPageSize &size)
{
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    writer.setResolution(300);
    writer.setPageSize(size);
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    PagedPrinter printer(document, ChecklistPrintout::title(),
                         QDateTime(QDate(2026, 11, 27), QTime(9, 0)));
    PaintedPages result;
    if (!printer.paginate(&writer)) {
        result.error = printer.error();
        return result;
    }
    PaintedText recorder(writer);
    for (int page = 0; page < printer.pageCount(); ++page) {
        recorder.clear();
        QPainter painter(&recorder);
        printer.paintPage(&painter, page);
        painter.end();
        result.pages << recorder.text();
        result.ruledLines += recorder.ruledLines();
        result.outsideBody << outsideBody(recorder.items(), page);
    }
    return result;
}

// The pages' text without their header and footer lines: text that flows on from one page to
// the next reads as one.
QString body(const QStringList &pages)
{
    QStringList bodies;
    for (const QString &page : pages) {
        QStringList lines = page.split(u'\n');
        bodies << lines.mid(1, lines.size() - 2).join(u'\n');
    }
    return bodies.join(u'\n');
}

// What pdftotext reads of each page without the header (the title, "Printed <date>") and the
// footer (the date, "Page X of Y"): the document's own text, a page's end joined to the next.
QString pdfBody(const QStringList &pages)
{
    QStringList bodies;
    for (const QString &page : pages) {
        QStringList lines = page.split(u'\n');
        lines.removeAll(QString());
        bodies << lines.mid(2, lines.size() - 4).join(u'\n');
    }
    return bodies.join(u'\n');
}

void checkHeadersAndFooters(const QStringList &pages, const QString &title)
{
    for (int i = 0; i < pages.size(); ++i) {
        const QString page = pages.at(i);
        QVERIFY2(page.startsWith(title), qPrintable(page.left(80)));
        QCOMPARE(page.count(u"Page %1 of %2"_s.arg(i + 1).arg(pages.size())), 1);
    }
}

// A text layout that lays nothing out: every block is left without lines.
class LazyLayout : public QAbstractTextDocumentLayout
{
public:
    using QAbstractTextDocumentLayout::QAbstractTextDocumentLayout;
    void draw(QPainter *, const PaintContext &) override {}
    int hitTest(const QPointF &, Qt::HitTestAccuracy) const override { return -1; }
    int pageCount() const override { return 1; }
    QSizeF documentSize() const override { return {100, 100}; }
    QRectF frameBoundingRect(QTextFrame *) const override { return {}; }
    QRectF blockBoundingRect(const QTextBlock &) const override { return {}; }

protected:
    void documentChanged(int, int, int) override {}
};

} // namespace

Q_DECLARE_METATYPE(Length)
Q_DECLARE_METATYPE(Answers)
Q_DECLARE_METATYPE(nextsteps::PrivateFile::WriteFault)

class TestPagedPrinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultPageSize_followsTheLocale();
    void everyQuestionReachesThePaper_data();
    void everyQuestionReachesThePaper();
    void everyQuestionReachesThePdf_data();
    void everyQuestionReachesThePdf();
    void questionStaysWithTheStartOfItsAnswer();
    void unansweredQuestionsGetThreeLinesToWriteOn();
    void largePrint_isLargerAndStillComplete();
    void everyTopicReachesThePaper_data();
    void everyTopicReachesThePaper();
    void blocksWithoutLines_refuseToPrint();
    void exportPdf_letterAndA4_data();
    void exportPdf_letterAndA4();
    void exportPdf_badPath_failsWithAReason_data();
    void exportPdf_badPath_failsWithAReason();
    void failedExport_leavesAnOlderPdfAlone();
    void fullDisk_failsAndLeavesAnOlderPdfAlone();
    void failingWrites_leaveAnOlderPdfAlone_data();
    void failingWrites_leaveAnOlderPdfAlone();
    void exportPdf_isPrivate();
};

void TestPagedPrinter::initTestCase()
{
    QLocale::setDefault(QLocale(u"en_US"_s));
}

void TestPagedPrinter::defaultPageSize_followsTheLocale()
{
    QCOMPARE(PagedPrinter::defaultPageSize(QLocale(u"en_US"_s)).id(), QPageSize::Letter);
    QCOMPARE(PagedPrinter::defaultPageSize(QLocale(u"en_CA"_s)).id(), QPageSize::Letter);
    QCOMPARE(PagedPrinter::defaultPageSize(QLocale(u"en_GB"_s)).id(), QPageSize::A4);
    QCOMPARE(PagedPrinter::defaultPageSize(QLocale(u"de_DE"_s)).id(), QPageSize::A4);
}

void TestPagedPrinter::everyQuestionReachesThePaper_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<Length>("length");
    QTest::addColumn<Answers>("answers");
    QTest::addColumn<QPageSize>("paper");
    const QList<std::pair<const char *, Length>> lengths{{"short", Length::Short},
                                                         {"long", Length::Long}};
    const QList<std::pair<const char *, Answers>> answerShapes{
        {"no answers", Answers::None},
        {"some answers", Answers::Some},
        {"all answers", Answers::All},
        {"multi-line answers", Answers::MultiLine},
        {"an answer longer than a page", Answers::OneLongerThanAPage}};
    const QList<std::pair<const char *, QPageSize>> papers{
        {"A4", QPageSize(QPageSize::A4)}, {"Letter", QPageSize(QPageSize::Letter)}};
    for (const int count : {1, 2, 7, 27, 28, 40, 41, 100}) {
        for (const auto &[lengthName, length] : lengths) {
            for (const auto &[answersName, answers] : answerShapes) {
                for (const auto &[paperName, paper] : papers) {
                    QTest::addRow("%d %s, %s, %s", count, lengthName, answersName, paperName)
                        << count << length << answers << paper;
                }
            }
        }
    }
    for (const auto &[paperName, paper] : papers) {
        QTest::addRow("200 long, some answers, %s", paperName)
            << 200 << Length::Long << Answers::Some << paper;
        QTest::addRow("500 short, multi-line answers, %s", paperName)
            << 500 << Length::Short << Answers::MultiLine << paper;
        QTest::addRow("500 long, no answers, %s", paperName)
            << 500 << Length::Long << Answers::None << paper;
        for (const int count : {1, 5, 40}) {
            QTest::addRow("%d, one question longer than a page, %s", count, paperName)
                << count << Length::LongerThanAPage << Answers::Some << paper;
        }
    }
}

void TestPagedPrinter::everyQuestionReachesThePaper()
{
    QFETCH(int, count);
    QFETCH(Length, length);
    QFETCH(Answers, answers);
    QFETCH(QPageSize, paper);
    const ChecklistData data = shapedList(count, length, answers);
    auto document = ChecklistPrintout::build(data);
    const PaintedPages painted = paintAll(document.get(), paper);
    QVERIFY2(painted.error.isEmpty(), qPrintable(painted.error));
    QVERIFY(!painted.pages.isEmpty());
    checkHeadersAndFooters(painted.pages, ChecklistPrintout::title());
    QVERIFY2(painted.outsideBody.isEmpty(), qPrintable(painted.outsideBody.join(u'\n')));
    QVERIFY(painted.pages.first().contains(u"Visit: "_s + data.visit.describe()));
    QVERIFY(painted.pages.first().contains(u"My name: "_s));
    checkEveryItemOnce(body(painted.pages), data, true);
    const QString all = painted.pages.join(u'\n');
    const int important = int(std::count_if(data.items.cbegin(), data.items.cend(),
                                            [](const ChecklistItem &i) { return i.important; }));
    QCOMPARE(all.count(u"IMPORTANT: "_s), important);
    if (length == Length::LongerThanAPage || answers == Answers::OneLongerThanAPage)
        QVERIFY(painted.pages.size() >= 2);
}

void TestPagedPrinter::everyQuestionReachesThePdf_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<Length>("length");
    QTest::addColumn<Answers>("answers");
    QTest::addColumn<QPageSize>("paper");
    QTest::newRow("40, a third answered, Letter")
        << 40 << Length::Short << Answers::Some << QPageSize(QPageSize::Letter);
    QTest::newRow("100 long, multi-line, A4")
        << 100 << Length::Long << Answers::MultiLine << QPageSize(QPageSize::A4);
    QTest::newRow("200 long, an answer longer than a page, Letter")
        << 200 << Length::Long << Answers::OneLongerThanAPage << QPageSize(QPageSize::Letter);
    QTest::newRow("7, a question longer than a page, A4")
        << 7 << Length::LongerThanAPage << Answers::All << QPageSize(QPageSize::A4);
    QTest::newRow("500 short, no answers, Letter")
        << 500 << Length::Short << Answers::None << QPageSize(QPageSize::Letter);
}

void TestPagedPrinter::everyQuestionReachesThePdf()
{
    QFETCH(int, count);
    QFETCH(Length, length);
    QFETCH(Answers, answers);
    QFETCH(QPageSize, paper);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"list.pdf"_s);
    const ChecklistData data = shapedList(count, length, answers);
    auto document = ChecklistPrintout::build(data);
    const auto result =
        PagedPrinter::exportPdf(document.get(), path, ChecklistPrintout::title(), paper);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    NEXTSTEPS_REQUIRE_PDFTOTEXT();
    const QStringList pages = testprint::pdfPages(path);
    QCOMPARE(pages.size(), result.pageCount);
    checkHeadersAndFooters(pages, ChecklistPrintout::title());
    // Every question and answer whole, as it went in (spaces and line breaks aside).
    checkEveryItemOnce(pdfBody(pages), data, true);
}

void TestPagedPrinter::questionStaysWithTheStartOfItsAnswer()
{
    const ChecklistData data = shapedList(200, Length::Long, Answers::Some);
    auto document = ChecklistPrintout::build(data);
    const PaintedPages painted = paintAll(document.get(), QPageSize(QPageSize::Letter));
    QVERIFY(painted.pages.size() > 10);
    static const QRegularExpression question(u"Q(\\d{4})x"_s);
    int checked = 0;
    for (const QString &page : painted.pages) {
        // The last question on each page has the start of its answer on that page too.
        QRegularExpressionMatch last;
        for (const QRegularExpressionMatch &match : question.globalMatch(page))
            last = match;
        if (!last.hasMatch())
            continue;
        const int number = last.captured(1).toInt();
        if (data.items.at(number - 1).answer.isEmpty())
            continue;
        QVERIFY2(page.contains(marker(u'A', number)), qPrintable(last.captured()));
        ++checked;
    }
    QVERIFY(checked > 0);
}

void TestPagedPrinter::unansweredQuestionsGetThreeLinesToWriteOn()
{
    const ChecklistData data = shapedList(30, Length::Short, Answers::Some);
    const int unanswered =
        int(std::count_if(data.items.cbegin(), data.items.cend(),
                          [](const ChecklistItem &i) { return i.answer.isEmpty(); }));
    auto document = ChecklistPrintout::build(data);
    const PaintedPages painted = paintAll(document.get(), QPageSize(QPageSize::A4));
    // Beside the lines to write on, each page has a rule under its header and over its footer.
    QCOMPARE(painted.ruledLines - 2 * int(painted.pages.size()), 3 * unanswered);
}

void TestPagedPrinter::largePrint_isLargerAndStillComplete()
{
    const ChecklistData data = shapedList(41, Length::Long, Answers::MultiLine);
    auto regular = ChecklistPrintout::build(data);
    auto large = ChecklistPrintout::build(data, PagedPrinter::LargeBodyPointSize);
    for (auto it = large->begin().begin(); !it.atEnd(); ++it)
        QVERIFY(it.fragment().charFormat().font().pointSizeF() >= 16.0);
    const PaintedPages regularPages = paintAll(regular.get(), QPageSize(QPageSize::Letter));
    const PaintedPages largePages = paintAll(large.get(), QPageSize(QPageSize::Letter));
    QVERIFY(largePages.pages.size() > regularPages.pages.size());
    checkHeadersAndFooters(largePages.pages, ChecklistPrintout::title());
    checkEveryItemOnce(body(largePages.pages), data, true);
}

void TestPagedPrinter::everyTopicReachesThePaper_data()
{
    QTest::addColumn<QString>("topicId");
    QTest::addColumn<qreal>("pointSize");
    const Guide guide = Guide::load(Guide::bundledDirectory());
    QVERIFY(!guide.topics().isEmpty());
    for (const Topic &topic : guide.topics()) {
        QTest::addRow("%s", qPrintable(topic.id)) << topic.id << PagedPrinter::BodyPointSize;
        QTest::addRow("%s, large print", qPrintable(topic.id))
            << topic.id << PagedPrinter::LargeBodyPointSize;
    }
}

void TestPagedPrinter::everyTopicReachesThePaper()
{
    QFETCH(QString, topicId);
    QFETCH(qreal, pointSize);
    const Guide guide = Guide::load(Guide::bundledDirectory());
    const Topic *topic = guide.topic(topicId);
    QVERIFY(topic);
    auto document = PagedPrinter::markdownDocument(guide.pageMarkdown(*topic), pointSize);
    QStringList paragraphs;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!block.text().trimmed().isEmpty())
            paragraphs << withoutSpaces(block.text());
    }
    const PaintedPages painted = paintAll(document.get(), QPageSize(QPageSize::A4));
    QVERIFY2(painted.error.isEmpty(), qPrintable(painted.error));
    checkHeadersAndFooters(painted.pages, ChecklistPrintout::title());
    QVERIFY2(painted.outsideBody.isEmpty(), qPrintable(painted.outsideBody.join(u'\n')));
    // Lines may break after a hyphen or a slash: compare the text without its spaces.
    const QString paper = withoutSpaces(body(painted.pages));
    qsizetype from = 0;
    for (const QString &paragraph : paragraphs) {
        const qsizetype at = paper.indexOf(paragraph, from);
        QVERIFY2(at >= 0, qPrintable(u"Missing or out of order: "_s + paragraph));
        from = at + paragraph.size();
    }
}

void TestPagedPrinter::blocksWithoutLines_refuseToPrint()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"list.pdf"_s);
    auto document = ChecklistPrintout::build(samples::list(3));
    document->setDocumentLayout(new LazyLayout(document.get()));
    const auto result = PagedPrinter::exportPdf(document.get(), path, ChecklistPrintout::title(),
                                                QPageSize(QPageSize::A4));
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(u"nothing was printed"_s));
    QVERIFY(!QFile::exists(path));
}

void TestPagedPrinter::exportPdf_letterAndA4_data()
{
    QTest::addColumn<QPageSize>("size");
    QTest::addColumn<QString>("mediaBox");
    QTest::newRow("Letter") << QPageSize(QPageSize::Letter) << u"0 0 612.000000 792.000000"_s;
    QTest::newRow("A4") << QPageSize(QPageSize::A4) << u"0 0 595.000000 842.000000"_s;
}

void TestPagedPrinter::exportPdf_letterAndA4()
{
    QFETCH(QPageSize, size);
    QFETCH(QString, mediaBox);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"list.pdf"_s);
    auto doc = ChecklistPrintout::build(samples::list(5));
    QVERIFY(PagedPrinter::exportPdf(doc.get(), path, ChecklistPrintout::title(), size).ok);
    QVERIFY(readAll(path).contains(mediaBox.toLatin1()));
}

void TestPagedPrinter::exportPdf_badPath_failsWithAReason_data()
{
    QTest::addColumn<QString>("relative");
    QTest::newRow("a folder") << u"."_s;
    QTest::newRow("a folder that does not exist") << u"no/such/folder/list.pdf"_s;
}

void TestPagedPrinter::exportPdf_badPath_failsWithAReason()
{
    QFETCH(QString, relative);
    QTemporaryDir dir;
    auto doc = ChecklistPrintout::build(samples::list(3));
    const auto result = PagedPrinter::exportPdf(
        doc.get(), dir.filePath(relative), ChecklistPrintout::title(), QPageSize(QPageSize::A4));
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
}

void TestPagedPrinter::failedExport_leavesAnOlderPdfAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"list.pdf"_s);
    auto doc = ChecklistPrintout::build(samples::list(3));
    QVERIFY(PagedPrinter::exportPdf(doc.get(), path, u"t"_s, QPageSize(QPageSize::A4)).ok);
    const QByteArray before = readAll(path);
    QVERIFY(before.startsWith("%PDF-"));
    // A document that cannot be laid out fails the export before the file is touched.
    auto broken = ChecklistPrintout::build(samples::list(30));
    broken->setDocumentLayout(new LazyLayout(broken.get()));
    QVERIFY(!PagedPrinter::exportPdf(broken.get(), path, u"t"_s, QPageSize(QPageSize::A4)).ok);
    QCOMPARE(readAll(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"list.pdf"_s});
}

void TestPagedPrinter::fullDisk_failsAndLeavesAnOlderPdfAlone()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString path = dir.filePath(u"list.pdf"_s);
    auto doc = ChecklistPrintout::build(samples::list(3));
    QVERIFY(PagedPrinter::exportPdf(doc.get(), path, u"t"_s, QPageSize(QPageSize::A4)).ok);
    const QByteArray before = readAll(path);
    // Writes past 1 kB fail as on a full disk (EFBIG), for this process only.
    PagedPrinter::Result result;
    {
        const FileSizeLimit limit(1024);
        result = PagedPrinter::exportPdf(doc.get(), path, u"t"_s, QPageSize(QPageSize::A4));
    }
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(QDir::toNativeSeparators(path)) || result.error.contains(path));
    QCOMPARE(readAll(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"list.pdf"_s});
#else
    QSKIP("File size limits are a Unix idea.");
#endif
}

void TestPagedPrinter::failingWrites_leaveAnOlderPdfAlone_data()
{
    QTest::addColumn<PrivateFile::WriteFault>("fault");
    QTest::newRow("write fails") << PrivateFile::WriteFault::FailWrite;
    QTest::newRow("last write fails at flush") << PrivateFile::WriteFault::FailFlush;
    QTest::newRow("fewer bytes reach the disk") << PrivateFile::WriteFault::ShortWrite;
}

void TestPagedPrinter::failingWrites_leaveAnOlderPdfAlone()
{
    QFETCH(PrivateFile::WriteFault, fault);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"list.pdf"_s);
    auto doc = ChecklistPrintout::build(samples::list(3));
    QVERIFY(PagedPrinter::exportPdf(doc.get(), path, u"t"_s, QPageSize(QPageSize::A4)).ok);
    const QByteArray before = readAll(path);
    PrivateFile::setWriteFaultForTesting(fault);
    const auto result = PagedPrinter::exportPdf(doc.get(), path, u"t"_s, QPageSize(QPageSize::A4));
    PrivateFile::setWriteFaultForTesting(PrivateFile::WriteFault::None);
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(readAll(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"list.pdf"_s});
}

void TestPagedPrinter::exportPdf_isPrivate()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString path = dir.filePath(u"list.pdf"_s);
    auto doc = ChecklistPrintout::build(samples::list(3));
    QVERIFY(PagedPrinter::exportPdf(doc.get(), path, u"t"_s, QPageSize(QPageSize::A4)).ok);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther;
    QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
#else
    QSKIP("File modes are a Unix idea.");
#endif
}

QTEST_MAIN(TestPagedPrinter)
#include "tst_pagedprinter.moc"
