#include "core/checklist/ChecklistStore.h"

#include "core/Logging.h"
#include "core/PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace nextsteps {

QString ChecklistStore::sizeWarning(qint64 size)
{
    if (size <= WarnFileSize)
        return {};
    return tr("Your list is very large (%1 MB). Next Steps can save lists of up to %2 MB: "
              "please make some long answers shorter, or delete past lists you no longer need.")
        .arg(size / (1024 * 1024))
        .arg(ChecklistFormat::MaxFileSize / (1024 * 1024));
}

QString ChecklistStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/checklist.json"_s;
}

namespace {

// "checklist.<kind>-<time>.json" beside path, a name nothing has yet.
QString freeNameBeside(const QString &path, const QString &kind)
{
    const QFileInfo info(path);
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyy-MM-dd-HHmmss"_s);
    const QString base = info.dir().filePath(info.completeBaseName() + u'.' + kind + u'-' + stamp);
    QString target = base + u".json"_s;
    for (int n = 2; QFileInfo(target).exists() || QFileInfo(target).isSymLink(); ++n)
        target = base + u'-' + QString::number(n) + u".json"_s;
    return target;
}

} // namespace

ChecklistStore::FileStamp ChecklistStore::FileStamp::of(const QString &path)
{
    const QFileInfo info(path);
    FileStamp stamp;
    stamp.known = true;
    stamp.exists = info.exists();
    if (stamp.exists) {
        stamp.size = info.size();
        stamp.modified = info.lastModified();
    }
    return stamp;
}

size_t ChecklistStore::FileStamp::digestOf(QByteArrayView bytes)
{
    return qHash(bytes, 0); // a fixed seed: digests taken at different times compare
}

bool ChecklistStore::FileStamp::sameBytesAs(const QString &path) const
{
    if (!digest)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() != size)
        return false;
    return digestOf(file.readAll()) == *digest;
}

QString ChecklistStore::saveCopyBeside(const QString &path, const QString &kind,
                                       const ChecklistData &data, QString *error)
{
    const QString target = freeNameBeside(path, kind);
    return saveToFile(target, data, error) ? target : QString();
}

