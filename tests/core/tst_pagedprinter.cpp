#include "ChecklistDocument.h"
#include "PagedPrinter.h"
#include "SampleLists.h"
#include "TestFiles.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace nextsteps;
using namespace nextsteps::testfiles;

namespace {

int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page[^s]"_s);
    return int(QString::fromLatin1(pdf).count(page));
}

// Text of one PDF page, through poppler's pdftotext when it is installed (.ci/run installs it).
QString pdfText(const QString &path, int page = 0)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        return {};
    QStringList args{u"-layout"_s};
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    args << path << u"-"_s;
    QProcess process;
    process.start(tool, args);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestPagedPrinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultPageSize_followsTheLocale();
    void exportPdf_pageCountsAreSensible_data();
    void exportPdf_pageCountsAreSensible();
    void exportPdf_holdsEveryQuestionImportantFirst();
    void exportPdf_letterAndA4_data();
    void exportPdf_letterAndA4();
    void questionIsNeverLastOnItsPage();
    void exportPdf_badPath_failsWithAReason_data();
    void exportPdf_badPath_failsWithAReason();
    void failedExport_leavesAnOlderPdfAlone();
};

void TestPagedPrinter::defaultPageSize_followsTheLocale()
{
    QCOMPARE(PagedPrinter::defaultPageSize(QLocale(u"en_US"_s)).id(), QPageSize::Letter);
    QCOMPARE(PagedPrinter::defaultPageSize(QLocale(u"en_CA"_s)).id(), QPageSize::Letter);
    QCOMPARE(PagedPrinter::defaultPageSize(QLocale(u"en_GB"_s)).id(), QPageSize::A4);
    QCOMPARE(PagedPrinter::defaultPageSize(QLocale(u"de_DE"_s)).id(), QPageSize::A4);
}

void TestPagedPrinter::exportPdf_pageCountsAreSensible_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("minPages");
    QTest::addColumn<int>("maxPages");
    QTest::newRow("1 question") << 1 << 1 << 1;
    QTest::newRow("40 questions") << 40 << 4 << 12;
    QTest::newRow("200 questions") << 200 << 15 << 60;
}

void TestPagedPrinter::exportPdf_pageCountsAreSensible()
{
    QFETCH(int, count);
    QFETCH(int, minPages);
    QFETCH(int, maxPages);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"list.pdf"_s);
    auto doc = ChecklistDocument::build(samples::list(count));
    const auto result = PagedPrinter::exportPdf(doc.get(), path, ChecklistDocument::title(),
                                                QPageSize(QPageSize::Letter));
    QVERIFY2(result.ok, qPrintable(result.error));
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QCOMPARE(pdfPageCount(pdf), result.pageCount);
    QVERIFY2(result.pageCount >= minPages && result.pageCount <= maxPages,
             qPrintable(QString::number(result.pageCount)));
    QCOMPARE(result.footers.size(), result.pageCount);
    const QString last = u"Page %1 of %1"_s.arg(result.pageCount);
    QCOMPARE(result.footers.last(), last);
    QCOMPARE(result.footers.first(), u"Page 1 of %1"_s.arg(result.pageCount));

    const QString lastPage = pdfText(path, result.pageCount);
    if (lastPage.isEmpty())
        QSKIP("pdftotext is not installed: the PDF's own text was not checked.");
    QVERIFY2(lastPage.contains(last), qPrintable(lastPage));
    QVERIFY(lastPage.contains(u"Questions for my doctor"_s)); // the header on every page
}

void TestPagedPrinter::exportPdf_holdsEveryQuestionImportantFirst()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"list.pdf"_s);
    const ChecklistData data = samples::list(40);
    auto doc = ChecklistDocument::build(data);
    QVERIFY(PagedPrinter::exportPdf(doc.get(), path, ChecklistDocument::title(),
                                    QPageSize(QPageSize::A4))
                .ok);
    const QString text = pdfText(path).simplified();
    if (text.isEmpty())
        QSKIP("pdftotext is not installed: the PDF's own text was not checked.");
    qsizetype lastImportant = -1;
    qsizetype firstOther = text.size();
    for (const ChecklistItem &item : data.items) {
        const qsizetype at = text.indexOf(item.text);
        QVERIFY2(at >= 0, qPrintable(item.text));
        if (item.important)
            lastImportant = std::max(lastImportant, at);
        else
            firstOther = std::min(firstOther, at);
        if (!item.answer.isEmpty())
            QVERIFY2(text.contains(item.answer), qPrintable(item.answer));
    }
    QVERIFY(lastImportant >= 0 && lastImportant < firstOther);
    QCOMPARE(text.count(u"IMPORTANT:"_s), 4);
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
    auto doc = ChecklistDocument::build(samples::list(5));
    QVERIFY(PagedPrinter::exportPdf(doc.get(), path, ChecklistDocument::title(), size).ok);
    QVERIFY(readAll(path).contains(mediaBox.toLatin1()));
}

void TestPagedPrinter::questionIsNeverLastOnItsPage()
{
    QTemporaryDir dir;
    auto doc = ChecklistDocument::build(samples::list(200));
    const auto result =
        PagedPrinter::exportPdf(doc.get(), dir.filePath(u"list.pdf"_s), ChecklistDocument::title(),
                                QPageSize(QPageSize::Letter));
    QVERIFY(result.ok);
    const qreal pageHeight = doc->pageSize().height();
    auto *layout = doc->documentLayout();
    int checked = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().hasProperty(PagedPrinter::KeepWithNextProperty))
            continue;
        const int page = int(layout->blockBoundingRect(block).top() / pageHeight);
        const int next = int(layout->blockBoundingRect(block.next()).top() / pageHeight);
        QVERIFY2(page == next, qPrintable(block.text()));
        ++checked;
    }
    QCOMPARE(checked, 200);
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
    auto doc = ChecklistDocument::build(samples::list(3));
    const auto result = PagedPrinter::exportPdf(
        doc.get(), dir.filePath(relative), ChecklistDocument::title(), QPageSize(QPageSize::A4));
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
}

void TestPagedPrinter::failedExport_leavesAnOlderPdfAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"list.pdf"_s);
    auto doc = ChecklistDocument::build(samples::list(3));
    QVERIFY(PagedPrinter::exportPdf(doc.get(), path, u"t"_s, QPageSize(QPageSize::A4)).ok);
    const QByteArray before = readAll(path);
    // A folder named like the temporary file makes the next export fail part-way.
    QVERIFY(QDir().mkpath(path + u".part"_s));
    QVERIFY(!PagedPrinter::exportPdf(doc.get(), path, u"t"_s, QPageSize(QPageSize::A4)).ok);
    QCOMPARE(readAll(path), before);
}

QTEST_MAIN(TestPagedPrinter)
#include "tst_pagedprinter.moc"
