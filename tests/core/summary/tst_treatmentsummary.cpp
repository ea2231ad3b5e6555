#include "PdfText.h"
#include "SampleLists.h"
#include "core/checklist/ChecklistFormat.h"
#include "core/checklist/ChecklistModel.h"
#include "core/checklist/ChecklistStore.h"
#include "core/print/PagedPrinter.h"
#include "core/summary/TreatmentSummary.h"
#include "core/summary/TreatmentSummaryPrintout.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPageSize>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace nextsteps;
using testprint::squeezed;

Q_DECLARE_METATYPE(nextsteps::TreatmentSummary)

namespace {

Treatment treatment(const QString &what, const QString &from, const QString &to,
                    const QString &how = {}, const QString &why = {})
{
    return {what, from, to, how, why};
}

// A summary as a person would write it, with five treatments.
TreatmentSummary usual()
{
    TreatmentSummary summary;
    summary.name = u"Rosa Martínez"_s;
    summary.started = u"Base of the tongue"_s;
    summary.found = u"March 2023"_s;
    summary.spread = u"Lymph nodes in the neck, then both lungs"_s;
    summary.hpv = u"positive"_s;
    summary.pdl1 = u"CPS 20"_s;
    summary.otherTests = u"Gene panel: TP53 change"_s;
    summary.treatments = {
        treatment(u"Surgery (neck dissection)"_s, u"April 2023"_s, u"April 2023"_s, u"Went well"_s,
                  u"Finished"_s),
        treatment(u"Cisplatin with radiation"_s, u"May 2023"_s, u"July 2023"_s,
                  u"Tumor gone on the scan"_s, u"Finished as planned"_s),
        treatment(u"Pembrolizumab"_s, u"Feb 2025"_s, u"Sept 2026"_s, u"Shrank, then grew"_s,
                  u"It stopped working"_s),
        treatment(u"Carboplatin"_s, u"Oct 2026"_s, u"Nov 2026"_s, u"Too tired"_s,
                  u"Side effects"_s),
        treatment(u"Palliative radiation to a bone"_s, u"Nov 2026"_s, QString(), u"Less pain"_s)};
    summary.sideEffects = u"Dry mouth; thyroid low since pembrolizumab"_s;
    summary.allergies = u"Penicillin (rash)"_s;
    summary.dailyLife = u"Up most of the day, walk to the corner store, rest after lunch."_s;
    return summary;
}

// Every text the person wrote, as the page should show it.
QStringList everyText(const TreatmentSummary &summary)
{
    QStringList texts{summary.name,      summary.started,
                      summary.found,     summary.spread,
                      summary.pdl1,      summary.otherTests,
                      summary.allergies, summary.sideEffects,
                      summary.dailyLife, TreatmentSummary::hpvName(summary.hpv)};
    for (const Treatment &t : summary.treatments)
        texts << t.what << t.from << t.to << t.howItWent << t.whyStopped;
    texts.removeAll(QString());
    return texts;
}

// Every word of what was written is on the page. Words in a table's narrow column wrap, and
// pdftotext reads a wrapped row line by line across the columns, so a cell's words may not be
// side by side in the text it gives; a line may also break after a slash ("1/2/" "2024").
bool hasEveryWord(const QString &page, const QString &written)
{
    const QStringList words = page.split(QRegularExpression(u"[\\s/]+"_s), Qt::SkipEmptyParts);
    for (const QString &word :
         written.split(QRegularExpression(u"[\\s/]+"_s), Qt::SkipEmptyParts)) {
        if (!words.contains(word))
            return false;
    }
    return true;
}

} // namespace

// The treatment summary (issue 32): kept whole in the list's file, through damage and undo,
// and printed with every word the person wrote.
class TestTreatmentSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapes_data();
    void savedInTheListFile_readsBackTheSame_data() { shapes_data(); }
    void savedInTheListFile_readsBackTheSame();
    void damagedFields_areLeftOutAndCounted();
    void unknownSections_surviveASave();
    void model_setSectionIsOneUndoStep_andANewListKeepsIt();
    void pdf_holdsEveryWordWritten_data() { shapes_data(); }
    void pdf_holdsEveryWordWritten();
    void usualSummary_printsOnOnePage();
    void emptyFields_printLinesToWriteOn();
    void plainText_holdsEveryWordWritten_data() { shapes_data(); }
    void plainText_holdsEveryWordWritten();
};

