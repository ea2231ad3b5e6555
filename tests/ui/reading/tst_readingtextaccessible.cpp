#include "TestSupport.h"
#include "core/guide/Guide.h"
#include "ui/MainWindow.h"
#include "ui/reading/GuideBrowser.h"
#include "ui/reading/ReadingPane.h"

#include <QAccessible>
#include <QApplication>
#include <QFrame>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nextsteps;

// What a screen reader is given for the reading text (issue 15): the page's headings and links
// as objects of their own, named as the page shows them, and the whole text as text.

namespace {

struct Expected
{
    QStringList headings;
    QStringList links;   // their words
    QStringList schemes; // where each goes: glossary, topic, app, tel, https
};

// Markdown's inline marks taken away, as a reader sees the words.
QString words(QString markdown)
{
    static const QRegularExpression link(uR"(\[([^\]]*)\]\([^)]*\))"_s);
    static const QRegularExpression autolink(uR"(<((?:https?|mailto|tel):[^>]*)>)"_s);
    markdown.replace(link, u"\\1"_s);
    markdown.replace(autolink, u"\\1"_s);
    markdown.remove(u'*');
    markdown.remove(u'`');
    markdown.replace(u"\\"_s, QString());
    return markdown.simplified();
}

// Read from the page's Markdown, not from what the app made of it.
Expected expectedFrom(const QString &markdown)
{
    Expected expected;
    static const QRegularExpression heading(uR"(^(#{1,6})\s+(.*?)\s*#*\s*$)"_s,
                                            QRegularExpression::MultilineOption);
    for (const auto &match : heading.globalMatch(markdown))
        expected.headings << words(match.captured(2));
    // [words](where), <https://...>, and bare web addresses (the GitHub dialect links them).
    static const QRegularExpression link(
        uR"(\[((?:[^\]\\]|\\.)*)\]\(([^)\s]*)\)|<((?:https?|tel):[^>\s]*)>|(?<![(<\w/])(https?://[^\s)<>]*[^\s)<>.,;:]))"_s);
    for (const auto &match : link.globalMatch(markdown)) {
        QString text;
        QString href;
        if (match.capturedLength(1) || match.capturedLength(2)) {
            text = words(match.captured(1));
            href = match.captured(2);
        } else if (match.capturedLength(3)) {
            text = href = match.captured(3);
        } else {
            text = href = match.captured(4);
        }
        expected.links << text;
        expected.schemes << QUrl(href).scheme();
    }
    return expected;
}

QList<QAccessibleInterface *> childrenWithRole(QAccessibleInterface *page, QAccessible::Role role)
{
    QList<QAccessibleInterface *> found;
    for (int i = 0; i < page->childCount(); ++i) {
        QAccessibleInterface *child = page->child(i);
        if (child && child->role() == role)
            found << child;
    }
    return found;
}

QStringList names(const QList<QAccessibleInterface *> &parts)
{
    QStringList result;
    for (QAccessibleInterface *part : parts)
        result << part->text(QAccessible::Name);
    return result;
}

QList<QAccessibleInterface *> focused;

void recordEvent(QAccessibleEvent *event)
{
    if (event->type() == QAccessible::Focus)
        focused << event->accessibleInterface();
}

} // namespace

class TestReadingTextAccessible : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyTopic_headingsAndLinksAreParts_data();
    void everyTopic_headingsAndLinksAreParts();
    void text_isThePageAsShown();
    void tab_putsTheScreenReaderOnTheLink();
    void pressingALink_followsIt();
    void aNewPage_replacesTheParts();

