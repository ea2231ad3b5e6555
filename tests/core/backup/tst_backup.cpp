#include "SampleLists.h"
#include "TestFiles.h"
#include "core/backup/Backup.h"
#include "core/checklist/ChecklistFormat.h"
#include "core/checklist/ChecklistStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nextsteps;
using namespace nextsteps::testfiles;

namespace {

using Folder = QMap<QString, QByteArray>;

// Every file in a folder, by name, with its bytes.
Folder folderBytes(const QString &path)
{
    Folder files;
    for (const QString &name : QDir(path).entryList(QDir::Files | QDir::Hidden))
        files.insert(name, readAll(QDir(path).filePath(name)));
    return files;
}

void wipe(const QString &path)
{
    for (const QString &name : QDir(path).entryList(QDir::Files | QDir::Hidden))
        QVERIFY(QFile::remove(QDir(path).filePath(name)));
}

QByteArray listBytes(const ChecklistData &data)
{
    return ChecklistFormat::serialize(data);
}

QByteArray backupOf(const QString &listPath, const QJsonObject &settings = {})
{
    Backup::Contents contents;
    QString error;
    if (!Backup::collect(listPath, settings, &contents, &error))
        qWarning("collect: %s", qPrintable(error));
    return Backup::serialize(contents);
}

} // namespace

// Back up and restore (issue 32): back up, wipe, restore gives the same bytes; a damaged, cut
// short or newer backup is refused and changes nothing; what a restore replaces is kept.
class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backUpWipeRestore_givesTheSameBytes_data();
    void backUpWipeRestore_givesTheSameBytes();
    void damagedBackups_areRefused_andChangeNothing_data();
    void damagedBackups_areRefused_andChangeNothing();
    void everyCutShortBackup_isRefused();
    void restore_keepsWhatItReplaces_andThatRestoresToo();
    void restoredFiles_arePrivate();
};

void TestBackup::backUpWipeRestore_givesTheSameBytes_data()
{
    QTest::addColumn<Folder>("files");
    QTest::newRow("no list yet") << Folder();
    QTest::newRow("an empty list") << Folder{{u"checklist.json"_s, listBytes({})}};
    ChecklistData filled = samples::everythingFilledIn();
    filled.sections.insert(u"treatmentSummary"_s, {{u"name"_s, u"Rosa"_s}});
    QTest::newRow("everything filled in, with a section")
        << Folder{{u"checklist.json"_s, listBytes(filled)}};
    QTest::newRow("a list with copies kept beside it") << Folder{
        {u"checklist.json"_s, listBytes(samples::list(12))},
        {u"checklist.unreadable-20261101-101010.json"_s, QByteArray("{ damaged", 9)},
        {u"checklist.version1-20261102-101010.json"_s, readAll(checklistFixture(u"valid.json"_s))}};
    QTest::newRow("a long list") << Folder{{u"checklist.json"_s, listBytes(samples::list(3000))}};
    // Bytes that are not text at all survive too (a copy kept aside because it was damaged).
    QByteArray binary;
    for (int i = 0; i < 256; ++i)
        binary.append(char(i));
    QTest::newRow("a damaged copy of any bytes")
        << Folder{{u"checklist.json"_s, listBytes(samples::list(2))},
                  {u"checklist.unreadable-20261103-000000.json"_s, binary}};
}

void TestBackup::backUpWipeRestore_givesTheSameBytes()
{
    QFETCH(Folder, files);
    QTemporaryDir dir;
    const QString listPath = dir.filePath(u"checklist.json"_s);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        writeAll(dir.filePath(it.key()), it.value());
    const QJsonObject settings{{u"view/zoom"_s, 200}, {u"view/theme"_s, u"dark"_s}};
    const QByteArray backup = backupOf(listPath, settings);

    wipe(dir.path());
    const Backup::ReadResult read = Backup::parse(backup);
    QVERIFY2(read.ok, qPrintable(read.problem));
    QCOMPARE(read.contents.settings, settings);
    QString kept;
    QString error;
    QVERIFY2(Backup::restore(read.contents, listPath, {}, &kept, &error), qPrintable(error));
    Folder after = folderBytes(dir.path());
    QVERIFY(after.remove(QFileInfo(kept).fileName()) == 1);
    QCOMPARE(after, files);
}

