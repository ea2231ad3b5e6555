#include "TestSupport.h"
#include "core/checklist/ChecklistModel.h"
#include "ui/MainWindow.h"
#include "ui/checklist/ChecklistPanel.h"
#include "ui/reading/ReadingPane.h"
#include "ui/reading/TopicSidebar.h"
#include "ui/style/ColorContrast.h"
#include "ui/style/FocusRing.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nextsteps;

namespace {

// Along each edge of the two images, the share of the first `band` rows (or columns) whose
// pixels changed to a colour at least 3:1 against what was there before.
bool hasFocusBand(const QImage &before, const QImage &after, int band, QString *why)
{
    const int w = after.width();
    const int h = after.height();
    if (before.size() != after.size() || w < 2 * band + 4 || h < 2 * band + 4) {
        *why = u"sizes differ or too small"_s;
        return false;
    }
    const auto contrasts = [&](int x, int y) {
        return ColorContrast::ratio(before.pixelColor(x, y), after.pixelColor(x, y)) >= 3.0;
    };
    // Every line of the band, along the middle 80% of each edge (corners may be rounded).
    for (int d = 0; d < band; ++d) {
        int hits = 0;
        int total = 0;
        for (int x = w / 10; x < w - w / 10; ++x, total += 2)
            hits += int(contrasts(x, d)) + int(contrasts(x, h - 1 - d));
        for (int y = h / 10; y < h - h / 10; ++y, total += 2)
            hits += int(contrasts(d, y)) + int(contrasts(w - 1 - d, y));
        if (hits < total * 9 / 10) {
            *why = u"line %1 of the band: %2 of %3 pixels at 3:1"_s.arg(d).arg(hits).arg(total);
            return false;
        }
    }
    return true;
}

enum Area { Sidebar, Reading, Suggestions, Questions, Elsewhere };

Area areaOf(MainWindow &window, QWidget *widget)
{
    if (window.sidebar()->isAncestorOf(widget))
        return Sidebar;
    auto *suggestions = window.findChild<QScrollArea *>(u"suggestedQuestions"_s);
    if (suggestions && suggestions->isAncestorOf(widget))
        return Suggestions;
    if (window.readingPane()->isAncestorOf(widget))
        return Reading;
    if (window.checklistPanel()->isAncestorOf(widget))
        return Questions;
    return Elsewhere;
}

QString topicWithQuestions(const MainWindow &window)
{
    for (const Topic &topic : window.guide().topics()) {
        if (topic.questions.size() >= 3)
            return topic.id;
    }
    return {};
}

} // namespace

class TestFocus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settingsDir); }
    void focusRing_colorStandsOut_data();
    void focusRing_colorStandsOut();
    void tabWalk_followsReadingOrder_andShowsFocus();
    void f6_movesBetweenTheThreeAreas();
    void enter_pressesAddToMyQuestions();
    void showTopicsAndQuestions_hideAndF6PassesOver();
    void suggestions_startAtTheTop();
    void firstWindow_fitsA1366x768Screen();

private:
    QTemporaryDir m_settingsDir;
};

void TestFocus::focusRing_colorStandsOut_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("application") << QApplication::palette();
    QPalette pale(Qt::white);
    pale.setColor(QPalette::Highlight, QColor(0xcc, 0xe4, 0xff));
    QTest::newRow("pale highlight") << pale;
    QPalette dark(QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    QTest::newRow("dark") << dark;
}

void TestFocus::focusRing_colorStandsOut()
{
    QFETCH(QPalette, palette);
    const QColor ring = FocusRing::colorFor(palette);
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::Button})
        QVERIFY2(ColorContrast::ratio(ring, palette.color(role)) >= 3.0,
                 qPrintable(ring.name() + u" on "_s + palette.color(role).name()));
}

