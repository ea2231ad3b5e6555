#include "core/guide/Guide.h"
#include "core/guide/GuideSearch.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace nextsteps;

class TestGuideSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_guide = Guide::load(Guide::bundledDirectory()); }
    void findsWordsInTheMiddleOfATopic();
    void isCaseInsensitive();
    void needsEveryWord();
    void snippetShowsTheMatch();
    void emptyOrUnknownQuery_findsNothing();
    void searchesSuggestedQuestionsToo();
    void plainPages_canBeSearchedDirectly();
    void ranksTheTopicAPersonMeans_data();
    void ranksTheTopicAPersonMeans();
    void matchesWholeWordsAndWordStarts();
    void forgivesWordFormsAndAccents();
    void correction_suggestsTheNearestWord_data();
    void correction_suggestsTheNearestWord();
    void snippet_showsTheMatchedWordsInBold();
    void accents_areFoldedOnBothSides_data();
    void accents_areFoldedOnBothSides();
    void fold_keepsEveryPlace();

private:
    QStringList topicIds(const QList<SearchHit> &hits) const
    {
        QStringList ids;
        for (const SearchHit &hit : hits)
            ids << m_guide.topics().at(hit.topicIndex).id;
        return ids;
    }
    Guide m_guide;
};

void TestGuideSearch::findsWordsInTheMiddleOfATopic()
{
    GuideSearch search(m_guide);
    // "magnesium" appears only deep inside the treatments topic.
    const QStringList ids = topicIds(search.find(u"magnesium"_s));
    QVERIFY(ids.contains(u"treatments"_s));
    QVERIFY(!ids.contains(u"welcome"_s));
}

void TestGuideSearch::isCaseInsensitive()
{
    GuideSearch search(m_guide);
    QCOMPARE(topicIds(search.find(u"MEDICARE"_s)), topicIds(search.find(u"medicare"_s)));
    QVERIFY(!search.find(u"MEDICARE"_s).isEmpty());
}

void TestGuideSearch::needsEveryWord()
{
    GuideSearch search(m_guide);
    const QStringList both = topicIds(search.find(u"hospice veterans"_s));
    QCOMPARE(both, QStringList{u"hospice"_s});
    QVERIFY(search.find(u"hospice zzzzzz"_s).isEmpty());
}

void TestGuideSearch::snippetShowsTheMatch()
{
    GuideSearch search(m_guide);
    const QList<SearchHit> hits = search.find(u"1-800-4-CANCER"_s);
    QVERIFY(!hits.isEmpty());
    QVERIFY(hits.first().snippet.contains(u"1-800-4-CANCER"_s));
    QVERIFY(hits.first().snippet.size() < 200);
    // Lines (list items, headings) stay apart: no "with Pain Side effects" run-ons.
    GuideSearch plain(m_guide);
    plain.setPages({u"What it can help with:\nPain\nSide effects"_s});
    QCOMPARE(plain.find(u"pain"_s).first().snippet,
             u"What it can help with: · Pain · Side effects"_s);
}

void TestGuideSearch::emptyOrUnknownQuery_findsNothing()
{
    GuideSearch search(m_guide);
    QVERIFY(search.find(QString()).isEmpty());
    QVERIFY(search.find(u"   "_s).isEmpty());
    QVERIFY(search.find(u"xylophonequartz"_s).isEmpty());
}

void TestGuideSearch::searchesSuggestedQuestionsToo()
{
    GuideSearch search(m_guide);
    QVERIFY(topicIds(search.find(u"second opinion"_s)).contains(u"treatments"_s));
}

void TestGuideSearch::plainPages_canBeSearchedDirectly()
{
    GuideSearch search(m_guide);
    search.setPages({u"alpha beta gamma"_s, u"beta delta beta"_s, u"epsilon"_s});
    const QList<SearchHit> hits = search.find(u"beta"_s);
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.at(0).topicIndex, 1); // two matches rank above one
    QCOMPARE(hits.at(0).matches, 2);
}

