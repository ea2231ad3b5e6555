#include "DialogSize.h"

#include "UiFonts.h"

#include <QDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLayout>
#include <QScreen>
#include <QVariant>

#include <algorithm>

namespace nextsteps::DialogSize {

namespace {
int currentZoom = 100;
}

void setZoom(int percent)
{
    currentZoom = percent;
}

int zoom()
{
    return currentZoom;
}

void fit(QDialog *dialog)
{
    dialog->setFont(comfortableFont(currentZoom));
    // Table headings keep a size of their own from the platform unless told.
    for (QHeaderView *header : dialog->findChildren<QHeaderView *>())
        header->setFont(dialog->font());
    // What the dialog chose for itself was chosen at 100%: keep it, so that fitting again does
    // not grow it twice.
    if (!dialog->property("dialogSizeAt100").isValid()) {
        dialog->setProperty("dialogSizeAt100",
                            dialog->testAttribute(Qt::WA_Resized) ? dialog->size() : QSize());
        dialog->setProperty("dialogMinimumWidthAt100", dialog->minimumWidth());
    }
    const qreal scale = std::max(1.0, currentZoom / 100.0);
    QScreen *screen = dialog->screen() ? dialog->screen() : QGuiApplication::primaryScreen();
    const QSize room = screen ? screen->availableGeometry().size() * 0.95 : QSize(1024, 768);

    const int baseMinimum = dialog->property("dialogMinimumWidthAt100").toInt();
    if (baseMinimum > 0)
        dialog->setMinimumWidth(std::min(qRound(baseMinimum * scale), room.width()));
    if (QLayout *layout = dialog->layout())
        layout->activate();

    const QSize base = dialog->property("dialogSizeAt100").toSize() * scale;
    const QSize hint = dialog->sizeHint();
    const int width =
        std::min(std::max({base.width(), hint.width(), dialog->minimumWidth()}), room.width());
    // Wrapped text is as tall as the width makes it.
    const int needed = dialog->hasHeightForWidth() ? dialog->heightForWidth(width) : hint.height();
    const int height = std::min(std::max(base.height(), needed), room.height());
    dialog->resize(width, height);
}

} // namespace nextsteps::DialogSize
