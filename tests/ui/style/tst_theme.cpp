#include "TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/reading/ReadingPane.h"
#include "ui/style/AppStyle.h"
#include "ui/style/ColorContrast.h"
#include "ui/style/FocusRing.h"
#include "ui/style/Theme.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyleOptionButton>
#include <QStyleOptionSlider>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace nextsteps;

Q_DECLARE_METATYPE(nextsteps::Theme::Kind)

namespace {

QString describe(const QPalette &palette, QPalette::ColorRole front, QPalette::ColorRole back)
{
    return u"%1 on %2: %3:1"_s.arg(palette.color(front).name(), palette.color(back).name())
        .arg(ColorContrast::ratio(palette.color(front), palette.color(back)), 0, 'f', 2);
}

// The strongest contrast, against the background, among the pixels of one row of the image.
// A box edge 2 px wide gives two pixels next to each other at that contrast.
int widestEdgeAt(const QImage &image, int y, const QColor &background, double atLeast)
{
    int widest = 0;
    int run = 0;
    for (int x = 0; x < image.width(); ++x) {
        run = ColorContrast::ratio(image.pixelColor(x, y), background) >= atLeast ? run + 1 : 0;
        widest = std::max(widest, run);
    }
    return widest;
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settingsDir); }
    void cleanupTestCase() { Theme::apply(Theme::Kind::Light); }
    void palette_contrast_data();
    void palette_contrast();
    void checkBox_edgeAndMarkStandOut_data() { palette_contrast_data(); }
    void checkBox_edgeAndMarkStandOut();
    void controlEdges_standOut_data();
    void controlEdges_standOut();
    void chosenTab_standsOut_data() { palette_contrast_data(); }
    void chosenTab_standsOut();
    void menuSeparator_shows_data() { palette_contrast_data(); }
    void menuSeparator_shows();
    void scrollBarHandle_standsOut_data() { palette_contrast_data(); }
    void scrollBarHandle_standsOut();
    void followSystem_isLightOrDark();
    void menu_appliesAndRemembers();

private:
    QTemporaryDir m_settingsDir;
};

void TestTheme::palette_contrast_data()
{
    QTest::addColumn<Theme::Kind>("kind");
    QTest::newRow("follow system") << Theme::Kind::FollowSystem;
    QTest::newRow("light") << Theme::Kind::Light;
    QTest::newRow("dark") << Theme::Kind::Dark;
    QTest::newRow("high contrast") << Theme::Kind::HighContrast;
}

void TestTheme::palette_contrast()
{
    QFETCH(Theme::Kind, kind);
    const QPalette palette = Theme::palette(kind);
    // Text: 4.5:1.
    const std::pair<QPalette::ColorRole, QPalette::ColorRole> text[] = {
        {QPalette::WindowText, QPalette::Window},
        {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},
        {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::Link, QPalette::Base},
        {QPalette::LinkVisited, QPalette::Base},
        {QPalette::PlaceholderText, QPalette::Base},
        {QPalette::ToolTipText, QPalette::ToolTipBase},
    };
    for (const auto &[front, back] : text)
        QVERIFY2(ColorContrast::ratio(palette.color(front), palette.color(back)) >= 4.5,
                 qPrintable(describe(palette, front, back)));
    // Borders, the selection and focus: 3:1.
    const std::pair<QPalette::ColorRole, QPalette::ColorRole> other[] = {
        {QPalette::Mid, QPalette::Window},
        {QPalette::Mid, QPalette::Base},
        {QPalette::Dark, QPalette::Window},
        {QPalette::Highlight, QPalette::Base},
        {QPalette::Highlight, QPalette::Window}};
    for (const auto &[front, back] : other)
        QVERIFY2(ColorContrast::ratio(palette.color(front), palette.color(back)) >= 3.0,
                 qPrintable(describe(palette, front, back)));
    // A disabled control's text is told from an enabled one's (2:1 between them), and stays
    // readable (4.5:1).
    for (auto role : {QPalette::WindowText, QPalette::ButtonText, QPalette::Text}) {
        const QColor disabled = palette.color(QPalette::Disabled, role);
        QVERIFY2(ColorContrast::ratio(disabled, palette.color(QPalette::Active, role)) >= 2.0,
                 qPrintable(disabled.name() + u" beside "_s +
                            palette.color(QPalette::Active, role).name()));
        QVERIFY2(ColorContrast::ratio(disabled, palette.color(QPalette::Window)) >= 4.5,
                 qPrintable(disabled.name()));
    }
    const QColor ring = FocusRing::colorFor(palette);
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::Button})
        QVERIFY2(ColorContrast::ratio(ring, palette.color(role)) >= 3.0,
                 qPrintable(u"focus "_s + ring.name() + u" on "_s + palette.color(role).name()));
    // The stars of important questions (drawn in fixed colours) stand out by their outline or
    // their fill.
    const QColor starFill(0xe8, 0xa8, 0x00);
    const QColor starEdge(0x5a, 0x40, 0x00);
    for (auto role : {QPalette::Base, QPalette::AlternateBase, QPalette::Highlight})
        QVERIFY2(std::max(ColorContrast::ratio(starFill, palette.color(role)),
                          ColorContrast::ratio(starEdge, palette.color(role))) >= 3.0,
                 qPrintable(palette.color(role).name()));
}

