#pragma once

#include <QCoreApplication>
#include <QKeyEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// Every GUI test keeps its settings and files in a throwaway folder.
inline void isolateSettings(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Next Steps Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("nextsteps-tests"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings().clear();
}

// Runs what the app left for the event loop "at once" (zero timers, posted events) and returns
// when it is done: a zero timer set now fires after every one set before it. A condition, not a
// guessed wait, for checking that something did not happen after it.
#define NEXTSTEPS_DRAIN_EVENTS()                                                                   \
    do {                                                                                           \
        bool drained_ = false;                                                                     \
        QTimer::singleShot(0, [&drained_] { drained_ = true; });                                   \
        QTRY_VERIFY(drained_);                                                                     \
        QCoreApplication::sendPostedEvents();                                                      \
    } while (false)

// Typed key by key; letters beyond ASCII ("í") as a keyboard with them sends them.
inline void typeText(QWidget *field, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(field, char(c.unicode()));
        } else {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(field, &press);
        }
    }
}
