#include "LaptopScreen.h"
#include "PaintedText.h"
#include "TestSupport.h"
#include "ui/ColumnFitter.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/checklist/ChecklistPanel.h"
#include "ui/checklist/ChecklistTabs.h"
#include "ui/reading/ReadingPane.h"
#include "ui/reading/TopicSidebar.h"
#include "ui/style/AppStyle.h"
#include "ui/widgets/StatusAnnouncer.h"
#include "ui/widgets/UiFonts.h"

#include <QAbstractButton>
#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace nextsteps;

// Large text that fits (issue 15): at 300% on a 1366x768 screen the columns become fewer, and
// nothing is cut at the window's edge.
class TestLargeText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void atNormalSize_allThreeColumnsShow();
    void at300Percent_nothingLeavesTheWindow();
    void showTopics_bringsThemBack_andTheQuestionsMakeRoom();
    void smallerText_bringsTheColumnsBack_unlessThePersonHidThem();
    void narrowWindow_putsTheQuestionsAwayToo();
    void readingPane_widerAndNarrowerByKeyboard();
    void textAndSuggestions_splitByKeyboard_andKeptAsSet();
    void questions_neverScrollSideways_data();
    void questions_neverScrollSideways();
    void placeholders_showWhole_data();
    void placeholders_showWhole();
    void statusMessage_wrapsWhole_andGoesAwayLater();
    void menus_fitTheScreen_andShowEveryItemWhole_data();
    void menus_fitTheScreen_andShowEveryItemWhole();
    void rowsAroundTheText_growWithIt_andStayWhole_data();
    void rowsAroundTheText_growWithIt_andStayWhole();

private:
    void openWindow(int zoom);
    QString problems() const;

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestLargeText::initTestCase()
{
    isolateSettings(m_settingsDir);
    // The app's style and text size, as Application::configure sets them.
    QApplication::setStyle(new AppStyle(u"fusion"_s));
    QApplication::setFont(comfortableFont(100));
    QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1366, 768));
}

void TestLargeText::openWindow(int zoom)
{
    m_window.reset(); // its list is locked while it is open
    m_window = std::make_unique<MainWindow>(m_dir.filePath(u"checklist.json"_s));
    m_window->setGeometry(QGuiApplication::primaryScreen()->availableGeometry());
    m_window->setZoom(zoom);
    m_window->showTopic(u"welcome"_s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::processEvents();
}

// Every visible widget inside the window, and every label within its parent.
QString TestLargeText::problems() const
{
    QStringList found;
    const QRect window = m_window->rect();
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(m_window.get()) || widget->isWindow())
            continue;
        const QString name =
            QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
        if (qobject_cast<QLabel *>(widget) && widget->parentWidget() &&
            widget->width() > widget->parentWidget()->width())
            found << name + u" wider than its parent"_s;
        // What a scroll area holds may be larger than the area: it scrolls.
        bool scrolled = false;
        for (QWidget *up = widget->parentWidget(); up && up != m_window.get();
             up = up->parentWidget()) {
            if (up->objectName() == "qt_scrollarea_viewport"_L1)
                scrolled = true;
        }
        if (scrolled)
            continue;
        const QRect place(widget->mapTo(m_window.get(), QPoint()), widget->size());
        if (!window.contains(place))
            found << u"%1 at %2,%3 %4x%5"_s.arg(name)
                         .arg(place.x())
                         .arg(place.y())
                         .arg(place.width())
                         .arg(place.height());
    }
    return found.join(u"; "_s);
}

void TestLargeText::atNormalSize_allThreeColumnsShow()
{
    openWindow(100);
    QVERIFY(m_window->sidebar()->isVisible());
    QVERIFY(m_window->readingPane()->isVisible());
    QVERIFY(m_window->listTabs()->isVisible());
    QVERIFY(m_window->findChild<QAction *>(u"showTopics"_s)->isChecked());
    QVERIFY(m_window->findChild<QAction *>(u"showQuestions"_s)->isChecked());
    const QString found = problems();
    QVERIFY2(found.isEmpty(), qPrintable(found));
}

