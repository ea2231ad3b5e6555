#include "core/PrivateFile.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStorageInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

std::function<bool()> &beforeCommitHook()
{
    static std::function<bool()> hook;
    return hook;
}

PrivateFile::WriteFault &writeFault()
{
    static PrivateFile::WriteFault fault = PrivateFile::WriteFault::None;
    return fault;
}

QStringList &protectedLists()
{
    static QStringList lists;
    return lists;
}

// Where a write to path would land once links are followed (for a file not made yet, or a link
// to nothing: its resolved folder and name).
} // namespace

QString PrivateFile::resolvedPath(const QString &path)
{
    const QFileInfo info(path);
    QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty()) {
        const QFileInfo target(info.isSymLink() ? info.symLinkTarget() : path);
        const QString folder = QFileInfo(target.absolutePath()).canonicalFilePath();
        canonical =
            folder.isEmpty() ? target.absoluteFilePath() : QDir(folder).filePath(target.fileName());
    }
    return canonical;
}

namespace {

// The file itself, however it is reached (device and inode, links followed); empty where the
// system cannot say (then the resolved path is the only check).
QByteArray fileIdentity(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return {};
    return QByteArray::number(qulonglong(status.st_dev)) + ':' +
           QByteArray::number(qulonglong(status.st_ino));
#else
    Q_UNUSED(path)
    return {};
#endif
}

// A write failed: the system's reason, or plainly that the disk is full when it is (some
// systems report a full disk as "Unknown error").
QString writeProblem(const QString &path, const QString &systemReason, qint64 needed)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() >= 0 &&
        storage.bytesAvailable() < needed + 64 * 1024)
        return PrivateFile::tr("There is not enough free space on the disk (%1 KB free).")
            .arg(storage.bytesAvailable() / 1024);
    if (systemReason.isEmpty() || systemReason == QLatin1StringView("Unknown error"))
        return PrivateFile::tr("The disk did not say why; it may be full or unplugged.");
    return systemReason;
}

} // namespace

bool PrivateFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    // A folder that is not there (a new account may have no Documents folder yet): said so,
    // rather than the system's "No such file or directory".
    if (const QFileInfo info(path); !info.absoluteDir().exists())
        return fail(tr("There is no folder %1. Please choose a folder that is there.")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("The file could not be opened for saving: %1")
                        .arg(writeProblem(path, file.errorString(), bytes.size())));
#ifdef Q_OS_UNIX
    // Health information: readable by this user only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
    const WriteFault fault = writeFault();
    QByteArrayView toWrite = bytes;
    if (fault == WriteFault::ShortWrite)
        toWrite = toWrite.first(toWrite.size() / 2);
    qint64 written = file.write(toWrite.data(), toWrite.size());
    if (fault == WriteFault::FailWrite)
        written = -1;
    else if (fault == WriteFault::ShortWrite)
        written = bytes.size(); // what the buggy device claims
    if (written != bytes.size()) {
        const QString why = writeProblem(path, file.errorString(), bytes.size());
        file.cancelWriting();
        file.commit();
        return fail(tr("The file could not be written: %1").arg(why));
    }
    // Qt 6.4's commit() can return true when this last write fails (a known Qt bug: the error
    // is lost), leaving an empty or cut-short file in place of the last good one: check here.
    const bool flushed = file.flush() && fault != WriteFault::FailFlush;
    if (!flushed || file.size() != bytes.size()) {
        const QString why = flushed ? tr("only part of it could be written.")
                                    : writeProblem(path, file.errorString(), bytes.size());
        file.cancelWriting();
        file.commit(); // drops the temporary file; the one at path is untouched
        return fail(tr("The file could not be written: %1").arg(why));
    }
    if (beforeCommitHook() && !beforeCommitHook()()) {
        file.cancelWriting();
        file.commit();
        return fail(tr("Saving was interrupted."));
    }
    if (!file.commit())
        return fail(tr("The file could not be saved: %1")
                        .arg(writeProblem(path, file.errorString(), bytes.size())));
    return true;
}

void PrivateFile::setBeforeCommitHookForTesting(std::function<bool()> hook)
{
    beforeCommitHook() = std::move(hook);
}

