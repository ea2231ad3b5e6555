#include "ui/phrases/ShowBigDialog.h"

#include <QFontMetricsF>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

constexpr int Wrap = Qt::AlignCenter | Qt::TextWordWrap;

} // namespace

ShowBigDialog::ShowBigDialog(const QString &text, const QString &beneath, QWidget *parent)
    : QDialog(parent), m_text(text), m_beneath(beneath)
{
    setObjectName(u"showBig"_s);
    setWindowTitle(text);
    setAccessibleName(text);
    setAccessibleDescription(beneath);
}

void ShowBigDialog::setVisible(bool visible)
{
    // Full screen whenever shown, whatever sized it before (Ask::exec fits every dialog to its
    // contents; this one has none but the words it paints).
    if (visible) {
        // The whole screen the board is on, even where full screen is not granted at once.
        const QScreen *on = parentWidget() ? parentWidget()->screen() : screen();
        setMinimumSize(0, 0);
        setGeometry(on->geometry());
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowFullScreen);
    }
    QDialog::setVisible(visible);
    if (visible) {
        activateWindow();
        setFocus(Qt::ActiveWindowFocusReason);
    }
}

qreal ShowBigDialog::fittedPointSize(const QString &text, const QSizeF &room, const QFont &font)
{
    // The largest size at which the words, wrapped, fit the room whole: halving the gap.
    qreal low = 8;
    qreal high = 400;
    QFont trial = font;
    while (high - low > 0.5) {
        const qreal middle = (low + high) / 2;
        trial.setPointSizeF(middle);
        const QRectF needed =
            QFontMetricsF(trial).boundingRect(QRectF(QPointF(), room), Wrap, text);
        if (needed.width() <= room.width() && needed.height() <= room.height())
            low = middle;
        else
            high = middle;
    }
    return low;
}

QRectF ShowBigDialog::textRect() const
{
    const qreal margin = std::min(width(), height()) / 20.0;
    QRectF area = QRectF(rect()).adjusted(margin, margin, -margin, -margin);
    if (!m_beneath.isEmpty())
        area.setBottom(area.top() + area.height() * 0.72);
    return area;
}

void ShowBigDialog::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    painter.setPen(Qt::white);
    const QRectF area = textRect();
    QFont big = font();
    big.setBold(true);
    big.setPointSizeF(fittedPointSize(m_text, area.size(), big));
    painter.setFont(big);
    painter.drawText(area, Wrap, m_text);
    if (!m_beneath.isEmpty()) {
        const QRectF below(area.left(), area.bottom(), area.width(),
                           rect().bottom() - area.bottom() - area.top());
        QFont small = font();
        small.setPointSizeF(
            std::min(big.pointSizeF() / 2, fittedPointSize(m_beneath, below.size(), small)));
        painter.setPen(QColor(0xFF, 0xEB, 0x3B)); // yellow on black: the other language
        painter.setFont(small);
        painter.drawText(below, Wrap, m_beneath);
    }
}

void ShowBigDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
        event->key() == Qt::Key_Space) {
        accept();
        return;
    }
    QDialog::keyPressEvent(event); // Escape: back
}

void ShowBigDialog::mousePressEvent(QMouseEvent *)
{
    accept();
}

} // namespace nextsteps
