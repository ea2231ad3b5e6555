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

    // Writes the list as plain text (export), through writeExport().
    static bool writeText(const QString &path, const QString &text, QString *error);

    // Every file a person names for an export (PDF, text, print to file) is written here: the
    // one check that it replaces neither a list nor anything kept beside one, then
    // writeFileAtomically(). On refusal nothing is written and *error says why in plain words.
    static bool writeExport(const QString &path, const QByteArray &bytes, QString *error);
    // Why an export must not be written at path, in plain words; empty when it may be. Refused:
    // a list in use (protectList()) or the usual list, any file in a list's folder (past
    // copies, backups, the lock), the same file reached another way (a link, a hard link, a
    // "./.." spelling: by resolved path and by device and inode), and anything that is not an
    // ordinary file (a folder, a device, a pipe).
    static QString exportRefusal(const QString &path);
    // Adds a list file to those exportRefusal() protects, for the life of the program.
    static void protectList(const QString &listPath);

    // Writes bytes to path through QSaveFile, readable by this user only on Unix (health
    // information). Every step is checked before commit(): the write, flush() and the size that
    // reached the file, because Qt 6.4's commit() can report success when its last buffered
    // write failed for lack of space. On any failure the temporary file is dropped, whatever was
    // at path is left untouched, and *error says why in plain words. For every file the app
    // writes: the list, copies of it, and exports.
    static bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

    // Copies the file to a new name beside it ("checklist.<kind>-<time>.json", kind
    // "unreadable" unless given); never overwrites anything. Returns the new path, or an empty
    // string.
    static QString keepAside(const QString &path, QString *error,
                             const QString &kind = QStringLiteral("unreadable"));

    // True when both paths reach the same file once links are followed (or would, for a file
    // not made yet): an export must never be written over the list itself.
    static bool sameFile(const QString &a, const QString &b);

    // Makes a file the app wrote (the settings, say) readable by this user only, on Unix: what
    // the person reads and asks about is health information. True when done or not needed.
    static bool makePrivate(const QString &path);

    // A save cut short at its very last step (the program killed between writing the new file
    // and putting it in place) leaves the new file beside the list ("checklist.json.Ab12Cd").
    // Called by the window that has the list (its lock held): a leftover that holds the same
    // list, or no whole list, is removed; one that holds another whole list is kept as
    // "checklist.interrupted-<time>.json". Returns a sentence for the person when one was kept.
    static QString tidyLeftovers(const QString &listPath);

    // Makes a folder the app keeps files in, readable by this user only on Unix: each level
    // that is not there yet is made 0700, and the folder itself is set to 0700. True when it is
    // there.
    static bool makePrivateFolder(const QString &folder);
    // The folders of the app's own (its data folder, the settings folder, and the
    // organization's folder above each when it bears the organization's name): made private.
    static void makeAppFoldersPrivate(const QString &settingsFile);

    // Test seam: called after the bytes are written and before QSaveFile::commit(). Returning
    // false simulates a save interrupted at the last moment (power cut, crash).
    static void setBeforeCommitHookForTesting(std::function<bool()> hook);

    // Test seam: makes writeFileAtomically()'s writes fail as a full disk would.
    enum class WriteFault {
        None,
        FailWrite,  // write() reports an error
        FailFlush,  // the last buffered write, made by flush(), fails
        ShortWrite, // write() says all went well, but fewer bytes reach the file
    };
    static void setWriteFaultForTesting(WriteFault fault);
};

} // namespace nextsteps