void TestTheme::checkBox_edgeAndMarkStandOut()
{
    QFETCH(Theme::Kind, kind);
    const QPalette palette = Theme::palette(kind);
    AppStyle style(u"fusion"_s);
    for (auto element : {QStyle::PE_IndicatorCheckBox, QStyle::PE_IndicatorItemViewItemCheck}) {
        // A check box sits on the window; the question list's on the list's field colour.
        const QColor background = palette.color(
            element == QStyle::PE_IndicatorCheckBox ? QPalette::Window : QPalette::Base);
        for (auto state : {QStyle::State_Off, QStyle::State_On}) {
            QImage image(24, 24, QImage::Format_ARGB32);
            image.fill(background);
            QStyleOptionButton option;
            option.rect = QRect(4, 4, 16, 16);
            option.palette = palette;
            option.state = QStyle::State_Enabled | state;
            QPainter painter(&image);
            style.drawPrimitive(element, &option, &painter);
            painter.end();
            // Across the middle: each side's edge at least 2 px wide, at least 3:1.
            int edges = 0;
            int run = 0;
            for (int x = 0; x < image.width(); ++x) {
                const bool strong =
                    ColorContrast::ratio(image.pixelColor(x, 12), background) >= 3.0;
                if (strong)
                    ++run;
                if ((!strong || x == image.width() - 1) && run > 0) {
                    if (run >= 2)
                        ++edges;
                    run = 0;
                }
            }
            QVERIFY2(edges >= 2, qPrintable(u"%1 edges"_s.arg(edges)));
            QVERIFY(widestEdgeAt(image, 5, background, 3.0) >= 12); // the top edge
            if (state == QStyle::State_On) {
                // The mark: strong pixels inside the box.
                int inside = 0;
                for (int y = 8; y < 16; ++y)
                    for (int x = 8; x < 16; ++x)
                        inside += ColorContrast::ratio(image.pixelColor(x, y),
                                                       palette.color(QPalette::Base)) >= 3.0;
                QVERIFY2(inside >= 8, qPrintable(QString::number(inside)));
            }
        }
    }
}

void TestTheme::controlEdges_standOut_data()
{
    QTest::addColumn<Theme::Kind>("kind");
    QTest::addColumn<QString>("control");
    const std::pair<const char *, Theme::Kind> themes[] = {
        {"light", Theme::Kind::Light},
        {"dark", Theme::Kind::Dark},
        {"high contrast", Theme::Kind::HighContrast}};
    for (const auto &[name, kind] : themes) {
        for (const char *control : {"field", "button", "tool button", "list", "text box", "choice",
                                    "typed choice", "number", "date"})
            QTest::addRow("%s, %s", name, control) << kind << QString::fromLatin1(control);
    }
}

