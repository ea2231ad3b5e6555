#include "Guide.h"
#include "ReadingLevel.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace nextsteps;

class TestReadingLevel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syllables_data();
    void syllables();
    void counts_wordsSentencesAndLines();
    void wrappedMarkdownLines_doNotEndSentences();
    void formulas_matchTheStandardDefinitions();
    void hardText_failsTheLimits();
    void everyTopic_isPlainEnough_data();
    void everyTopic_isPlainEnough();
};

void TestReadingLevel::syllables_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("expected");
    QTest::newRow("cat") << u"cat"_s << 1;
    QTest::newRow("care (silent e)") << u"care"_s << 1;
    QTest::newRow("table (-le keeps it)") << u"table"_s << 2;
    QTest::newRow("named (silent -ed)") << u"named"_s << 1;
    QTest::newRow("wanted (-ted is said)") << u"wanted"_s << 2;
    QTest::newRow("doctor") << u"doctor"_s << 2;
    QTest::newRow("radiation") << u"radiation"_s << 3; // the rule undercounts "ia"
    QTest::newRow("chemotherapy") << u"chemotherapy"_s << 5;
    QTest::newRow("immunotherapy") << u"immunotherapy"_s << 6;
    QTest::newRow("the (one syllable minimum)") << u"the"_s << 1;
    QTest::newRow("number") << u"911"_s << 1;
    QTest::newRow("apostrophe") << u"don't"_s << 1;
}

void TestReadingLevel::syllables()
{
    QFETCH(QString, word);
    QFETCH(int, expected);
    QCOMPARE(ReadingLevel::syllablesIn(word), expected);
}

void TestReadingLevel::counts_wordsSentencesAndLines()
{
    const ReadingLevel level = ReadingLevel::measure(
        u"The cat sat. Did it? Yes!\nA list item\n\nCall 1-800-422-6237 now."_s);
    QCOMPARE(level.words, 12);
    QCOMPARE(level.sentences, 5);
    // The, cat, sat, Did, it, Yes, A, Call, number, now = 1 each; list = 1, item = 2.
    QCOMPARE(level.syllables, 13);
}

void TestReadingLevel::wrappedMarkdownLines_doNotEndSentences()
{
    // Topic files wrap long paragraphs at about 100 characters. A wrapped line is part of its
    // paragraph, not a sentence of its own; headings and list items still stand alone.
    const QString markdown = u"## A heading\n\n"
                             "This one sentence is long enough that the file\n"
                             "wraps it over\n"
                             "three lines.\n\n"
                             "- A list item\n"
                             "- Another item that\n"
                             "  wraps too\n"_s;
    const ReadingLevel level = ReadingLevel::measure(Guide::plainText(markdown));
    QCOMPARE(level.sentences, 4);
    QCOMPARE(level.words, 24);
}

void TestReadingLevel::formulas_matchTheStandardDefinitions()
{
    ReadingLevel level;
    level.words = 100;
    level.sentences = 10;
    level.syllables = 140;
    QVERIFY(qAbs(level.fleschReadingEase() - (206.835 - 1.015 * 10 - 84.6 * 1.4)) < 1e-9);
    QVERIFY(qAbs(level.fleschKincaidGrade() - (0.39 * 10 + 11.8 * 1.4 - 15.59)) < 1e-9);
}

void TestReadingLevel::hardText_failsTheLimits()
{
    // A sentence from a journal abstract: the test must be able to fail.
    const ReadingLevel level = ReadingLevel::measure(
        u"Recurrent or metastatic squamous cell carcinoma of the head and neck demonstrates "
        "considerable heterogeneity in therapeutic responsiveness following progression on "
        "programmed death receptor inhibition."_s);
    QVERIFY(level.fleschKincaidGrade() > 7.0);
    QVERIFY(level.fleschReadingEase() < 70.0);
}

void TestReadingLevel::everyTopic_isPlainEnough_data()
{
    QTest::addColumn<QString>("topicId");
    const Guide guide = Guide::load(Guide::bundledDirectory());
    for (const Topic &topic : guide.topics()) {
        if (!topic.isReference()) // Glossary, Sources and About are exempt
            QTest::newRow(qPrintable(topic.id)) << topic.id;
    }
}

void TestReadingLevel::everyTopic_isPlainEnough()
{
    QFETCH(QString, topicId);
    const Guide guide = Guide::load(Guide::bundledDirectory());
    const Topic *topic = guide.topic(topicId);
    QVERIFY(topic);
    const ReadingLevel level = ReadingLevel::measure(Guide::plainText(topic->body));
    const QString report =
        u"%1: grade %2, reading ease %3 (%4 words, %5 sentences, %6 syllables)"_s.arg(topicId)
            .arg(level.fleschKincaidGrade(), 0, 'f', 2)
            .arg(level.fleschReadingEase(), 0, 'f', 1)
            .arg(level.words)
            .arg(level.sentences)
            .arg(level.syllables);
    qInfo().noquote() << report;
    QVERIFY2(level.words > 80, qPrintable(report));
    QVERIFY2(level.fleschKincaidGrade() <= 7.0, qPrintable(report));
    QVERIFY2(level.fleschReadingEase() >= 70.0, qPrintable(report));
}

QTEST_MAIN(TestReadingLevel)
#include "tst_readinglevel.moc"
