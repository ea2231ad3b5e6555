#pragma once

#include <QPlainTextEdit>

namespace nextsteps {

// A text box a few lines high at whatever text size it gets (its font is set after it is made,
// at large text); Tab leaves it, as in a form. Grows across, never taller: the form scrolls, not
// the box.
class LinesTall : public QPlainTextEdit
{
public:
    LinesTall(const QString &text, int lines, QWidget *parent)
        : QPlainTextEdit(text, parent), m_lines(lines)
    {
        setTabChangesFocus(true);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    QSize sizeHint() const override
    {
        const int height = fontMetrics().lineSpacing() * m_lines +
                           int(document()->documentMargin() * 2) + frameWidth() * 2;
        return {QPlainTextEdit::sizeHint().width(), height};
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

private:
    int m_lines;
};

} // namespace nextsteps
