#include "ui/widgets/StatusAnnouncer.h"

#include <QAccessible>
#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QStyle>
#include <QTimer>

#include <algorithm>

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

QSize StatusAnnouncer::minimumSizeHint() const
{
    // Never wider than a few letters asks for: a long message must not widen the window.
    const QMargins margins = contentsMargins();
    return {fontMetrics().averageCharWidth() * 4,
            fontMetrics().height() + margins.top() + margins.bottom() + 2 * margin()};
}

QSize StatusAnnouncer::sizeHint() const
{
    return minimumSizeHint();
}

void StatusAnnouncer::clear()
{
    QLabel::clear();
    if (m_bubble)
        m_bubble->hide();
}

bool StatusAnnouncer::fitsOnOneLine() const
{
    return fontMetrics().horizontalAdvance(text()) <= contentsRect().width();
}

void StatusAnnouncer::paintEvent(QPaintEvent *)
{
    // One line: a message longer than it ends in "…" here and shows whole in the bubble.
    QPainter painter(this);
    const QRect room = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, room.width());
    style()->drawItemText(&painter, room, int(alignment() | Qt::AlignVCenter), palette(),
                          isEnabled(), shown, foregroundRole());
}

void StatusAnnouncer::placeBubble()
{
    QWidget *window = this->window();
    if (text().isEmpty() || fitsOnOneLine() || !window || window == this) {
        if (m_bubble)
            m_bubble->hide();
        return;
    }
    if (!m_bubble) {
        m_bubble = new QLabel(window);
        m_bubble->setObjectName(QStringLiteral("statusBubble"));
        m_bubble->setTextFormat(Qt::PlainText);
        m_bubble->setWordWrap(true);
        m_bubble->setMargin(6);
        m_bubble->setFrameShape(QFrame::Box);
        m_bubble->setAutoFillBackground(true);
        m_bubble->setBackgroundRole(QPalette::ToolTipBase);
        m_bubble->setForegroundRole(QPalette::ToolTipText);
        // Seen, never in the way: clicks go through to what is under it.
        m_bubble->setAttribute(Qt::WA_TransparentForMouseEvents);
        m_bubble->setFocusPolicy(Qt::NoFocus);
        // The label in the status bar is what screen readers are told about; this is its copy.
        m_bubble->setAccessibleName(tr("Status"));
        window->installEventFilter(this);
        // Out of the way as soon as the person moves on (it covers the bottom of the window),
        // and after a few seconds at most; the status bar keeps the message's start meanwhile.
        connect(qApp, &QApplication::focusChanged, m_bubble, &QWidget::hide);
        m_bubbleTimer = new QTimer(this);
        m_bubbleTimer->setSingleShot(true);
        m_bubbleTimer->setInterval(BubbleShownFor);
        connect(m_bubbleTimer, &QTimer::timeout, m_bubble, &QWidget::hide);
    }
    m_bubble->setFont(font());
    m_bubble->setText(text());
    // Just above the status bar (the label's parent), the window's whole width.
    QWidget *bar = parentWidget() && parentWidget() != window ? parentWidget() : this;
    const int top = bar->mapTo(window, QPoint(0, 0)).y();
    const int width = window->width();
    const int height = m_bubble->heightForWidth(width);
    m_bubble->setGeometry(0, std::max(0, top - height), width, height);
    const bool wasHidden = m_bubble->isHidden();
    m_bubble->show();
    m_bubble->raise();
    if (wasHidden)
        m_bubbleTimer->start();
}

bool StatusAnnouncer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == window() && event->type() == QEvent::Resize && m_bubble && m_bubble->isVisible())
        QTimer::singleShot(0, this, &StatusAnnouncer::placeBubble);
    return QLabel::eventFilter(watched, event);
}

void StatusAnnouncer::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    placeBubble();
}

void StatusAnnouncer::setShownFor(int milliseconds)
{
    m_clear->setInterval(milliseconds);
}

void StatusAnnouncer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Status"));
    if (event->type() == QEvent::FontChange)
        QTimer::singleShot(0, this, &StatusAnnouncer::placeBubble);
    QLabel::changeEvent(event);
}

void StatusAnnouncer::announce(const QString &message)
{
    setText(message);
    setAccessibleDescription(message);
    m_clear->start();
    placeBubble();
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
