#include "core/backup/Backup.h"

#include "core/AppInfo.h"
#include "core/PrivateFile.h"
#include "core/checklist/ChecklistFormat.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace nextsteps {

const QString Backup::FormatName = u"nextsteps-backup"_s;

namespace {

QString checksum(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonObject fileToJson(const Backup::File &file)
{
    return {{u"name"_s, file.name},
            {u"size"_s, double(file.bytes.size())},
            {u"sha256"_s, checksum(file.bytes)},
            {u"data"_s, QString::fromLatin1(file.bytes.toBase64())}};
}

// A plain file name and nothing else: a backup never writes outside the list's folder.
bool isPlainName(const QString &name)
{
    return !name.isEmpty() && name != u"." && name != u".." && !name.startsWith(u'.') &&
           !name.contains(u'/') && !name.contains(u'\\') && !name.contains(u':') &&
           !name.contains(QChar(0));
}

bool fileFromJson(const QJsonValue &value, Backup::File *file)
{
    const QJsonObject object = value.toObject();
    const QJsonValue data = object.value(u"data"_s);
    if (!value.isObject() || !data.isString() || !object.value(u"name"_s).isString())
        return false;
    file->name = object.value(u"name"_s).toString();
    const auto decoded = QByteArray::fromBase64Encoding(data.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !isPlainName(file->name))
        return false;
    file->bytes = *decoded;
    return object.value(u"size"_s).toDouble(-1) == double(file->bytes.size()) &&
           object.value(u"sha256"_s).toString() == checksum(file->bytes);
}

bool readBytes(const QString &path, QByteArray *bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    *bytes = file.readAll();
    return true;
}

} // namespace

QStringList Backup::keptBesideNames(const QString &listPath)
{
    const QFileInfo info(listPath);
    return info.dir().entryList({info.completeBaseName() + u".*.json"_s}, QDir::Files, QDir::Name);
}

bool Backup::collect(const QString &listPath, const QJsonObject &settings, Contents *contents,
                     QString *error, const QByteArray &listBytes)
{
    *contents = {};
    contents->made = QDateTime::currentDateTimeUtc();
    contents->appVersion = QString::fromLatin1(AppInfo::Version);
    contents->settings = settings;
    const QFileInfo info(listPath);
    contents->list.name = info.fileName();
    contents->list.bytes = listBytes;
    QString why;
    if (listBytes.isEmpty() && info.exists() && !readBytes(listPath, &contents->list.bytes, &why)) {
        *error = tr("Your list could not be read (%1).").arg(why);
        return false;
    }
    for (const QString &name : keptBesideNames(listPath)) {
        File copy{name, {}};
        if (!readBytes(info.dir().filePath(name), &copy.bytes, &why)) {
            *error = tr("A copy kept beside your list, %1, could not be read (%2).").arg(name, why);
            return false;
        }
        contents->keptBeside.append(copy);
    }
    return true;
}

QByteArray Backup::serialize(const Contents &contents)
{
    QJsonArray kept;
    for (const File &file : contents.keptBeside)
        kept.append(fileToJson(file));
    const QJsonObject root{{u"format"_s, FormatName},
                           {u"version"_s, CurrentVersion},
                           {u"made"_s, contents.made.toUTC().toString(Qt::ISODateWithMs)},
                           {u"appVersion"_s, contents.appVersion},
                           {u"list"_s, fileToJson(contents.list)},
                           {u"keptBeside"_s, kept},
                           {u"settings"_s, contents.settings}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Backup::ReadResult Backup::read(const QString &path)
{
    ReadResult result;
    const QFileInfo info(path);
    if (!info.isFile()) {
        result.problem = tr("There is no backup file there.");
        return result;
    }
    if (info.size() > MaxFileSize) {
        result.problem = tr("The file is far too large to be a Next Steps backup.");
        return result;
    }
    QByteArray bytes;
    QString why;
    if (!readBytes(path, &bytes, &why)) {
        result.problem = tr("The file could not be read (%1).").arg(why);
        return result;
    }
    return parse(bytes);
}

Backup::ReadResult Backup::parse(const QByteArray &bytes)
{
    ReadResult result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    const QJsonObject root = document.object();
    if (error.error != QJsonParseError::NoError) {
        // Something that does not even begin as a backup does (a text file, a picture) is
        // not one; one that does, but breaks off or goes wrong, is damaged.
        result.problem = bytes.trimmed().startsWith('{')
                             ? tr("The backup is damaged or cut short. Nothing was changed.")
                             : tr("This file is not a Next Steps backup. Nothing was changed.");
        return result;
    }
    if (!document.isObject() || root.value(u"format"_s).toString() != FormatName) {
        result.problem = tr("This file is not a Next Steps backup. Nothing was changed.");
        return result;
    }
    const int version = root.value(u"version"_s).toInt(0);
    if (version < 1) {
        result.problem = tr("The backup is damaged or cut short. Nothing was changed.");
        return result;
    }
    const QString newer = tr("This backup was made by a newer version of Next Steps. To restore "
                             "it, install that version or a later one. Nothing was changed.");
    if (version > CurrentVersion) {
        result.problem = newer;
        return result;
    }
    Contents &contents = result.contents;
    contents.made = QDateTime::fromString(root.value(u"made"_s).toString(), Qt::ISODateWithMs);
    contents.appVersion = root.value(u"appVersion"_s).toString();
    contents.settings = root.value(u"settings"_s).toObject();
    bool whole = contents.made.isValid() && fileFromJson(root.value(u"list"_s), &contents.list) &&
                 root.value(u"keptBeside"_s).isArray();
    for (const QJsonValue &value : root.value(u"keptBeside"_s).toArray()) {
        File file;
        whole = whole && fileFromJson(value, &file);
        contents.keptBeside.append(file);
    }
    if (!whole) {
        result.problem = tr("The backup is damaged or cut short. Nothing was changed.");
        return result;
    }
    // The list inside must be one this version can keep: a newer list would open read-only.
    if (!contents.list.bytes.isEmpty()) {
        const ChecklistFormat::ParseResult list = ChecklistFormat::parse(contents.list.bytes);
        if (list.version > ChecklistFormat::CurrentVersion) {
            result.problem = newer;
            return result;
        }
    }
    result.ok = true;
    return result;
}

bool Backup::restore(const Contents &contents, const QString &listPath,
                     const QJsonObject &settingsNow, QString *keptPath, QString *error)
{
    const QFileInfo info(listPath);
    if (!PrivateFile::makePrivateFolder(info.absolutePath())) {
        *error = tr("The folder for your list could not be made.");
        return false;
    }
    // What is there now, kept first: restoring never loses anything.
    Contents now;
    if (!collect(listPath, settingsNow, &now, error))
        return false;
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString kept = info.dir().filePath(info.completeBaseName() + u".before-restore-"_s + stamp +
                                       u'.' + suffix());
    for (int n = 2; QFileInfo::exists(kept); ++n)
        kept = info.dir().filePath(info.completeBaseName() + u".before-restore-"_s + stamp + u'-' +
                                   QString::number(n) + u'.' + suffix());
    QString why;
    if (!PrivateFile::write(kept, serialize(now), &why)) {
        *error =
            tr("What you have now could not be kept first (%1), so nothing was restored.").arg(why);
        return false;
    }
    *keptPath = kept;

    // The copies take the name of the list they are beside now.
    const QString oldBase = QFileInfo(contents.list.name).completeBaseName();
    const QString newBase = info.completeBaseName();
    for (const File &file : contents.keptBeside) {
        QString name = file.name;
        if (!oldBase.isEmpty() && name.startsWith(oldBase + u'.'))
            name = newBase + name.mid(oldBase.size());
        if (!PrivateFile::write(info.dir().filePath(name), file.bytes, &why)) {
            *error = tr("A copy, %1, could not be written (%2).").arg(name, why);
            return false;
        }
    }
    if (contents.list.bytes.isEmpty()) {
        // A backup made before there was a list: the list is started afresh.
        if (QFileInfo::exists(listPath) && !QFile::remove(listPath)) {
            *error = tr("Your list could not be replaced.");
            return false;
        }
    } else if (!PrivateFile::write(listPath, contents.list.bytes, &why)) {
        *error = tr("Your list could not be written (%1).").arg(why);
        return false;
    }
    return true;
}

} // namespace nextsteps
