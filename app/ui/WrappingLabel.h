#pragma once

#include <QLabel>

namespace nextsteps {

// A QLabel with word wrap on, nothing more. Only ChecklistPanel still names it; once the panel
// makes its labels as QLabel with setWordWrap(true), this file goes. (It used to keep its size
// answers for each width; measured, that saved nothing a person could notice at start-up.)
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