void TestTreatmentSummary::shapes_data()
{
    QTest::addColumn<TreatmentSummary>("summary");
    QTest::newRow("empty") << TreatmentSummary();
    TreatmentSummary one;
    one.started = u"Tonsil"_s;
    QTest::newRow("one field") << one;
    QTest::newRow("usual") << usual();
    TreatmentSummary tricky = usual();
    tricky.name = u"Zoë \"Z\" O'Brien, Jr.; ñandú"_s;
    tricky.spread = u"Line one\nline two, with: colons; and \\ backslashes"_s;
    tricky.hpv = u"p16 positive, HPV not tested"_s; // the person's own words
    tricky.treatments.append(treatment(u"<b>not markup</b> & more"_s, u"1/2/2024"_s, {}));
    QTest::newRow("tricky text") << tricky;
    TreatmentSummary many = usual();
    for (int i = 0; i < 40; ++i)
        many.treatments.append(treatment(u"Treatment number %1"_s.arg(i), u"Month %1"_s.arg(i),
                                         u"Month %1"_s.arg(i + 1), u"Result %1"_s.arg(i)));
    many.dailyLife = QString(u"Long words about the day. "_s).repeated(120).trimmed();
    QTest::newRow("forty-five treatments, long text") << many;
    TreatmentSummary offered = usual();
    offered.hpv = u"unknown"_s;
    QTest::newRow("HPV not known") << offered;
}

void TestTreatmentSummary::savedInTheListFile_readsBackTheSame()
{
    QFETCH(TreatmentSummary, summary);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    ChecklistData data;
    data.items.append(samples::item(u"A question"_s));
    if (!summary.isEmpty())
        data.sections.insert(TreatmentSummary::SectionName, summary.toJson());
    QString error;
    QVERIFY2(ChecklistStore::saveToFile(path, data, &error), qPrintable(error));
    // The bytes on disk hold it under its name, in the list's file.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(u"sections"_s).toObject().contains(TreatmentSummary::SectionName),
             !summary.isEmpty());
    const auto loaded = ChecklistStore::loadFromFile(path);
    QCOMPARE(loaded.status, ChecklistStore::LoadResult::Status::Loaded);
    int skipped = 0;
    const TreatmentSummary back = TreatmentSummary::fromJson(
        loaded.data.sections.value(TreatmentSummary::SectionName), &skipped);
    QCOMPARE(skipped, 0);
    QCOMPARE(back, summary);
    QCOMPARE(loaded.data, data);
}

void TestTreatmentSummary::damagedFields_areLeftOutAndCounted()
{
    const QByteArray bytes = R"({"format": "nextsteps-checklist", "version": 3, "questions": [],
        "sections": {"treatmentSummary": {"name": "Ana", "started": 5, "pdl1": ["CPS", 1],
            "treatments": [{"what": "Radiation", "from": "May"}, "not a treatment",
                           {"what": 7}, {}],
            "allergies": "None"},
          "somethingOdd": "not an object"}})";
    const auto parsed = ChecklistFormat::parse(bytes);
    QVERIFY(parsed.ok);
    QCOMPARE(parsed.skipped, 1); // the section that is not an object
    int skipped = 0;
    const TreatmentSummary summary = TreatmentSummary::fromJson(
        parsed.data.sections.value(TreatmentSummary::SectionName), &skipped);
    QCOMPARE(skipped, 4); // started, pdl1, "not a treatment", {"what": 7}
    QCOMPARE(summary.name, u"Ana"_s);
    QCOMPARE(summary.allergies, u"None"_s);
    QVERIFY(summary.started.isEmpty());
    QCOMPARE(summary.treatments.size(), 1);
    QCOMPARE(summary.treatments.at(0).what, u"Radiation"_s);
    QCOMPARE(summary.treatments.at(0).from, u"May"_s);
}

void TestTreatmentSummary::unknownSections_surviveASave()
{
    // A room this version does not know (written by a newer one) is kept as it is.
    const QByteArray bytes = R"({"format": "nextsteps-checklist", "version": 3, "questions": [],
        "sections": {"symptomDiary": {"entries": [{"date": "2026-12-01", "pain": 4}]}}})";
    const auto parsed = ChecklistFormat::parse(bytes);
    QVERIFY(parsed.ok);
    const auto again = ChecklistFormat::parse(ChecklistFormat::serialize(parsed.data));
    QCOMPARE(again.data.sections.value(u"symptomDiary"_s)
                 .value(u"entries"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"pain"_s)
                 .toInt(),
             4);
}

