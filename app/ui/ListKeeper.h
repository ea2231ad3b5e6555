#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace nextsteps {

class AutoSaver;
class ChecklistModel;
class ChecklistPanel;
class ListSession;
class StatusAnnouncer;

// The window's list, kept: opening it (ListSession's notices, with their buttons, on the
// panel), every save told (saved, failed and retried, a list grown very large), the question
// asked when another program changed the file, and the way out when it cannot be saved on quit.
class ListKeeper : public QObject
{
    Q_OBJECT

public:
    ListKeeper(ChecklistModel *model, AutoSaver *saver, ChecklistPanel *panel,
               StatusAnnouncer *status, QWidget *window);

    void open();
    // On the panel, and said to screen readers; actionText names a button that runs action.
    void showNotice(const QString &message, const QString &actionText = {},
                    std::function<void()> action = {});
    // The list could not be saved and the window is closing: save a copy elsewhere, quit
    // anyway, or stay. True when the window may close.
    bool confirmQuitWithUnsavedChanges();

private:
    ChecklistModel *m_model;
    AutoSaver *m_saver;
    ChecklistPanel *m_panel;
    StatusAnnouncer *m_status;
    QWidget *m_window;
    ListSession *m_session = nullptr;
};

} // namespace nextsteps