void TestTheme::controlEdges_standOut()
{
    // A field, a button or a list is seen by its edge: at least 3:1 against the window around
    // it on each of its four sides, in every theme (WCAG 1.4.11). Fusion draws its edges from
    // the window's colour, which on a dark window is nearly the window itself.
    QFETCH(Theme::Kind, kind);
    QFETCH(QString, control);
    QApplication::setStyle(new AppStyle(u"fusion"_s));
    Theme::apply(kind);
    QWidget window;
    window.setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(&window);
    layout->setContentsMargins(12, 12, 12, 12);
    QWidget *widget = nullptr;
    if (control == "field"_L1) {
        widget = new QLineEdit(u"Dr. Rivera"_s);
    } else if (control == "button"_L1) {
        widget = new QPushButton(u"Add"_s);
    } else if (control == "tool button"_L1) {
        auto *button = new QToolButton;
        button->setText(u"Listen"_s);
        widget = button;
    } else if (control == "list"_L1) {
        widget = new QListWidget;
    } else if (control == "text box"_L1) {
        widget = new QPlainTextEdit;
    } else if (control == "choice"_L1) {
        auto *box = new QComboBox;
        box->addItem(u"Normal"_s);
        widget = box;
    } else if (control == "typed choice"_L1) {
        auto *box = new QComboBox;
        box->setEditable(true);
        box->addItem(u"Daughter"_s);
        widget = box;
    } else if (control == "number"_L1) {
        widget = new QSpinBox;
    } else {
        widget = new QDateEdit;
    }
    layout->addWidget(widget);
    window.resize(260, control == "list"_L1 || control == "text box"_L1 ? 160 : 64);
    // Not focused: a focused field shows the focus ring's colour instead.
    window.setFocusPolicy(Qt::StrongFocus);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setFocus();
    QTRY_VERIFY(window.hasFocus());
    const QImage image = window.grab().toImage();
    const QColor around = Theme::palette(kind).color(QPalette::Window);
    const QRect box = widget->geometry();
    // On each side, at its middle, from the edge inwards: one of the first three pixels.
    const auto standsOut = [&](QPoint from, QPoint step) {
        double best = 0;
        for (int i = 0; i < 3; ++i)
            best = std::max(best, ColorContrast::ratio(image.pixelColor(from + i * step), around));
        return best;
    };
    const QPoint middle = box.center();
    const std::pair<const char *, double> sides[] = {
        {"left", standsOut({box.left(), middle.y()}, {1, 0})},
        {"right", standsOut({box.right(), middle.y()}, {-1, 0})},
        {"top", standsOut({middle.x(), box.top()}, {0, 1})},
        {"bottom", standsOut({middle.x(), box.bottom()}, {0, -1})}};
    for (const auto &[side, ratio] : sides)
        QVERIFY2(
            ratio >= 3.0,
            qPrintable(u"%1 edge %2:1"_s.arg(QString::fromLatin1(side)).arg(ratio, 0, 'f', 2)));
}

void TestTheme::menuSeparator_shows()
{
    // The line between groups of commands in a menu: 3:1 against the menu, in every theme.
    QFETCH(Theme::Kind, kind);
    QApplication::setStyle(new AppStyle(u"fusion"_s));
    Theme::apply(kind);
    QMenu menu;
    menu.addAction(u"Zoom In"_s);
    QAction *separator = menu.addSeparator();
    menu.addAction(u"Go to Topics"_s);
    const QImage image = menu.grab().toImage();
    const QRect place = menu.actionGeometry(separator);
    const QColor background = menu.palette().color(QPalette::Window);
    int longest = 0;
    for (int y = place.top(); y <= place.bottom(); ++y)
        longest =
            std::max(longest, widestEdgeAt(image.copy(0, y, image.width(), 1), 0, background, 3.0));
    QVERIFY2(longest >= place.width() / 2, qPrintable(QString::number(longest)));
}

