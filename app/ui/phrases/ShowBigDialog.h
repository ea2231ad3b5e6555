#pragma once

#include <QDialog>

namespace nextsteps {

// Show Big: one phrase over the whole screen, in the largest type that fits it whole, white on
// black, readable across a room; the same words in the other language beneath, smaller, when
// given. Escape (or Enter, or a click) goes back. Needs no speech: the words are the message.
class ShowBigDialog : public QDialog
{
    Q_OBJECT

public:
    ShowBigDialog(const QString &text, const QString &beneath, QWidget *parent = nullptr);
    // The point size the text is drawn at in a rect of this size (exposed for tests).
    static qreal fittedPointSize(const QString &text, const QSizeF &room, const QFont &font);
    QString text() const { return m_text; }
    QRectF textRect() const;
    void setVisible(bool visible) override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QString m_text;
    QString m_beneath;
};

} // namespace nextsteps
