#include "PdfText.h"
#include "SampleLists.h"
#include "core/print/ChecklistPrintout.h"
#include "core/print/PagedPrinter.h"

#include <QLocale>
#include <QTemporaryDir>

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace nextsteps;

namespace {

ChecklistData sample()
{
    ChecklistData data;
    data.visit = {QDate(2026, 12, 1), u"Dr. Lee"_s};
    const QStringList texts{u"What are my options now?"_s, u"Is there a trial that fits me?"_s,
                            u"Can I get care at home?"_s};
    for (const QString &text : texts) {
        ChecklistItem item;
        item.text = text;
        data.items.append(item);
    }
    data.items[1].important = true;
    data.items[1].asked = true;
    data.items[2].answer = u"Yes. A nurse can come each week."_s;
    return data;
}

} // namespace

class TestChecklistPrintout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void document_holdsTitleVisitAndNameLine();
    void document_putsImportantFirst();
    void document_holdsEveryAnswerOrLinesToWriteOn();
    void document_hasOneTickBoxPerQuestion();
    void document_bodyTextIsAtLeast12pt();
    void emptyList_stillPrintsLinesToWriteOn();
    void plainText_isReadyToPaste();
    void plainText_holdsEveryQuestionAndAnswer_data();
    void plainText_holdsEveryQuestionAndAnswer();
    void plainText_dropsControlCharacters();
    void everything_isInTheTextExport();
    void everything_isPrintedInItsPlace();
    void medicinesPage_canBeLeftOut();
    void visitDate_isTheLocalesLongFormat();
};

void TestChecklistPrintout::document_holdsTitleVisitAndNameLine()
{
    auto doc = ChecklistPrintout::build(sample());
    const QString text = doc->toPlainText();
    QVERIFY(text.startsWith(u"Questions for my doctor"_s));
    QVERIFY(text.contains(u"Visit: "_s));
    QVERIFY(text.contains(u"Dr. Lee"_s));
    QVERIFY(text.contains(u"My name: ____"_s));
}

void TestChecklistPrintout::document_putsImportantFirst()
{
    const QString text = ChecklistPrintout::build(sample())->toPlainText();
    const auto trial = text.indexOf(u"Is there a trial that fits me?"_s);
    const auto options = text.indexOf(u"What are my options now?"_s);
    const auto home = text.indexOf(u"Can I get care at home?"_s);
    QVERIFY(trial > 0 && options > trial && home > options);
    QVERIFY(text.contains(u"1. IMPORTANT: Is there a trial"_s));
}

void TestChecklistPrintout::document_holdsEveryAnswerOrLinesToWriteOn()
{
    auto doc = ChecklistPrintout::build(sample());
    QVERIFY(doc->toPlainText().contains(u"Answer: Yes. A nurse can come each week."_s));
    int rules = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth))
            ++rules;
    }
    QCOMPARE(rules, 2 * 3); // two questions without answers, three lines each
}

void TestChecklistPrintout::document_hasOneTickBoxPerQuestion()
{
    auto doc = ChecklistPrintout::build(sample());
    int boxes = 0;
    int ticked = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.objectType() == ChecklistPrintout::CheckBoxObjectType) {
                ++boxes;
                ticked += format.boolProperty(ChecklistPrintout::CheckedProperty) ? 1 : 0;
            }
        }
    }
    QCOMPARE(boxes, 3);
    QCOMPARE(ticked, 1);
}

void TestChecklistPrintout::document_bodyTextIsAtLeast12pt()
{
    auto doc = ChecklistPrintout::build(sample());
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QFont font = it.fragment().charFormat().font();
            QVERIFY2(font.pointSizeF() >= 12.0, qPrintable(it.fragment().text()));
            QCOMPARE(it.fragment().charFormat().foreground().color(), QColor(Qt::black));
        }
    }
}

