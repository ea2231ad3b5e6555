#include "Guide.h"
#include "GuideSearch.h"

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
