#pragma once

#include <QObject>

class QSocketNotifier;

namespace nextsteps {

// The program is being ended from outside: SIGTERM (a logout, a shutdown, `kill`), SIGHUP (the
// terminal closed), SIGINT (Ctrl+C), the desktop session ending, or the display going away.
// Whatever is unsaved reaches the disk first (AutoSaver::flushAll, which never asks). Signals
// are turned into an ordinary event (a byte down a socket pair, as Qt's documentation "Calling
// Qt Functions From Unix Signal Handlers" shows): the handler itself does nothing else.
class EndOfSession : public QObject
{
    Q_OBJECT

public:
    // One for the program, made once the application object is.
    static EndOfSession *install();

Q_SIGNALS:
    // Save what is pending in the windows (an answer being typed) now: the lists are flushed
    // right after this signal returns.
    void endingSoon();

private:
    explicit EndOfSession(QObject *parent);
    void end(bool quit);

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace nextsteps