private:
    QAccessibleInterface *page() const
    {
        return QAccessible::queryAccessibleInterface(m_window->readingPane()->browser());
    }

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestReadingTextAccessible::initTestCase()
{
    isolateSettings(m_settingsDir);
    QAccessible::installUpdateHandler(recordEvent);
    QAccessible::setActive(true);
    m_window = std::make_unique<MainWindow>(m_dir.filePath(u"checklist.json"_s));
    m_window->resize(1200, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QTRY_VERIFY(QApplication::activeWindow() == m_window.get());
}

void TestReadingTextAccessible::cleanupTestCase()
{
    m_window.reset();
    QAccessible::installUpdateHandler(nullptr);
}

void TestReadingTextAccessible::everyTopic_headingsAndLinksAreParts_data()
{
    QTest::addColumn<QString>("topicId");
    const Guide guide = Guide::forLanguage(u"en"_s);
    QVERIFY(guide.topics().size() > 10);
    for (const Topic &topic : guide.topics())
        QTest::newRow(qPrintable(topic.id)) << topic.id;
}

void TestReadingTextAccessible::everyTopic_headingsAndLinksAreParts()
{
    QFETCH(QString, topicId);
    m_window->showTopic(topicId);
    QApplication::processEvents();
    const Topic *topic = m_window->guide().topic(topicId);
    QVERIFY(topic);
    const Expected expected = expectedFrom(m_window->guide().pageMarkdown(*topic));
    QVERIFY(!expected.headings.isEmpty());

    QAccessibleInterface *text = page();
    QVERIFY(text);
    QCOMPARE(text->role(), QAccessible::Document);
    QVERIFY(text->state().readOnly);
    QVERIFY(!text->text(QAccessible::Name).isEmpty());

    const QList<QAccessibleInterface *> headings = childrenWithRole(text, QAccessible::Heading);
    QCOMPARE(names(headings), expected.headings);
    const QList<QAccessibleInterface *> links = childrenWithRole(text, QAccessible::Link);
    QCOMPARE(names(links), expected.links);
    const QRect shown(m_window->readingPane()->browser()->viewport()->mapToGlobal(QPoint()),
                      m_window->readingPane()->browser()->viewport()->size());
    for (int i = 0; i < links.size(); ++i) {
        QAccessibleInterface *link = links.at(i);
        const QString description = link->text(QAccessible::Description);
        const QString scheme = expected.schemes.at(i);
        // Each says where it goes, in words.
        if (scheme == "glossary"_L1)
            QVERIFY2(description.startsWith(u"Glossary word"_s), qPrintable(description));
        else if (scheme == "topic"_L1)
            QVERIFY2(description.startsWith(u"Link to the topic"_s), qPrintable(description));
        else if (scheme.startsWith(u"http"_s))
            QVERIFY2(description.contains(u"leaves Next Steps"_s), qPrintable(description));
        QVERIFY(link->state().focusable);
        QVERIFY(link->state().linked);
        QVERIFY(link->actionInterface());
        QCOMPARE(link->parent(), text);
        QCOMPARE(text->indexOfChild(link) >= 0, true);
        // A link in view is where the screen reader (and a pointer) finds it.
        const QRect place = link->rect();
        QVERIFY2(!place.isEmpty(), qPrintable(link->text(QAccessible::Name)));
        if (shown.contains(place.center()) && !link->state().offscreen)
            QCOMPARE(text->childAt(place.center().x(), place.center().y()), link);
    }
    // In reading order: each part below or beside the one before.
    int top = -1;
    for (int i = 0; i < text->childCount(); ++i) {
        QAccessibleInterface *part = text->child(i);
        if (part->role() != QAccessible::Heading && part->role() != QAccessible::Link)
            continue;
        QVERIFY2(part->rect().top() >= top, qPrintable(part->text(QAccessible::Name)));
        top = part->rect().top();
    }
}

void TestReadingTextAccessible::text_isThePageAsShown()
{
    for (const Topic &topic : m_window->guide().topics()) {
        m_window->showTopic(topic.id);
        QApplication::processEvents();
        QAccessibleInterface *text = page();
        QAccessibleTextInterface *reader = text->textInterface();
        QVERIFY(reader);
        const QString shown = m_window->readingPane()->browser()->toPlainText();
        QCOMPARE(reader->characterCount(), int(shown.size()));
        QCOMPARE(reader->text(0, reader->characterCount()), shown);
        QCOMPARE(text->text(QAccessible::Value), shown);
        // A sentence at a time, as a screen reader asks for it.
        int start = -1;
        int end = -1;
        const QString first = reader->textAtOffset(0, QAccessible::LineBoundary, &start, &end);
        QCOMPARE(first.trimmed(), shown.section(u'\n', 0, 0).trimmed());
        // Every heading's words are found where the heading is.
        for (QAccessibleInterface *heading : childrenWithRole(text, QAccessible::Heading))
            QVERIFY(shown.contains(heading->text(QAccessible::Name)));
    }
}

void TestReadingTextAccessible::tab_putsTheScreenReaderOnTheLink()
{
    // Where the keyboard is, a screen reader asks the page for its focused part: the link.
    GuideBrowser *browser = m_window->readingPane()->browser();
    browser->showMarkdown(u"# A page\n\nSome text with a [word](glossary:"_s +
                          m_window->guide().glossary().first().id +
                          u"), a [topic](topic:hospice) and a [site](https://www.cancer.gov/)."
                          u"\n\n## Second part\n\nMore text.\n"_s);
    QApplication::processEvents();
    browser->setFocus(Qt::TabFocusReason);
    browser->setTextCursor(QTextCursor(browser->document()));
    QStringList reached;
    for (const QString &expected : {u"word"_s, u"topic"_s, u"site"_s}) {
        focused.clear();
        QTest::keyClick(browser, Qt::Key_Tab);
        QAccessibleInterface *link = page()->focusChild();
        QVERIFY2(link, qPrintable(expected));
        QCOMPARE(link->role(), QAccessible::Link);
        QCOMPARE(link->text(QAccessible::Name), expected);
        QVERIFY(link->state().focused);
        // The focus event that sends a screen reader there reaches only a platform with an
        // accessibility bridge (the offscreen platform of these tests has none).
        if (QAccessible::isActive())
            QVERIFY2(focused.contains(link), qPrintable(expected));
        reached << link->text(QAccessible::Name);
    }
    // Only the link the keyboard is on is focused.
    int focusedLinks = 0;
    for (QAccessibleInterface *link : childrenWithRole(page(), QAccessible::Link))
        focusedLinks += link->state().focused ? 1 : 0;
    QCOMPARE(focusedLinks, 1);
    QCOMPARE(reached, (QStringList{u"word"_s, u"topic"_s, u"site"_s}));
}

void TestReadingTextAccessible::pressingALink_followsIt()
{
    GuideBrowser *browser = m_window->readingPane()->browser();
    browser->showMarkdown(u"# A page\n\nA [word](glossary:"_s +
                          m_window->guide().glossary().first().id +
                          u") and [hospice care](topic:hospice).\n"_s);
    QApplication::processEvents();
    QList<QAccessibleInterface *> links = childrenWithRole(page(), QAccessible::Link);
    QCOMPARE(links.size(), 2);
    QAccessibleActionInterface *word = links.at(0)->actionInterface();
    QVERIFY(word->actionNames().contains(QAccessibleActionInterface::pressAction()));
    word->doAction(QAccessibleActionInterface::pressAction());
    QTRY_VERIFY(browser->definition()->isVisible());
    links.at(1)->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QTRY_COMPARE(m_window->readingPane()->currentTopicId(), u"hospice"_s);
}

void TestReadingTextAccessible::aNewPage_replacesTheParts()
{
    m_window->showTopic(u"welcome"_s);
    QApplication::processEvents();
    QAccessibleInterface *oldHeading = childrenWithRole(page(), QAccessible::Heading).value(0);
    QVERIFY(oldHeading);
    const QAccessible::Id oldId = QAccessible::uniqueId(oldHeading);
    const QString oldName = oldHeading->text(QAccessible::Name);
    m_window->showTopic(u"hospice"_s);
    QApplication::processEvents();
    const QList<QAccessibleInterface *> headings = childrenWithRole(page(), QAccessible::Heading);
    QVERIFY(!headings.isEmpty());
    QVERIFY(headings.constFirst()->text(QAccessible::Name) != oldName);
    // The old page's parts are gone, not left pointing into the new page.
    QCOMPARE(QAccessible::accessibleInterface(oldId), nullptr);
}

QTEST_MAIN(TestReadingTextAccessible)
#include "tst_readingtextaccessible.moc"