void TestLargeText::at300Percent_nothingLeavesTheWindow()
{
    openWindow(300);
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY(m_window->width() <= available.width());
    // The topics make room first.
    QVERIFY(!m_window->sidebar()->isVisible());
    QVERIFY(!m_window->findChild<QAction *>(u"showTopics"_s)->isChecked());
    QVERIFY(m_window->readingPane()->isVisible());
    const QString found = problems();
    QVERIFY2(found.isEmpty(), qPrintable(found));
    // The questions, if they show, are whole: they do not scroll sideways.
    if (m_window->listTabs()->isVisible())
        QVERIFY(!m_window->findChild<QScrollArea *>(u"checklistScroll"_s)
                     ->horizontalScrollBar()
                     ->isVisible());
    // Zooming in from 100% in the open window does the same.
    openWindow(100);
    // The status bar says what happened, with the new size.
    QStringList said;
    for (int i = 0; i < 12; ++i) {
        m_window->findChild<QAction *>(u"zoomIn"_s)->trigger();
        QApplication::processEvents();
        for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
            said << label->text();
    }
    QCOMPARE(m_window->zoom(), 300);
    // Above 200%, one part at a time: said once, with the size it began at.
    const QString onePart = u"One part of the window at a time at this text size: F6 goes to the "
                            "next (Topics, Reading, My Questions)."_s;
    QVERIFY2(said.filter(onePart).size() == 1 &&
                 said.filter(onePart).constFirst() == u"Text size 225%. "_s + onePart,
             qPrintable(said.join(u" | "_s)));
    QVERIFY(m_window->width() <= available.width());
    QVERIFY(!m_window->sidebar()->isVisible());
    const QString after = problems();
    QVERIFY2(after.isEmpty(), qPrintable(after));
}

void TestLargeText::showTopics_bringsThemBack_andTheQuestionsMakeRoom()
{
    openWindow(300);
    QVERIFY(!m_window->sidebar()->isVisible());
    m_window->findChild<QAction *>(u"showTopics"_s)->trigger();
    QApplication::processEvents();
    QVERIFY(m_window->sidebar()->isVisible());
    QVERIFY(m_window->findChild<QAction *>(u"showTopics"_s)->isChecked());
    // Not the three: the questions are put away instead of being cut at the right.
    QVERIFY(!m_window->listTabs()->isVisible());
    QVERIFY(m_window->width() <= QGuiApplication::primaryScreen()->availableGeometry().width());
    const QString found = problems();
    QVERIFY2(found.isEmpty(), qPrintable(found));
    // Searching the topics shows them too.
    openWindow(300);
    QVERIFY(!m_window->sidebar()->isVisible());
    m_window->findChild<QAction *>(u"searchTopics"_s)->trigger();
    QApplication::processEvents();
    QVERIFY(m_window->sidebar()->isVisible());
}

void TestLargeText::smallerText_bringsTheColumnsBack_unlessThePersonHidThem()
{
    openWindow(300);
    QVERIFY(!m_window->sidebar()->isVisible());
    m_window->setZoom(100);
    QApplication::processEvents();
    QVERIFY(m_window->sidebar()->isVisible());
    QVERIFY(m_window->listTabs()->isVisible());
    QVERIFY(m_window->findChild<QAction *>(u"showTopics"_s)->isChecked());

    // Hidden by the person: it stays hidden whatever the size.
    m_window->findChild<QAction *>(u"showTopics"_s)->trigger();
    QVERIFY(!m_window->sidebar()->isVisible());
    m_window->setZoom(300);
    m_window->setZoom(100);
    QApplication::processEvents();
    QVERIFY(!m_window->sidebar()->isVisible());
    QVERIFY(m_window->listTabs()->isVisible());
}

