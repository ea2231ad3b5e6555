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

QTEST_MAIN(TestGuideSearch)
#include "tst_guidesearch.moc"
