#include "core/checklist/AutoSaver.h"
#include "core/PrivateFile.h"

#include "core/Logging.h"

#include "core/checklist/ChecklistModel.h"
#include "core/checklist/ChecklistStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {
// Every saver alive, for flushAll() (the main thread's only).
QList<AutoSaver *> &savers()
{
    static QList<AutoSaver *> list;
    return list;
}
} // namespace

AutoSaver::AutoSaver(ChecklistModel *model, const QString &path, QObject *parent)
    : QObject(parent), m_model(model), m_path(path)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DefaultDelayMs);
    m_retry.setSingleShot(true);
    m_retry.setInterval(RetryDelayMs);
    m_maxWait.setSingleShot(true);
    m_maxWait.setInterval(MaxDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &AutoSaver::save);
    connect(&m_retry, &QTimer::timeout, this, &AutoSaver::save);
    connect(&m_maxWait, &QTimer::timeout, this, &AutoSaver::save);
    connect(m_model, &ChecklistModel::changed, this, &AutoSaver::markDirty);
    // A file from a newer version, or one that could not be kept aside, is never written over.
    connect(m_model, &ChecklistModel::readOnlyChanged, this, [this](bool readOnly) {
        if (readOnly)
            stopTimers();
    });
    savers().append(this);
    // No export may be written over this list or a copy kept beside it.
    PrivateFile::protectList(path);
}

AutoSaver::~AutoSaver()
{
    savers().removeAll(this);
}

bool AutoSaver::flushAll()
{
    bool allSaved = true;
    for (AutoSaver *saver : std::as_const(savers()))
        allSaved = saver->flush(Asking::Never) && allSaved;
    return allSaved;
}

QString AutoSaver::lockFilePath() const
{
    // The file the path leads to, so that a second window reaching it through a link finds the
    // same lock. A file not made yet: its folder, resolved.
    const QFileInfo info(m_path);
    QString resolved = info.canonicalFilePath();
    if (resolved.isEmpty()) {
        const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
        resolved =
            folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
    }
    return resolved + u".lock"_s;
}

namespace {

bool lockTaken(QLockFile *lock, const QString &path)
{
    if (!lock->tryLock(0))
        return false;
#ifdef Q_OS_UNIX
    // It names this computer and the program: readable by this user only, like the list.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#else
    Q_UNUSED(path)
#endif
    return true;
}

} // namespace

AutoSaver::Claim AutoSaver::claim()
{
    const QString path = lockFilePath();
    if (!QFileInfo(path).absoluteDir().exists())
        PrivateFile::makePrivateFolder(QFileInfo(path).absolutePath());
    m_lockHolder.clear();
    m_lock = std::make_unique<QLockFile>(path);
    // A lock whose process is gone is stale and is taken over (QLockFile checks the PID), but
    // only on this computer: age alone says nothing about a window left open for days.
    m_lock->setStaleLockTime(0);
    if (lockTaken(m_lock.get(), path))
        return Claim::Claimed;
    // If the lock cannot be made at all (the folder is missing or cannot be written), there is
    // no other window to protect against, and saving will report the problem itself.
    if (m_lock->error() != QLockFile::LockFailedError) {
        qCWarning(lcChecklist, "The lock %s could not be made; saving goes on without it",
                  qUtf8Printable(path));
        m_lock.reset();
        return Claim::Claimed;
    }
    qint64 pid = 0;
    QString host;
    QString app;
    if (!m_lock->getLockInfo(&pid, &host, &app)) {
        // Empty or garbage (a crash while it was written, a copy from a backup): no Next Steps
        // can be holding it. Removing it fails while another process has it locked (being
        // written this very moment), so a live lock is never taken.
        if (m_lock->removeStaleLockFile() && lockTaken(m_lock.get(), path))
            return Claim::TookOver;
        qCWarning(lcChecklist, "The lock %s cannot be read or taken over", qUtf8Printable(path));
        m_lock.reset();
        return Claim::Unconfirmed;
    }
    qCWarning(lcChecklist, "The lock %s is held by process %lld on %s", qUtf8Printable(path),
              qlonglong(pid), qUtf8Printable(host));
    m_lock.reset();
    if (!host.isEmpty() && host != QSysInfo::machineHostName()) {
        m_lockHolder = host;
        return Claim::OtherComputer;
    }
    return Claim::InUse;
}

bool AutoSaver::claimAnyway()
{
    const QString path = lockFilePath();
    m_lock = std::make_unique<QLockFile>(path);
    m_lock->setStaleLockTime(0);
    if (lockTaken(m_lock.get(), path) ||
        (m_lock->removeStaleLockFile() && lockTaken(m_lock.get(), path)))
        return true;
    qCWarning(lcChecklist, "The lock %s could not be taken", qUtf8Printable(path));
    m_lock.reset();
    return false;
}

void AutoSaver::stopTimers()
{
    m_debounce.stop();
    m_retry.stop();
    m_maxWait.stop();
}

void AutoSaver::markDirty()
{
    if (!m_dirty)
        m_unsavedFor.start();
    setDirty(true);
    if (m_model->isReadOnly())
        return;
    if (!m_retry.isActive() && m_unsavedFor.hasExpired(m_maxWait.interval())) {
        save(); // the timers had no turn: edits came faster than the event loop ran them
        return;
    }
    m_debounce.start(); // restarting the timer is the debounce
    // A failed save is retried on its own timer; otherwise the first change starts the clock.
    if (!m_maxWait.isActive() && !m_retry.isActive())
        m_maxWait.start();
}

bool AutoSaver::flush(Asking asking)
{
    m_debounce.stop();
    if (!m_dirty)
        return true;
    m_asking = asking;
    const bool saved = save();
    m_asking = Asking::Allowed;
    return saved;
}