void TestBackup::damagedBackups_areRefused_andChangeNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("said");
    QTemporaryDir source;
    writeAll(source.filePath(u"checklist.json"_s), listBytes(samples::list(5)));
    writeAll(source.filePath(u"checklist.unreadable-20261101-101010.json"_s), "old");
    const QByteArray good = backupOf(source.filePath(u"checklist.json"_s));
    const QJsonObject root = QJsonDocument::fromJson(good).object();
    const auto edited = [&root](const std::function<void(QJsonObject &)> &edit) {
        QJsonObject copy = root;
        edit(copy);
        return QJsonDocument(copy).toJson();
    };
    const QString damaged = u"damaged"_s;
    const QString notOne = u"not a Next Steps backup"_s;
    QTest::newRow("empty") << QByteArray() << notOne;
    QTest::newRow("not JSON") << QByteArray("hello") << notOne;
    QTest::newRow("JSON cut short")
        << QByteArray(R"({"format": "nextsteps-backup", "ver)") << damaged;
    QTest::newRow("a list, not a backup") << listBytes(samples::list(2)) << u"not a Next Steps"_s;
    QTest::newRow("newer backup") << edited([](QJsonObject &o) { o[u"version"_s] = 2; })
                                  << u"newer version"_s;
    QTest::newRow("no version") << edited([](QJsonObject &o) { o.remove(u"version"_s); })
                                << damaged;
    QTest::newRow("a list from a newer version inside") << edited([](QJsonObject &o) {
        QByteArray list = listBytes(samples::list(1));
        list.replace("\"version\": 3", "\"version\": 99");
        QJsonObject file = o[u"list"_s].toObject();
        file[u"data"_s] = QString::fromLatin1(list.toBase64());
        file[u"size"_s] = double(list.size());
        file[u"sha256"_s] =
            QString::fromLatin1(QCryptographicHash::hash(list, QCryptographicHash::Sha256).toHex());
        o[u"list"_s] = file;
    }) << u"newer version"_s;
    QTest::newRow("a changed byte in the list") << edited([](QJsonObject &o) {
        QJsonObject file = o[u"list"_s].toObject();
        QByteArray data = file[u"data"_s].toString().toLatin1();
        data[10] = data[10] == 'A' ? 'B' : 'A';
        file[u"data"_s] = QString::fromLatin1(data);
        o[u"list"_s] = file;
    }) << damaged;
    QTest::newRow("not base64") << edited([](QJsonObject &o) {
        QJsonObject file = o[u"list"_s].toObject();
        file[u"data"_s] = u"!!!!"_s;
        o[u"list"_s] = file;
    }) << damaged;
    QTest::newRow("a copy named outside the folder") << edited([](QJsonObject &o) {
        QJsonArray kept = o[u"keptBeside"_s].toArray();
        QJsonObject file = kept.at(0).toObject();
        file[u"name"_s] = u"../../escaped.json"_s;
        kept[0] = file;
        o[u"keptBeside"_s] = kept;
    }) << damaged;
    QTest::newRow("no date") << edited([](QJsonObject &o) { o.remove(u"made"_s); }) << damaged;
}

void TestBackup::damagedBackups_areRefused_andChangeNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, said);
    QTemporaryDir dir;
    writeAll(dir.filePath(u"checklist.json"_s), listBytes(samples::list(3)));
    const QString backupPath = dir.filePath(u"backup.nextsteps-backup"_s);
    writeAll(backupPath, bytes);
    const Folder before = folderBytes(dir.path());
    const Backup::ReadResult read = Backup::read(backupPath);
    QVERIFY(!read.ok);
    QVERIFY2(read.problem.contains(said), qPrintable(read.problem));
    QVERIFY(read.problem.endsWith(u"."_s));
    QCOMPARE(folderBytes(dir.path()), before);
}

void TestBackup::everyCutShortBackup_isRefused()
{
    QTemporaryDir dir;
    writeAll(dir.filePath(u"checklist.json"_s), listBytes(samples::everythingFilledIn()));
    writeAll(dir.filePath(u"checklist.changed-20261101-101010.json"_s), "changed");
    const QByteArray backup = backupOf(dir.filePath(u"checklist.json"_s));
    // Cut at every length short of whole (in steps, for speed, and every byte of the end).
    for (qsizetype length = 0; length < backup.size();
         length += length < backup.size() - 64 ? 7 : 1) {
        if (backup.left(length).trimmed() == backup.trimmed())
            continue; // only the last line's end is cut: nothing is lost
        const Backup::ReadResult read = Backup::parse(backup.left(length));
        QVERIFY2(!read.ok, qPrintable(u"A backup cut to %1 bytes was taken"_s.arg(length)));
    }
    QVERIFY(Backup::parse(backup).ok);
}

void TestBackup::restore_keepsWhatItReplaces_andThatRestoresToo()
{
    QTemporaryDir dir;
    const QString listPath = dir.filePath(u"checklist.json"_s);
    writeAll(listPath, listBytes(samples::list(4)));
    const QByteArray old = backupOf(listPath);
    // Later, the list has changed and has a copy beside it.
    writeAll(listPath, listBytes(samples::everythingFilledIn()));
    writeAll(dir.filePath(u"checklist.unreadable-20261201-000000.json"_s), "{ cut");
    const Folder now = folderBytes(dir.path());

    QString kept;
    QString error;
    QVERIFY(Backup::restore(Backup::parse(old).contents, listPath, {{u"view/zoom"_s, 150}}, &kept,
                            &error));
    QCOMPARE(readAll(listPath), listBytes(samples::list(4)));
    QVERIFY(QFileInfo(kept).fileName().startsWith(u"checklist.before-restore-"_s));
    // The copy kept beside the list is still there: a restore adds, never deletes, copies.
    QCOMPARE(readAll(dir.filePath(u"checklist.unreadable-20261201-000000.json"_s)),
             QByteArray("{ cut"));

    // What was replaced comes back whole from the backup kept first.
    const Backup::ReadResult before = Backup::read(kept);
    QVERIFY2(before.ok, qPrintable(before.problem));
    QCOMPARE(before.contents.settings.value(u"view/zoom"_s).toInt(), 150);
    QString keptAgain;
    QVERIFY(Backup::restore(before.contents, listPath, {}, &keptAgain, &error));
    Folder after = folderBytes(dir.path());
    after.remove(QFileInfo(kept).fileName());
    after.remove(QFileInfo(keptAgain).fileName());
    QCOMPARE(after, now);
}

void TestBackup::restoredFiles_arePrivate()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString listPath = dir.filePath(u"checklist.json"_s);
    writeAll(listPath, listBytes(samples::list(2)));
    writeAll(dir.filePath(u"checklist.older-20261101-000000.json"_s), "{}");
    const QByteArray backup = backupOf(listPath);
    wipe(dir.path());
    QString kept;
    QString error;
    QVERIFY(Backup::restore(Backup::parse(backup).contents, listPath, {}, &kept, &error));
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
        const QFile::Permissions permissions = QFileInfo(dir.filePath(name)).permissions();
        QCOMPARE(permissions &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
    }
#else
    QSKIP("File modes are a Unix matter.");
#endif
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
