#pragma once

#include <QLabel>

namespace nextsteps {

// A QLabel with word wrap on and plain text: the app's sentences wrap at every text size, never
// run off the side, and what a person typed (a visit's place, a list's name) shows as the very
// characters typed, never as markup that could load a file or a link. A label that means its
// markup says so with setTextFormat(Qt::RichText).
class WrappingLabel : public QLabel
{
public:
    explicit WrappingLabel(QWidget *parent = nullptr) : QLabel(parent) { setUp(); }
    explicit WrappingLabel(const QString &text, QWidget *parent = nullptr) : QLabel(text, parent)
    {
        setUp();
    }

private:
    void setUp()
    {
        setWordWrap(true);
        setTextFormat(Qt::PlainText);
    }
};

} // namespace nextsteps
