#pragma once

#include "core/checklist/ChecklistData.h"
#include "core/checklist/ChecklistFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace nextsteps {

// Reads and writes the checklist file (ChecklistFormat), written only through QSaveFile. A file it
// cannot read is kept aside under a new name (never overwritten, never deleted), and the result
// says in plain words what happened.
class ChecklistStore
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::ChecklistStore)

public:
    // What the file at a path looked like when it was last read or written: enough to notice
    // that something else (a sync folder, a restored backup) changed it since.
    struct FileStamp
    {
        bool known = false; // false: nothing was recorded yet
        bool exists = false;
        qint64 size = -1;
        QDateTime modified;
        // A digest of the bytes, when they were at hand: a file touched but not changed (a sync
        // tool writing the same bytes again) is then not taken for an outside change. Not part
        // of ==, which needs no reading.
        std::optional<size_t> digest;
        // The file was read as this older format version: the first save keeps it as it was,
        // beside it ("checklist.version1-<time>.json"), before writing the new version. 0 when
        // it is the current version.
        int olderVersion = 0;

        static FileStamp of(const QString &path);
        static size_t digestOf(QByteArrayView bytes);
        // The file at path holds the same bytes as when this stamp was taken.
        bool sameBytesAs(const QString &path) const;
        bool operator==(const FileStamp &other) const
        {
            return known == other.known && exists == other.exists && size == other.size &&
                   modified == other.modified;
        }
        bool operator!=(const FileStamp &other) const { return !(*this == other); }
    };

    struct LoadResult
    {
        enum class Status {
            Loaded,       // everything came back
            NoFile,       // first start: nothing to load yet
            PartlyLoaded, // some entries were skipped; the original is kept aside
            Unreadable,   // nothing could be read; the original is kept aside
            NewerVersion, // written by a newer Next Steps: opened read-only
            BrokenLink,   // the path is a link to nothing: read-only until a list is started
        };
        Status status = Status::NoFile;
        ChecklistData data;
        bool readOnly = false; // never save over this file
        int skipped = 0;
        QString keptAsidePath;
        QString problem;
        FileStamp stamp; // the file as it was read

        // A message for the person, in plain words; empty when all went well.
        QString message() const;
        // Why the list is read-only, to end "...because ": empty when it is not.
        QString whyReadOnly() const;
    };

    // A list this large is saved, with a warning (a quarter of what can be saved and read).
    static constexpr qint64 WarnFileSize = ChecklistFormat::MaxFileSize / 4;
    // A plain warning for a saved list of this many bytes; empty when it is not large.
    static QString sizeWarning(qint64 size);

    static QString defaultPath();

    static LoadResult loadFromFile(const QString &path);
    // Reads a list for a one-off use (the command-line export): nothing is kept aside or
    // changed. On failure, *error says why in one line that names the file.
    static bool readWithoutChanging(const QString &path, ChecklistData *data, QString *error,
                                    int *skipped = nullptr);
    // On success, *stamp (when given) is the file as written.
    static bool saveToFile(const QString &path, const ChecklistData &data, QString *error,
                           FileStamp *stamp = nullptr);
    // Saves the list under a new name beside path ("checklist.<kind>-<time>.json"), never over
    // an existing file. Returns the new path, or an empty string and *error.
    static QString saveCopyBeside(const QString &path, const QString &kind,
                                  const ChecklistData &data, QString *error);

    // Writes the list as plain text (export), through PrivateFile::writeExport().
    static bool writeText(const QString &path, const QString &text, QString *error);

    // Copies the file to a new name beside it ("checklist.<kind>-<time>.json", kind
    // "unreadable" unless given); never overwrites anything. Returns the new path, or an empty
    // string.
    static QString keepAside(const QString &path, QString *error,
                             const QString &kind = QStringLiteral("unreadable"));

    // A save cut short at its very last step (the program killed between writing the new file
    // and putting it in place) leaves the new file beside the list ("checklist.json.Ab12Cd").
    // Called by the window that has the list (its lock held): a leftover that holds the same
    // list, or no whole list, is removed; one that holds another whole list is kept as
    // "checklist.interrupted-<time>.json". Returns a sentence for the person when one was kept.
    static QString tidyLeftovers(const QString &listPath);
};

} // namespace nextsteps
