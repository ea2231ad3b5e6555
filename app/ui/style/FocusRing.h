#pragma once

#include <QColor>
#include <QFocusFrame>
#include <QPointer>

class QPalette;

class QPainter;

namespace nextsteps {

// A focus indicator anyone can see, on every control and in every theme: a band 3 px wide
// just inside the edge of the focused widget, in a colour at least 3:1 against the widget's own
// background and the window around it. The platform styles draw a 1 px pale line, or nothing
// at all on lists. The ring is drawn on a child laid over the focused widget (a QFocusFrame, so
// that screen readers pass over it), because a style draws focus only where it chooses to.
//
// It also does two things a keyboard user needs wherever focus goes: a control scrolled out of
// sight is brought into view, and Enter presses a focused push or tool button as Space does.
// install() once per application; every window gets it.
class FocusRing : public QFocusFrame
{
    Q_OBJECT

public:
    static constexpr int Width = 3;

    static void install();
    // widget scrolled into view whole in every scroll area it is in (as the focus does).
    static void reveal(QWidget *widget);
    // The colour the ring takes on this palette: the highlight when it stands out at 3:1 from
    // both the window and the fields, otherwise black or white.
    static QColor colorFor(const QPalette &palette);
    // The ring's band, `width` wide, just inside `outer` (also drawn round a link in the text).
    static void paintBand(QPainter *painter, const QRect &outer, int width, const QColor &color);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FocusRing(QWidget *target);
    static void follow(QWidget *now);
    void cover();

    QPointer<QWidget> m_target;
};

} // namespace nextsteps
