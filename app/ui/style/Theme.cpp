#include "ui/style/Theme.h"

#include "ui/style/ColorContrast.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleHints>

#include <optional>

using namespace Qt::StringLiterals;

namespace nextsteps::Theme {

namespace {

Kind currentKind = Kind::FollowSystem;
std::optional<QPalette> systemPalette; // as the platform gave it, before any theme was set

struct Colors
{
    QColor window, text, base, alternate, button, highlight, highlightedText, link, visited,
        placeholder, border, disabled, tipBase;
};

QPalette build(const Colors &c)
{
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternate);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::BrightText, c.text);
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, c.highlightedText);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::LinkVisited, c.visited);
    p.setColor(QPalette::PlaceholderText, c.placeholder);
    p.setColor(QPalette::ToolTipBase, c.tipBase);
    p.setColor(QPalette::ToolTipText, c.text);
    // The styles draw edges and frames with these: all of them at least 3:1.
    p.setColor(QPalette::Mid, c.border);
    p.setColor(QPalette::Dark, c.border);
    p.setColor(QPalette::Shadow, c.border);
    p.setColor(QPalette::Light, c.base);
    p.setColor(QPalette::Midlight, c.button);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.border);
    return p;
}

} // namespace

QPalette palette(Kind kind)
{
    switch (kind) {
    case Kind::FollowSystem:
        return palette(systemIsDark() ? Kind::Dark : Kind::Light);
    case Kind::Light:
        return build({QColor(0xf4, 0xf4, 0xf4), QColor(0x1a, 0x1a, 0x1a), QColor(Qt::white),
                      QColor(0xee, 0xf1, 0xf5), QColor(0xe9, 0xe9, 0xe9), QColor(0x0b, 0x5c, 0xad),
                      QColor(Qt::white), QColor(0x06, 0x45, 0xad), QColor(0x5a, 0x2a, 0x8a),
                      QColor(0x5c, 0x5c, 0x5c), QColor(0x75, 0x75, 0x75), QColor(0x6b, 0x6b, 0x6b),
                      QColor(0xff, 0xff, 0xe1)});
    case Kind::Dark:
        return build({QColor(0x1e, 0x1e, 0x1e), QColor(0xf0, 0xf0, 0xf0), QColor(0x12, 0x12, 0x12),
                      QColor(0x26, 0x26, 0x2a), QColor(0x2d, 0x2d, 0x2d), QColor(0x4d, 0xa3, 0xff),
                      QColor(Qt::black), QColor(0x8a, 0xb4, 0xf8), QColor(0xc5, 0x8a, 0xf9),
                      QColor(0xa8, 0xa8, 0xa8), QColor(0x8c, 0x8c, 0x8c), QColor(0x9a, 0x9a, 0x9a),
                      QColor(0x2d, 0x2d, 0x2d)});
    case Kind::HighContrast:
        return build({QColor(Qt::black), QColor(Qt::white), QColor(Qt::black), QColor(Qt::black),
                      QColor(Qt::black), QColor(Qt::yellow), QColor(Qt::black), QColor(Qt::yellow),
                      QColor(0x00, 0xff, 0xff), QColor(0xd0, 0xd0, 0xd0), QColor(Qt::white),
                      QColor(0x8c, 0x8c, 0x8c), QColor(Qt::black)});
    }
    return {};
}

bool systemIsDark()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    if (scheme != Qt::ColorScheme::Unknown)
        return scheme == Qt::ColorScheme::Dark;
#endif
    const QPalette system = systemPalette ? *systemPalette : QGuiApplication::palette();
    return ColorContrast::relativeLuminance(system.color(QPalette::Window)) < 0.18;
}

void apply(Kind kind)
{
    if (!systemPalette)
        systemPalette = QGuiApplication::palette();
    currentKind = kind;
    QApplication::setPalette(palette(kind));
}

Kind current()
{
    return currentKind;
}

QString key(Kind kind)
{
    switch (kind) {
    case Kind::FollowSystem:
        return u"system"_s;
    case Kind::Light:
        return u"light"_s;
    case Kind::Dark:
        return u"dark"_s;
    case Kind::HighContrast:
        return u"high-contrast"_s;
    }
    return {};
}

Kind fromKey(const QString &key)
{
    for (Kind kind : {Kind::Light, Kind::Dark, Kind::HighContrast}) {
        if (Theme::key(kind) == key)
            return kind;
    }
    return Kind::FollowSystem;
}

Kind remembered()
{
    return fromKey(QSettings().value(u"view/theme"_s).toString());
}

void remember(Kind kind)
{
    QSettings().setValue(u"view/theme"_s, key(kind));
}

} // namespace nextsteps::Theme