void TestLargeText::narrowWindow_putsTheQuestionsAwayToo()
{
    // At 200%, the largest size with columns, the topics put away by the person.
    openWindow(200);
    m_window->findChild<QAction *>(u"showTopics"_s)->trigger();
    QApplication::processEvents();
    NEXTSTEPS_DRAIN_EVENTS(); // the window's least width follows, from the event loop
    m_window->resize(650, m_window->height());
    QApplication::processEvents();
    QCOMPARE(m_window->width(), 650);
    QVERIFY(!m_window->sidebar()->isVisible());
    QVERIFY(!m_window->listTabs()->isVisible());
    QVERIFY(!m_window->findChild<QAction *>(u"showQuestions"_s)->isChecked());
    const QString found = problems();
    QVERIFY2(found.isEmpty(), qPrintable(found));
    // Wider again: the questions come back (the topics stay as the person left them).
    m_window->setGeometry(QGuiApplication::primaryScreen()->availableGeometry());
    QApplication::processEvents();
    QVERIFY(m_window->listTabs()->isVisible());
    QVERIFY(!m_window->sidebar()->isVisible());
    m_window->findChild<QAction *>(u"showTopics"_s)->trigger();
    QApplication::processEvents();
    QVERIFY(m_window->sidebar()->isVisible());
}

void TestLargeText::readingPane_widerAndNarrowerByKeyboard()
{
    openWindow(100);
    auto *wider = m_window->findChild<QAction *>(u"widerReading"_s);
    auto *narrower = m_window->findChild<QAction *>(u"narrowerReading"_s);
    QCOMPARE(wider->shortcut(), QKeySequence(u"Ctrl+]"_s));
    QCOMPARE(narrower->shortcut(), QKeySequence(u"Ctrl+["_s));
    const int start = m_window->readingPane()->width();
    const int questions = m_window->listTabs()->width();
    wider->trigger();
    QVERIFY(m_window->readingPane()->width() > start);
    QVERIFY(m_window->listTabs()->width() < questions);
    // Read half-way down a long topic, the place stays in view as the lines wrap anew.
    m_window->showTopic(u"treatments"_s);
    QApplication::processEvents();
    auto *text = m_window->findChild<QTextEdit *>(u"readingText"_s);
    text->document()->documentLayout()->documentSize(); // the whole page laid out first
    text->verticalScrollBar()->setValue(text->verticalScrollBar()->maximum() / 2);
    const int line = text->fontMetrics().lineSpacing();
    const QTextCursor top = text->cursorForPosition(QPoint(line, line / 2));
    const QString readingWord = [&] {
        QTextCursor word = top;
        word.select(QTextCursor::WordUnderCursor);
        return word.selectedText();
    }();
    for (int i = 0; i < 6; ++i) // narrower than the text's own width, so that lines rewrap
        narrower->trigger();
    QTextCursor there(text->document());
    there.setPosition(top.position());
    // (near the top: within the first third of the view; before, it jumped far down) once the
    // new widths are laid out
    const auto placeTop = [&] {
        return text->cursorRect(there).top();
    };
    QTRY_VERIFY2(placeTop() >= -line && placeTop() < text->viewport()->height() / 3,
                 qPrintable(u"\"%1\" at %2"_s.arg(readingWord).arg(placeTop())));
    QVERIFY(m_window->readingPane()->width() < start);
    // However often it is pressed, every pane keeps at least its least width.
    for (int i = 0; i < 40; ++i)
        wider->trigger();
    QVERIFY(m_window->listTabs()->width() >= m_window->listTabs()->minimumSizeHint().width());
    QVERIFY(m_window->sidebar()->width() >= m_window->sidebar()->minimumWidth());
    const QString found = problems();
    QVERIFY2(found.isEmpty(), qPrintable(found));

    // At 200% too (the largest size with columns): the questions keep a column wide enough for
    // their words and buttons, and never scroll sideways.
    openWindow(200);
    QVERIFY(m_window->listTabs()->isVisible());
    wider = m_window->findChild<QAction *>(u"widerReading"_s);
    for (int i = 0; i < 40; ++i)
        wider->trigger();
    QApplication::processEvents();
    auto *scroll = m_window->findChild<QScrollArea *>(u"checklistScroll"_s);
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    const QString atLargeSize = problems();
    QVERIFY2(atLargeSize.isEmpty(), qPrintable(atLargeSize));
    for (QAbstractButton *button : m_window->listTabs()->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(m_window.get()) && !button->text().isEmpty())
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
    }
}