void TestFocus::tabWalk_followsReadingOrder_andShowsFocus()
{
    QTemporaryDir dir;
    MainWindow window(dir.filePath(u"checklist.json"_s));
    window.checklistModel()->addQuestion(u"Something to answer?"_s);
    window.resize(1366, 740);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.readingPane()->setSuggestionsOpen(true); // one line until opened
    window.activateWindow();
    QTRY_VERIFY(QApplication::activeWindow() == &window);
    const QString topic = topicWithQuestions(window);
    QVERIFY(!topic.isEmpty());
    window.showTopic(topic);
    window.sidebar()->focusSearch();
    QTRY_VERIFY(QApplication::focusWidget());

    // One lap of Tab from the topic search, each widget once (Tab inside the reading pane
    // moves from link to link, on the same widget).
    QList<QWidget *> stops;
    for (int i = 0; i < 200; ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (!stops.isEmpty() && focus == stops.constFirst())
            break;
        if (stops.isEmpty() || stops.constLast() != focus)
            stops.append(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    QVERIFY(stops.size() > 8);

    Area last = Sidebar;
    QWidget *lastInPanel = nullptr;
    QStringList order;
    for (QWidget *stop : std::as_const(stops)) {
        const Area area = areaOf(window, stop);
        order << QString::number(int(area)) + u':' + stop->objectName();
        QVERIFY2(area != Elsewhere, qPrintable(order.join(u' ')));
        QVERIFY2(area >= last, qPrintable(order.join(u' ')));
        last = area;
        if (area == Questions) {
            // Top to bottom in the question panel (a row's field and its button side by side).
            if (lastInPanel) {
                const int y = stop->mapTo(window.checklistPanel(), QPoint()).y();
                const int lastY = lastInPanel->mapTo(window.checklistPanel(), QPoint()).y();
                QVERIFY2(y + stop->height() > lastY, qPrintable(order.join(u' ')));
            }
            lastInPanel = stop;
        }
    }
    QVERIFY2(order.join(u' ').contains(u"2:add_"_s), qPrintable(order.join(u' ')));

    // Every stop shows a focus frame: grabbed without focus and with it, a band at least 2 px
    // wide changes to a colour at least 3:1 against what was there.
    QWidget *elsewhere = window.findChild<QWidget *>(u"topicSearch"_s);
    for (QWidget *stop : std::as_const(stops)) {
        QWidget *away =
            stop == elsewhere ? window.findChild<QWidget *>(u"newQuestion"_s) : elsewhere;
        away->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(away->hasFocus());
        const QImage before = stop->grab().toImage();
        stop->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(stop->hasFocus());
        // Scrolled into view: the whole stop is inside the window.
        const QRect onWindow(stop->mapTo(&window, QPoint()), stop->size());
        QVERIFY2(window.rect().contains(onWindow.center()), qPrintable(stop->objectName()));
        const QImage after = stop->grab().toImage();
        QString why;
        QVERIFY2(hasFocusBand(before, after, 2, &why),
                 qPrintable(QString::fromLatin1(stop->metaObject()->className()) + u' ' +
                            stop->objectName() + u": "_s + why));
    }
}

void TestFocus::f6_movesBetweenTheThreeAreas()
{
    QTemporaryDir dir;
    MainWindow window(dir.filePath(u"checklist.json"_s));
    window.resize(1280, 700); // room for the three areas (the test screen is 800x600)
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QTRY_VERIFY(QApplication::activeWindow() == &window);
    window.sidebar()->focusSearch();
    QList<Area> seen;
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        seen << areaOf(window, QApplication::focusWidget());
    }
    QCOMPARE(seen, (QList<Area>{Reading, Questions, Sidebar, Reading}));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(areaOf(window, QApplication::focusWidget()), Sidebar);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(areaOf(window, QApplication::focusWidget()), Questions);
}

void TestFocus::showTopicsAndQuestions_hideAndF6PassesOver()
{
    QTemporaryDir dir;
    MainWindow window(dir.filePath(u"checklist.json"_s));
    window.resize(1280, 700); // room for the three areas (the test screen is 800x600)
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QTRY_VERIFY(QApplication::activeWindow() == &window);
    auto *showQuestions = window.findChild<QAction *>(u"showQuestions"_s);
    auto *showTopics = window.findChild<QAction *>(u"showTopics"_s);
    QCOMPARE(showTopics->shortcut(), QKeySequence(u"Ctrl+Shift+T"_s));
    QCOMPARE(showQuestions->shortcut(), QKeySequence(u"Ctrl+Shift+M"_s));
    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!showQuestions->isChecked());
    QVERIFY(!window.checklistPanel()->isVisible());
    window.sidebar()->focusSearch();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(areaOf(window, QApplication::focusWidget()), Reading);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(areaOf(window, QApplication::focusWidget()), Sidebar);
    showQuestions->trigger();
    QVERIFY(window.checklistPanel()->isVisible());
    showTopics->trigger();
    QVERIFY(window.sidebar()->isHidden());
    showTopics->trigger();
}

