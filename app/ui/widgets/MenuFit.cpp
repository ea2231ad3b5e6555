#include "ui/widgets/MenuFit.h"

#include <QAction>
#include <QGuiApplication>
#include <QMenu>
#include <QScreen>

namespace nextsteps {

namespace {

bool fitsInOneColumn(QMenu *menu, const QRect &available)
{
    int left = -1;
    for (QAction *action : menu->actions()) {
        if (!action->isVisible())
            continue;
        const QRect place = menu->actionGeometry(action);
        if (left < 0)
            left = place.left();
        else if (place.left() != left)
            return false; // a second column
    }
    // (A little room at the side: Qt keeps a menu a few pixels from the screen's edge.)
    const QSize size = menu->sizeHint();
    return size.height() <= available.height() && size.width() <= available.width() - 16;
}

} // namespace

void fitMenuToScreen(QMenu *menu, const QFont &wanted, int minimumPointSize)
{
    const QScreen *screen = menu->screen() ? menu->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    // The menu bar (or the button) it opens from takes a line of the screen too.
    const QRect available =
        screen->availableGeometry().adjusted(0, 0, 0, -QFontMetrics(wanted).height() * 2);
    QFont font = wanted;
    menu->setFont(font);
    while (!fitsInOneColumn(menu, available) && font.pointSize() > minimumPointSize) {
        font.setPointSize(font.pointSize() - 1);
        menu->setFont(font);
    }
}

} // namespace nextsteps