void TestLargeText::questions_neverScrollSideways_data()
{
    QTest::addColumn<int>("zoom");
    for (int zoom : {100, 110, 125, 150, 175, 200, 225, 250, 300})
        QTest::addRow("%d%%", zoom) << zoom;
}

void TestLargeText::questions_neverScrollSideways()
{
    // At every step of the text size (as Ctrl++ goes), the questions, when they show, fit
    // their column: nothing cut at the right, no sideways scroll bar.
    QFETCH(int, zoom);
    openWindow(zoom);
    QApplication::processEvents();
    if (!m_window->listTabs()->isVisible())
        return; // put away to make room: nothing to cut
    auto *scroll = m_window->findChild<QScrollArea *>(u"checklistScroll"_s);
    QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
             qPrintable(u"%1 wide for %2"_s.arg(scroll->viewport()->width())
                            .arg(scroll->widget()->minimumSizeHint().width())));
    // And zoomed to it step by step in the open window, as a person does, from a layout with
    // the questions as narrow as they may be at 100% (as one may have left it).
    openWindow(100);
    auto *splitter = m_window->findChild<QSplitter *>(u"mainSplitter"_s);
    QList<int> sizes = splitter->sizes();
    const int least = m_window->listTabs()->minimumSizeHint().width();
    sizes[1] += sizes[2] - least;
    sizes[2] = least;
    splitter->setSizes(sizes);
    QApplication::processEvents();
    while (m_window->zoom() < zoom) {
        m_window->findChild<QAction *>(u"zoomIn"_s)->trigger();
        QApplication::processEvents();
    }
    if (!m_window->listTabs()->isVisible())
        return;
    scroll = m_window->findChild<QScrollArea *>(u"checklistScroll"_s);
    QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
             qPrintable(u"step by step: %1 wide for %2"_s.arg(scroll->viewport()->width())
                            .arg(scroll->widget()->minimumSizeHint().width())));
}

void TestLargeText::placeholders_showWhole_data()
{
    QTest::addColumn<int>("zoom");
    for (int zoom : {100, 200, 300})
        QTest::addRow("%d%%", zoom) << zoom;
}

void TestLargeText::placeholders_showWhole()
{
    // The words inside an empty field (\"Write your own question\") are never cut: the shorter
    // ones where the whole do not fit. Every field of the window, the To tell tab's too.
    QFETCH(int, zoom);
    openWindow(zoom);
    m_window->findChild<QAction *>(u"find"_s)->trigger();
    m_window->findChild<QAction *>(u"goToTell"_s)->trigger();
    QApplication::processEvents();
    m_window->findChild<QAction *>(u"goQuestions"_s)->trigger();
    QApplication::processEvents();
    int checked = 0;
    for (QLineEdit *field : m_window->findChildren<QLineEdit *>()) {
        if (field->placeholderText().isEmpty() || !field->text().isEmpty())
            continue;
        // One part of the window at a time (above 200%): the part the field is in.
        for (auto area :
             {ColumnFitter::TopicsArea, ColumnFitter::ReadingArea, ColumnFitter::QuestionsArea}) {
            if (field->isVisibleTo(m_window.get()) || !m_window->columns()->onePaneAtATime())
                break;
            m_window->columns()->showArea(area);
            QApplication::processEvents();
        }
        // Shown now, or on the tab beside.
        QWidget *tab = m_window->listTabs()->widget(1);
        if (!field->isVisibleTo(m_window.get()) && !tab->isAncestorOf(field))
            continue;
        if (tab->isAncestorOf(field)) {
            m_window->listTabs()->setCurrentWidget(tab);
            QApplication::processEvents();
        }
        // What the field paints: the whole placeholder, not one cut short with "…".
        testprint::PaintedText painted(*field);
        field->render(&painted);
        QVERIFY2(painted.text().contains(field->placeholderText()),
                 qPrintable(field->objectName() + u": "_s + painted.text()));
        ++checked;
        m_window->listTabs()->setCurrentIndex(0);
        QApplication::processEvents();
    }
    QVERIFY(checked >= 3); // search (when the topics show), find, question, something to tell
    // ...and the whole words where they fit: at 100% in a window of the screen's size.
    if (zoom == 100) {
        QCOMPARE(m_window->checklistPanel()->newQuestionField()->placeholderText(),
                 u"Write your own question"_s);
        QCOMPARE(m_window->sidebar()->searchField()->placeholderText(), u"Search the guide"_s);
    }
}

