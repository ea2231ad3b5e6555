#pragma once

#include "ChecklistData.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QString>

#include <functional>

namespace nextsteps {

// Reads and writes the checklist file: JSON, UTF-8, a format name and an integer version, written
// only through QSaveFile. A file it cannot read is kept aside under a new name (never overwritten,
// never deleted), and the result says in plain words what happened.
class ChecklistStore
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::ChecklistStore)

public:
    static constexpr int CurrentVersion = 1;
    static constexpr qint64 MaxFileSize = 10 * 1024 * 1024;
    static const QString FormatName;

    struct ParseResult
    {
        bool ok = false;
        int version = 0;
        ChecklistData data;
        int skipped = 0; // entries of the wrong shape that were left out
        QString problem; // why the file could not be read, in plain words
    };

    struct LoadResult
    {
        enum class Status {
            Loaded,       // everything came back
            NoFile,       // first start: nothing to load yet
            PartlyLoaded, // some entries were skipped; the original is kept aside
            Unreadable,   // nothing could be read; the original is kept aside
            NewerVersion, // written by a newer Next Steps: opened read-only
        };
        Status status = Status::NoFile;
        ChecklistData data;
        bool readOnly = false; // never save over this file
        int skipped = 0;
        QString keptAsidePath;
        QString problem;

        // A message for the person, in plain words; empty when all went well.
        QString message() const;
    };

    static QString defaultPath();

    static LoadResult loadFromFile(const QString &path);
    static bool saveToFile(const QString &path, const ChecklistData &data, QString *error);

    // Writes the list as plain text (export), atomically, through QSaveFile.
    static bool writeText(const QString &path, const QString &text, QString *error);

    static QByteArray serialize(const ChecklistData &data);
    static ParseResult parse(const QByteArray &bytes);

    // Copies the file to a new name beside it ("checklist.unreadable-<time>.json"); never
    // overwrites anything. Returns the new path, or an empty string.
    static QString keepAside(const QString &path, QString *error);

    // Test seam: called after the bytes are written and before QSaveFile::commit(). Returning
    // false simulates a save interrupted at the last moment (power cut, crash).
    static void setBeforeCommitHookForTesting(std::function<bool()> hook);
};

} // namespace nextsteps