void TestTheme::chosenTab_standsOut()
{
    // Questions / To tell: which one is open is seen (3:1 along its bottom where the other has
    // nothing), and each tab's edge too.
    QFETCH(Theme::Kind, kind);
    QApplication::setStyle(new AppStyle(u"fusion"_s));
    Theme::apply(kind);
    QTabWidget tabs;
    tabs.setDocumentMode(true);
    tabs.addTab(new QWidget, u"Questions"_s);
    tabs.addTab(new QWidget, u"To tell"_s);
    tabs.resize(400, 200);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    QTabBar *bar = tabs.tabBar();
    const QImage image = bar->grab().toImage();
    const QColor around = Theme::palette(kind).color(QPalette::Window);
    const auto strongInBottomRows = [&](const QRect &tab) {
        int strong = 0;
        for (int y = tab.bottom() - 2; y < tab.bottom(); ++y) { // above the edge's own line
            for (int x = tab.left() + tab.width() / 4; x < tab.right() - tab.width() / 4; ++x)
                strong += ColorContrast::ratio(image.pixelColor(x, y), around) >= 3.0;
        }
        return strong;
    };
    const QRect chosen = bar->tabRect(0);
    const QRect other = bar->tabRect(1);
    QVERIFY2(strongInBottomRows(chosen) >= chosen.width() / 2 * 2 - 4,
             qPrintable(QString::number(strongInBottomRows(chosen))));
    QCOMPARE(strongInBottomRows(other), 0);
    for (const QRect &tab : {chosen, other}) {
        double best = 0;
        // Where it meets the tab before it, or the bar's start.
        for (int x = std::max(0, tab.left() - 2); x <= tab.left() + 2; ++x)
            best =
                std::max(best, ColorContrast::ratio(image.pixelColor(x, tab.center().y()), around));
        QVERIFY2(best >= 3.0, qPrintable(u"edge %1:1"_s.arg(best, 0, 'f', 2)));
    }
}

void TestTheme::scrollBarHandle_standsOut()
{
    // Where the text is and how much is left is seen by the handle: its edge at least 3:1
    // against the groove it moves in.
    QFETCH(Theme::Kind, kind);
    QApplication::setStyle(new AppStyle(u"fusion"_s));
    Theme::apply(kind);
    QScrollBar bar(Qt::Vertical);
    bar.setRange(0, 100);
    bar.setPageStep(25);
    bar.resize(bar.sizeHint().width(), 300);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    const QImage image = bar.grab().toImage();
    QStyleOptionSlider option;
    option.initFrom(&bar);
    option.orientation = Qt::Vertical;
    option.minimum = 0;
    option.maximum = 100;
    option.pageStep = 25;
    option.sliderPosition = option.sliderValue = 0;
    const QRect handle = bar.style()->subControlRect(QStyle::CC_ScrollBar, &option,
                                                     QStyle::SC_ScrollBarSlider, &bar);
    QVERIFY(handle.height() > 10 && handle.bottom() < 250);
    const int x = handle.center().x();
    const QColor groove = image.pixelColor(x, (handle.bottom() + 280) / 2);
    double best = 0;
    for (int y = handle.bottom() - 2; y <= handle.bottom(); ++y)
        best = std::max(best, ColorContrast::ratio(image.pixelColor(x, y), groove));
    QVERIFY2(best >= 3.0, qPrintable(u"%1:1"_s.arg(best, 0, 'f', 2)));
}

void TestTheme::followSystem_isLightOrDark()
{
    const QPalette system = Theme::palette(Theme::Kind::FollowSystem);
    const QPalette expected =
        Theme::palette(Theme::systemIsDark() ? Theme::Kind::Dark : Theme::Kind::Light);
    QCOMPARE(system.color(QPalette::Window), expected.color(QPalette::Window));
}

void TestTheme::menu_appliesAndRemembers()
{
    QTemporaryDir dir;
    MainWindow window(dir.filePath(u"checklist.json"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (Theme::Kind kind : {Theme::Kind::HighContrast, Theme::Kind::Dark, Theme::Kind::Light}) {
        auto *action = window.findChild<QAction *>(u"theme_"_s + Theme::key(kind));
        QVERIFY(action);
        QVERIFY(!action->text().isEmpty());
        action->trigger();
        QCOMPARE(Theme::current(), kind);
        QCOMPARE(Theme::remembered(), kind);
        const QColor window_ = Theme::palette(kind).color(QPalette::Base);
        // Every widget, the reading pane included.
        auto *text = window.findChild<QTextBrowser *>(u"readingText"_s);
        QApplication::processEvents();
        QCOMPARE(text->palette().color(QPalette::Base), window_);
        QCOMPARE(window.palette().color(QPalette::Window),
                 Theme::palette(kind).color(QPalette::Window));
    }
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
