#include "TestFiles.h"
#include "core/checklist/AutoSaver.h"
#include "core/checklist/ChecklistModel.h"
#include "core/checklist/ChecklistStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace nextsteps;

class TestAutoSaver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changes_areSavedOnceAfterAPause();
    void continuousTyping_isSavedWithinAFewSeconds();
    void flush_savesAtOnce();
    void failedSave_keepsEverythingAndRetries();
    void readOnly_neverWrites();
    void outsideChange_withNoOneToAsk_keepsBoth();
    void fileTouchedButNotChanged_isSavedWithoutAsking();
    void secondSaver_cannotClaimTheSameList();
    void secondSaver_throughALink_cannotClaimTheSameList();
    void leftoverLock_emptyOrGarbage_isTakenOver_data();
    void leftoverLock_emptyOrGarbage_isTakenOver();
    void lockFromAnotherComputer_isNamedAndCanBeTakenOver();
    void lockFile_isPrivate();
    void firstSaveOfVersion1File_keepsItAsABackup();
    void outsideChange_sameSizeAndTime_isStillNoticed();
    void burstOfEdits_withNoTurnForTimers_isSavedWithinMaxDelay();
    void flushAll_savesEverySaverWithoutAsking();
    void showChangedList_keepsMineBesideAndUndoBringsItBack();
    void showChangedList_unreadable_keepsMine_data();
    void showChangedList_unreadable_keepsMine();
};

namespace {
QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Writes bytes over path in place (not through a rename), keeping its modification time.
void overwriteKeepingTime(const QString &path, const QByteArray &bytes)
{
    const QDateTime modified = QFileInfo(path).lastModified();
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
    QVERIFY(file.flush());
    QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
}

ChecklistData listOf(const QStringList &questions)
{
    ChecklistData data;
    for (const QString &text : questions) {
        ChecklistItem item;
        item.text = text;
        data.items.append(item);
    }
    return data;
}
} // namespace

void TestAutoSaver::changes_areSavedOnceAfterAPause()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    ChecklistModel model;
    AutoSaver saver(&model, path);
    saver.setDelay(200);
    saver.setMaxDelay(60 * 1000); // only the pause after the last change can save here
    QSignalSpy saved(&saver, &AutoSaver::saved);
    QSignalSpy unsaved(&saver, &AutoSaver::unsavedChangesChanged);

    for (int i = 0; i < 5; ++i)
        model.addQuestion(u"Question %1?"_s.arg(i));
    // Nothing is written on each keystroke or edit...
    QVERIFY(!QFile::exists(path));
    QVERIFY(saver.hasUnsavedChanges());
    QCOMPARE(unsaved.size(), 1);
    // ...but once, shortly after the last one.
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 3000);
    // And not again: a second list changed now, with the same pause, is saved by the time a
    // second save of the first would have come.
    ChecklistModel other;
    AutoSaver control(&other, dir.filePath(u"other.json"_s));
    control.setDelay(200);
    QSignalSpy controlSaved(&control, &AutoSaver::saved);
    other.addQuestion(u"Another list?"_s);
    QTRY_COMPARE(controlSaved.size(), 1);
    QCOMPARE(saved.size(), 1);
    QVERIFY(!saver.hasUnsavedChanges());
    QCOMPARE(ChecklistStore::loadFromFile(path).data, model.checklist());
}

void TestAutoSaver::continuousTyping_isSavedWithinAFewSeconds()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    ChecklistModel model;
    AutoSaver saver(&model, path);
    // The app's delays (0.8 s pause, 3 s at most) in small: typing never pauses long enough.
    saver.setDelay(200);
    saver.setMaxDelay(400);
    model.addQuestion(u"What should I ask?"_s);

    // Typing an answer without a pause longer than the debounce, for three times the most a
    // change may wait.
    QElapsedTimer typing;
    typing.start();
    int keys = 0;
    while (typing.elapsed() < 1200) {
        model.setField(0, ChecklistModel::Field::Answer, QString(++keys, u'a'));
        QTest::qWait(200 / 4);
    }
    // The list reached the disk while typing went on, not only after it stopped.
    QVERIFY(QFile::exists(path));
    const ChecklistData onDisk = ChecklistStore::loadFromFile(path).data;
    QCOMPARE(onDisk.items.size(), 1);
    QVERIFY2(onDisk.items.at(0).answer.size() > 0, "nothing typed was saved");
    static_assert(AutoSaver::MaxDelayMs <= 3000, "the app promises a save within 3 s");
    // Saved at most the longest delay (and a little for a slow machine) before the last key.
    QVERIFY2(onDisk.items.at(0).answer.size() >= keys - (400 + 300) / (200 / 4),
             qPrintable(u"saved %1 of %2 keys"_s.arg(onDisk.items.at(0).answer.size()).arg(keys)));
}