void TestGuideSearch::ranksTheTopicAPersonMeans_data()
{
    // What a tired person types, and the topic that must come first.
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("first");
    QTest::newRow("hospice") << u"hospice"_s << u"hospice"_s;
    QTest::newRow("Hospice Care") << u"Hospice Care"_s << u"hospice"_s;
    QTest::newRow("palliative") << u"palliative"_s << u"palliative"_s;
    QTest::newRow("trial") << u"trial"_s << u"trials"_s;
    QTest::newRow("clinical trials") << u"clinical trials"_s << u"trials"_s;
    QTest::newRow("swallow") << u"swallow"_s << u"eating"_s;
    QTest::newRow("swallowing") << u"swallowing"_s << u"eating"_s;
    QTest::newRow("feeding tube") << u"feeding tube"_s << u"eating"_s;
    QTest::newRow("caregiver") << u"caregiver"_s << u"caregivers"_s;
    QTest::newRow("fever") << u"fever"_s << u"urgent"_s;
    QTest::newRow("bleeding") << u"bleeding"_s << u"urgent"_s;
    QTest::newRow("help right away") << u"help right away"_s << u"urgent"_s;
    QTest::newRow("immunotherapy stops") << u"immunotherapy stops"_s << u"stopped-working"_s;
    QTest::newRow("coping") << u"coping"_s << u"coping"_s;
    QTest::newRow("glossary") << u"glossary"_s << u"glossary"_s;
    QTest::newRow("visit") << u"visit"_s << u"visit"_s;
}

void TestGuideSearch::ranksTheTopicAPersonMeans()
{
    QFETCH(QString, query);
    QFETCH(QString, first);
    GuideSearch search(m_guide);
    const QStringList ids = topicIds(search.find(query));
    QVERIFY2(!ids.isEmpty(), qPrintable(query));
    QCOMPARE(ids.first(), first);
}

void TestGuideSearch::matchesWholeWordsAndWordStarts()
{
    GuideSearch search(m_guide);
    search.setPages({u"It is made outside the body."_s, u"Side effects can come late."_s,
                     u"Immunotherapy helps some people."_s});
    const QList<SearchHit> side = search.find(u"side"_s);
    QCOMPARE(side.size(), 1); // not "outside"
    QCOMPARE(side.first().topicIndex, 1);
    const QList<SearchHit> start = search.find(u"immuno"_s);
    QCOMPARE(start.size(), 1);
    QCOMPARE(start.first().topicIndex, 2);
    QVERIFY(search.find(u"ffects"_s).isEmpty()); // not the middle of a word
}

void TestGuideSearch::forgivesWordFormsAndAccents()
{
    GuideSearch search(m_guide);
    search.setPages({u"Ask about clinical trials."_s, u"Swallowing can be hard."_s,
                     u"Pregunte por un ensayo clínico."_s, u"Cuidados paliativos en casa."_s});
    QCOMPARE(search.find(u"trial"_s).size(), 1);
    QCOMPARE(search.find(u"swallow"_s).size(), 1);
    QCOMPARE(search.find(u"swallowed"_s).size(), 1);
    QCOMPARE(search.find(u"ensayo clinico"_s).size(), 1);
    QCOMPARE(search.find(u"ENSAYO CLÍNICO"_s).size(), 1);
    QCOMPARE(search.find(u"paliativo"_s).size(), 1);
    QCOMPARE(GuideSearch::fold(u"Clínico Ñandú"_s), u"clinico nandu"_s);
}

