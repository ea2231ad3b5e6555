#include "StatusAnnouncer.h"

#include <QAccessible>
#include <QEvent>

namespace nextsteps {

StatusAnnouncer::StatusAnnouncer(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("statusMessage"));
    setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Status"));
}

void StatusAnnouncer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Status"));
    QLabel::changeEvent(event);
}

void StatusAnnouncer::announce(const QString &message)
{
    setText(message);
    setAccessibleDescription(message);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QAccessibleAnnouncementEvent event(this, message);
    QAccessible::updateAccessibility(&event);
#else
    // Before Qt 6.8 there is no announcement event; a changed description on a status bar
    // label is what screen readers watch for.
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
#endif
}

} // namespace nextsteps