void TestLargeText::statusMessage_wrapsWhole_andGoesAwayLater()
{
    openWindow(300);
    auto *status = m_window->findChild<StatusAnnouncer *>(u"statusMessage"_s);
    QVERIFY(status);
    const QString message = u"Text size 300%. The topics are put away to make room: View > Show "
                            "Topics brings them back."_s;
    status->setShownFor(300);
    status->announce(message);
    QApplication::processEvents();
    QApplication::processEvents();
    // All of it shows: its lines fit the label, and the label the window.
    QCOMPARE(status->text(), message);
    QVERIFY2(status->width() >= status->minimumSizeHint().width(),
             qPrintable(u"%1 < %2"_s.arg(status->width()).arg(status->minimumSizeHint().width())));
    QVERIFY2(status->height() >= status->heightForWidth(status->width()),
             qPrintable(
                 u"%1 < %2"_s.arg(status->height()).arg(status->heightForWidth(status->width()))));
    const QString found = problems();
    QVERIFY2(found.isEmpty(), qPrintable(found));
    // Then it goes, not to be taken for news of what is done next.
    QTRY_VERIFY_WITH_TIMEOUT(status->text().isEmpty(), 2000);
    QVERIFY(status->accessibleDescription().isEmpty());
}

void TestLargeText::menus_fitTheScreen_andShowEveryItemWhole_data()
{
    QTest::addColumn<int>("zoom");
    QTest::addColumn<QString>("language");
    for (int zoom : {50, 100, 150, 200, 250, 300})
        QTest::addRow("%d%%", zoom) << zoom << u"en"_s;
    // Spanish commands are longer.
    for (int zoom : {200, 300})
        QTest::addRow("%d%%, Spanish", zoom) << zoom << u"es"_s;
}

void TestLargeText::menus_fitTheScreen_andShowEveryItemWhole()
{
    // Each menu, as it would open: within the screen in one column, and every command's words
    // painted whole (the style cut the longest ones short at large sizes: "When to Get …p
    // Right Away").
    QFETCH(int, zoom);
    QFETCH(QString, language);
    Language::apply(language);
    auto english = qScopeGuard([] { Language::apply(u"en"_s); });
    openWindow(zoom);
    QApplication::processEvents(); // the windows hear of the language from the event loop
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    const int menuBarHeight = m_window->menuBar()->height();
    QList<QMenu *> menus;
    for (QAction *top : m_window->menuBar()->actions()) {
        if (top->menu())
            menus << top->menu();
    }
    QVERIFY(menus.size() >= 4);
    if (language == "es"_L1)
        QCOMPARE(menus.first()->title(), u"&Archivo"_s);
    for (int i = 0; i < menus.size(); ++i) {
        for (QAction *action : menus.at(i)->actions()) {
            if (action->menu())
                menus << action->menu();
        }
    }
    int atTextSize = 0;
    for (QMenu *menu : std::as_const(menus)) {
        const QString title = menu->title();
        menu->popup(m_window->menuBar()->mapToGlobal(QPoint(0, menuBarHeight)));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        const QRect place = menu->geometry();
        QVERIFY2(available.contains(place), qPrintable(u"%1 at %2,%3 %4x%5"_s.arg(title)
                                                           .arg(place.x())
                                                           .arg(place.y())
                                                           .arg(place.width())
                                                           .arg(place.height())));
        // One column: a second one ran off the right of the screen.
        QSet<int> columns;
        for (QAction *action : menu->actions()) {
            if (action->isVisible())
                columns.insert(menu->actionGeometry(action).left());
        }
        QVERIFY2(columns.size() == 1, qPrintable(title));
        // Not over the menu bar it opens from, when it is a menu bar's.
        if (menus.indexOf(menu) < m_window->menuBar()->actions().size())
            QVERIFY2(place.top() >=
                         m_window->menuBar()->mapToGlobal(QPoint()).y() + menuBarHeight - 1,
                     qPrintable(title));
        // Its tick boxes and icons within their rows (a menu fitted smaller than the text
        // drew a tick as tall as two rows).
        const int tick = menu->style()->pixelMetric(QStyle::PM_IndicatorHeight, nullptr, menu);
        const int icon = menu->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, menu);
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const int row = menu->actionGeometry(action).height();
            QVERIFY2(tick <= row && icon <= row,
                     qPrintable(u"%1: tick %2, icon %3, row %4"_s.arg(action->text())
                                    .arg(tick)
                                    .arg(icon)
                                    .arg(row)));
        }
        // At the text size, unless there was no room for it (the shorter menus have room).
        QVERIFY(menu->font().pointSize() <= comfortablePointSize(zoom));
        if (menu->font().pointSize() == comfortablePointSize(zoom))
            ++atTextSize;
        testprint::PaintedText painted(*menu);
        menu->render(&painted);
        menu->hide();
        const QString shown = painted.text();
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QString words = QString(action->text()).remove(u'&');
            QVERIFY2(shown.contains(words),
                     qPrintable(title + u": "_s + words + u" not in "_s + shown));
        }
    }
    QVERIFY2(atTextSize >= 2, "every menu was made smaller than the text");
}

