#include "TestSupport.h"
#include "core/guide/Guide.h"
#include "ui/MainWindow.h"
#include "ui/reading/GuideBrowser.h"
#include "ui/reading/ReadingPane.h"
#include "ui/style/ColorContrast.h"
#include "ui/widgets/StatusAnnouncer.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QFrame>
#include <QMenu>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace nextsteps;

namespace {

// The character format of the first link to `href` on the page.
QTextCharFormat linkFormat(QTextDocument *document, const QString &href)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorHref() == href)
                return it.fragment().charFormat();
        }
    }
    return {};
}

// The link selected in the browser, whichever way the selection goes.
QString selectedHref(const QTextBrowser *browser)
{
    QTextCursor cursor = browser->textCursor();
    cursor.setPosition(cursor.selectionStart() + 1);
    return cursor.charFormat().anchorHref();
}

} // namespace

class TestLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settingsDir); }
    void init();
    void cleanup() { m_window.reset(); }
    void links_underlined_glossaryDotted_webSaysItLeaves();
    void tab_movesLinkToLink_andSaysWhatItIs();
    void definition_besideTheWord_staysUntilEscape();
    void tabbedLink_hasAFocusRing();
    void goToHeading_listsAndMoves();
    void headings_atLargeSizes_neverSplitAWord();

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    GuideBrowser *m_browser = nullptr;
    QString m_term;
};