void TestChecklistPrintout::emptyList_stillPrintsLinesToWriteOn()
{
    auto doc = ChecklistPrintout::build({});
    QVERIFY(doc->toPlainText().contains(u"My questions:"_s));
    QVERIFY(doc->blockCount() >= 8);
}

void TestChecklistPrintout::plainText_isReadyToPaste()
{
    const QString text = ChecklistPrintout::toPlainText(sample());
    const QStringList lines = text.split(u'\n');
    QCOMPARE(lines.at(0), u"Questions for my doctor"_s);
    QVERIFY(lines.at(1).startsWith(u"Visit: "_s));
    QVERIFY(text.contains(u"1. [x] IMPORTANT: Is there a trial that fits me?\n"_s));
    QVERIFY(text.contains(u"2. [ ] What are my options now?\n"_s));
    QVERIFY(text.contains(
        u"3. [ ] Can I get care at home?\n   Answer: Yes. A nurse can come each week.\n"_s));
}

void TestChecklistPrintout::plainText_holdsEveryQuestionAndAnswer_data()
{
    QTest::addColumn<int>("count");
    for (const int count : {1, 7, 40, 500})
        QTest::addRow("%d questions", count) << count;
}

void TestChecklistPrintout::plainText_holdsEveryQuestionAndAnswer()
{
    QFETCH(int, count);
    ChecklistData data = samples::list(count);
    for (int i = 0; i < count; i += 3)
        data.items[i].answer = u"First line %1.\nSecond line.\n\nAfter a blank line."_s.arg(i);
    const QString text = ChecklistPrintout::toPlainText(data);
    qsizetype last = -1;
    int number = 0;
    for (const ChecklistItem &item : importantFirst(data.items)) {
        const QString line = u"%1. [ ] "_s.arg(++number) +
                             (item.important ? u"IMPORTANT: "_s : QString()) + item.text + u'\n';
        QCOMPARE(text.count(line), 1);
        const qsizetype at = text.indexOf(line);
        QVERIFY(at > last);
        last = at;
        if (item.answer.isEmpty())
            continue;
        QString answer = u"   Answer: "_s + item.answer;
        answer.replace(u'\n', u"\n   "_s);
        QVERIFY2(text.indexOf(answer, at) == at + line.size(), qPrintable(answer));
    }
}

void TestChecklistPrintout::plainText_dropsControlCharacters()
{
    ChecklistData data = samples::list(1);
    data.items[0].text =
        u"Red \x1b[31malert\x1b[0m and a \r return and a "_s + QChar(u'\0') + u" nul\tand a tab?"_s;
    const QString text = ChecklistPrintout::toPlainText(data);
    QVERIFY(text.contains(u"Red [31malert[0m and a  return and a  nul\tand a tab?"_s));
    for (const QChar c : text)
        QVERIFY(c == u'\n' || c == u'\t' || c.category() != QChar::Other_Control);
}

namespace {

// Each thing beside the questions as the printout and the export write it.
QStringList everythingBesideTheQuestions()
{
    return {u"Cancer Center, Building B, room 204"_s,
            u"Scan results and insurance card"_s,
            u"Dr. Ana Lee (Oncologist): 555-0100, after hours 555-0199"_s,
            u"Clinic nurses (Nurse line): 555-0111"_s,
            u"Main Street Pharmacy (Pharmacy): 555-0123"_s,
            u"Pain in my left ear, since when: two weeks, how bad: 6 of 10"_s,
            u"Warm cloths help a little"_s,
            u"Trouble swallowing pills"_s,
            u"Oxycodone"_s,
            u"every 6 hours if needed"_s,
            u"Ondansetron"_s,
            u"twice a day"_s,
            u"Dr. Patel"_s,
            u"Pembrolizumab (Keytruda)"_s};
}

} // namespace