void TestGuideSearch::correction_suggestsTheNearestWord_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("meant");
    QTest::newRow("one letter wrong") << u"hospise"_s << u"hospice"_s;
    QTest::newRow("two letters swapped") << u"hopsice"_s << u"hospice"_s;
    QTest::newRow("a letter missing") << u"paliative"_s << u"palliative"_s;
    QTest::newRow("two typos in a long word") << u"imunotherapi"_s << u"immunotherapy"_s;
    QTest::newRow("one word of two") << u"clinical trails"_s << u"clinical trials"_s;
    QTest::newRow("nothing to correct") << u"hospice"_s << QString();
    QTest::newRow("nothing near") << u"xylophonequartz"_s << QString();
}

void TestGuideSearch::correction_suggestsTheNearestWord()
{
    QFETCH(QString, typed);
    QFETCH(QString, meant);
    GuideSearch search(m_guide);
    QCOMPARE(search.correction(typed), meant);
    if (!meant.isEmpty()) {
        QVERIFY(!search.find(meant).isEmpty());
    }
}

void TestGuideSearch::snippet_showsTheMatchedWordsInBold()
{
    GuideSearch search(m_guide);
    search.setPages({u"Side effects of <immunotherapy> can start late. Tell your team."_s});
    const SearchHit hit = search.find(u"immunotherapy late"_s).first();
    QVERIFY2(hit.snippetHtml.contains(u"<b>immunotherapy</b>"_s), qPrintable(hit.snippetHtml));
    QVERIFY(hit.snippetHtml.contains(u"<b>late</b>"_s));
    QVERIFY(hit.snippetHtml.contains(u"&lt;"_s)); // the page's own text is escaped
    QCOMPARE(hit.terms, (QStringList{u"immunotherapy"_s, u"late"_s}));
}

void TestGuideSearch::accents_areFoldedOnBothSides_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("page");
    QTest::newRow("without accents") << u"ensayo clinico"_s << 0;
    QTest::newRow("with accents") << u"ensayo clínico"_s << 0;
    QTest::newRow("capitals with accents") << u"ENSAYO CLÍNICO"_s << 0;
    QTest::newRow("accent typed where the text has none") << u"cuidádos"_s << 1;
    QTest::newRow("a word form (by the start of the word)") << u"paliativo"_s << 1;
    QTest::newRow("ñ folds to n") << u"nino"_s << 2;
    QTest::newRow("ñ still finds ñ") << u"niño"_s << 2;
    QTest::newRow("ü folds to u") << u"bilingue"_s << 2;
    QTest::newRow("decomposed accent in the query") << u"cli\u0301nico"_s << 0;
}

void TestGuideSearch::accents_areFoldedOnBothSides()
{
    QFETCH(QString, query);
    QFETCH(int, page);
    GuideSearch search(m_guide);
    // The last page is written with a decomposed accent (e + combining acute), as some
    // editors save it.
    search.setPages({u"Un ensayo clínico prueba un tratamiento."_s,
                     u"Los cuidados paliativos alivian el dolor."_s,
                     u"Un niño bilingüe lee la guía."_s, u"Un me\u0301dico."_s});
    const QList<SearchHit> hits = search.find(query);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().topicIndex, page);
    // The snippet is the text as written, accents and all.
    QVERIFY2(!hits.first().snippet.contains(u"clinico"_s), qPrintable(hits.first().snippet));
}

void TestGuideSearch::fold_keepsEveryPlace()
{
    const QString text = u"Él está en la Ciudad de México; años, pingüinos, ÁÉÍÓÚÑÜ. 日本語"_s;
    const QString folded = GuideSearch::fold(text);
    QCOMPARE(folded, u"el esta en la ciudad de mexico; anos, pinguinos, aeiounu. 日本語"_s);
    QCOMPARE(folded.size(), text.size());
    GuideSearch search(m_guide);
    search.setPages({u"Un me\u0301dico."_s});
    QCOMPARE(search.find(u"medico"_s).size(), 1);
    QCOMPARE(search.find(u"médico"_s).size(), 1);
}

QTEST_MAIN(TestGuideSearch)
#include "tst_guidesearch.moc"
