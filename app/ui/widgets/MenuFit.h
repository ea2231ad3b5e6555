#pragma once

#include <QFont>

class QMenu;

namespace nextsteps {

// A menu in the wanted font when it fits the screen it opens on in one column; otherwise in
// the largest smaller size that does (never below minimumPointSize). Called as the menu is
// about to show: at 300% a long menu would run off the screen in two columns.
void fitMenuToScreen(QMenu *menu, const QFont &wanted, int minimumPointSize);

} // namespace nextsteps