bool AutoSaver::save()
{
    stopTimers();
    if (m_model->isReadOnly() || !m_dirty)
        return !m_dirty;
    if (m_resolving)
        return false; // the person is being asked; saving waits for the answer
    ChecklistStore::FileStamp now = ChecklistStore::FileStamp::of(m_path);
    // The bytes are compared even when size and time agree: a change made within the same
    // second, to the same length, is still a change.
    if (m_stamp.known && now.exists && (now != m_stamp || m_stamp.digest) &&
        !m_stamp.sameBytesAs(m_path)) {
        OutsideChange choice = OutsideChange::KeepMine; // nothing is lost either way
        if (m_asking == Asking::Allowed && m_outsideChange) {
            m_resolving = true;
            choice = m_outsideChange();
            m_resolving = false;
        }
        return resolveOutsideChange(choice);
    }
    if (m_stamp.known && now.exists && now != m_stamp) {
        now.digest = m_stamp.digest; // touched, not changed
        now.olderVersion = m_stamp.olderVersion;
        m_stamp = now;
    }
    QString error;
    if (!write(&error)) {
        m_lastError = error;
        m_retry.start();
        Q_EMIT saveFailed(error);
        return false;
    }
    return true;
}

bool AutoSaver::write(QString *error)
{
    // A file of an older format is kept as it was before the first save writes the new one.
    if (m_stamp.olderVersion > 0 &&
        ChecklistStore::keepAside(m_path, error,
                                  u"version"_s + QString::number(m_stamp.olderVersion))
            .isEmpty())
        return false;
    ChecklistStore::FileStamp stamp;
    if (!ChecklistStore::saveToFile(m_path, m_model->checklist(), error, &stamp))
        return false;
    m_stamp = stamp;
    m_lastError.clear();
    setDirty(false);
    Q_EMIT saved();
    const QString warning = ChecklistStore::sizeWarning(stamp.size);
    if (!warning.isEmpty() && !m_warnedSize)
        Q_EMIT sizeWarning(warning);
    m_warnedSize = !warning.isEmpty();
    return true;
}

bool AutoSaver::resolveOutsideChange(OutsideChange choice)
{
    QString error;
    switch (choice) {
    case OutsideChange::Reload: {
        // The window's version is kept first, as a file of its own beside the list; and the
        // changed one too, since Undo will save the window's version over it.
        const QString copy =
            ChecklistStore::saveCopyBeside(m_path, u"my-version"_s, m_model->checklist(), &error);
        if (copy.isEmpty() ||
            ChecklistStore::keepAside(m_path, &error, u"other-version"_s).isEmpty())
            break;
        reload(tr("Your list was changed outside Next Steps, and that version is shown now."),
               copy);
        return true;
    }
    case OutsideChange::KeepMine: {
        const QString other = ChecklistStore::keepAside(m_path, &error, u"other-version"_s);
        if (other.isEmpty())
            break;
        // The other version is safe: from here on this is an ordinary save.
        m_stamp = ChecklistStore::FileStamp::of(m_path);
        if (!write(&error)) {
            m_lastError = error;
            m_retry.start();
            Q_EMIT saveFailed(error);
            return false;
        }
        Q_EMIT outsideChangeResolved(
            tr("Your list was changed outside Next Steps. Your list as it is in this window is "
               "saved, and the other version is kept at %1.")
                .arg(other));
        return true;
    }
    }
    m_lastError = tr("Your list was changed outside Next Steps, and nothing could be kept aside "
                     "(%1), so it was not saved over.")
                      .arg(error);
    m_retry.start();
    Q_EMIT saveFailed(m_lastError);
    return false;
}

void AutoSaver::reload(const QString &message, const QString &keptCopy)
{
    const ChecklistStore::LoadResult result = ChecklistStore::loadFromFile(m_path);
    using Status = ChecklistStore::LoadResult::Status;
    if (result.status != Status::Loaded && result.status != Status::PartlyLoaded &&
        result.status != Status::NewerVersion) {
        // Nothing to show in its place: the window's list stays, and is saved as usual (what
        // could be kept of the changed file is kept aside by the reading).
        m_stamp = ChecklistStore::FileStamp::of(m_path);
        QString problem = result.message();
        if (problem.isEmpty())
            problem = tr("It is gone or empty now.");
        Q_EMIT outsideChangeResolved(
            tr("Your list was changed outside Next Steps, but the changed list could not be "
               "read. %1 Your list stays as it is in this window, and is saved. A copy of it is "
               "also at %2.")
                .arg(problem, keptCopy));
        save();
        return;
    }
    m_stamp = result.stamp;
    m_lastError.clear();
    if (result.readOnly) {
        // A newer version's file is shown as it is and never saved over: no undo into it.
        m_model->setChecklist(result.data);
        m_model->setReadOnly(true, result.whyReadOnly());
    } else {
        // One undo step: Edit > Undo brings the window's version back (and saves it).
        m_model->showChangedList(result.data);
    }
    stopTimers();
    setDirty(false); // what is shown is what is on disk
    Q_EMIT reloaded(result);
    const QString problem = result.message();
    const QString where =
        result.readOnly
            ? tr("Your list as it was in this window is saved at %1.").arg(keptCopy)
            : tr("Your list as it was in this window is saved at %1, and Edit > Undo brings it "
                 "back.")
                  .arg(keptCopy);
    Q_EMIT outsideChangeResolved(message + u' ' + where +
                                 (problem.isEmpty() ? QString() : u' ' + problem));
}

void AutoSaver::setDirty(bool dirty)
{
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    Q_EMIT unsavedChangesChanged(dirty);
}

} // namespace nextsteps