void TestLargeText::textAndSuggestions_splitByKeyboard_andKeptAsSet()
{
    openWindow(100);
    auto *taller = m_window->findChild<QAction *>(u"tallerText"_s);
    auto *shorter = m_window->findChild<QAction *>(u"shorterText"_s);
    QVERIFY(taller && shorter);
    QWidget *text = m_window->findChild<QWidget *>(u"readingText"_s);
    QWidget *suggestions = m_window->findChild<QWidget *>(u"suggestedQuestions"_s);
    // They are one line until opened.
    QVERIFY(!suggestions->isVisible());
    m_window->readingPane()->suggestionsToggle()->click();
    QApplication::processEvents();
    QVERIFY(suggestions->isVisible());
    const int textHeight = text->height();
    const int suggestionsHeight = suggestions->height();
    taller->trigger();
    QApplication::processEvents();
    QVERIFY(text->height() > textHeight);
    QVERIFY(suggestions->height() < suggestionsHeight);
    // As far as it goes, then the status bar says so.
    for (int i = 0; i < 30; ++i)
        shorter->trigger();
    QApplication::processEvents();
    QVERIFY(text->height() < textHeight);
    QVERIFY(text->height() >= text->minimumSizeHint().height());
    QStringList said;
    for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        said << label->text();
    QVERIFY2(said.join(u' ').contains(u"as short as it can be"_s), qPrintable(said.join(u' ')));
    // Moved back the other way, that message goes: it no longer holds.
    taller->trigger();
    QVERIFY(m_window->findChild<QLabel *>(u"statusMessage"_s)->text().isEmpty());
    shorter->trigger();
    // The person's choice stays, even when the window changes size (the text keeps at least
    // its least height, however the rows above it wrap).
    const int chosen = suggestions->height();
    m_window->resize(m_window->width() - 100, m_window->height());
    QApplication::processEvents();
    QApplication::processEvents();
    QVERIFY(suggestions->height() <= chosen);
    QVERIFY(text->height() >= text->minimumSizeHint().height());
    // A new text size gives the text its few lines again.
    m_window->setZoom(300);
    QApplication::processEvents();
    QApplication::processEvents();
    QVERIFY(text->height() / text->fontMetrics().lineSpacing() >= 3);
}

void TestLargeText::rowsAroundTheText_growWithIt_andStayWhole_data()
{
    QTest::addColumn<int>("zoom");
    QTest::addColumn<int>("width");
    for (int zoom : {50, 100, 150, 200, 300}) {
        for (int width : {1366, 1000, 800, 683, 560}) {
            QTest::addRow("%d%% in %d px", zoom, width) << zoom << width;
        }
    }
}

