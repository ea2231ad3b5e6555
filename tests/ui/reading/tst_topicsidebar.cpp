#include "TestSupport.h"
#include "core/guide/Guide.h"
#include "ui/reading/TopicSidebar.h"
#include "ui/widgets/UiFonts.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace nextsteps;

class TestTopicSidebar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_guide = Guide::load(Guide::bundledDirectory()); }
    void lists_topicsInReadingOrder();
    void arrowsMove_enterOpens();
    void search_findsWordsInsideTopics();
    void search_downArrowGoesToResults();
    void search_nothingFound_saysSo();
    void currentTopic_isHighlighted();
    void search_typo_saysDidYouMean();
    void resultCount_readsNaturallyInEnglish();
    void longestWord_fitsAtEveryTextSize_data();
    void longestWord_fitsAtEveryTextSize();

private:
    Guide m_guide;
};

void TestTopicSidebar::lists_topicsInReadingOrder()
{
    TopicSidebar sidebar(m_guide);
    QCOMPARE(sidebar.list()->count(), m_guide.topics().size());
    for (int i = 0; i < sidebar.list()->count(); ++i)
        QCOMPARE(sidebar.list()->item(i)->text(), m_guide.topics().at(i).shortTitle);
}

void TestTopicSidebar::arrowsMove_enterOpens()
{
    TopicSidebar sidebar(m_guide);
    sidebar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&sidebar));
    QSignalSpy opened(&sidebar, &TopicSidebar::topicActivated);
    sidebar.list()->setCurrentRow(0);
    sidebar.list()->setFocus();
    QTest::keyClick(sidebar.list(), Qt::Key_Down);
    QTest::keyClick(sidebar.list(), Qt::Key_Down);
    // The topic opens as the highlight moves, as in most help viewers.
    QCOMPARE(opened.size(), 2);
    QCOMPARE(sidebar.list()->currentRow(), 2);
    QCOMPARE(opened.at(0).at(0).toString(), m_guide.topics().at(1).id);
    QCOMPARE(opened.at(1).at(0).toString(), m_guide.topics().at(2).id);
    QTest::keyClick(sidebar.list(), Qt::Key_Return); // and Enter opens it too
    QCOMPARE(opened.size(), 3);
    QCOMPARE(opened.last().at(0).toString(), m_guide.topics().at(2).id);
    // Showing a topic from elsewhere (a link, Back) moves the highlight without opening again.
    sidebar.setCurrentTopic(m_guide.topics().at(5).id);
    QCOMPARE(sidebar.list()->currentRow(), 5);
    QCOMPARE(opened.size(), 3);
}

void TestTopicSidebar::search_findsWordsInsideTopics()
{
    TopicSidebar sidebar(m_guide);
    sidebar.show();
    QSignalSpy opened(&sidebar, &TopicSidebar::topicActivated);
    QTest::keyClicks(sidebar.searchField(), u"veterans"_s);
    QCOMPARE(sidebar.list()->count(), 1);
    const QString shown = sidebar.list()->item(0)->text();
    QVERIFY(shown.startsWith(u"Hospice care\n"_s));
    QVERIFY(shown.contains(u"veterans"_s, Qt::CaseInsensitive)); // the snippet
    QTest::keyClick(sidebar.searchField(), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).toString(), u"hospice"_s);
    // The words the search found, as the page writes them, to highlight there.
    QCOMPARE(opened.first().at(1).toString().toLower(), u"veterans"_s);
    // Clearing the search brings the topics back.
    sidebar.searchField()->clear();
    QCOMPARE(sidebar.list()->count(), m_guide.topics().size());
}

void TestTopicSidebar::search_downArrowGoesToResults()
{
    TopicSidebar sidebar(m_guide);
    sidebar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&sidebar));
    sidebar.activateWindow();
    sidebar.searchField()->setFocus();
    QTest::keyClicks(sidebar.searchField(), u"scan"_s);
    QVERIFY(sidebar.list()->count() >= 1);
    QTest::keyClick(sidebar.searchField(), Qt::Key_Down);
    QTRY_VERIFY(sidebar.list()->hasFocus());
}

