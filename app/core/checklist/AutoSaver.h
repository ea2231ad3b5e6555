#pragma once

#include "core/checklist/ChecklistStore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

class QLockFile;

namespace nextsteps {

class ChecklistModel;

// Saves the checklist a moment after the last change (never on every keystroke), but no later
// than MaxDelayMs after the first unsaved one (typing may never pause), again on quit, and keeps
// retrying after a failure. Nothing in memory is dropped when a save fails. A read-only list (the
// model says which) is never written.
class AutoSaver : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultDelayMs = 800;
    static constexpr int RetryDelayMs = 5000;
    // However long typing goes on, a change reaches the disk within this time.
    static constexpr int MaxDelayMs = 3000;

    AutoSaver(ChecklistModel *model, const QString &path, QObject *parent = nullptr);
    ~AutoSaver() override;

    QString path() const { return m_path; }

    // Claims the list for this window (a lock file beside the file the path leads to, after
    // links are followed), so that two windows never save over each other. Released when the
    // saver goes.
    enum class Claim {
        Claimed,       // this window saves the list
        TookOver,      // a damaged or empty lock was left behind, and has been replaced
        InUse,         // another running Next Steps on this computer has the list
        OtherComputer, // locked on another computer (lockHolder()): cannot be checked from here
        Unconfirmed,   // a lock that cannot be read, and cannot be removed either
    };
    Claim claim();
    // "Open anyway": replaces a lock whose holder cannot be confirmed (OtherComputer,
    // Unconfirmed). True when this window now has the list.
    bool claimAnyway();
    QString lockHolder() const { return m_lockHolder; }
    QString lockFilePath() const;
    void setDelay(int milliseconds) { m_debounce.setInterval(milliseconds); }
    void setRetryDelay(int milliseconds) { m_retry.setInterval(milliseconds); }
    void setMaxDelay(int milliseconds) { m_maxWait.setInterval(milliseconds); }

    // The list file as it was read; a save that finds it changed since (a sync folder, a
    // restored backup) asks what to do instead of writing over it.
    void setDiskStamp(const ChecklistStore::FileStamp &stamp) { m_stamp = stamp; }
    enum class OutsideChange {
        // Show the changed file: this window's list is saved under a new name beside it
        // first, and the change is one undo step (Undo brings the window's list back; the
        // changed one is kept aside too, so that Undo loses nothing either).
        Reload,
        KeepMine, // save this window's list; the changed file is kept aside first
    };
    // Asks the person; without one, KeepMine (nothing is lost either way).
    void setOutsideChangeHandler(std::function<OutsideChange()> handler)
    {
        m_outsideChange = std::move(handler);
    }

    bool hasUnsavedChanges() const { return m_dirty; }
    QString lastError() const { return m_lastError; }

    // Saves now if anything changed (used on quit). Returns true when nothing is left unsaved.
    // With Asking::Never (the program is being ended: a signal, the session or the display
    // going away) an outside change is never asked about: the other version is kept aside and
    // this window's list saved, so nothing is lost either way.
    enum class Asking { Allowed, Never };
    bool flush(Asking asking = Asking::Allowed);
    // flush(Asking::Never) for every saver there is: what the program does in its last moment.
    // Returns true when nothing is left unsaved anywhere.
    static bool flushAll();

Q_SIGNALS:
    void saved();
    void saveFailed(const QString &message);
    void unsavedChangesChanged(bool unsaved);
    // An outside change was dealt with; message says what happened, in plain words.
    void outsideChangeResolved(const QString &message);
    // The list was read again from disk (the model holds what is there now).
    // An undo step brings the window's version back, unless the list shown is read-only.
    void reloaded(const nextsteps::ChecklistStore::LoadResult &result);
    // The saved list has grown very large (ChecklistStore::sizeWarning): said once.
    void sizeWarning(const QString &message);

private:
    void markDirty();
    bool save();
    bool write(QString *error);
    bool resolveOutsideChange(OutsideChange choice);
    void reload(const QString &message, const QString &keptCopy);
    void setDirty(bool dirty);
    void stopTimers();

    ChecklistModel *m_model;
    QString m_path;
    QString m_lockHolder;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_debounce;
    QTimer m_retry;
    QTimer m_maxWait; // started by the first unsaved change, not restarted by the next ones
    // Since the first unsaved change: when edits come too fast for the timers to run (a burst
    // of typing into a long list), the edit that finds MaxDelay passed saves at once.
    QElapsedTimer m_unsavedFor;
    Asking m_asking = Asking::Allowed;
    bool m_dirty = false;
    bool m_resolving = false;
    bool m_warnedSize = false;
    ChecklistStore::FileStamp m_stamp;
    std::function<OutsideChange()> m_outsideChange;
    QString m_lastError;
};

} // namespace nextsteps
