#include "ui/widgets/PrintOrSaveButton.h"

#include "ui/widgets/MenuFit.h"

#include <QDialogButtonBox>
#include <QMenu>
#include <QPushButton>

namespace nextsteps {

QPushButton *PrintOrSaveButton::add(QDialogButtonBox *buttons, const QString &text,
                                    const std::function<void(Way)> &chosen)
{
    QPushButton *output = buttons->addButton(text, QDialogButtonBox::ActionRole);
    auto *menu = new QMenu(output);
    const auto way = [menu, chosen](const QString &text, Way picked) {
        QObject::connect(menu->addAction(text), &QAction::triggered, menu,
                         [chosen, picked] { chosen(picked); });
    };
    way(tr("Print Pre&view…"), Preview);
    way(tr("&Print…"), Print);
    way(tr("Save as P&DF…"), Pdf);
    way(tr("Save as Te&xt…"), Text);
    output->setMenu(menu);
    // The menu in the dialog's text size (at 300% it opened at the normal size).
    QObject::connect(menu, &QMenu::aboutToShow, menu, [buttons, menu] {
        const QFont font = buttons->window()->font();
        fitMenuToScreen(menu, font, font.pointSize() * 2 / 3);
    });
    return output;
}

} // namespace nextsteps
