#include "ChecklistDocument.h"
#include "PagedPrinter.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace nextsteps;

namespace {

ChecklistData sample()
{
    ChecklistData data;
    data.appointment = {QDate(2026, 12, 1), u"Dr. Lee"_s};
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

class TestChecklistDocument : public QObject
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
};

void TestChecklistDocument::document_holdsTitleVisitAndNameLine()
{
    auto doc = ChecklistDocument::build(sample());
    const QString text = doc->toPlainText();
    QVERIFY(text.startsWith(u"Questions for my doctor"_s));
    QVERIFY(text.contains(u"Visit: "_s));
    QVERIFY(text.contains(u"Dr. Lee"_s));
    QVERIFY(text.contains(u"My name: ____"_s));
}

void TestChecklistDocument::document_putsImportantFirst()
{
    const QString text = ChecklistDocument::build(sample())->toPlainText();
    const auto trial = text.indexOf(u"Is there a trial that fits me?"_s);
    const auto options = text.indexOf(u"What are my options now?"_s);
    const auto home = text.indexOf(u"Can I get care at home?"_s);
    QVERIFY(trial > 0 && options > trial && home > options);
    QVERIFY(text.contains(u"1. IMPORTANT: Is there a trial"_s));
}

void TestChecklistDocument::document_holdsEveryAnswerOrLinesToWriteOn()
{
    auto doc = ChecklistDocument::build(sample());
    QVERIFY(doc->toPlainText().contains(u"Answer: Yes. A nurse can come each week."_s));
    int rules = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth))
            ++rules;
    }
    QCOMPARE(rules, 2 * 3); // two questions without answers, three lines each
}

void TestChecklistDocument::document_hasOneTickBoxPerQuestion()
{
    auto doc = ChecklistDocument::build(sample());
    int boxes = 0;
    int ticked = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.objectType() == ChecklistDocument::CheckBoxObjectType) {
                ++boxes;
                ticked += format.boolProperty(ChecklistDocument::CheckedProperty) ? 1 : 0;
            }
        }
    }
    QCOMPARE(boxes, 3);
    QCOMPARE(ticked, 1);
}

void TestChecklistDocument::document_bodyTextIsAtLeast12pt()
{
    auto doc = ChecklistDocument::build(sample());
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QFont font = it.fragment().charFormat().font();
            QVERIFY2(font.pointSizeF() >= 12.0, qPrintable(it.fragment().text()));
            QCOMPARE(it.fragment().charFormat().foreground().color(), QColor(Qt::black));
        }
    }
}

void TestChecklistDocument::emptyList_stillPrintsLinesToWriteOn()
{
    auto doc = ChecklistDocument::build({});
    QVERIFY(doc->toPlainText().contains(u"My questions:"_s));
    QVERIFY(doc->blockCount() >= 8);
}

void TestChecklistDocument::plainText_isReadyToPaste()
{
    const QString text = ChecklistDocument::toPlainText(sample());
    const QStringList lines = text.split(u'\n');
    QCOMPARE(lines.at(0), u"Questions for my doctor"_s);
    QVERIFY(lines.at(1).startsWith(u"Visit: "_s));
    QVERIFY(text.contains(u"1. [x] IMPORTANT: Is there a trial that fits me?\n"_s));
    QVERIFY(text.contains(u"2. [ ] What are my options now?\n"_s));
    QVERIFY(text.contains(
        u"3. [ ] Can I get care at home?\n   Answer: Yes. A nurse can come each week.\n"_s));
}

QTEST_MAIN(TestChecklistDocument)
#include "tst_checklistdocument.moc"
