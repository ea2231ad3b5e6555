#pragma once

#include <QAction>
#include <QKeySequence>
#include <QList>
#include <QString>
#include <QWidget>

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

// An action owned by a panel and added to it, so that its keys work wherever the panel is, with
// or without a menu bar; the main window puts the same action in its menus.
inline QAction *addPanelAction(QWidget *panel, const QString &name, const QString &text,
                               const QList<QKeySequence> &keys = {})
{
    auto *action = new QAction(text, panel);
    action->setObjectName(name);
    action->setShortcuts(keys);
    panel->addAction(action);
    return action;
}

// The same, with every key the platform has for a standard command (Find Next is F3 and
// Ctrl+G on Linux, Ctrl+G and Cmd+G on macOS).
inline QAction *addPanelAction(QWidget *panel, const QString &name, const QString &text,
                               QKeySequence::StandardKey standard)
{
    return addPanelAction(panel, name, text, QKeySequence::keyBindings(standard));
}

} // namespace nextsteps
