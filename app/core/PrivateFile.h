#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace nextsteps {

// The one place every file the app writes goes through: the list and its copies, exports
// (PDF, text, print to file), the settings' folder. Health information, so: written whole or
// not at all (QSaveFile, every step checked), readable by this user only (files 0600, folders
// 0700 on Unix), and an export never replaces a list or anything kept beside one.
class PrivateFile
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::PrivateFile)

public:
    // Writes bytes to path through QSaveFile, readable by this user only on Unix. Every step is
    // checked before commit(): the write, flush() and the size that reached the file, because
    // Qt 6.4's commit() can report success when its last buffered write failed for lack of
    // space. On any failure the temporary file is dropped, whatever was at path is left
    // untouched, and *error says why in plain words.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);

    // Every file a person names for an export is written here: the one check that it replaces
    // neither a list nor anything kept beside one (exportRefusal()), then write(). On refusal
    // nothing is written and *error says why in plain words.
    static bool writeExport(const QString &path, const QByteArray &bytes, QString *error);
    // Why an export must not be written at path, in plain words; empty when it may be. Refused:
    // a list in use (protectList()) or any file kept beside one (past copies, backups, the
    // lock), anything in the app's own data folder, the same file reached another way (a link,
    // a hard link, a "./.." spelling: by resolved path and by device and inode), and anything
    // that is not an ordinary file (a folder, a device, a pipe).
    static QString exportRefusal(const QString &path);
    // Adds a list file to those exportRefusal() protects, for the life of the program.
    static void protectList(const QString &listPath);

    // Where a write to path would land once links are followed (for a file not made yet, or a
    // link to nothing: its resolved folder and name).
    static QString resolvedPath(const QString &path);
    // True when both paths reach the same file: the same resolved path, or (on Unix) the same
    // device and inode.
    static bool sameFile(const QString &a, const QString &b);

    // Makes a file the app wrote readable by this user only, on Unix. True when done or not
    // needed.
    static bool makePrivate(const QString &path);
    // Makes a folder the app keeps files in, readable by this user only on Unix: each level
    // that is not there yet is made 0700, and the folder itself is set to 0700. True when it
    // is there.
    static bool makePrivateFolder(const QString &folder);
    // The app's own folders (its data folder, the settings folder, and the organization's
    // folder above each when it bears the organization's name): made private.
    static void makeAppFoldersPrivate(const QString &settingsFile);

    // Test seam: called after the bytes are written and before QSaveFile::commit(). Returning
    // false simulates a save interrupted at the last moment (power cut, crash).
    static void setBeforeCommitHookForTesting(std::function<bool()> hook);
    // Test seam: makes write()'s writes fail as a full disk would.
    enum class WriteFault {
        None,
        FailWrite,  // write() reports an error
        FailFlush,  // the last buffered write, made by flush(), fails
        ShortWrite, // write() says all went well, but fewer bytes reach the file
    };
    static void setWriteFaultForTesting(WriteFault fault);
};

} // namespace nextsteps