void TestAutoSaver::flush_savesAtOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    ChecklistModel model;
    AutoSaver saver(&model, path);
    saver.setDelay(60 * 1000);
    model.addQuestion(u"Saved when I quit?"_s);
    QVERIFY(saver.flush());
    QCOMPARE(ChecklistStore::loadFromFile(path).data.items.size(), 1);
    QVERIFY(saver.flush()); // nothing left to do is success too
}

void TestAutoSaver::failedSave_keepsEverythingAndRetries()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    QVERIFY(QDir().mkpath(path)); // a folder where the file should be: saving must fail
    ChecklistModel model;
    AutoSaver saver(&model, path);
    saver.setDelay(10);
    saver.setRetryDelay(100);
    QSignalSpy failed(&saver, &AutoSaver::saveFailed);
    QSignalSpy saved(&saver, &AutoSaver::saved);

    model.addQuestion(u"Please do not lose me?"_s);
    QTRY_VERIFY(failed.size() >= 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(saver.hasUnsavedChanges());
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!saver.lastError().isEmpty());

    // It keeps trying; once the way is clear, the list reaches the disk.
    QTRY_VERIFY(failed.size() >= 2);
    QVERIFY(QDir(path).removeRecursively());
    QTRY_COMPARE(saved.size(), 1);
    QVERIFY(!saver.hasUnsavedChanges());
    QCOMPARE(ChecklistStore::loadFromFile(path).data.items.at(0).text, u"Please do not lose me?"_s);
}

void TestAutoSaver::readOnly_neverWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    ChecklistModel model;
    AutoSaver saver(&model, path);
    saver.setDelay(10);
    // A second list changed at the same moment, with the same delay: once it is saved, the
    // first would have been too.
    ChecklistModel other;
    AutoSaver control(&other, dir.filePath(u"other.json"_s));
    control.setDelay(10);
    QSignalSpy controlSaved(&control, &AutoSaver::saved);
    // Changed, then read-only before the save (another window took the list): never written.
    model.addQuestion(u"Only in memory?"_s);
    other.addQuestion(u"Saved as usual?"_s);
    model.setReadOnly(true);
    QTRY_COMPARE(controlSaved.size(), 1);
    QVERIFY(!saver.flush());
    QVERIFY(!QFile::exists(path));
}

void TestAutoSaver::outsideChange_withNoOneToAsk_keepsBoth()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    ChecklistModel model;
    AutoSaver saver(&model, path);
    saver.setDelay(60 * 1000);
    saver.setDiskStamp(ChecklistStore::loadFromFile(path).stamp); // nothing there yet
    QSignalSpy resolved(&saver, &AutoSaver::outsideChangeResolved);

    // Something else makes the file before this list is first saved.
    ChecklistData theirs;
    theirs.items.append(ChecklistItem());
    theirs.items.first().text = u"Made elsewhere?"_s;
    QVERIFY(ChecklistStore::saveToFile(path, theirs, nullptr));
    model.addQuestion(u"Made here?"_s);
    QVERIFY(saver.flush());
    QCOMPARE(ChecklistStore::loadFromFile(path).data, model.checklist());
    const QStringList kept = QDir(dir.path()).entryList({u"checklist.other-version-*.json"_s});
    QCOMPARE(kept.size(), 1);
    QCOMPARE(ChecklistStore::loadFromFile(dir.filePath(kept.first())).data, theirs);
    QCOMPARE(resolved.size(), 1);
    QVERIFY(resolved.first().first().toString().contains(kept.first()));
}

void TestAutoSaver::fileTouchedButNotChanged_isSavedWithoutAsking()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    ChecklistModel model;
    AutoSaver saver(&model, path);
    saver.setDelay(60 * 1000);
    int asked = 0;
    saver.setOutsideChangeHandler([&asked] {
        ++asked;
        return AutoSaver::OutsideChange::Reload;
    });
    model.addQuestion(u"First?"_s);
    QVERIFY(saver.flush());
    // A sync tool writes the same bytes again, later.
    const QByteArray bytes = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
        QVERIFY(file.flush());
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(60),
                                 QFileDevice::FileModificationTime));
    }
    model.addQuestion(u"Second?"_s);
    QVERIFY(saver.flush());
    QCOMPARE(asked, 0);
    QCOMPARE(ChecklistStore::loadFromFile(path).data, model.checklist());
    // A real change is still noticed.
    ChecklistData other;
    other.items.append(ChecklistItem());
    other.items.first().text = u"Changed elsewhere, and longer than the others?"_s;
    QVERIFY(ChecklistStore::saveToFile(path, other, nullptr));
    model.addQuestion(u"Third?"_s);
    QVERIFY(saver.flush());
    QCOMPARE(asked, 1);
    QCOMPARE(model.checklist(), other);
}

