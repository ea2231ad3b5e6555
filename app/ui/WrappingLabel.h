#pragma once

#include <QLabel>

namespace nextsteps {

// A QLabel with word wrap on, nothing more: the app's sentences wrap at every text size, never
// run off the side. (It once kept its size answers for each width; measured, that saved nothing
// a person could notice at start-up, so it is plain QLabel now.)
class WrappingLabel : public QLabel
{
public:
    explicit WrappingLabel(QWidget *parent = nullptr) : QLabel(parent) { setWordWrap(true); }
    explicit WrappingLabel(const QString &text, QWidget *parent = nullptr) : QLabel(text, parent)
    {
        setWordWrap(true);
    }
};

} // namespace nextsteps
