#pragma once

#include <QRect>
#include <QSize>

namespace nextsteps {

class MainWindow;

// What a window remembers between runs (its place and size, the columns, the text size, which
// panes the person wants, the topic last read), kept in the settings, which are made readable
// by this user only: the last topic says something about the person's health.
namespace WindowSettings {

void restore(MainWindow &window);
void save(const MainWindow &window);
// The person's choices, read again from the settings (a restored backup put them there): the
// language, the colors, the text size, the panes, the suggested questions and the print
// choices. The window's place stays as it is.
void takePreferences(MainWindow &window);

// The size of a first window on a screen with this available geometry: 1280x800 where it fits,
// never larger than the screen (a 1366x768 laptop shows all of it, Print included).
QSize firstSize(const QRect &available);

} // namespace WindowSettings

} // namespace nextsteps