void TestTreatmentSummary::model_setSectionIsOneUndoStep_andANewListKeepsIt()
{
    ChecklistModel model;
    QUndoStack stack;
    model.setUndoStack(&stack);
    model.addQuestion(u"First question"_s);
    int changes = 0;
    connect(&model, &ChecklistModel::changed, this, [&changes] { ++changes; });
    const QJsonObject written = usual().toJson();
    model.setSection(TreatmentSummary::SectionName, written, u"Change"_s);
    QCOMPARE(changes, 1);
    QCOMPARE(model.section(TreatmentSummary::SectionName), written);
    model.setSection(TreatmentSummary::SectionName, written, u"Change"_s); // the same: no step
    QCOMPARE(stack.count(), 2);
    stack.undo();
    QVERIFY(model.section(TreatmentSummary::SectionName).isEmpty());
    QVERIFY(!model.checklist().sections.contains(TreatmentSummary::SectionName));
    stack.redo();
    QCOMPARE(model.section(TreatmentSummary::SectionName), written);
    // It is about the person, not one visit: a new list keeps it.
    QVERIFY(model.startNewList());
    QCOMPARE(model.section(TreatmentSummary::SectionName), written);
    // Refused while read-only.
    model.setReadOnly(true, u"testing"_s);
    model.setSection(TreatmentSummary::SectionName, {}, u"Change"_s);
    QCOMPARE(model.section(TreatmentSummary::SectionName), written);
}

void TestTreatmentSummary::pdf_holdsEveryWordWritten()
{
    NEXTSTEPS_REQUIRE_PDFTOTEXT();
    QFETCH(TreatmentSummary, summary);
    for (const qreal body : {PagedPrinter::BodyPointSize, PagedPrinter::LargeBodyPointSize}) {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"summary.pdf"_s);
        auto document = TreatmentSummaryPrintout::build(summary, body);
        const auto result = PagedPrinter::exportPdf(
            document.get(), path, TreatmentSummaryPrintout::title(), QPageSize(QPageSize::Letter));
        QVERIFY2(result.ok, qPrintable(result.error));
        const QString page = testprint::pdfPages(path).join(u' ');
        const QString text = squeezed(page);
        QVERIFY(text.contains(squeezed(TreatmentSummaryPrintout::title())));
        for (const QString &label :
             {TreatmentSummaryPrintout::startedLabel(), TreatmentSummaryPrintout::pdl1Label(),
              TreatmentSummaryPrintout::dailyLifeLabel()})
            QVERIFY2(text.contains(squeezed(label)), qPrintable(label));
        for (const QString &written : everyText(summary)) {
            QVERIFY2(hasEveryWord(page, written),
                     qPrintable(u"Not in the PDF at %1 pt: %2"_s.arg(body).arg(written)));
        }
        // The fields above the table whole, lines written in a box compared without breaks.
        for (const QString &field : {summary.name, summary.started, summary.found, summary.pdl1})
            QVERIFY2(text.contains(squeezed(field)), qPrintable(field));
        // The treatments in the order written: each begins with its first word.
        qsizetype at = 0;
        for (const Treatment &t : summary.treatments) {
            const qsizetype found = page.indexOf(t.what.section(u' ', 0, 0), at);
            QVERIFY2(found >= at, qPrintable(t.what));
            at = found;
        }
    }
}

void TestTreatmentSummary::usualSummary_printsOnOnePage()
{
    NEXTSTEPS_REQUIRE_PDFTOTEXT();
    for (const auto &size : {QPageSize::Letter, QPageSize::A4}) {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"summary.pdf"_s);
        auto document = TreatmentSummaryPrintout::build(usual(), PagedPrinter::BodyPointSize);
        const auto result = PagedPrinter::exportPdf(
            document.get(), path, TreatmentSummaryPrintout::title(), QPageSize(size));
        QVERIFY(result.ok);
        QCOMPARE(result.pageCount, 1);
        QCOMPARE(testprint::pdfPages(path).size(), 1);
    }
}

void TestTreatmentSummary::emptyFields_printLinesToWriteOn()
{
    auto document = TreatmentSummaryPrintout::build({}, PagedPrinter::BodyPointSize);
    const QString text = document->toPlainText();
    // Ten fields, each with a line to write on.
    QCOMPARE(text.count(QString(39, u'_')), 10);
    for (const QString &header : TreatmentSummaryPrintout::printedHeaders())
        QVERIFY(text.contains(header));
}

void TestTreatmentSummary::plainText_holdsEveryWordWritten()
{
    QFETCH(TreatmentSummary, summary);
    const QString text = TreatmentSummaryPrintout::toPlainText(summary);
    for (const QString &written : everyText(summary))
        QVERIFY2(text.contains(written), qPrintable(written));
    QVERIFY(text.startsWith(TreatmentSummaryPrintout::title()));
}

QTEST_MAIN(TestTreatmentSummary)
#include "tst_treatmentsummary.moc"