void TestAutoSaver::secondSaver_cannotClaimTheSameList()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lists/checklist.json"_s);
    ChecklistModel model;
    auto first = std::make_unique<AutoSaver>(&model, path);
    AutoSaver second(&model, path);
    QCOMPARE(first->claim(), AutoSaver::Claim::Claimed);
    // Two windows never save over each other.
    QCOMPARE(second.claim(), AutoSaver::Claim::InUse);
    first.reset(); // the first window closes: its claim goes with it
    QCOMPARE(second.claim(), AutoSaver::Claim::Claimed);
    // Another list is another claim.
    AutoSaver other(&model, dir.filePath(u"other.json"_s));
    QCOMPARE(other.claim(), AutoSaver::Claim::Claimed);
}

void TestAutoSaver::secondSaver_throughALink_cannotClaimTheSameList()
{
    QTemporaryDir dir;
    const QString real = dir.filePath(u"real/checklist.json"_s);
    QVERIFY(ChecklistStore::saveToFile(real, {}, nullptr));
    QVERIFY(QFile::link(real, dir.filePath(u"link.json"_s)));
    QVERIFY(QFile::link(dir.filePath(u"real"_s), dir.filePath(u"linked-folder"_s)));
    ChecklistModel model;
    AutoSaver first(&model, real);
    AutoSaver throughFile(&model, dir.filePath(u"link.json"_s));
    AutoSaver throughFolder(&model, dir.filePath(u"linked-folder/checklist.json"_s));
    QCOMPARE(first.claim(), AutoSaver::Claim::Claimed);
    QCOMPARE(throughFile.claim(), AutoSaver::Claim::InUse);
    QCOMPARE(throughFolder.claim(), AutoSaver::Claim::InUse);
}

void TestAutoSaver::leftoverLock_emptyOrGarbage_isTakenOver_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("\x01\xff not a lock at all");
    QTest::newRow("no process number") << QByteArray("\nnextsteps\n");
}

void TestAutoSaver::leftoverLock_emptyOrGarbage_isTakenOver()
{
    QFETCH(QByteArray, contents);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    ChecklistModel model;
    AutoSaver saver(&model, path);
    {
        QFile lock(saver.lockFilePath());
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(contents);
    }
    QCOMPARE(saver.claim(), AutoSaver::Claim::TookOver);
    // The lock is this saver's now: a second one finds it in use.
    AutoSaver second(&model, path);
    QCOMPARE(second.claim(), AutoSaver::Claim::InUse);
}

void TestAutoSaver::lockFromAnotherComputer_isNamedAndCanBeTakenOver()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    ChecklistModel model;
    AutoSaver saver(&model, path);
    {
        QFile lock(saver.lockFilePath());
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("4242\nnextsteps\nfar-away-laptop\n");
    }
    // Whether Next Steps still runs there cannot be checked from here: never taken silently.
    QCOMPARE(saver.claim(), AutoSaver::Claim::OtherComputer);
    QCOMPARE(saver.lockHolder(), u"far-away-laptop"_s);
    // "Open anyway".
    QVERIFY(saver.claimAnyway());
    AutoSaver second(&model, path);
    QCOMPARE(second.claim(), AutoSaver::Claim::InUse);
}

void TestAutoSaver::lockFile_isPrivate()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    ChecklistModel model;
    AutoSaver saver(&model, dir.filePath(u"checklist.json"_s));
    QCOMPARE(saver.claim(), AutoSaver::Claim::Claimed);
    QCOMPARE(QFile::permissions(saver.lockFilePath()) & 0x0FF, QFileDevice::Permissions());
#else
    QSKIP("File modes are a Unix idea.");
#endif
}

void TestAutoSaver::outsideChange_sameSizeAndTime_isStillNoticed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    ChecklistModel model;
    AutoSaver saver(&model, path);
    saver.setDelay(60 * 1000);
    model.addQuestion(u"Question AAAA?"_s);
    QVERIFY(saver.flush());
    // Another program writes a list of the very same length, within the same second.
    QByteArray theirs = bytesOf(path);
    theirs.replace("AAAA", "BBBB");
    overwriteKeepingTime(path, theirs);
    QCOMPARE(QFileInfo(path).size(), qint64(theirs.size()));

    model.addQuestion(u"Another?"_s);
    QVERIFY(saver.flush()); // nobody to ask: mine is saved, theirs kept aside
    const QStringList kept = QDir(dir.path()).entryList({u"checklist.other-version-*.json"_s});
    QCOMPARE(kept.size(), 1);
    QCOMPARE(bytesOf(dir.filePath(kept.first())), theirs);
    QCOMPARE(ChecklistStore::loadFromFile(path).data, model.checklist());
}

