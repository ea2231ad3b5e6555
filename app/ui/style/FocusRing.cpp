#include "ui/style/FocusRing.h"

#include "ui/style/ColorContrast.h"

#include <QAbstractButton>
#include <QApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>

namespace nextsteps {

namespace {

QPointer<FocusRing> ring;
bool installed = false;

bool worthRing(const QWidget *widget)
{
    // Pop-ups (menus, completers, a combo box's list) show their own current item.
    return widget && widget->isVisible() && widget->window()->windowType() != Qt::Popup &&
           (widget->focusPolicy() & Qt::TabFocus);
}

} // namespace

FocusRing::FocusRing(QWidget *target) : QFocusFrame(target), m_target(target)
{
    setObjectName(QStringLiteral("focusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    target->installEventFilter(this);
    cover();
}

void FocusRing::install()
{
    if (installed)
        return;
    installed = true;
    QObject::connect(qApp, &QApplication::focusChanged, qApp,
                     [](QWidget *, QWidget *now) { follow(now); });
}

QColor FocusRing::colorFor(const QPalette &palette)
{
    // 4.5:1 against the window, the fields and the buttons, and 3:1 against the grey edges a
    // control has when it is not focused (WCAG 2.4.13 compares the focused and unfocused
    // states; Fusion draws edges in the window's colour 140% darker).
    const QColor window = palette.color(QPalette::Window);
    const auto standsOut = [&palette, &window](const QColor &color) {
        for (auto role : {QPalette::Window, QPalette::Base, QPalette::Button}) {
            if (ColorContrast::ratio(color, palette.color(role)) < 4.5)
                return false;
        }
        for (const QColor &edge : {window.darker(140), window.lighter(140)}) {
            if (ColorContrast::ratio(color, edge) < 3.0)
                return false;
        }
        return true;
    };
    // The theme's own highlight, made darker on a light theme or lighter on a dark one until
    // it stands out.
    const bool lightTheme =
        ColorContrast::relativeLuminance(palette.color(QPalette::Window)) > 0.18;
    QColor color = palette.color(QPalette::Highlight);
    for (int step = 0; step < 12 && !standsOut(color); ++step)
        color = lightTheme ? color.darker(125) : color.lighter(125);
    if (standsOut(color))
        return color;
    return lightTheme ? QColor(Qt::black) : QColor(Qt::white);
}

void FocusRing::reveal(QWidget *widget)
{
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        auto *area = qobject_cast<QScrollArea *>(parent);
        if (!area || !area->widget() || !area->widget()->isAncestorOf(widget))
            continue;
        // The whole control (ensureWidgetVisible shows only a text box's cursor line): its
        // middle, with half its size and a little around it.
        const QPoint middle = widget->mapTo(area->widget(), widget->rect().center());
        area->ensureVisible(middle.x(), middle.y(), widget->width() / 2 + 8,
                            widget->height() / 2 + 8);
    }
}

void FocusRing::follow(QWidget *now)
{
    if (ring && ring->m_target)
        ring->m_target->removeEventFilter(ring);
    if (!worthRing(now)) {
        if (ring)
            ring->hide();
        return;
    }
    if (ring) {
        ring->m_target = now;
        ring->setParent(now);
        now->installEventFilter(ring);
        ring->cover();
    } else {
        ring = new FocusRing(now);
    }
    ring->show();
    reveal(now);
    // Once more after the layouts the focus change started have settled (a part shown, a
    // column moved): the place first scrolled to may have moved.
    QTimer::singleShot(0, now, [now] {
        if (now->hasFocus())
            reveal(now);
    });
}

void FocusRing::cover()
{
    if (!m_target)
        return;
    setGeometry(m_target->rect());
    raise();
}

void FocusRing::paintEvent(QPaintEvent *)
{
    // A band of one colour along the control's edges (a text pane leaves that strip free).
    QPainter painter(this);
    paintBand(&painter, rect(), Width, colorFor(m_target ? m_target->palette() : palette()));
}

void FocusRing::paintBand(QPainter *painter, const QRect &outer, int width, const QColor &color)
{
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    const QRect inner = outer.adjusted(width, width, -width, -width);
    painter->drawRect(QRect(outer.left(), outer.top(), outer.width(), width));
    painter->drawRect(QRect(outer.left(), inner.bottom() + 1, outer.width(), width));
    painter->drawRect(QRect(outer.left(), inner.top(), width, inner.height()));
    painter->drawRect(QRect(inner.right() + 1, inner.top(), width, inner.height()));
    painter->restore();
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_target)
        return false;
    switch (event->type()) {
    case QEvent::Resize:
    case QEvent::ChildAdded:
        cover();
        break;
    case QEvent::KeyPress: {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter) ||
            (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
            break;
        // A push button in a dialog already answers Enter (auto-default); elsewhere only Space
        // pressed it.
        auto *push = qobject_cast<QPushButton *>(m_target);
        auto *tool = qobject_cast<QToolButton *>(m_target);
        if ((push && !push->autoDefault() && !push->isDefault()) || tool) {
            static_cast<QAbstractButton *>(m_target.data())->animateClick();
            return true;
        }
        break;
    }
    default:
        break;
    }
    return false;
}

} // namespace nextsteps