void TestLinks::init()
{
    m_window = std::make_unique<MainWindow>(m_dir.filePath(u"checklist.json"_s));
    m_window->resize(1200, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QTRY_VERIFY(QApplication::activeWindow() == m_window.get());
    m_browser = m_window->readingPane()->browser();
    QVERIFY(!m_window->guide().glossary().isEmpty());
    m_term = m_window->guide().glossary().first().id;
    m_browser->showMarkdown(u"# A page\n\nSome text with a [word](glossary:"_s + m_term +
                            u"), a [topic](topic:hospice) and a [site](https://www.cancer.gov/)"
                            u".\n\n## Second part\n\nMore text.\n"_s);
}

void TestLinks::links_underlined_glossaryDotted_webSaysItLeaves()
{
    QTextDocument *page = m_browser->document();
    const QTextCharFormat glossary = linkFormat(page, u"glossary:"_s + m_term);
    const QTextCharFormat topic = linkFormat(page, u"topic:hospice"_s);
    const QTextCharFormat web = linkFormat(page, u"https://www.cancer.gov/"_s);
    QCOMPARE(glossary.underlineStyle(), QTextCharFormat::DotLine);
    QCOMPARE(topic.underlineStyle(), QTextCharFormat::SingleUnderline);
    QCOMPARE(web.underlineStyle(), QTextCharFormat::SingleUnderline);
    QVERIFY2(web.toolTip().contains(u"web browser"_s), qPrintable(web.toolTip()));
    QVERIFY(topic.toolTip().isEmpty());
}

void TestLinks::tab_movesLinkToLink_andSaysWhatItIs()
{
    QSignalSpy said(m_browser, &GuideBrowser::message);
    m_browser->setFocus(Qt::TabFocusReason);
    QTextCursor start(m_browser->document());
    m_browser->setTextCursor(start);
    QStringList reached;
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(m_browser, Qt::Key_Tab);
        QVERIFY(m_browser->hasFocus());
        reached << selectedHref(m_browser);
    }
    QCOMPARE(reached, (QStringList{u"glossary:"_s + m_term, u"topic:hospice"_s,
                                   u"https://www.cancer.gov/"_s}));
    QTest::keyClick(m_browser, Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(selectedHref(m_browser), u"topic:hospice"_s);
    QStringList messages;
    for (const auto &arguments : std::as_const(said))
        messages << arguments.at(0).toString();
    const QString all = messages.join(u'\n');
    QVERIFY2(all.contains(u"Glossary word: word"_s), qPrintable(all));
    QVERIFY2(all.contains(u"leaves Next Steps"_s), qPrintable(all));
}

void TestLinks::definition_besideTheWord_staysUntilEscape()
{
    m_browser->setFocus(Qt::TabFocusReason);
    m_browser->setTextCursor(QTextCursor(m_browser->document()));
    QTest::keyClick(m_browser, Qt::Key_Tab);
    QSignalSpy shown(m_browser, &GuideBrowser::definitionShown);
    QTest::keyClick(m_browser, Qt::Key_Return);
    QTRY_COMPARE(shown.size(), 1);
    QFrame *definition = m_browser->definition();
    QVERIFY(definition->isVisible());
    // Not over the word.
    QTextCursor word = m_browser->textCursor();
    QTextCursor wordStart = word;
    wordStart.setPosition(word.selectionStart());
    const QRect wordRect = m_browser->cursorRect(wordStart);
    QVERIFY2(!definition->geometry().intersects(wordRect.adjusted(0, 1, 0, -1)),
             qPrintable(u"%1,%2 %3x%4"_s.arg(definition->x())
                            .arg(definition->y())
                            .arg(definition->width())
                            .arg(definition->height())));
    // It stays.
    QTest::qWait(300);
    QVERIFY(definition->isVisible());
    QTest::keyClick(m_browser, Qt::Key_Escape);
    QVERIFY(!definition->isVisible());
}

void TestLinks::tabbedLink_hasAFocusRing()
{
    // Like every other control: a band at least 2 px wide around the link at 3:1 against the
    // page, where there was only the page before.
    m_browser->setFocus(Qt::TabFocusReason);
    m_browser->setTextCursor(QTextCursor(m_browser->document()));
    QApplication::processEvents();
    const QImage before = m_browser->viewport()->grab().toImage();
    QTest::keyClick(m_browser, Qt::Key_Tab);
    QApplication::processEvents();
    QVERIFY(m_browser->textCursor().hasSelection());
    const QImage after = m_browser->viewport()->grab().toImage();
    QTextCursor start(m_browser->document());
    start.setPosition(m_browser->textCursor().selectionStart());
    QTextCursor end(m_browser->document());
    end.setPosition(m_browser->textCursor().selectionEnd());
    const QRect link = m_browser->cursorRect(start).united(m_browser->cursorRect(end));
    const QColor page = m_browser->palette().color(QPalette::Base);
    // Above and below the word, along its middle, two rows each.
    for (int y : {link.top() - 2, link.top() - 1, link.bottom() + 1, link.bottom() + 2}) {
        int ring = 0;
        int total = 0;
        for (int x = link.left() + link.width() / 5; x < link.right() - link.width() / 5; ++x) {
            ++total;
            QCOMPARE(ColorContrast::ratio(before.pixelColor(x, y), page) < 1.5, true);
            ring += ColorContrast::ratio(after.pixelColor(x, y), page) >= 3.0;
        }
        QVERIFY2(total > 0 && ring == total,
                 qPrintable(u"row %1: %2 of %3"_s.arg(y).arg(ring).arg(total)));
    }
    // And it goes with the focus.
    QTest::keyClick(m_browser, Qt::Key_Tab, Qt::ShiftModifier);
    QTest::keyClick(m_browser, Qt::Key_Tab, Qt::ShiftModifier);
    QApplication::processEvents();
    const QImage away = m_browser->viewport()->grab().toImage();
    int left = 0;
    for (int x = link.left() + link.width() / 5; x < link.right() - link.width() / 5; ++x)
        left += ColorContrast::ratio(away.pixelColor(x, link.top() - 2), page) >= 3.0;
    QCOMPARE(left, 0);
}

void TestLinks::goToHeading_listsAndMoves()
{
    ReadingPane *pane = m_window->readingPane();
    QCOMPARE(pane->headings(), (QStringList{u"A page"_s, u"  Second part"_s}));
    QCOMPARE(pane->goToHeadingAction()->shortcut(), QKeySequence(u"Ctrl+Shift+H"_s));
    // The key is its own: no other action of the window has it.
    int users = 0;
    for (QAction *action : m_window->findChildren<QAction *>())
        users += action->shortcuts().contains(QKeySequence(u"Ctrl+Shift+H"_s));
    QCOMPARE(users, 1);
    QSignalSpy said(pane, &ReadingPane::message);
    pane->goToHeading(1);
    QCOMPARE(m_browser->textCursor().block().text(), u"Second part"_s);
    QVERIFY(m_browser->hasFocus());
    QCOMPARE(said.constLast().at(0).toString(), u"Heading: Second part"_s);

    // By keyboard: the list opens at the text size with the first heading chosen; Down and
    // Enter go to the second.
    m_window->setZoom(200);
    pane->focusText();
    m_browser->setTextCursor(QTextCursor(m_browser->document()));
    bool looked = false;
    QTimer::singleShot(0, this, [&] {
        auto closeAnyway = qScopeGuard([] {
            if (QWidget *popup = QApplication::activePopupWidget())
                popup->close();
        });
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QCOMPARE(menu->accessibleName(), u"Headings in this topic"_s);
        QTRY_VERIFY(menu->activeAction());
        QCOMPARE(menu->activeAction()->text(), u"A page"_s);
        QCOMPARE(menu->font().pointSize(), m_browser->font().pointSize());
        QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Return);
        looked = true;
        closeAnyway.dismiss();
    });
    pane->goToHeadingAction()->trigger();
    QVERIFY(looked);
    QCOMPARE(m_browser->textCursor().block().text(), u"Second part"_s);
    m_window->setZoom(100);
}

void TestLinks::headings_atLargeSizes_neverSplitAWord()
{
    m_window->resize(1366 - 16, 768 - 48);
    m_window->setZoom(300);
    m_window->showTopic(u"treatments"_s);
    QApplication::processEvents();
    QTextDocument *page = m_browser->document();
    page->documentLayout()->documentSize();
    int headings = 0;
    for (QTextBlock block = page->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() <= 0)
            continue;
        ++headings;
        const QString text = block.text();
        for (int i = 1; i < block.layout()->lineCount(); ++i) {
            const int start = block.layout()->lineAt(i).textStart();
            QVERIFY2(text.at(start - 1).isSpace() || text.at(start - 1) == u'-',
                     qPrintable(text.left(start) + u'/' + text.mid(start)));
        }
    }
    QVERIFY(headings > 0);
    m_window->setZoom(100);
}

QTEST_MAIN(TestLinks)
#include "tst_links.moc"