void TestAutoSaver::burstOfEdits_withNoTurnForTimers_isSavedWithinMaxDelay()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    ChecklistModel model;
    AutoSaver saver(&model, path);
    saver.setMaxDelay(300);
    model.addQuestion(u"What should I ask?"_s);
    // Each keystroke costs so much (a very long list) that the event loop never gets to the
    // timers while the burst goes on: nothing here returns to it.
    QElapsedTimer burst;
    burst.start();
    int keys = 0;
    qint64 firstSavedAt = -1;
    while (burst.elapsed() < 1200) {
        model.setField(0, ChecklistModel::Field::Answer, QString(++keys, u'a'));
        if (firstSavedAt < 0 && QFile::exists(path))
            firstSavedAt = burst.elapsed();
        QTest::qSleep(40);
    }
    QVERIFY2(firstSavedAt >= 0, "nothing was saved during the burst");
    // What is on disk is a few keystrokes behind the last one at most, not the whole burst.
    const int savedKeys = int(ChecklistStore::loadFromFile(path).data.items.first().answer.size());
    QVERIFY2(keys - savedKeys <= keys / 2,
             qPrintable(u"typed %1, saved %2"_s.arg(keys).arg(savedKeys)));
}

void TestAutoSaver::flushAll_savesEverySaverWithoutAsking()
{
    QTemporaryDir dir;
    ChecklistModel first;
    ChecklistModel second;
    AutoSaver one(&first, dir.filePath(u"one.json"_s));
    AutoSaver two(&second, dir.filePath(u"two.json"_s));
    one.setDelay(60 * 1000);
    two.setDelay(60 * 1000);
    first.addQuestion(u"First window?"_s);
    QVERIFY(one.flush());
    // The first list was changed outside; the program is ending, nobody may be asked.
    const ChecklistData theirs = listOf({u"Theirs?"_s});
    QVERIFY(ChecklistStore::saveToFile(dir.filePath(u"one.json"_s), theirs, nullptr));
    int asked = 0;
    one.setOutsideChangeHandler([&asked] {
        ++asked;
        return AutoSaver::OutsideChange::Reload;
    });
    first.addQuestion(u"Typed just before the end?"_s);
    second.addQuestion(u"Second window?"_s);
    QVERIFY(AutoSaver::flushAll());
    QCOMPARE(asked, 0);
    QCOMPARE(ChecklistStore::loadFromFile(dir.filePath(u"one.json"_s)).data, first.checklist());
    QCOMPARE(ChecklistStore::loadFromFile(dir.filePath(u"two.json"_s)).data, second.checklist());
    const QStringList kept = QDir(dir.path()).entryList({u"one.other-version-*.json"_s});
    QCOMPARE(kept.size(), 1);
    QCOMPARE(ChecklistStore::loadFromFile(dir.filePath(kept.first())).data, theirs);
}

void TestAutoSaver::showChangedList_keepsMineBesideAndUndoBringsItBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    ChecklistModel model;
    QUndoStack undo;
    model.setUndoStack(&undo);
    AutoSaver saver(&model, path);
    saver.setDelay(60 * 1000);
    model.addQuestion(u"Mine, saved?"_s);
    QVERIFY(saver.flush());
    const ChecklistData theirs = listOf({u"Theirs?"_s, u"Theirs too?"_s});
    QVERIFY(ChecklistStore::saveToFile(path, theirs, nullptr));
    const QByteArray theirBytes = bytesOf(path);
    model.addQuestion(u"Mine, not saved yet?"_s);
    const ChecklistData mine = model.checklist();
    saver.setOutsideChangeHandler([] { return AutoSaver::OutsideChange::Reload; });
    QSignalSpy resolved(&saver, &AutoSaver::outsideChangeResolved);
    QVERIFY(saver.flush());

    QCOMPARE(model.checklist(), theirs);
    QCOMPARE(bytesOf(path), theirBytes);
    const QStringList kept = QDir(dir.path()).entryList({u"checklist.my-version-*.json"_s});
    QCOMPARE(kept.size(), 1);
    QCOMPARE(ChecklistStore::loadFromFile(dir.filePath(kept.first())).data, mine);
