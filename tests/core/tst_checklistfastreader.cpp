#include "ChecklistFastReader.h"
#include "ChecklistFormat.h"
#include "SampleLists.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace nextsteps;

namespace {

// The same file read both ways: the fast reader must accept it and agree with the checked one.
void compareWithChecked(const QByteArray &bytes)
{
    const auto fast = ChecklistFastReader::read(bytes);
    QVERIFY2(fast.has_value(), bytes.left(300).constData());
    const ChecklistFormat::ParseResult checked = ChecklistFormat::parseChecked(bytes);
    QVERIFY(checked.ok);
    QCOMPARE(fast->ok, true);
    QCOMPARE(fast->skipped, 0);
    QCOMPARE(fast->version, checked.version);
    QCOMPARE(fast->problem, QString());
    QCOMPARE(fast->data, checked.data);
}

const QByteArray Head = R"({"format": "nextsteps-checklist", "version": 1, )";

} // namespace

class TestChecklistFastReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatTheWriterWrites_data();
    void readsWhatTheWriterWrites();
    void readsOtherWellFormedFilesAsTheCheckedReader_data();
    void readsOtherWellFormedFilesAsTheCheckedReader();
    void declinesAnythingUnusual_data();
    void declinesAnythingUnusual();
};

void TestChecklistFastReader::readsWhatTheWriterWrites_data()
{
    QTest::addColumn<ChecklistData>("data");
    QTest::newRow("nothing") << ChecklistData();

    ChecklistData many;
    for (int i = 0; i < 1000; ++i) {
        many.items.append(samples::item(u"Question number %1?"_s.arg(i)));
        many.items.last().asked = i % 3 == 0;
        many.items.last().important = i % 7 == 0;
        many.items.last().answer = i % 2 ? u"Yes."_s : QString();
    }
    QTest::newRow("1,000 questions") << many;

    ChecklistData text;
    for (const QString &t : {u"¿Qué sigue? Café, naïve"_s, u"下一步该怎么办？"_s,
                             u"Can I bring my dog 🐕? 💙"_s, u"מה השלב הבא? ما هي الخطوة التالية؟"_s,
                             u"She said \"twice\" C:\\notes\ttab\u0001\u007f"_s})
        text.items.append(samples::item(t));
    text.items[1].answer = u"First line\nsecond line\r\nthird"_s;
    QTest::newRow("any text, escapes and emoji") << text;

    QTest::newRow("every field, and past lists") << samples::everyField();
}

void TestChecklistFastReader::readsWhatTheWriterWrites()
{
    QFETCH(ChecklistData, data);
    const QByteArray bytes = ChecklistFormat::serialize(data);
    compareWithChecked(bytes);
    QCOMPARE(ChecklistFastReader::read(bytes)->data, data);
}

void TestChecklistFastReader::readsOtherWellFormedFilesAsTheCheckedReader_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("fields in another order, no spaces")
        << QByteArray(R"({"questions":[{"answer":"A","text":"Q?"}],"version":1,)"
                      R"("format":"nextsteps-checklist"})");
    QTest::newRow("nulls for optional fields")
        << Head + R"("appointment": null, "questions": [{"text": "Q?", "asked": null,)"
                  R"( "important": null, "answer": null, "topicId": null, "questionId": null,)"
                  R"( "created": null}]})";
    QTest::newRow("appointment with one field")
        << Head + R"("appointment": {"with": "Dr. Lee"}, "questions": []})";
    QTest::newRow("text with spaces around it") << Head + R"("questions": [{"text": "  Q? "}]})";
    QTest::newRow("escapes")
        << Head + R"("questions": [{"text": "a\"b\\c\/d\b\f\n\r\t\u00e9\u0041"}]})";
    QTest::newRow("a date QDateTime reads") << Head + R"("questions": [{"text": "Q?",)"
                                                      R"( "created": "2026-11-27T09:30:15Z"}]})";
    QTest::newRow("whitespace everywhere")
        << QByteArray(" \r\n\t{ \"format\" : \"nextsteps-checklist\" , \"version\" : 1 ,\n"
                      " \"questions\" : [ { \"text\" : \"Q?\" } ] } \n");
}

void TestChecklistFastReader::readsOtherWellFormedFilesAsTheCheckedReader()
{
    QFETCH(QByteArray, bytes);
    compareWithChecked(bytes);
}

void TestChecklistFastReader::declinesAnythingUnusual_data()
{
    // Each goes to the checked reader, which keeps what it can and says what is wrong.
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("hello");
    QTest::newRow("cut short") << Head + R"("questions": [{"text": "Q?"})";
    QTest::newRow("something after the end") << Head + R"("questions": []} x)";
    QTest::newRow("byte order mark") << "\xEF\xBB\xBF" + Head + R"("questions": []})";
    QTest::newRow("not UTF-8") << Head + "\"questions\": [{\"text\": \"Caf\xE9\"}]}";
    QTest::newRow("another format")
        << QByteArray(R"({"format": "x", "version": 1, "questions": []})");
    QTest::newRow("no format") << QByteArray(R"({"version": 1, "questions": []})");
    QTest::newRow("newer version")
        << QByteArray(R"({"format": "nextsteps-checklist", "version": 2, "questions": []})");
    QTest::newRow("version as 1.0")
        << QByteArray(R"({"format": "nextsteps-checklist", "version": 1.0, "questions": []})");
    QTest::newRow("no questions") << QByteArray(
        R"({"format": "nextsteps-checklist", "version": 1})");
    QTest::newRow("unknown field") << Head + R"("questions": [], "colour": "blue"})";
    QTest::newRow("unknown question field") << Head + R"("questions": [{"text": "Q?", "x": 1}]})";
    QTest::newRow("repeated field") << Head + R"("questions": [{"text": "A?", "text": "B?"}]})";
    QTest::newRow("question not an object") << Head + R"("questions": ["Q?"]})";
    QTest::newRow("empty text") << Head + R"("questions": [{"text": "  "}]})";
    QTest::newRow("no text") << Head + R"("questions": [{"asked": true}]})";
    QTest::newRow("wrong type") << Head + R"("questions": [{"text": "Q?", "asked": "yes"}]})";
    QTest::newRow("bad visit date")
        << Head + R"("appointment": {"date": "someday"}, "questions": []})";
    QTest::newRow("past lists null") << Head + R"("questions": [], "archive": null})";
    QTest::newRow("trailing comma") << Head + R"("questions": [{"text": "Q?"},]})";
    QTest::newRow("surrogate pair escape")
        << Head + R"("questions": [{"text": "smile \ud83d\ude00"}]})";
    QTest::newRow("raw line break in text") << Head + "\"questions\": [{\"text\": \"a\nb\"}]}";
    QTest::newRow("escaped key") << Head + R"("questions": [{"t\u0065xt": "Q?"}]})";
}

void TestChecklistFastReader::declinesAnythingUnusual()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!ChecklistFastReader::read(bytes).has_value());
    // parse() then gives the checked reader's answer.
    const ChecklistFormat::ParseResult parsed = ChecklistFormat::parse(bytes);
    const ChecklistFormat::ParseResult checked = ChecklistFormat::parseChecked(bytes);
    QCOMPARE(parsed.ok, checked.ok);
    QCOMPARE(parsed.skipped, checked.skipped);
    QCOMPARE(parsed.problem, checked.problem);
    QCOMPARE(parsed.data, checked.data);
}

QTEST_MAIN(TestChecklistFastReader)
#include "tst_checklistfastreader.moc"
