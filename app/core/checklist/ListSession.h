#pragma once

#include <QObject>
#include <QString>

namespace nextsteps {

class AutoSaver;
class ChecklistModel;

// Opening a window's list: reads it into the model, claims it for this window (the lock), and
// turns what was found (a damaged file kept aside, a newer version, a link to nothing, another
// window or computer holding it, a save cut short) into one notice in plain words, with the way
// out it offers. The list is read-only wherever saving could lose something.
class ListSession : public QObject
{
    Q_OBJECT

public:
    // The button a notice offers.
    enum class Action {
        None,
        OpenAnyway,    // take over a lock whose holder cannot be confirmed
        StartListHere, // the list's link leads nowhere: start a new list in its place
    };
    Q_ENUM(Action)

    ListSession(ChecklistModel *model, AutoSaver *saver, QObject *parent = nullptr);

    // Reads the saver's list into the model (no undo steps), and says what there is to say.
    void open();
    // What a notice's button does.
    void act(Action action);
    void openAnyway();
    void startListAtBrokenLink();

Q_SIGNALS:
    // Something to tell the person about their list; actionText names the button, if any.
    void notice(const QString &message, const QString &actionText,
                nextsteps::ListSession::Action action);

private:
    void clearUndo();

    ChecklistModel *m_model;
    AutoSaver *m_saver;
};

} // namespace nextsteps