void TestLargeText::rowsAroundTheText_growWithIt_andStayWhole()
{
    // Back and Forward, the Listen bar and the find bar: their text is the size of the reading
    // text, and every control is whole and inside the reading pane, however narrow (they go on
    // to a new line instead).
    QFETCH(int, zoom);
    QFETCH(int, width);
    openWindow(zoom);
    m_window->resize(width, m_window->height());
    m_window->findChild<QAction *>(u"find"_s)->trigger();
    QTest::keyClicks(QApplication::focusWidget(), u"cancer"_s);
    NEXTSTEPS_DRAIN_EVENTS(); // the count shows, and the rows settle from the event loop
    QWidget *pane = m_window->readingPane();
    QWidget *text = m_window->findChild<QWidget *>(u"readingText"_s);
    QVERIFY(pane->isVisible() && text->isVisible());
    const int textSize = text->font().pointSize();
    QList<QWidget *> controls;
    for (const char *row : {"toolsRow", "findBar"}) {
        auto *widget = pane->findChild<QWidget *>(QString::fromLatin1(row));
        QVERIFY2(widget && widget->isVisible(), row);
        for (QWidget *child : widget->findChildren<QWidget *>()) {
            if (child->isVisibleTo(pane) && child->focusPolicy() != Qt::NoFocus)
                controls << child;
            else if (child->isVisibleTo(pane) && qobject_cast<QLabel *>(child))
                controls << child;
        }
    }
    QVERIFY(controls.size() >= 8);
    const QRect paneRect = pane->rect();
    QList<QRect> places;
    for (QWidget *control : std::as_const(controls)) {
        const QString name = QString::fromLatin1(control->metaObject()->className()) + u' ' +
                             control->objectName() + u' ' + control->accessibleName();
        QCOMPARE(control->font().pointSize(), textSize);
        const QRect place(control->mapTo(pane, QPoint()), control->size());
        QVERIFY2(paneRect.contains(place),
                 qPrintable(name + u" %1,%2 %3x%4 in %5x%6"_s.arg(place.x())
                                       .arg(place.y())
                                       .arg(place.width())
                                       .arg(place.height())
                                       .arg(paneRect.width())
                                       .arg(paneRect.height())));
        // Whole: a button or label as wide and tall as its text needs.
        if (qobject_cast<QLabel *>(control) || qobject_cast<QAbstractButton *>(control)) {
            QVERIFY2(control->width() >= control->sizeHint().width(), qPrintable(name));
            QVERIFY2(control->height() >= control->minimumSizeHint().height(), qPrintable(name));
        }
        for (const QRect &other : std::as_const(places))
            QVERIFY2(!other.intersects(place), qPrintable(name + u" overlaps"_s));
        places << place;
    }
    const QString found = problems();
    QVERIFY2(found.isEmpty(), qPrintable(found));
    // And the text itself keeps room for a few lines, the find bar open and all.
    auto *browser = qobject_cast<QAbstractScrollArea *>(text);
    QApplication::processEvents();
    const int lines = browser->viewport()->height() / text->fontMetrics().lineSpacing();
    QVERIFY2(lines >= 3, qPrintable(u"%1 lines"_s.arg(lines)));
    // ...and of them at least two lines of the page's words below its title, from the top
    // (one at 250% and more; in a window narrower than half the screen, the title may take
    // them all).
    auto *page = qobject_cast<QTextEdit *>(text);
    page->verticalScrollBar()->setValue(0);
    QTextBlock body = page->document()->begin();
    while (body.isValid() && (body.blockFormat().headingLevel() > 0 || body.text().isEmpty()))
        body = body.next();
    QVERIFY(body.isValid());
    const QRectF place = page->document()->documentLayout()->blockBoundingRect(body);
    const int bodyLines =
        int((browser->viewport()->height() - place.top()) / text->fontMetrics().lineSpacing());
    const int wanted = width < 683 ? 0 : zoom >= 250 ? 1 : 2;
    QVERIFY2(bodyLines >= wanted,
             qPrintable(u"%1 lines of \"%2\" (%3 px tall, it starts at %4)"_s.arg(bodyLines)
                            .arg(body.text().left(20))
                            .arg(browser->viewport()->height())
                            .arg(place.top())));
}

int main(int argc, char *argv[])
{
    return execOnLaptopScreen<TestLargeText>(argc, argv);
}

#include "tst_largetext.moc"