void TestTopicSidebar::search_nothingFound_saysSo()
{
    TopicSidebar sidebar(m_guide);
    sidebar.show();
    QTest::keyClicks(sidebar.searchField(), u"zebrafish"_s);
    QCOMPARE(sidebar.list()->count(), 0);
    auto *label = sidebar.findChild<QLabel *>(u"searchResultsLabel"_s);
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(u"Nothing found"_s));
}

void TestTopicSidebar::search_typo_saysDidYouMean()
{
    TopicSidebar sidebar(m_guide);
    sidebar.show();
    QTest::keyClicks(sidebar.searchField(), u"hospise"_s);
    auto *label = sidebar.findChild<QLabel *>(u"searchResultsLabel"_s);
    QVERIFY2(label->text().contains(u"Did you mean “hospice”?"_s), qPrintable(label->text()));
    QVERIFY(sidebar.list()->count() >= 1);
    QVERIFY(sidebar.list()->item(0)->text().startsWith(u"Hospice care\n"_s));
}

void TestTopicSidebar::currentTopic_isHighlighted()
{
    TopicSidebar sidebar(m_guide);
    sidebar.resize(200, 700);
    sidebar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&sidebar));
    QList<int> heights;
    for (int i = 0; i < sidebar.list()->count(); ++i)
        heights << sidebar.list()->visualItemRect(sidebar.list()->item(i)).height();
    for (int i = 0; i < sidebar.list()->count(); ++i) {
        const QString id = m_guide.topics().at(i).id;
        sidebar.setCurrentTopic(id);
        QListWidgetItem *item = sidebar.list()->currentItem();
        QVERIFY(item);
        QCOMPARE(item->text(), m_guide.topics().at(i).shortTitle);
        QVERIFY(item->isSelected());
        // Rows keep their height when chosen: nothing under the pointer moves.
        QCoreApplication::processEvents();
        for (int row = 0; row < sidebar.list()->count(); ++row)
            QCOMPARE(sidebar.list()->visualItemRect(sidebar.list()->item(row)).height(),
                     heights.at(row));
    }
}

void TestTopicSidebar::resultCount_readsNaturallyInEnglish()
{
    // The English plural forms come from the bundled nextsteps_en.qm, as in the app.
    QTranslator translator;
    QVERIFY(translator.load(u"nextsteps_en"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&translator);
    TopicSidebar sidebar(m_guide);
    auto *label = sidebar.findChild<QLabel *>(u"searchResultsLabel"_s);
    sidebar.searchField()->setText(u"veterans"_s);
    QCOMPARE(label->text(), u"1 topic found"_s);
    sidebar.searchField()->setText(u"hospice"_s);
    QVERIFY2(label->text().endsWith(u" topics found"_s), qPrintable(label->text()));
    QCoreApplication::removeTranslator(&translator);
}

void TestTopicSidebar::longestWord_fitsAtEveryTextSize_data()
{
    QTest::addColumn<int>("zoom");
    for (int zoom : {100, 200, 300})
        QTest::addRow("%d%%", zoom) << zoom;
}

void TestTopicSidebar::longestWord_fitsAtEveryTextSize()
{
    // Names wrap between words, never inside one ("immunotherapy" at 200% was cut off): at its
    // narrowest, the sidebar still shows every word whole, in bold, with the scroll bar there.
    QFETCH(int, zoom);
    TopicSidebar sidebar(m_guide);
    sidebar.setZoom(zoom);
    sidebar.resize(sidebar.minimumWidth(), 300);
    sidebar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&sidebar));
    QListWidget *list = sidebar.list();
    const QFontMetrics bold(comfortableFont(zoom, true));
    const int margin = list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 1;
    for (int i = 0; i < list->count(); ++i) {
        const int room = list->visualItemRect(list->item(i)).width() - 2 * margin;
        for (const QString &word : list->item(i)->text().split(u' '))
            QVERIFY2(bold.horizontalAdvance(word) <= room, qPrintable(word));
    }
}

QTEST_MAIN(TestTopicSidebar)
#include "tst_topicsidebar.moc"