bool PrivateFile::sameFile(const QString &a, const QString &b)
{
    if (resolvedPath(a) == resolvedPath(b))
        return true;
    const QByteArray identity = fileIdentity(a);
    return !identity.isEmpty() && identity == fileIdentity(b);
}

void PrivateFile::protectList(const QString &listPath)
{
    if (!listPath.isEmpty() && !protectedLists().contains(listPath))
        protectedLists().append(listPath);
}

QString PrivateFile::exportRefusal(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo target(path);
    if (target.exists() && !target.isFile())
        return tr("%1 is not an ordinary file (it is a folder, a device or a pipe). Please choose "
                  "another name. Nothing was written.")
            .arg(shown);
    const QString where = resolvedPath(path);
    const QByteArray identity = target.exists() ? fileIdentity(path) : QByteArray();
    const QString whereFolder = QFileInfo(where).absolutePath();
    const QString appFolder =
        resolvedPath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    if (whereFolder == appFolder)
        return tr("%1 is in the folder where Next Steps keeps your list and its copies. Writing "
                  "there could replace them, so nothing was written. Please choose another "
                  "folder, such as Documents.")
            .arg(shown);
    QStringList lists = protectedLists();
    for (const QString &list : std::as_const(lists)) {
        const QFileInfo listFile(resolvedPath(list));
        // The list and what is kept beside it: "mylist.json", "mylist.unreadable-….json",
        // "mylist.json.lock".
        const QDir folder(listFile.absolutePath());
        QStringList kept = folder.entryList(
            {listFile.completeBaseName() + u".*-*.json"_s, listFile.fileName() + u".lock"_s},
            QDir::Files | QDir::Hidden | QDir::System);
        kept.append(listFile.fileName());
        const bool isKept =
            whereFolder == listFile.absolutePath() && kept.contains(QFileInfo(where).fileName());
        bool sameIdentity = false;
        for (const QString &name : std::as_const(kept))
            sameIdentity = sameIdentity ||
                           (!identity.isEmpty() && fileIdentity(folder.filePath(name)) == identity);
        if (isKept || sameIdentity)
            return tr("%1 is your list, or a copy Next Steps keeps of it. Writing there would "
                      "replace it, so nothing was written. Please choose another name.")
                .arg(shown);
    }
    return {};
}

bool PrivateFile::writeExport(const QString &path, const QByteArray &bytes, QString *error)
{
    const QString refusal = exportRefusal(path);
    if (!refusal.isEmpty()) {
        qCWarning(lcChecklist, "Export to %s refused: %s", qUtf8Printable(path),
                  qUtf8Printable(refusal));
        if (error)
            *error = refusal;
        return false;
    }
    return write(path, bytes, error);
}

bool PrivateFile::makePrivate(const QString &path)
{
#ifdef Q_OS_UNIX
    if (!QFileInfo::exists(path))
        return true;
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#else
    Q_UNUSED(path)
    return true;
#endif
}

bool PrivateFile::makePrivateFolder(const QString &folder)
{
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    QStringList missing;
    for (QString level = absolute; !QFileInfo::exists(level);
         level = QFileInfo(level).absolutePath()) {
        if (QFileInfo(level).absolutePath() == level)
            break; // the root: nothing above to make it in
        missing.prepend(level);
    }
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    for (const QString &level : std::as_const(missing)) {
        if (!QDir().mkdir(level, owner) && !QFileInfo(level).isDir())
            return false;
    }
#ifdef Q_OS_UNIX
    if (QFileInfo(absolute).isDir() && !QFileInfo(absolute).isSymLink())
        QFile::setPermissions(absolute, owner);
#endif
    return QFileInfo(absolute).isDir();
}

void PrivateFile::makeAppFoldersPrivate(const QString &settingsFile)
{
    const QString organization = QCoreApplication::organizationName();
    const QStringList folders{
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
        QFileInfo(settingsFile).absolutePath(),
    };
    for (const QString &folder : folders) {
        const QFileInfo above(QFileInfo(folder).absolutePath());
        // "…/share/<organization>/nextsteps": the organization's folder is the app's too.
        if (!organization.isEmpty() && above.fileName() == organization)
            makePrivateFolder(above.absoluteFilePath());
        makePrivateFolder(folder);
    }
}

void PrivateFile::setWriteFaultForTesting(WriteFault fault)
{
    writeFault() = fault;
}

} // namespace nextsteps
