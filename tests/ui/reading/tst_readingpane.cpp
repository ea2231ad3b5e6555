#include "core/QuestionSink.h"
#include "core/guide/Guide.h"
#include "ui/reading/FindBar.h"
#include "ui/reading/GuideBrowser.h"
#include "ui/reading/ReadingPane.h"
#include "ui/reading/SuggestedQuestionsView.h"
#include "ui/style/ColorContrast.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace nextsteps;

namespace {
// The interface the checklist implements, here on its own.
class FakeSink : public QuestionSink
{
public:
    bool addSuggestedQuestion(const QString &, const QString &questionId, const QString &) override
    {
        if (ids.contains(questionId))
            return false;
        ids << questionId;
        return true;
    }
    bool hasSuggestedQuestion(const QString &questionId, const QString &) const override
    {
        return ids.contains(questionId);
    }
    QStringList ids;
};

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x16, 0x16, 0x1a));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x30, 0x30, 0x36));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, QColor(0x40, 0x80, 0xd0)); // deliberately poor
    return p;
}
} // namespace

class TestReadingPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_guide = Guide::load(Guide::bundledDirectory()); }
    void showTopic_rendersMarkdownWithTitleAndSources();
    void text_keepsItsWidthFromShortToLongTopics();
    void backAndForward_walkTheHistory();
    void backButton_returnsToWhereThePersonWas();
    void glossaryLink_explainsTheWordInPlace();
    void topicLink_opensTheTopic();
    void telLink_showsTheNumber();
    void nothingIsLoadedFromOutside();
    void find_highlightsEveryMatch();
    void searchHighlight_isShownWhenATopicOpens();
    void suggestedQuestions_goThroughTheSink();
    void darkPalette_keepsTextAndHighlightsReadable();

private:
    Guide m_guide;
};

void TestReadingPane::showTopic_rendersMarkdownWithTitleAndSources()
{
    FakeSink sink;
    ReadingPane pane(m_guide, &sink);
    QSignalSpy shown(&pane, &ReadingPane::topicShown);
    QSignalSpy rendered(pane.browser(), &GuideBrowser::rendered);
    pane.showTopic(u"palliative"_s);
    QCOMPARE(shown.size(), 1);
    // A hidden pane waits for its real width before laying the page out...
    QCOMPARE(rendered.size(), 0);
    pane.show();
    QCOMPARE(rendered.size(), 1); // ...and lays it out once when it shows.
    QTextDocument *doc = pane.browser()->document();
    QCOMPARE(doc->firstBlock().text(), m_guide.topic(u"palliative"_s)->title);
    QCOMPARE(doc->firstBlock().blockFormat().headingLevel(), 1); // Qt's Markdown, not plain text
    QVERIFY(doc->toPlainText().contains(u"Sources"_s));
    QVERIFY(doc->toPlainText().contains(u"Last updated:"_s));
    QVERIFY(doc->toPlainText().contains(u"Facts checked:"_s)); // under it, on its own line
    // Comfortable line spacing on every block.
    QCOMPARE(doc->lastBlock().blockFormat().lineHeight(), 140.0);
    QVERIFY(pane.browser()->font().pointSize() >= 12);
}

void TestReadingPane::text_keepsItsWidthFromShortToLongTopics()
{
    // A page that fits and a page that scrolls are laid out to the same width: the text does
    // not move sideways from one topic to the next.
    FakeSink sink;
    ReadingPane pane(m_guide, &sink);
    pane.resize(800, 4000);
    pane.showTopic(u"visit"_s); // the shortest topic
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    GuideBrowser *browser = pane.browser();
    QVERIFY(browser->document()->size().height() < browser->viewport()->height()); // it fits
    const int width = browser->viewport()->width();
    QCOMPARE(browser->document()->pageSize().width(), width);
    pane.resize(800, 600);
    pane.showTopic(u"treatments"_s);
    QTRY_VERIFY(browser->document()->size().height() > browser->viewport()->height());
    QCOMPARE(browser->viewport()->width(), width);
    QCOMPARE(browser->document()->pageSize().width(), width);
}

