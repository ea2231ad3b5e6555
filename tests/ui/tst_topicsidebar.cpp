#include "Guide.h"
#include "TestSupport.h"
#include "TopicSidebar.h"
#include "UiFonts.h"

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
    sidebar.list()->setFocus();
    sidebar.list()->setCurrentRow(0);
    QTest::keyClick(sidebar.list(), Qt::Key_Down);
    QTest::keyClick(sidebar.list(), Qt::Key_Down);
    QCOMPARE(opened.size(), 0); // moving does not open
    QCOMPARE(sidebar.list()->currentRow(), 2);
    QTest::keyClick(sidebar.list(), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).toString(), m_guide.topics().at(2).id);
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
    QCOMPARE(opened.first().at(1).toString(), u"veterans"_s);
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

void TestTopicSidebar::currentTopic_isHighlighted()
{
    TopicSidebar sidebar(m_guide);
    sidebar.setCurrentTopic(u"coping"_s);
    QListWidgetItem *item = sidebar.list()->currentItem();
    QVERIFY(item);
    QCOMPARE(item->text(), u"Coping and support"_s);
    QVERIFY(item->font().bold());
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
