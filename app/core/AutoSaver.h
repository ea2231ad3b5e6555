#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QLockFile;

namespace nextsteps {

class ChecklistModel;

// Saves the checklist a moment after the last change (never on every keystroke), but no later
// than MaxDelayMs after the first unsaved one (typing may never pause), again on quit, and keeps
// retrying after a failure. Nothing in memory is dropped when a save fails.
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

    // Claims the list for this window (a lock file beside it), so that two windows never save
    // over each other. False when another running Next Steps has it; a lock left by a crash is
    // taken over. Released when the saver goes.
    bool claim();
    void setDelay(int milliseconds) { m_debounce.setInterval(milliseconds); }
    void setRetryDelay(int milliseconds) { m_retry.setInterval(milliseconds); }
    void setMaxDelay(int milliseconds) { m_maxWait.setInterval(milliseconds); }

    // A file from a newer version, or one that could not be kept aside, is never written over.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    bool hasUnsavedChanges() const { return m_dirty; }
    QString lastError() const { return m_lastError; }

    // Saves now if anything changed (used on quit). Returns true when nothing is left unsaved.
    bool flush();

Q_SIGNALS:
    void saved();
    void saveFailed(const QString &message);
    void unsavedChangesChanged(bool unsaved);

private:
    void markDirty();
    bool save();
    void setDirty(bool dirty);

    ChecklistModel *m_model;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_debounce;
    QTimer m_retry;
    QTimer m_maxWait; // started by the first unsaved change, not restarted by the next ones
    bool m_dirty = false;
    bool m_readOnly = false;
    QString m_lastError;
};

} // namespace nextsteps
