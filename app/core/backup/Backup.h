#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace nextsteps {

// Everything Next Steps keeps, in one file: the list (with its past lists, medicines, care team
// and every section other rooms keep in it), the copies kept beside it (damaged, older or
// changed versions), and the settings. JSON with a format name and a version; each file's bytes
// are kept exactly, with a SHA-256 checksum, so a restore puts back the same bytes and a damaged
// or cut-short backup is refused before anything is changed.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::Backup)

public:
    static const QString FormatName; // "nextsteps-backup"
    static constexpr int CurrentVersion = 1;
    static constexpr qint64 MaxFileSize = 512 * 1024 * 1024;
    static QString suffix() { return QStringLiteral("nextsteps-backup"); }

    struct File
    {
        QString name; // a plain file name, in the list's folder
        QByteArray bytes;
    };

    struct Contents
    {
        QDateTime made; // UTC
        QString appVersion;
        File list;              // the list itself (its name is the one it had)
        QList<File> keptBeside; // the copies kept beside it
        QJsonObject settings;   // key: value, only values JSON can hold
    };

    // What is there now: the list at listPath (or, when listBytes is given, those bytes: what
    // the window holds when the disk could not take it), the copies kept beside it and settings.
    // False with *error when the list cannot be read.
    static bool collect(const QString &listPath, const QJsonObject &settings, Contents *contents,
                        QString *error, const QByteArray &listBytes = {});
    static QByteArray serialize(const Contents &contents);

    struct ReadResult
    {
        bool ok = false;
        Contents contents;
        QString problem; // in plain words, when not ok
    };
    // Refused, with the reason: not there, too large, damaged or cut short, not a backup, made
    // by a newer version (of the backup or of the list inside it), a file that fails its check.
    static ReadResult read(const QString &path);
    static ReadResult parse(const QByteArray &bytes);

    // Puts the backup's files in place at listPath's folder: first a backup of what is there
    // now is written beside the list ("<list>.before-restore-<time>.nextsteps-backup", whose
    // path goes to *keptPath), then the copies, then the list (as listPath). Nothing is written
    // when that first backup cannot be made. False with *error when any step failed.
    static bool restore(const Contents &contents, const QString &listPath,
                        const QJsonObject &settingsNow, QString *keptPath, QString *error);

    // The copies kept beside the list at listPath ("checklist.<kind>-<time>.json"), by name.
    static QStringList keptBesideNames(const QString &listPath);
};

} // namespace nextsteps