void TestFocus::enter_pressesAddToMyQuestions()
{
    QTemporaryDir dir;
    MainWindow window(dir.filePath(u"checklist.json"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.readingPane()->setSuggestionsOpen(true); // one line until opened
    window.activateWindow();
    QTRY_VERIFY(QApplication::activeWindow() == &window);
    const QString topic = topicWithQuestions(window);
    window.showTopic(topic);
    const Topic *shown = window.guide().topic(topic);
    auto *add = window.findChild<QPushButton *>(u"add_"_s + shown->questions.first().id);
    QVERIFY(add);
    add->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(add->hasFocus());
    const int before = window.checklistModel()->rowCount();
    QTest::keyClick(add, Qt::Key_Return);
    QTRY_COMPARE(window.checklistModel()->rowCount(), before + 1);
    // The keypad's Enter too.
    auto *another = window.findChild<QPushButton *>(u"add_"_s + shown->questions.at(1).id);
    another->setFocus(Qt::TabFocusReason);
    QTest::keyClick(another, Qt::Key_Enter, Qt::KeypadModifier);
    QTRY_COMPARE(window.checklistModel()->rowCount(), before + 2);
}

void TestFocus::suggestions_startAtTheTop()
{
    QTemporaryDir dir;
    MainWindow window(dir.filePath(u"checklist.json"_s));
    window.resize(900, 500);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.readingPane()->setSuggestionsOpen(true); // one line until opened
    auto *suggestions = window.findChild<QScrollArea *>(u"suggestedQuestions"_s);
    QString other;
    const QString first = topicWithQuestions(window);
    for (const Topic &topic : window.guide().topics()) {
        if (topic.id != first && !topic.questions.isEmpty())
            other = topic.id;
    }
    window.showTopic(first);
    QApplication::processEvents();
    QScrollBar *bar = suggestions->verticalScrollBar();
    bar->setValue(bar->maximum());
    window.showTopic(other);
    QApplication::processEvents();
    QCOMPARE(bar->value(), 0);

    // Tab to an Add button brings its whole question into view, not only the button; the
    // first one, the heading above it too.
    const auto inView = [suggestions](const QWidget *widget) {
        const QRect place(widget->mapTo(suggestions->viewport(), QPoint()), widget->size());
        return suggestions->viewport()->rect().contains(place);
    };
    const QList<QPushButton *> buttons = suggestions->findChildren<QPushButton *>();
    QVERIFY(buttons.size() >= 3);
    for (QPushButton *button : {buttons.at(2), buttons.at(0)}) {
        bar->setValue(button == buttons.at(0) ? bar->maximum() : 0);
        window.findChild<QWidget *>(u"topicSearch"_s)->setFocus();
        button->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        QLabel *question = button->parentWidget()->findChild<QLabel *>();
        QVERIFY2(inView(question) && inView(button), qPrintable(question->text()));
    }
    QVERIFY(inView(suggestions->findChild<QLabel *>(u"suggestionsHeading"_s)));
}

void TestFocus::firstWindow_fitsA1366x768Screen()
{
    const QRect screen(0, 0, 1366, 768);
    const QSize size = MainWindow::firstSize(screen);
    QVERIFY(size.width() <= screen.width() - 16);
    QVERIFY(size.height() <= screen.height() - 48);
    QCOMPARE(MainWindow::firstSize(QRect(0, 0, 2560, 1440)), QSize(1280, 800));

    // At that size the whole window shows, the Print button included.
    QTemporaryDir dir;
    MainWindow window(dir.filePath(u"checklist.json"_s));
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::processEvents();
    QCOMPARE(window.size(), size);
    auto *print = window.findChild<QPushButton *>(u"printButton"_s);
    QVERIFY(print->isVisible());
    const QRect onWindow(print->mapTo(&window, QPoint()), print->size());
    QVERIFY2(window.rect().contains(onWindow), qPrintable(u"%1,%2 %3x%4"_s.arg(onWindow.x())
                                                              .arg(onWindow.y())
                                                              .arg(onWindow.width())
                                                              .arg(onWindow.height())));
}

QTEST_MAIN(TestFocus)
#include "tst_focus.moc"