void TestChecklistPrintout::everything_isInTheTextExport()
{
    const QString text = ChecklistPrintout::toPlainText(samples::everythingFilledIn());
    for (const QString &expected : everythingBesideTheQuestions())
        QVERIFY2(text.contains(expected), qPrintable(expected));
    QVERIFY(text.contains(u"- Oxycodone; 5 mg; every 6 hours if needed; pain; Dr. Lee\n"_s));
    // The questions come before the things to tell.
    QVERIFY(text.indexOf(u"Is there a trial that fits me?"_s) <
            text.indexOf(u"Things to tell my doctor"_s));
}

void TestChecklistPrintout::everything_isPrintedInItsPlace()
{
    NEXTSTEPS_REQUIRE_PDFTOTEXT();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"list.pdf"_s);
    const ChecklistData data = samples::everythingFilledIn();
    auto doc = ChecklistPrintout::build(data);
    const auto result = PagedPrinter::exportPdf(doc.get(), path, ChecklistPrintout::title(),
                                                QPageSize(QPageSize::A4));
    QVERIFY2(result.ok, qPrintable(result.error));
    const QStringList pages = testprint::pdfPages(path);
    QCOMPARE(pages.size(), result.pageCount);
    QVERIFY(pages.size() >= 2);
    const QString all = pages.join(u'\n').simplified();
    for (const QString &expected : everythingBesideTheQuestions())
        QVERIFY2(all.contains(expected), qPrintable(expected));
    // The first page is the questions, the care team's numbers above them.
    const QString first = pages.first().simplified();
    QVERIFY(first.contains(u"Questions for my doctor"_s));
    QVERIFY(first.contains(u"IMPORTANT: Is there a trial that fits me?"_s));
    QVERIFY(first.indexOf(u"555-0100"_s) < first.indexOf(u"Is there a trial"_s));
    QVERIFY(all.indexOf(u"No date?"_s) < all.indexOf(u"Things to tell my doctor"_s));
    // The medicines on a page of their own, with nothing else of the list.
    const QString last = pages.last().simplified();
    QVERIFY(last.contains(u"My medicines"_s));
    QVERIFY(last.contains(u"Medicine Dose How often What for Prescribed by"_s));
    QVERIFY(last.contains(u"I have had immunotherapy"_s));
    QVERIFY(!last.contains(u"Things to tell my doctor"_s));
    QVERIFY(!last.contains(u"No date?"_s));
    for (int i = 0; i + 1 < pages.size(); ++i)
        QVERIFY(!pages.at(i).contains(u"My medicines"_s));
}

void TestChecklistPrintout::medicinesPage_canBeLeftOut()
{
    const ChecklistData data = samples::everythingFilledIn();
    const QString with = ChecklistPrintout::build(data)->toPlainText();
    const QString without =
        ChecklistPrintout::build(data, PagedPrinter::BodyPointSize, false)->toPlainText();
    QVERIFY(with.contains(u"Ondansetron"_s));
    QVERIFY(!without.contains(u"Ondansetron"_s));
    QVERIFY(without.contains(u"Trouble swallowing pills"_s));
}

void TestChecklistPrintout::visitDate_isTheLocalesLongFormat()
{
    const QLocale before;
    for (const char *name : {"en_US", "es_MX", "C"}) {
        QLocale::setDefault(QLocale(QString::fromLatin1(name)));
        const ChecklistData data = samples::everythingFilledIn();
        const QString date = QLocale().toString(data.visit.date, QLocale::LongFormat);
        QVERIFY(data.visit.describe().startsWith(date));
        // The time as the locale writes it, without seconds.
        QVERIFY(data.visit.describe().contains(Visit::timeText(data.visit.time)));
        QVERIFY(Visit::timeText(data.visit.time).contains(u"30"_s));
        QVERIFY(!data.visit.describe().contains(u"30:00"_s));
        QVERIFY(ChecklistPrintout::build(data)->toPlainText().contains(date));
        QVERIFY(ChecklistPrintout::toPlainText(data).contains(date));
    }
    QLocale::setDefault(before);
}

QTEST_MAIN(TestChecklistPrintout)
#include "tst_checklistprintout.moc"
