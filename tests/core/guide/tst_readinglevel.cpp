#include "ReadingLevel.h"
#include "core/guide/Guide.h"

#include <QFileInfo>
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
    void spanishSyllables_data();
    void spanishSyllables();
    void fernandezHuerta_isTheCorrectedFormula();
    void hardSpanishText_failsTheLimit();
    void everySpanishTopic_isPlainEnough_data();
    void everySpanishTopic_isPlainEnough();
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

void TestReadingLevel::spanishSyllables_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("expected");
    QTest::newRow("casa") << u"casa"_s << 2;
    QTest::newRow("médico") << u"médico"_s << 3;
    QTest::newRow("ciudad (iu: one)") << u"ciudad"_s << 2;
    QTest::newRow("cuidados (ui: one)") << u"cuidados"_s << 3;
    QTest::newRow("paliativos (ia: one)") << u"paliativos"_s << 4;
    QTest::newRow("radioterapia") << u"radioterapia"_s << 5;
    QTest::newRow("inmunoterapia") << u"inmunoterapia"_s << 6;
    QTest::newRow("clínico") << u"clínico"_s << 3;
    QTest::newRow("oncólogo") << u"oncólogo"_s << 4;
    QTest::newRow("quimioterapia (ui, io: one each)") << u"quimioterapia"_s << 5;
    QTest::newRow("día (í breaks it)") << u"día"_s << 2;
    QTest::newRow("país (í breaks it)") << u"país"_s << 2;
    QTest::newRow("reúne (ú breaks it)") << u"reúne"_s << 3;
    QTest::newRow("poeta (oe: two)") << u"poeta"_s << 3;
    QTest::newRow("leer (ee: two)") << u"leer"_s << 2;
    QTest::newRow("aéreo") << u"aéreo"_s << 4;
    QTest::newRow("guerra (silent u)") << u"guerra"_s << 2;
    QTest::newRow("pingüino") << u"pingüino"_s << 3;
    QTest::newRow("hoy (y ends)") << u"hoy"_s << 1;
    QTest::newRow("muy") << u"muy"_s << 1;
    QTest::newRow("y") << u"y"_s << 1;
    QTest::newRow("ensayo (y before a vowel)") << u"ensayo"_s << 3;
    QTest::newRow("Usted (capital)") << u"Usted"_s << 2;
    QTest::newRow("number") << u"988"_s << 1;
}

void TestReadingLevel::spanishSyllables()
{
    QFETCH(QString, word);
    QFETCH(int, expected);
    QCOMPARE(ReadingLevel::spanishSyllablesIn(word), expected);
}

void TestReadingLevel::fernandezHuerta_isTheCorrectedFormula()
{
    ReadingLevel level;
    level.words = 100;
    level.sentences = 10;
    level.syllables = 200;
    // 206.84 - 0.60 * 200 - 1.02 * 10; the misprint (sentences per 100 words) would give 94.44.
    QVERIFY(qAbs(level.fernandezHuertaReadingEase() - 76.64) < 1e-9);
    level.sentences = 5; // longer sentences read harder
    QVERIFY(level.fernandezHuertaReadingEase() < 76.64);

    const ReadingLevel counted =
        ReadingLevel::measureSpanish(u"Usted decide. Su médico lo ayuda."_s);
    QCOMPARE(counted.words, 6);
    QCOMPARE(counted.sentences, 2);
    QCOMPARE(counted.syllables, 2 + 3 + 1 + 3 + 1 + 3);
}

void TestReadingLevel::hardSpanishText_failsTheLimit()
{
    const ReadingLevel level = ReadingLevel::measureSpanish(
        u"El carcinoma de células escamosas de cabeza y cuello recurrente o metastásico demuestra "
        "una heterogeneidad considerable en la respuesta terapéutica tras la progresión durante "
        "la inhibición del receptor de muerte programada."_s);
    QVERIFY2(level.fernandezHuertaReadingEase() < 70.0,
             qPrintable(QString::number(level.fernandezHuertaReadingEase())));
}

void TestReadingLevel::everySpanishTopic_isPlainEnough_data()
{
    QTest::addColumn<QString>("directory");
    QTest::addColumn<QString>("topicId");
    // The Spanish guide as compiled in, once it exists, and the small fixture always.
    QStringList directories{QStringLiteral(NEXTSTEPS_TEST_DATA "/guide-es")};
    if (QFileInfo::exists(u":/guide/es/guide.json"_s))
        directories.prepend(u":/guide/es"_s);
    for (const QString &directory : std::as_const(directories)) {
        const Guide guide = Guide::load(directory, QLocale(QLocale::Spanish));
        QVERIFY2(!guide.topics().isEmpty(), qPrintable(directory));
        const QString label = directory.startsWith(u':') ? u"es"_s : u"fixture"_s;
        for (const Topic &topic : guide.topics()) {
            if (!topic.isReference())
                QTest::addRow("%s/%s", qPrintable(label), qPrintable(topic.id))
                    << directory << topic.id;
        }
    }
}

void TestReadingLevel::everySpanishTopic_isPlainEnough()
{
    QFETCH(QString, directory);
    QFETCH(QString, topicId);
    const Guide guide = Guide::load(directory, QLocale(QLocale::Spanish));
    const Topic *topic = guide.topic(topicId);
    QVERIFY(topic);
    const ReadingLevel level = ReadingLevel::measureSpanish(Guide::plainText(topic->body));
    const QString report =
        u"%1: Fernández-Huerta %2 (%3 words, %4 sentences, %5 syllables)"_s.arg(topicId)
            .arg(level.fernandezHuertaReadingEase(), 0, 'f', 1)
            .arg(level.words)
            .arg(level.sentences)
            .arg(level.syllables);
    qInfo().noquote() << report;
    if (!directory.startsWith(QStringLiteral(NEXTSTEPS_TEST_DATA)))
        QVERIFY2(level.words > 80, qPrintable(report));
    QVERIFY2(level.fernandezHuertaReadingEase() >= 70.0, qPrintable(report));
}

QTEST_MAIN(TestReadingLevel)
#include "tst_readinglevel.moc"