QString ChecklistStore::keepAside(const QString &path, QString *error, const QString &kind)
{
    auto fail = [error, &path](const QString &why) {
        qCWarning(lcChecklist, "Could not keep a copy of %s aside: %s", qUtf8Printable(path),
                  qUtf8Printable(why));
        if (error)
            *error = why;
        return QString();
    };
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly))
        return fail(source.errorString());
    const QByteArray bytes = source.readAll(); // at most MaxFileSize: larger files stay put
    source.close();

    // A file kept aside already (the same damaged file, at each start): once is enough.
    const QFileInfo info(path);
    const QStringList earlier = info.dir().entryList(
        {info.completeBaseName() + u'.' + kind + u"-*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : earlier) {
        const QString candidate = info.dir().filePath(name);
        QFile copy(candidate);
        if (copy.size() == bytes.size() && copy.open(QIODevice::ReadOnly) &&
            copy.readAll() == bytes)
            return candidate;
    }

    // A new file only (never over another), readable by this user only from the start.
    const QString target = freeNameBeside(path, kind);
    QFile copy(target);
    if (!copy.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(copy.errorString());
    if (copy.write(bytes) != bytes.size() || !copy.flush()) {
        const QString why = copy.errorString();
        copy.close();
        copy.remove(); // a cut-short copy would only mislead
        return fail(why);
    }
    copy.close();
    return target;
}

ChecklistStore::LoadResult ChecklistStore::loadFromFile(const QString &path)
{
    LoadResult result;
    // Before reading: a change made while it is read is then noticed before the next save.
    result.stamp = FileStamp::of(path);
    QFile file(path);
    const QFileInfo link(path);
    if (link.isSymLink() && !link.exists()) {
        // Starting empty here would save a new list in place of the link, or write wherever
        // it leads once that is there again: wait for the person to choose.
        result.status = LoadResult::Status::BrokenLink;
        result.readOnly = true;
        result.problem = link.symLinkTarget();
        qCWarning(lcChecklist, "The list %s is a link to %s, which is not there",
                  qUtf8Printable(path), qUtf8Printable(result.problem));
        return result;
    }
    if (!file.exists()) {
        result.status = LoadResult::Status::NoFile;
        return result;
    }

    ChecklistFormat::ParseResult parsed;
    if (QFileInfo(path).isDir()) {
        result.status = LoadResult::Status::Unreadable;
        // Nothing there to protect: saving will fail, say so, and keep trying.
        result.problem = tr("There is a folder where the list should be.");
        qCWarning(lcChecklist, "The list %s is a folder", qUtf8Printable(path));
        return result;
    }
    if (file.size() > ChecklistFormat::MaxFileSize) {
        // Not copied aside (it is huge) and not saved over: left exactly as it is.
        result.status = LoadResult::Status::Unreadable;
        result.readOnly = true;
        result.problem = tr("The file is larger than Next Steps can open (%1 MB; the most is "
                            "%2 MB). It is left exactly as it is, and nothing is saved over it.")
                             .arg(file.size() / (1024 * 1024))
                             .arg(ChecklistFormat::MaxFileSize / (1024 * 1024));
        qCWarning(lcChecklist, "The list %s is too large to read (%lld bytes)",
                  qUtf8Printable(path), qlonglong(file.size()));
        return result;
    } else if (!file.open(QIODevice::ReadOnly)) {
        result.status = LoadResult::Status::Unreadable;
        result.problem = tr("The file could not be opened: %1").arg(file.errorString());
        result.readOnly = true; // we cannot copy it aside, so we must not write over it
        qCWarning(lcChecklist, "The list %s could not be opened: %s", qUtf8Printable(path),
                  qUtf8Printable(file.errorString()));
        return result;
    } else {
        const QByteArray bytes = file.readAll();
        result.stamp.digest = FileStamp::digestOf(bytes);
        parsed = ChecklistFormat::parse(bytes);
        file.close();
    }

    if (parsed.ok && parsed.version > ChecklistFormat::CurrentVersion) {
        result.status = LoadResult::Status::NewerVersion;
        result.data = parsed.data;
        result.readOnly = true;
        qCWarning(lcChecklist, "The list %s is from a newer version (%d): read-only",
                  qUtf8Printable(path), parsed.version);
        return result;
    }
    if (parsed.ok && parsed.version < ChecklistFormat::CurrentVersion)
        result.stamp.olderVersion = parsed.version; // upgraded in memory; kept on first save
    if (parsed.ok && parsed.skipped == 0) {
        result.status = LoadResult::Status::Loaded;
        result.data = parsed.data;
        return result;
    }

    // Something is wrong: keep the original bytes before anything can write over them.
    if (parsed.ok)
        qCWarning(lcChecklist, "The list %s was read in part: %d damaged entries left out",
                  qUtf8Printable(path), parsed.skipped);
    else
        qCWarning(lcChecklist, "The list %s could not be read: %s", qUtf8Printable(path),
                  qUtf8Printable(parsed.problem));
    QString copyError;
    result.keptAsidePath = keepAside(path, &copyError);
    result.status = parsed.ok ? LoadResult::Status::PartlyLoaded : LoadResult::Status::Unreadable;
    result.skipped = parsed.skipped;
    result.problem = parsed.problem;
    if (parsed.ok)
        result.data = parsed.data;
    if (result.keptAsidePath.isEmpty()) {
        result.readOnly = true;
        result.problem +=
            u' ' + tr("A copy could not be made (%1), so the file is left as it is and "
                      "changes will not be saved over it.")
                       .arg(copyError);
    }
    return result;
}

bool ChecklistStore::readWithoutChanging(const QString &path, ChecklistData *data, QString *error,
                                         int *skipped)
{
    auto fail = [error](const QString &why) {
        qCWarning(lcChecklist, "%s", qUtf8Printable(why));
        if (error)
            *error = why;
        return false;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("there is no file %1.").arg(path));
    if (info.isDir())
        return fail(tr("%1 is a folder, not a list.").arg(path));
    if (info.size() > ChecklistFormat::MaxFileSize)
        return fail(tr("cannot read the list in %1: it is too large.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot open the list in %1: %2").arg(path, file.errorString()));
    const ChecklistFormat::ParseResult parsed = ChecklistFormat::parse(file.readAll());
    if (!parsed.ok)
        return fail(tr("cannot read the list in %1: %2").arg(path, parsed.problem));
    *data = parsed.data;
    if (skipped)
        *skipped = parsed.skipped;
    return true;
}

QString ChecklistStore::LoadResult::message() const
{
    switch (status) {
    case Status::Loaded:
    case Status::NoFile:
        return {};
    case Status::PartlyLoaded:
        return (skipped == 1
                    ? ChecklistStore::tr("Some of your saved list could not be read: 1 entry was "
                                         "damaged and left out.")
                    : ChecklistStore::tr(
                          "Some of your saved list could not be read: %1 entries were "
                          "damaged and left out.")
                          .arg(skipped)) +
               u' ' +
               ChecklistStore::tr(
                   "Everything else is here. A copy of the original file is kept at %1.")
                   .arg(keptAsidePath);
    case Status::Unreadable:
        if (keptAsidePath.isEmpty())
            return ChecklistStore::tr("Your saved list could not be opened. %1").arg(problem);
        return ChecklistStore::tr(
                   "Your list could not be read. %1 Nothing has been deleted: we kept the file "
                   "as %2 and started a new, empty list. Help > Where Is My List Saved? shows "
                   "where it is.")
            .arg(problem, keptAsidePath);
    case Status::NewerVersion:
        return ChecklistStore::tr(
            "This list was saved by a newer version of Next Steps. You can read it here, "
            "but changes will not be saved, so that nothing in it is lost. Please update "
            "Next Steps to edit it.");
    case Status::BrokenLink:
        return ChecklistStore::tr(
                   "Your list is kept through a link that leads to %1, but there is nothing "
                   "there now (perhaps a drive is not connected, or a folder was moved or "
                   "renamed). Nothing is saved until you choose: connect the drive and start "
                   "Next Steps again, or start a new, empty list here.")
            .arg(problem);
    }
    return {};
}

QString ChecklistStore::LoadResult::whyReadOnly() const
{
    if (!readOnly)
        return {};
    switch (status) {
    case Status::NewerVersion:
        return ChecklistStore::tr("it was saved by a newer version of Next Steps");
    case Status::BrokenLink:
        return ChecklistStore::tr("the link to your list leads nowhere");
    default:
        return ChecklistStore::tr("the file could not be read safely and is left as it is");
    }
}

bool ChecklistStore::saveToFile(const QString &path, const ChecklistData &data, QString *error,
                                FileStamp *stamp)
{
    auto fail = [error, &path](const QString &why) {
        qCWarning(lcChecklist, "The list could not be saved to %s: %s", qUtf8Printable(path),
                  qUtf8Printable(why));
        if (error)
            *error = why;
        return false;
    };
    const QFileInfo info(path);
    if (info.isDir())
        return fail(tr("There is a folder where the list should be saved (%1).").arg(path));
    if (!info.absoluteDir().exists() && !PrivateFile::makePrivateFolder(info.absolutePath()))
        return fail(tr("The folder %1 could not be created.").arg(info.absolutePath()));

    const QByteArray bytes = ChecklistFormat::serialize(data);
    if (bytes.size() > ChecklistFormat::MaxFileSize)
        return fail(tr("Your list is too large to save (%1 MB; the most is %2 MB). Please make "
                       "some long answers shorter, or delete past lists you no longer need.")
                        .arg(bytes.size() / (1024 * 1024))
                        .arg(ChecklistFormat::MaxFileSize / (1024 * 1024)));
    QString why;
    if (!PrivateFile::write(path, bytes, &why))
        return fail(why);
    if (stamp) {
        *stamp = FileStamp::of(path);
        stamp->digest = FileStamp::digestOf(bytes);
    }
    return true;
}

bool ChecklistStore::writeText(const QString &path, const QString &text, QString *error)
{
    QString why;
    if (PrivateFile::writeExport(path, text.toUtf8(), &why))
        return true;
    qCWarning(lcPrint, "The text could not be saved to %s: %s", qUtf8Printable(path),
              qUtf8Printable(why));
    if (error)
        *error = why;
    return false;
}

QString ChecklistStore::tidyLeftovers(const QString &listPath)
{
    const QFileInfo list(PrivateFile::resolvedPath(listPath));
    const QDir folder = list.absoluteDir();
    static const QRegularExpression saveFileName(u"^\\.[A-Za-z0-9]{6}$"_s);
    QStringList kept;
    const QByteArray current = [&list] {
        QFile file(list.absoluteFilePath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    const QStringList names = folder.entryList({list.fileName() + u".??????"_s},
                                               QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        if (!saveFileName.match(name.mid(list.fileName().size())).hasMatch())
            continue; // "checklist.json.lock" and the like are not leftovers
        const QString path = folder.filePath(name);
        QFile file(path);
        if (file.size() > ChecklistFormat::MaxFileSize || !file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        file.close();
        const ChecklistFormat::ParseResult parsed = ChecklistFormat::parse(bytes);
        if (parsed.ok && bytes != current) {
            const QString target = freeNameBeside(list.absoluteFilePath(), u"interrupted"_s);
            if (QFile::rename(path, target)) {
                PrivateFile::makePrivate(target);
                kept.append(QDir::toNativeSeparators(target));
            }
            continue;
        }
        QFile::remove(path);
    }
    if (kept.isEmpty())
        return {};
    return tr("When Next Steps last stopped, a save was cut short. What it was saving is kept "
              "at %1; your list opens as it was saved before that.")
        .arg(kept.join(u", "_s));
}

} // namespace nextsteps