#ifdef Q_OS_UNIX
    QCOMPARE(QFileInfo(dir.filePath(kept.first())).permissions() & 0x0777,
             QFileDevice::ReadUser | QFileDevice::WriteUser);
#endif
    // The changed list is kept aside too: Undo saves the window's version over it.
    const QStringList other = QDir(dir.path()).entryList({u"checklist.other-version-*.json"_s});
    QCOMPARE(other.size(), 1);
    QCOMPARE(bytesOf(dir.filePath(other.first())), theirBytes);
    QCOMPARE(resolved.size(), 1);
    const QString said = resolved.first().first().toString();
    QVERIFY2(said.contains(kept.first()) && said.contains(u"Undo"_s), qPrintable(said));
    QVERIFY(!saver.hasUnsavedChanges());

    // Undo: the window's version is back, and saved.
    QVERIFY(undo.canUndo());
    undo.undo();
    QCOMPARE(model.checklist(), mine);
    QVERIFY(saver.flush());
    QCOMPARE(ChecklistStore::loadFromFile(path).data, mine);
}

void TestAutoSaver::showChangedList_unreadable_keepsMine_data()
{
    QTest::addColumn<QByteArray>("changed");
    QTest::newRow("not a list") << QByteArray("{ this is not a list");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 11);
}

void TestAutoSaver::showChangedList_unreadable_keepsMine()
{
    QFETCH(QByteArray, changed);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    ChecklistModel model;
    QUndoStack undo;
    model.setUndoStack(&undo);
    AutoSaver saver(&model, path);
    saver.setDelay(60 * 1000);
    for (int i = 0; i < 20; ++i)
        model.addQuestion(u"Question %1?"_s.arg(i));
    QVERIFY(saver.flush());
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(changed);
    }
    model.addQuestion(u"One more?"_s);
    const ChecklistData mine = model.checklist();
    saver.setOutsideChangeHandler([] { return AutoSaver::OutsideChange::Reload; });
    QSignalSpy resolved(&saver, &AutoSaver::outsideChangeResolved);
    saver.flush();
    QCOMPARE(model.checklist(), mine);
    QCOMPARE(ChecklistStore::loadFromFile(path).data, mine);
    QCOMPARE(resolved.size(), 1);
    QVERIFY2(resolved.first().first().toString().contains(u"could not be read"_s),
             qPrintable(resolved.first().first().toString()));
    const QStringList kept = QDir(dir.path()).entryList({u"checklist.my-version-*.json"_s});
    QCOMPARE(kept.size(), 1);
    QCOMPARE(ChecklistStore::loadFromFile(dir.filePath(kept.first())).data, mine);
    // What was there is kept aside too, whatever it was.
    const QStringList other = QDir(dir.path()).entryList({u"checklist.other-version-*.json"_s});
    QCOMPARE(other.size(), 1);
    QCOMPARE(bytesOf(dir.filePath(other.first())), changed);
}

QTEST_MAIN(TestAutoSaver)
void TestAutoSaver::firstSaveOfVersion1File_keepsItAsABackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    QVERIFY(QFile::copy(testfiles::checklistFixture(u"valid.json"_s), path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QByteArray old = testfiles::readAll(path);
    const auto loaded = ChecklistStore::loadFromFile(path);
    ChecklistModel model;
    model.setChecklist(loaded.data);
    AutoSaver saver(&model, path);
    saver.setDelay(60 * 1000);
    saver.setDiskStamp(loaded.stamp);

    model.addRecord(ChecklistModel::ListKind::ToTell, {u"New cough"_s, u"Monday"_s, u"3"_s, {}});
    QVERIFY(saver.flush());
    const QStringList backups = QDir(dir.path()).entryList({u"checklist.version1-*.json"_s});
    QCOMPARE(backups.size(), 1);
    QCOMPARE(testfiles::readAll(dir.filePath(backups.first())), old); // byte for byte
    const auto saved = ChecklistStore::loadFromFile(path);
    QCOMPARE(saved.stamp.olderVersion, 0);
    QCOMPARE(saved.data, model.checklist());
    QCOMPARE(saved.data.items, loaded.data.items);
    QCOMPARE(saved.data.archive, loaded.data.archive);

    // Later saves write over the new version only: one backup.
    model.addRecord(ChecklistModel::ListKind::ToTell, {u"Sore mouth"_s});
    QVERIFY(saver.flush());
    QCOMPARE(QDir(dir.path()).entryList({u"checklist.version1-*.json"_s}).size(), 1);
}

#include "tst_autosaver.moc"
