#pragma once

#include <QKeySequence>
#include <QList>

namespace nextsteps {

// The platform's keys for a standard command plus one more that works everywhere, each listed
// once: the same key twice on one action makes Qt treat it as ambiguous, and it does nothing.
inline QList<QKeySequence> keysWith(QKeySequence::StandardKey standard, const QKeySequence &extra)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
    if (!keys.contains(extra))
        keys.append(extra);
    return keys;
}

} // namespace nextsteps
