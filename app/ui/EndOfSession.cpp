#include "ui/EndOfSession.h"

#include "core/Logging.h"
#include "core/checklist/AutoSaver.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QSessionManager>
#include <QSocketNotifier>

#include <cstdlib>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace nextsteps {

namespace {

#ifdef Q_OS_UNIX
int signalSockets[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe calls here; the rest happens in the event loop.
    [[maybe_unused]] const auto written = ::write(signalSockets[0], &byte, sizeof byte);
}
#endif

// The last moment: exit() called from inside Qt when the display went away ("The X11 connection
// broke"). The windows are still there (nothing was unwound), so their lists can be saved.
void onExit()
{
    if (QCoreApplication::instance())
        AutoSaver::flushAll();
}

} // namespace

EndOfSession::EndOfSession(QObject *parent) : QObject(parent) {}

EndOfSession *EndOfSession::install()
{
    static EndOfSession *instance = nullptr;
    if (instance)
        return instance;
    instance = new EndOfSession(QCoreApplication::instance());
    std::atexit(onExit);
    if (auto *gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        // Logging out: save, and let the session end (nothing here asks the person).
        connect(
            gui, &QGuiApplication::commitDataRequest, instance,
            [](QSessionManager &) { instance->end(false); }, Qt::DirectConnection);
    }
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSockets) != 0) {
        qCWarning(lcChecklist, "No socket pair for signals: lists are saved on quit only");
        return instance;
    }
    instance->m_notifier = new QSocketNotifier(signalSockets[1], QSocketNotifier::Read, instance);
    connect(instance->m_notifier, &QSocketNotifier::activated, instance, [] {
        char byte;
        [[maybe_unused]] const auto read = ::read(signalSockets[1], &byte, sizeof byte);
        instance->end(true);
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signal : {SIGTERM, SIGHUP, SIGINT})
        ::sigaction(signal, &action, nullptr);
#endif
    return instance;
}

void EndOfSession::end(bool quit)
{
    Q_EMIT endingSoon();
    if (!AutoSaver::flushAll())
        qCWarning(lcChecklist, "Ending with a list that could not be saved");
    if (quit)
        QCoreApplication::quit();
}

} // namespace nextsteps
