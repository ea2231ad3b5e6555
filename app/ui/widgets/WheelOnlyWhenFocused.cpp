#include "ui/widgets/WheelOnlyWhenFocused.h"

#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace nextsteps {

namespace {

class WheelGuard : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (event->type() != QEvent::Wheel || !widget || widget->hasFocus())
            return false;
        // To the scrolled view it is in (Qt passes a wheel event on to the parents only when it
        // comes from the mouse itself, so it is given to the view directly).
        for (QWidget *up = widget->parentWidget(); up; up = up->parentWidget()) {
            if (auto *area = qobject_cast<QAbstractScrollArea *>(up)) {
                QCoreApplication::sendEvent(area->viewport(), event);
                break;
            }
        }
        return true;
    }
};

} // namespace

void wheelOnlyWhenFocused(QWidget *widget)
{
    static auto *guard = new WheelGuard(QCoreApplication::instance());
    widget->setFocusPolicy(Qt::StrongFocus);
    widget->installEventFilter(guard);
}

} // namespace nextsteps
