#pragma once

#include "ui/Language.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/TextSize.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// A dialog or menu the test did not expect (a real one, nobody to answer it) fails the test and
// is closed after 20 seconds, rather than hanging until the watchdog ends the whole run.
inline void watchForStuckDialogs()
{
    static QPointer<QTimer> watch;
    if (watch)
        return;
    watch = new QTimer(QCoreApplication::instance());
    auto *since = new QElapsedTimer;
    auto *seen = new QPointer<QWidget>;
    QObject::connect(watch, &QTimer::timeout, [since, seen] {
        QWidget *modal = QApplication::activePopupWidget() ? QApplication::activePopupWidget()
                                                           : QApplication::activeModalWidget();
        if (modal != *seen) {
            *seen = modal;
            since->start();
            return;
        }
        if (!modal || since->elapsed() < 20000)
            return;
        const QString what = QString::fromLatin1(modal->metaObject()->className()) +
                             QStringLiteral(" \"") + modal->windowTitle() + QStringLiteral("\"");
        QTest::qFail(
            qPrintable(QStringLiteral("A dialog stayed open with nobody to answer it: ") + what),
            __FILE__, __LINE__);
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    });
    watch->start(500);
}

// Every GUI test keeps its settings and files in a throwaway folder.
inline void isolateSettings(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Next Steps Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("nextsteps-tests"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings().clear();
    watchForStuckDialogs();
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
// A window (a dialog a test answers for Ask::exec) on the screen and active, as a person has
// it: keys go where the focus is. False when it never became active.
inline bool showActive(QWidget *window)
{
    window->show();
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

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

// After each test of the window: no answers left for dialogs, English, text at 100%, no
// settings kept.
inline void resetAfterTest()
{
    nextsteps::Ask::resetForTesting();
    nextsteps::Language::apply(QStringLiteral("en"));
    nextsteps::TextSize::instance()->set(100);
    QSettings().clear();
}
