#pragma once

#include <QPalette>
#include <QString>

namespace nextsteps::Theme {

// View > Theme. Each theme's colours are chosen and measured (tests/ui/tst_theme.cpp): text at
// least 4.5:1 on its background, borders, check boxes and focus at least 3:1.
enum class Kind { FollowSystem, Light, Dark, HighContrast };

// The palette a theme gives. FollowSystem is Light or Dark, as the system is.
QPalette palette(Kind kind);
// Whether the system asks for dark colours: the platform's colour scheme on Qt 6.5 and newer,
// otherwise how dark the system's own window colour is.
bool systemIsDark();
// Sets the theme on the whole application (every window, dialog and the reading pane's links).
void apply(Kind kind);
Kind current();

// How a theme is kept in the settings ("system", "light", "dark", "high-contrast").
QString key(Kind kind);
Kind fromKey(const QString &key);
Kind remembered();
void remember(Kind kind);

} // namespace nextsteps::Theme
