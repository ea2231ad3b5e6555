#include "ui/widgets/TextSize.h"

#include <QCoreApplication>

#include <algorithm>

namespace nextsteps {

TextSize *TextSize::instance()
{
    // A child of the application object: one for the application's life, gone with it.
    QCoreApplication *app = QCoreApplication::instance();
    if (auto *found = app->findChild<TextSize *>(QString(), Qt::FindDirectChildrenOnly))
        return found;
    return new TextSize(app);
}

int TextSize::percent()
{
    return QCoreApplication::instance() ? instance()->m_percent : 100;
}

void TextSize::set(int percent)
{
    TextSize *size = instance();
    percent = std::clamp(percent, Min, Max);
    if (percent == size->m_percent)
        return;
    size->m_percent = percent;
    Q_EMIT size->changed(percent);
}

} // namespace nextsteps
