#include "ui/widgets/StatusAnnouncer.h"

#include <QAccessible>
#include <QEvent>
#include <QTimer>

namespace nextsteps {

StatusAnnouncer::StatusAnnouncer(QWidget *parent) : QLabel(parent), m_clear(new QTimer(this))
{
    setObjectName(QStringLiteral("statusMessage"));
    setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Status"));
    m_clear->setSingleShot(true);
    m_clear->setInterval(ShownFor);
    connect(m_clear, &QTimer::timeout, this, [this] {
        clear();
        setAccessibleDescription(QString());
    });
}

void StatusAnnouncer::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    wrapIfNeeded();
}

void StatusAnnouncer::wrapIfNeeded()
{
    // On more lines only when one is not enough: a label that may wrap asks the status bar for
    // a taller line even for a short message.
    const bool wrap = fontMetrics().horizontalAdvance(text()) > contentsRect().width();
    if (wordWrap() != wrap)
        setWordWrap(wrap);
}

void StatusAnnouncer::setShownFor(int milliseconds)
{
    m_clear->setInterval(milliseconds);
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
    m_clear->start();
    wrapIfNeeded();
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
