#include "AppStyle.h"
#include "ColorContrast.h"
#include "FocusRing.h"
#include "MainWindow.h"
#include "ReadingPane.h"
#include "TestSupport.h"
#include "Theme.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStyleOptionButton>
#include <QTest>
#include <QTextBrowser>

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
