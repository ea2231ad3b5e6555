#include "ui/widgets/DialogSize.h"

#include "ui/widgets/TextSize.h"

#include "ui/widgets/UiFonts.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLayout>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nextsteps::DialogSize {

int zoom()
{
    return TextSize::percent();
}

void fit(QDialog *dialog)
{
    dialog->setFont(comfortableFont(zoom()));
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
    const qreal scale = std::max(1.0, zoom() / 100.0);
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
    // Taller than the screen (long forms at the largest sizes): the contents scroll, and the
    // buttons stay in view below them.
    if (needed > room.height())
        scrollContents(dialog);
    const int height = std::min(std::max(base.height(), needed), room.height());
    dialog->resize(width, height);
    // Scrolled contents are as tall as their width makes them, not squeezed to fit: that is
    // what the scrolling is for.
    if (auto *scroll = dialog->findChild<QScrollArea *>(u"dialogScroll"_s)) {
        dialog->layout()->activate();
        QWidget *contents = scroll->widget();
        const int inner = scroll->viewport()->width() -
                          scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, scroll);
        QLayout *layout = contents->layout();
        // (At least what the whole dialog asked for, less its buttons: a form's own hint can
        // come out short once it has moved.)
        const auto *buttons = dialog->findChild<QDialogButtonBox *>();
        const int asked =
            needed - (buttons && !scroll->isAncestorOf(buttons) ? buttons->sizeHint().height() : 0);
        contents->setMinimumHeight(
            std::max({layout->totalSizeHint().height(), asked,
                      layout->hasHeightForWidth() ? layout->totalHeightForWidth(inner) : 0}));
    }
}

void scrollContents(QDialog *dialog)
{
    QLayout *layout = dialog->layout();
    if (!layout || dialog->findChild<QScrollArea *>(u"dialogScroll"_s))
        return;
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    if (buttons && layout->indexOf(buttons) < 0)
        buttons = nullptr; // not at the dialog's own level: it scrolls with the rest
    if (buttons)
        layout->removeWidget(buttons);
    auto *contents = new QWidget;
    contents->setLayout(layout); // the layout and its widgets move into the scrolled part
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"dialogScroll"_s);
    scroll->setWidget(contents);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(dialog);
    outer->addWidget(scroll, 1);
    if (buttons)
        outer->addWidget(buttons);
    outer->activate();
}

} // namespace nextsteps::DialogSize