void TestReadingPane::backAndForward_walkTheHistory()
{
    FakeSink sink;
    ReadingPane pane(m_guide, &sink);
    pane.showTopic(u"welcome"_s);
    QVERIFY(!pane.backAction()->isEnabled());
    pane.showTopic(u"trials"_s);
    pane.showTopic(u"hospice"_s);
    pane.backAction()->trigger();
    QCOMPARE(pane.currentTopicId(), u"trials"_s);
    pane.backAction()->trigger();
    QCOMPARE(pane.currentTopicId(), u"welcome"_s);
    QVERIFY(!pane.backAction()->isEnabled());
    pane.forwardAction()->trigger();
    QCOMPARE(pane.currentTopicId(), u"trials"_s);
    QVERIFY(pane.backAction()->shortcuts().contains(QKeySequence(Qt::ALT | Qt::Key_Left)));
    QVERIFY(pane.forwardAction()->shortcuts().contains(QKeySequence(Qt::ALT | Qt::Key_Right)));
}

void TestReadingPane::backButton_returnsToWhereThePersonWas()
{
    FakeSink sink;
    ReadingPane pane(m_guide, &sink);
    pane.resize(700, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    auto *back = pane.findChild<QToolButton *>(u"backButton"_s);
    auto *forward = pane.findChild<QToolButton *>(u"forwardButton"_s);
    QVERIFY(back && forward);
    QVERIFY(back->isVisible() && !back->isEnabled());
    QVERIFY(back->text().contains(u"Back"_s));
    pane.showTopic(u"treatments"_s);
    QScrollBar *bar = pane.browser()->verticalScrollBar();
    pane.browser()->document()->documentLayout()->documentSize();
    QTRY_VERIFY(bar->maximum() > 600);
    bar->setValue(bar->maximum() / 2);
    const int readTo = bar->value();
    pane.showTopic(u"hospice"_s);
    QCOMPARE(bar->value(), 0); // a new topic starts at the top
    QVERIFY(back->isEnabled());
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(pane.currentTopicId(), u"treatments"_s);
    QCOMPARE(bar->value(), readTo);
    QVERIFY(forward->isEnabled());
    QTest::mouseClick(forward, Qt::LeftButton);
    QCOMPARE(pane.currentTopicId(), u"hospice"_s);
}

void TestReadingPane::glossaryLink_explainsTheWordInPlace()
{
    FakeSink sink;
    ReadingPane pane(m_guide, &sink);
    pane.show();
    pane.showTopic(u"stopped-working"_s);
    QSignalSpy explained(pane.browser(), &GuideBrowser::definitionShown);
    QSignalSpy messages(&pane, &ReadingPane::message);
    // The link is really in the rendered page...
    QVERIFY(pane.browser()->document()->toHtml().contains(u"glossary:pseudoprogression"_s));
    pane.browser()->followLink(QUrl(u"glossary:pseudoprogression"_s));
    QCOMPARE(explained.size(), 1);
    QVERIFY(messages.last().first().toString().contains(
        m_guide.glossaryTerm(u"pseudoprogression"_s)->definition));
    // ...and following it does not leave the page.
    QCOMPARE(pane.currentTopicId(), u"stopped-working"_s);
}

void TestReadingPane::topicLink_opensTheTopic()
{
    FakeSink sink;
    ReadingPane pane(m_guide, &sink);
    pane.showTopic(u"welcome"_s);
    pane.browser()->followLink(QUrl(u"topic:about"_s));
    QCOMPARE(pane.currentTopicId(), u"about"_s);
}

void TestReadingPane::telLink_showsTheNumber()
{
    FakeSink sink;
    ReadingPane pane(m_guide, &sink);
    pane.show();
    pane.showTopic(u"trials"_s);
    QSignalSpy messages(&pane, &ReadingPane::message);
    pane.browser()->followLink(QUrl(u"tel:+18004226237"_s));
    QCOMPARE(messages.last().first().toString(), u"Phone number: 1-800-422-6237"_s);
    QCOMPARE(pane.currentTopicId(), u"trials"_s);
}

void TestReadingPane::nothingIsLoadedFromOutside()
{
    FakeSink sink;
    ReadingPane pane(m_guide, &sink);
    QVERIFY(!pane.browser()
                 ->loadResource(QTextDocument::ImageResource,
                                QUrl(u"https://example.com/tracker.png"_s))
                 .isValid());
    QVERIFY(!pane.browser()
                 ->loadResource(QTextDocument::ImageResource, QUrl::fromLocalFile(u"/etc/passwd"_s))
                 .isValid());
}

void TestReadingPane::find_highlightsEveryMatch()
{
    FakeSink sink;
    ReadingPane pane(m_guide, &sink);
    pane.resize(900, 1100); // room for several matches in view
    pane.show();
    pane.showTopic(u"hospice"_s);
    pane.findAction()->trigger();
    QVERIFY(pane.findBar()->isVisible());
    QTest::keyClicks(pane.findBar()->field(), u"hospice"_s);
    const int expected =
        int(pane.browser()->toPlainText().count(u"hospice"_s, Qt::CaseInsensitive));
    QVERIFY(expected > 3);
    QCOMPARE(pane.findBar()->matchCount(), expected);
    QCOMPARE(pane.browser()->extraSelections().size(), expected);
    const int first = pane.browser()->textCursor().selectionStart();
    auto *count = pane.findBar()->findChild<QLabel *>(u"findCount"_s);
    QCOMPARE(count->text(), u"1 of %1"_s.arg(expected));
    pane.findNextAction()->trigger();
    QVERIFY(pane.browser()->textCursor().selectionStart() > first);
    QCOMPARE(count->text(), u"2 of %1"_s.arg(expected));
    {
        // On the page, the match one is on looks different from the others (3:1 between the
        // two shades): "2 of 9" can be seen, not only read.
        QApplication::processEvents();
        const QImage page = pane.browser()->viewport()->grab().toImage();
        const auto shadeAt = [&](int start) {
            QTextCursor at(pane.browser()->document());
            at.setPosition(start);
            const QRect caret = pane.browser()->cursorRect(at);
            return page.pixelColor(caret.left() + 1, caret.top() + 1);
        };
        const int currentStart = pane.browser()->textCursor().selectionStart();
        const QColor current = shadeAt(currentStart);
        // Another match in view.
        int otherStart = -1;
        for (QTextCursor match(pane.browser()->document());;) {
            match = pane.browser()->document()->find(u"hospice"_s, match);
            if (match.isNull())
                break;
            QTextCursor at(pane.browser()->document());
            at.setPosition(match.selectionStart());
            if (match.selectionStart() != currentStart &&
                pane.browser()->viewport()->rect().contains(pane.browser()->cursorRect(at))) {
                otherStart = match.selectionStart();
                break;
            }
        }
        QVERIFY(otherStart >= 0);
        const QColor other = shadeAt(otherStart);
        QVERIFY2(ColorContrast::ratio(current, other) >= 3.0,
                 qPrintable(current.name() + u" beside "_s + other.name()));
    }
    pane.findPreviousAction()->trigger();
    QCOMPARE(pane.browser()->textCursor().selectionStart(), first);
    QCOMPARE(count->text(), u"1 of %1"_s.arg(expected));
    pane.findPreviousAction()->trigger(); // round to the last, as browsers do
    QCOMPARE(count->text(), u"%1 of %1"_s.arg(expected));
    QSignalSpy said(&pane, &ReadingPane::message);
    QVERIFY(pane.findNextAction()->shortcuts().contains(QKeySequence(Qt::Key_F3)));
    // Every key the platform has for the command, not only the first.
    QCOMPARE(pane.findNextAction()->shortcuts(), QKeySequence::keyBindings(QKeySequence::FindNext));
    QCOMPARE(pane.findPreviousAction()->shortcuts(),
             QKeySequence::keyBindings(QKeySequence::FindPrevious));
    QTest::keyClick(pane.findBar()->field(), Qt::Key_Escape);
    QVERIFY(!pane.findBar()->isVisible());
    QVERIFY(pane.browser()->extraSelections().isEmpty());
    // Closing leaves no old count in the status bar.
    QVERIFY(!said.isEmpty());
    QCOMPARE(said.last().first().toString(), QString());
}

void TestReadingPane::searchHighlight_isShownWhenATopicOpens()
{
    FakeSink sink;
    ReadingPane pane(m_guide, &sink);
    pane.show();
    pane.showTopic(u"treatments"_s, u"magnesium"_s);
    QCOMPARE(pane.findBar()->matchCount(), 1);
    QCOMPARE(pane.browser()->textCursor().selectedText(), u"magnesium"_s);
    // Every word the search found, as whole words, from the first on the page.
    pane.showTopic(u"hospice"_s, u"Medicare\nhospice"_s);
    const QString text = pane.browser()->toPlainText();
    static const QRegularExpression words(u"\\b(medicare|hospice)\\b"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const int expected = int(text.count(words));
    QCOMPARE(pane.findBar()->matchCount(), expected);
    QCOMPARE(pane.browser()->textCursor().selectionStart(), int(text.indexOf(words)));
}

void TestReadingPane::suggestedQuestions_goThroughTheSink()
{
    FakeSink sink;
    ReadingPane pane(m_guide, &sink);
    pane.show();
    pane.setSuggestionsOpen(true); // one line ("3 questions you might ask") until opened
    pane.showTopic(u"hospice"_s);
    const auto buttons = pane.suggestions()->addButtons();
    QCOMPARE(buttons.size(), m_guide.topic(u"hospice"_s)->questions.size());
    QVERIFY(buttons.first()->accessibleName().contains(
        m_guide.topic(u"hospice"_s)->questions.first().text));
    buttons.at(1)->click();
    QCOMPARE(sink.ids, QStringList{m_guide.topic(u"hospice"_s)->questions.at(1).id});
    QVERIFY(buttons.at(1)->isHidden());
    QVERIFY(pane.suggestions()->onListMarks().at(1)->isVisible());
    QVERIFY(buttons.at(0)->isVisible());
    // Reference pages have no suggested questions.
    pane.showTopic(u"glossary"_s);
    QVERIFY(!pane.suggestions()->isVisible());
}

void TestReadingPane::darkPalette_keepsTextAndHighlightsReadable()
{
    FakeSink sink;
    ReadingPane pane(m_guide, &sink);
    pane.resize(700, 600);
    pane.show();
    pane.showTopic(u"trials"_s);
    const QPalette old = QApplication::palette();
    QApplication::setPalette(darkPalette());
    QCoreApplication::processEvents();

    GuideBrowser *browser = pane.browser();
    const QColor base = browser->palette().color(QPalette::Base);
    const QColor text = browser->palette().color(QPalette::Text);
    QVERIFY(ColorContrast::ratio(base, text) >= 4.5);

    // Links were rendered again in the new palette's link colour, and read on the dark base.
    bool sawLink = false;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor() && format.foreground().style() != Qt::NoBrush) {
                sawLink = true;
                QCOMPARE(format.foreground().color(), darkPalette().color(QPalette::Link));
                QVERIFY(ColorContrast::ratio(base, format.foreground().color()) >= 4.5);
            }
        }
    }
    QVERIFY(sawLink);

    // What is painted: the page is dark and its text light.
    const QImage image = browser->viewport()->grab().toImage();
    int light = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (ColorContrast::ratio(image.pixelColor(x, y), base) >= 4.5)
                ++light;
        }
    }
    QCOMPARE(image.pixelColor(2, image.height() - 3), base);
    QVERIFY2(light > 100, qPrintable(QString::number(light)));

    // Find highlights keep 4.5:1 even though this palette's highlighted text colour is poor.
    pane.findBar()->show();
    pane.findBar()->setQuery(u"trial"_s);
    const auto selections = browser->extraSelections();
    QVERIFY(!selections.isEmpty());
    for (const auto &selection : selections)
        QVERIFY(ColorContrast::ratio(selection.format.background().color(),
                                     selection.format.foreground().color()) >= 4.5);
    QApplication::setPalette(old);
}

QTEST_MAIN(TestReadingPane)
#include "tst_readingpane.moc"
