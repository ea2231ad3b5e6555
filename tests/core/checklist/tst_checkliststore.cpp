#include "SampleLists.h"
#include "TestFiles.h"
#include "core/PrivateFile.h"
#include "core/checklist/ChecklistStore.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstring>
#include <utility>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;
using namespace nextsteps;
using namespace nextsteps::testfiles;

namespace {

constexpr char SaveUnderFileSizeLimit[] = "--save-under-file-size-limit";

// A list far larger than the small one saved first, yet small enough for QSaveFile to hold in
// its buffer until commit(): the write that fails is the last one, inside commit().
ChecklistData largerList()
{
    ChecklistData data;
    for (int i = 0; i < 20; ++i)
        data.items.append(
            samples::item(u"A question added when the disk was full, number %1?"_s.arg(i)));
    return data;
}

ChecklistData smallList()
{
    ChecklistData data;
    data.items.append(samples::item(u"The last question that was saved?"_s));
    return data;
}

// Run in a child process: saves largerList() to path with files limited to limit bytes, as on
// a full disk (writes past the limit fail with EFBIG). Exit code 0: the save said it failed;
// 1: the save said all was well; 2: the limit could not be set.
int saveUnderFileSizeLimit(const char *path, const char *limit)
{
#ifdef Q_OS_UNIX
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit rl{};
    if (getrlimit(RLIMIT_FSIZE, &rl) != 0)
        return 2;
    rl.rlim_cur = rlim_t(std::strtoull(limit, nullptr, 10));
    if (setrlimit(RLIMIT_FSIZE, &rl) != 0)
        return 2;
    QString error;
    const bool saved =
        ChecklistStore::saveToFile(QString::fromLocal8Bit(path), largerList(), &error);
    std::fprintf(stdout, "%s\n", qPrintable(error));
    return saved ? 1 : 0;
#else
    Q_UNUSED(path)
    Q_UNUSED(limit)
    return 2;
#endif
}

// Every message logged while it lives, with its category, in place of printing them.
class LogCapture
{
public:
    struct Message
    {
        QtMsgType type;
        QByteArray category;
        QString text;
    };

    LogCapture() { m_previous = qInstallMessageHandler(&LogCapture::handle); }
    ~LogCapture() { qInstallMessageHandler(m_previous); }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    static QList<Message> take()
    {
        QMutexLocker locker(&mutex());
        return std::exchange(messages(), {});
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        QMutexLocker locker(&mutex());
        messages().append({type, QByteArray(context.category), text});
    }
    static QList<Message> &messages()
    {
        static QList<Message> list;
        return list;
    }
    static QMutex &mutex()
    {
        static QMutex lock;
        return lock;
    }
    QtMessageHandler m_previous = nullptr;
};

} // namespace

class TestChecklistStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        PrivateFile::setBeforeCommitHookForTesting({});
        PrivateFile::setWriteFaultForTesting(PrivateFile::WriteFault::None);
    }
    void defaultPath_isInAppData();
    void saveThenLoad_roundTrip_data();
    void saveThenLoad_roundTrip();
    void savedFile_namesItsFormatAndVersion();
    void savedFile_isPrivate();
    void loadMissingFile_startsEmpty();
    void loadCorruptFile_keepsCopyAndStartsEmpty_data();
    void loadCorruptFile_keepsCopyAndStartsEmpty();
    void loadHugeFile_isLeftAsItIsAndReadOnly();
    void saveLargeList_opensAgain();
    void saveTooLargeList_isRefusedAndWarnedLongBefore();
    void loadTwice_neverOverwritesAnEarlierCopy();
    void loadSameDamagedFileAgain_keepsOneCopy();
    void keptAsideCopy_isPrivate();
    void loadPartlyDamaged_keepsGoodItemsAndACopy();
    void loneSurrogate_isKeptAsReplacementCharacter_data();
    void loneSurrogate_isKeptAsReplacementCharacter();
    void loneSurrogateSeed_readsAsReplacementCharacters();
    void loadQuestion_checksEachFieldsType_data();
    void loadQuestion_checksEachFieldsType();
    void loadNewerVersion_isReadOnlyAndUntouched();
    void save_failsCleanly_data();
    void save_failsCleanly();
    void interruptedSave_leavesPreviousFileIntact();
    void fullDisk_leavesLastGoodFileUntouched();
    void failingWrites_leaveLastGoodFileUntouched_data();
    void failingWrites_leaveLastGoodFileUntouched();
    void exportText_writesUtf8();
    void newFields_useTheKeysOtherToolsRead();
    void loadVersion1_isUpgradedInMemoryWithoutLoss();
    void newLists_checkEachEntrysShape();
    void version2Fixture_readsEveryField();
    void sameFile_followsLinks();
    void readWithoutChanging_readsOrSaysWhy_data();
    void readWithoutChanging_readsOrSaysWhy();
    void failedSave_logsOneWarningInTheChecklistCategory();
    void normalLoadAndSave_logNothing();
};

void TestChecklistStore::defaultPath_isInAppData()
{
    QVERIFY(ChecklistStore::defaultPath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(ChecklistStore::defaultPath().endsWith(u"/checklist.json"_s));
}

void TestChecklistStore::saveThenLoad_roundTrip_data()
{
    QTest::addColumn<ChecklistData>("data");

    ChecklistData unicode;
    for (const QString &text :
         {u"¿Qué tratamiento sigue después? Café, naïve, Zürich"_s, u"下一步该怎么办？"_s,
          u"Can I bring my dog 🐕 to hospice? 💙"_s, u"מה השלב הבא? ما هي الخطوة التالية؟"_s})
        unicode.items.append(samples::item(text));
    unicode.items[2].answer = u"Yes 🙂\nAsk the nurse"_s;
    QTest::newRow("unicode: accents, CJK, emoji, right-to-left") << unicode;

    ChecklistData longText;
    longText.items.append(samples::item(QString(10000, u'x') + u'?'));
    longText.items[0].answer = QString(10000, u'y');
    QTest::newRow("10,000-character question") << longText;

    ChecklistData many;
    for (int i = 0; i < 1000; ++i) {
        many.items.append(samples::item(u"Question number %1?"_s.arg(i)));
        many.items.last().asked = i % 3 == 0;
        many.items.last().important = i % 7 == 0;
    }
    QTest::newRow("1,000 questions") << many;

    ChecklistData emptyAnswers;
    emptyAnswers.items.append(samples::item(u"Nothing written yet?"_s));
    QTest::newRow("empty answers") << emptyAnswers;

    QTest::newRow("every field, and past lists") << samples::everyField();
    QTest::newRow("everything beside the questions") << samples::everythingFilledIn();

    ChecklistData escapes;
    for (const QString &text :
         {u"She said \"ask twice\" and left."_s, u"C:\\Users\\me\\notes"_s,
          u"Tabs\tand\nreturns\u0001and a bell\u0007?"_s, u"~ ASCII's last: \u007f"_s})
        escapes.items.append(samples::item(text));
    escapes.items[0].answer = u"\"Quoted\" \\ backslashed"_s;
    QTest::newRow("quotes, backslashes and control characters") << escapes;

    QTest::newRow("nothing at all") << ChecklistData();
}

void TestChecklistStore::saveThenLoad_roundTrip()
{
    QFETCH(ChecklistData, data);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/folder/checklist.json"_s);
    QString error;
    QVERIFY2(ChecklistStore::saveToFile(path, data, &error), qPrintable(error));
    const auto result = ChecklistStore::loadFromFile(path);
    QCOMPARE(result.status, ChecklistStore::LoadResult::Status::Loaded);
    QVERIFY(result.message().isEmpty());
    QCOMPARE(result.data.items.size(), data.items.size());
    QCOMPARE(result.data, data);
}

void TestChecklistStore::savedFile_namesItsFormatAndVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    QVERIFY(ChecklistStore::saveToFile(path, {}, nullptr));
    const QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
    QCOMPARE(root.value(u"format"_s).toString(), u"nextsteps-checklist"_s);
    QCOMPARE(root.value(u"version"_s).toInt(), ChecklistFormat::CurrentVersion);
}

void TestChecklistStore::savedFile_isPrivate()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    QVERIFY(ChecklistStore::saveToFile(path, {}, nullptr));
    const QFileDevice::Permissions mode = QFile::permissions(path);
    QVERIFY(mode.testFlag(QFileDevice::ReadOwner) && mode.testFlag(QFileDevice::WriteOwner));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(mode & others, QFileDevice::Permissions());
#else
    QSKIP("File modes are a Unix idea.");
#endif
}

void TestChecklistStore::loadMissingFile_startsEmpty()
{
    QTemporaryDir dir;
    const auto result = ChecklistStore::loadFromFile(dir.filePath(u"nothing.json"_s));
    QCOMPARE(result.status, ChecklistStore::LoadResult::Status::NoFile);
    QVERIFY(result.data.items.isEmpty());
    QVERIFY(!result.readOnly);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
}

void TestChecklistStore::loadCorruptFile_keepsCopyAndStartsEmpty_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("why");
    QTest::newRow("empty") << u"empty.json"_s << u"empty"_s;
    QTest::newRow("truncated") << u"truncated.json"_s << u"damaged or cut short"_s;
    QTest::newRow("not JSON") << u"not-json.json"_s << u"damaged or cut short"_s;
    QTest::newRow("wrong shape") << u"wrong-shape.json"_s << u"not a Next Steps question list"_s;
    QTest::newRow("wrong format name")
        << u"wrong-format.json"_s << u"not a Next Steps question list"_s;
    QTest::newRow("wrong types") << u"wrong-types.json"_s << u"does not hold a list"_s;
    QTest::newRow("bad version") << u"bad-version.json"_s << u"no valid version"_s;
    QTest::newRow("not UTF-8") << u"not-utf8.json"_s << u"something other than text"_s;
    QTest::newRow("nested absurdly deep") << u"deep-nesting.json"_s << u"The file is damaged."_s;
}

void TestChecklistStore::loadCorruptFile_keepsCopyAndStartsEmpty()
{
    QFETCH(QString, name);
    QFETCH(QString, why);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    const QByteArray original = readAll(checklistFixture(name));
    writeAll(path, original);

    const auto result = ChecklistStore::loadFromFile(path);
    QCOMPARE(result.status, ChecklistStore::LoadResult::Status::Unreadable);
    QVERIFY(result.data.items.isEmpty());
    QVERIFY2(result.problem.contains(why), qPrintable(result.problem));
    QVERIFY(!result.readOnly);
    // The original bytes are kept aside, and the person is told where.
    QVERIFY(!result.keptAsidePath.isEmpty());
    QVERIFY(result.keptAsidePath != path);
    QCOMPARE(readAll(result.keptAsidePath), original);
    QVERIFY(result.message().contains(result.keptAsidePath));
    QVERIFY(result.message().contains(u"Nothing has been deleted"_s));
    QCOMPARE(readAll(path), original); // loading never changes the file

    // Saving the new list replaces the damaged file, but the copy stays.
    QVERIFY(ChecklistStore::saveToFile(path, {}, nullptr));
    QCOMPARE(readAll(result.keptAsidePath), original);
}

void TestChecklistStore::loadHugeFile_isLeftAsItIsAndReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    QByteArray huge = "{\"format\":\"nextsteps-checklist\",\"version\":1,\"questions\":[\"";
    huge += QByteArray(ChecklistFormat::MaxFileSize + 10, 'a');
    huge += "\"]}";
    writeAll(path, huge);
    const auto result = ChecklistStore::loadFromFile(path);
    QCOMPARE(result.status, ChecklistStore::LoadResult::Status::Unreadable);
    QVERIFY(result.problem.contains(u"larger than"_s));
    // Never an empty list saved over one that exists: read-only, and the file as it was.
    QVERIFY(result.readOnly);
    QVERIFY(result.message().contains(u"left exactly as it is"_s));
    QCOMPARE(QFileInfo(path).size(), huge.size());
}

void TestChecklistStore::saveLargeList_opensAgain()
{
    // Past the 10 MB the reader once stopped at: what the app saves, it opens.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    ChecklistData data;
    for (int i = 0; i < 12; ++i) {
        data.items.append(samples::item(u"Long notes, part %1?"_s.arg(i)));
        data.items.last().answer = QString(1024 * 1024, QChar(u'a' + i));
    }
    QString error;
    QVERIFY2(ChecklistStore::saveToFile(path, data, &error), qPrintable(error));
    QVERIFY(QFileInfo(path).size() > 12 * 1024 * 1024);
    const auto result = ChecklistStore::loadFromFile(path);
    QCOMPARE(result.status, ChecklistStore::LoadResult::Status::Loaded);
    QVERIFY(result.data == data);
}

void TestChecklistStore::saveTooLargeList_isRefusedAndWarnedLongBefore()
{
    QVERIFY(ChecklistStore::WarnFileSize <= ChecklistFormat::MaxFileSize / 2);
    QVERIFY(ChecklistStore::sizeWarning(ChecklistStore::WarnFileSize - 1).isEmpty());
    const QString warning = ChecklistStore::sizeWarning(ChecklistStore::WarnFileSize + 1);
    QVERIFY2(warning.contains(u"very large"_s), qPrintable(warning));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    QVERIFY(ChecklistStore::saveToFile(path, smallList(), nullptr));
    const QByteArray lastGood = readAll(path);
    ChecklistData tooLarge = smallList();
    tooLarge.items.first().answer = QString(ChecklistFormat::MaxFileSize + 1, u'a');
    QString error;
    QVERIFY(!ChecklistStore::saveToFile(path, tooLarge, &error));
    QVERIFY2(error.contains(u"too large"_s), qPrintable(error));
    QCOMPARE(readAll(path), lastGood);
}

void TestChecklistStore::loadTwice_neverOverwritesAnEarlierCopy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    writeAll(path, "first damaged file");
    const auto first = ChecklistStore::loadFromFile(path);
    writeAll(path, "second damaged file");
    const auto second = ChecklistStore::loadFromFile(path);
    QVERIFY(first.keptAsidePath != second.keptAsidePath);
    QCOMPARE(readAll(first.keptAsidePath), QByteArray("first damaged file"));
    QCOMPARE(readAll(second.keptAsidePath), QByteArray("second damaged file"));
}

void TestChecklistStore::loadSameDamagedFileAgain_keepsOneCopy()
{
    // Started again and again without a change: one copy, not one per start.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    writeAll(path, "the same damaged file");
    const auto first = ChecklistStore::loadFromFile(path);
    const auto second = ChecklistStore::loadFromFile(path);
    QVERIFY(!first.keptAsidePath.isEmpty());
    QCOMPARE(second.keptAsidePath, first.keptAsidePath);
    QVERIFY(second.message().contains(first.keptAsidePath));
    QCOMPARE(QDir(dir.path()).entryList({u"checklist.unreadable-*"_s}).size(), 1);
    QCOMPARE(readAll(first.keptAsidePath), QByteArray("the same damaged file"));
}

void TestChecklistStore::keptAsideCopy_isPrivate()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    writeAll(path, "damaged, and readable by everyone");
    QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadOther |
                                            QFileDevice::ReadGroup));
    const auto result = ChecklistStore::loadFromFile(path);
    QVERIFY(!result.keptAsidePath.isEmpty());
    QCOMPARE(QFile::permissions(result.keptAsidePath) & 0x0FF, QFileDevice::Permissions());
    QString error;
    const QString other = ChecklistStore::keepAside(path, &error, u"other-version"_s);
    QCOMPARE(QFile::permissions(other) & 0x0FF, QFileDevice::Permissions());
#else
    QSKIP("File modes are a Unix idea.");
#endif
}

void TestChecklistStore::loadPartlyDamaged_keepsGoodItemsAndACopy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    const QByteArray original = readAll(checklistFixture(u"partly-damaged.json"_s));
    writeAll(path, original);
    const auto result = ChecklistStore::loadFromFile(path);
    QCOMPARE(result.status, ChecklistStore::LoadResult::Status::PartlyLoaded);
    QCOMPARE(result.skipped, 3);
    QStringList texts;
    for (const ChecklistItem &i : result.data.items)
        texts << i.text;
    // "asked": "yes" is read as meant: the question is kept, ticked.
    QCOMPARE(texts, (QStringList{u"Is there a clinical trial that fits me?"_s,
                                 u"Can I get palliative care at home?"_s, u"Has a bad tick"_s,
                                 u"Good third?"_s}));
    QVERIFY(result.data.items.at(2).asked);
    QCOMPARE(result.data.visit.with, u"Dr. Lee"_s);
    QCOMPARE(readAll(result.keptAsidePath), original);
    QVERIFY(result.message().contains(u"3 entries"_s));
}

void TestChecklistStore::loneSurrogate_isKeptAsReplacementCharacter_data()
{
    QTest::addColumn<QByteArray>("escaped"); // the question's text as JSON escapes
    QTest::addColumn<QString>("expected");
    const QString fffd(QChar(0xFFFD));
    QTest::newRow("lone high half") << QByteArray(R"(Why \ud800?)") << u"Why "_s + fffd + u'?';
    QTest::newRow("lone low half") << QByteArray(R"(Why \udc00?)") << u"Why "_s + fffd + u'?';
    QTest::newRow("high half, then a letter") << QByteArray(R"(\ud800A?)") << fffd + u"A?"_s;
    QTest::newRow("two high halves") << QByteArray(R"(\ud800\ud800?)") << fffd + fffd + u'?';
    QTest::newRow("a real pair") << QByteArray(R"(Dog \ud83d\udc15?)") << u"Dog 🐕?"_s;
}

void TestChecklistStore::loneSurrogate_isKeptAsReplacementCharacter()
{
    QFETCH(QByteArray, escaped);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    writeAll(path, R"({"format": "nextsteps-checklist", "version": 1, "questions": [{"text": ")" +
                       escaped + R"("}]})");
    const auto loaded = ChecklistStore::loadFromFile(path);
    QCOMPARE(loaded.status, ChecklistStore::LoadResult::Status::Loaded);
    QCOMPARE(loaded.data.items.size(), 1);
    QCOMPARE(loaded.data.items.first().text, expected);
    // Saved and read again, it stays the same: never a "?" in its place.
    QVERIFY(ChecklistStore::saveToFile(path, loaded.data, nullptr));
    QCOMPARE(ChecklistStore::loadFromFile(path).data, loaded.data);

    // Text with a lone half in memory (pasted from somewhere) is saved the same way.
    ChecklistData typed;
    typed.items.append(samples::item(u"Typed "_s + QChar(0xD800) + u'?'));
    QVERIFY(ChecklistStore::saveToFile(path, typed, nullptr));
    QCOMPARE(ChecklistStore::loadFromFile(path).data.items.first().text,
             u"Typed "_s + QChar(0xFFFD) + u'?');
}

void TestChecklistStore::loneSurrogateSeed_readsAsReplacementCharacters()
{
    // The fuzzer's seed for the case, read as the app reads it.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    QVERIFY(QFile::copy(checklistFixture(u"lone-surrogate.json"_s), path));
    const auto loaded = ChecklistStore::loadFromFile(path);
    QCOMPARE(loaded.status, ChecklistStore::LoadResult::Status::Loaded);
    const QString fffd(QChar(QChar::ReplacementCharacter));
    QCOMPARE(loaded.data.visit.with, u"Dr. "_s + fffd + u" Lee"_s);
    QCOMPARE(loaded.data.items.first().text, u"Why "_s + fffd + u'?');
    QCOMPARE(loaded.data.items.first().answer,
             u"half "_s + fffd + u" then a pair 🐕 then "_s + fffd + fffd);
    QVERIFY(ChecklistStore::saveToFile(path, loaded.data, nullptr));
    QCOMPARE(ChecklistStore::loadFromFile(path).data, loaded.data);
}

void TestChecklistStore::loadQuestion_checksEachFieldsType_data()
{
    // One question, with one field as given; the question is kept only when every known field
    // has the right type (or is null). Unknown fields are ignored: newer files still read.
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<bool>("kept");
    QTest::newRow("all fine") << QByteArray(R"("text": "Q?", "asked": true, "important": false,
        "answer": "A", "topicId": "trials", "questionId": "trials.fit",
        "created": "2026-11-20T10:00:00.000Z")")
                              << true;
    QTest::newRow("nulls") << QByteArray(R"("text": "Q?", "asked": null, "important": null,
        "answer": null, "topicId": null, "questionId": null, "created": null)")
                           << true;
    QTest::newRow("unknown field") << QByteArray(R"("text": "Q?", "colour": 3)") << true;
    QTest::newRow("text first or last") << QByteArray(R"("asked": true, "text": "Q?")") << true;
    QTest::newRow("no text") << QByteArray(R"("asked": true)") << false;
    QTest::newRow("null text") << QByteArray(R"("text": null)") << false;
    QTest::newRow("blank text") << QByteArray(R"("text": "   ")") << false;
    QTest::newRow("text a number") << QByteArray(R"("text": 1)") << false;
    // A yes or no of another type is read as meant, never a reason to drop the question.
    QTest::newRow("asked a string") << QByteArray(R"("text": "Q?", "asked": "yes")") << true;
    QTest::newRow("important a number") << QByteArray(R"("text": "Q?", "important": 1)") << true;
    QTest::newRow("answer a number") << QByteArray(R"("text": "Q?", "answer": 5)") << false;
    QTest::newRow("topicId a list") << QByteArray(R"("text": "Q?", "topicId": [])") << false;
    QTest::newRow("questionId an object")
        << QByteArray(R"("text": "Q?", "questionId": {})") << false;
    QTest::newRow("created a number") << QByteArray(R"("text": "Q?", "created": 3)") << false;
}

void TestChecklistStore::loadQuestion_checksEachFieldsType()
{
    QFETCH(QByteArray, fields);
    QFETCH(bool, kept);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    writeAll(path, R"({"format": "nextsteps-checklist", "version": 1, "questions": [
        {"text": "Always good?"}, {)" +
                       fields + "}]}");
    const auto result = ChecklistStore::loadFromFile(path);
    QCOMPARE(result.data.items.size(), kept ? 2 : 1);
    QCOMPARE(result.skipped, kept ? 0 : 1);
    QCOMPARE(result.data.items.first().text, u"Always good?"_s);
    if (kept && fields.contains("trials.fit")) {
        const ChecklistItem &item = result.data.items.last();
        QVERIFY(item.asked);
        QVERIFY(!item.important);
        QCOMPARE(item.answer, u"A"_s);
        QCOMPARE(item.topicId, u"trials"_s);
        QCOMPARE(item.questionId, u"trials.fit"_s);
        QCOMPARE(item.created, QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
    }
}

void TestChecklistStore::loadNewerVersion_isReadOnlyAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    const QByteArray original = readAll(checklistFixture(u"newer-version.json"_s));
    writeAll(path, original);
    const auto result = ChecklistStore::loadFromFile(path);
    QCOMPARE(result.status, ChecklistStore::LoadResult::Status::NewerVersion);
    QVERIFY(result.readOnly);
    QCOMPARE(result.data.items.size(), 2);
    QVERIFY(result.message().contains(u"newer version"_s));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"checklist.json"_s});
    QCOMPARE(readAll(path), original);
}

void TestChecklistStore::save_failsCleanly_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("why");
    // None of these rely on file permissions: the tests may run as root.
    QTest::newRow("path is a folder") << u"folder"_s << u"folder where the list should be"_s;
    QTest::newRow("folder cannot be created") << u"file-as-parent"_s << u"could not be created"_s;
}

void TestChecklistStore::save_failsCleanly()
{
    QFETCH(QString, setup);
    QFETCH(QString, why);
    QTemporaryDir dir;
    QString path;
    if (setup == u"folder") {
        path = dir.filePath(u"checklist.json"_s);
        QVERIFY(QDir().mkpath(path));
    } else {
        writeAll(dir.filePath(u"plainfile"_s), "I am a file, not a folder");
        path = dir.filePath(u"plainfile/sub/checklist.json"_s);
    }
    ChecklistData data;
    data.items.append(samples::item(u"Will this be lost?"_s));
    QString error;
    QVERIFY(!ChecklistStore::saveToFile(path, data, &error));
    QVERIFY2(error.contains(why), qPrintable(error));
}

void TestChecklistStore::interruptedSave_leavesPreviousFileIntact()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    ChecklistData before;
    before.items.append(samples::item(u"The saved question?"_s));
    QVERIFY(ChecklistStore::saveToFile(path, before, nullptr));
    const QByteArray saved = readAll(path);

    PrivateFile::setBeforeCommitHookForTesting([] { return false; });
    ChecklistData after = before;
    after.items.append(samples::item(u"A question that never reached the disk?"_s));
    QString error;
    QVERIFY(!ChecklistStore::saveToFile(path, after, &error));
    QVERIFY(error.contains(u"interrupted"_s));
    QCOMPARE(readAll(path), saved);
    QCOMPARE(ChecklistStore::loadFromFile(path).data, before);
    // No half-written temporary file is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"checklist.json"_s});
}

void TestChecklistStore::fullDisk_leavesLastGoodFileUntouched()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    QVERIFY(ChecklistStore::saveToFile(path, smallList(), nullptr));
    const QByteArray lastGood = readAll(path);
    const qint64 limit = lastGood.size() + 200;
    QVERIFY(ChecklistFormat::serialize(largerList()).size() > limit + 1000);

    // The save runs in a child process whose files may not grow past the limit.
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QString::fromLatin1(SaveUnderFileSizeLimit), path, QString::number(limit)});
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    const QString said = QString::fromLocal8Bit(child.readAllStandardOutput()).trimmed();
    QVERIFY2(child.exitCode() != 2, "the file size limit could not be set");
    QVERIFY2(child.exitCode() == 0, "the save said all was well on a full disk");
    QVERIFY2(!said.isEmpty(), "the failed save gave no reason");

    // The bytes on disk are the last good list, and no temporary file is left behind.
    QCOMPARE(readAll(path), lastGood);
    QCOMPARE(ChecklistStore::loadFromFile(path).data, smallList());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"checklist.json"_s});
#else
    QSKIP("RLIMIT_FSIZE is a Unix idea.");
#endif
}

void TestChecklistStore::failingWrites_leaveLastGoodFileUntouched_data()
{
    QTest::addColumn<PrivateFile::WriteFault>("fault");
    QTest::newRow("the write fails") << PrivateFile::WriteFault::FailWrite;
    QTest::newRow("the last buffered write fails") << PrivateFile::WriteFault::FailFlush;
    QTest::newRow("fewer bytes reach the file") << PrivateFile::WriteFault::ShortWrite;
}

void TestChecklistStore::failingWrites_leaveLastGoodFileUntouched()
{
    QFETCH(PrivateFile::WriteFault, fault);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    QVERIFY(ChecklistStore::saveToFile(path, smallList(), nullptr));
    const QByteArray lastGood = readAll(path);

    PrivateFile::setWriteFaultForTesting(fault);
    QString error;
    QVERIFY(!ChecklistStore::saveToFile(path, largerList(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!ChecklistStore::writeText(dir.filePath(u"list.txt"_s), u"Some text"_s, &error));
    PrivateFile::setWriteFaultForTesting(PrivateFile::WriteFault::None);

    QCOMPARE(readAll(path), lastGood);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"checklist.json"_s});
    // Once writes work again, the list is saved.
    QVERIFY(ChecklistStore::saveToFile(path, largerList(), nullptr));
    QCOMPARE(ChecklistStore::loadFromFile(path).data, largerList());
}

void TestChecklistStore::newFields_useTheKeysOtherToolsRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    QVERIFY(ChecklistStore::saveToFile(path, samples::everythingFilledIn(), nullptr));
    const QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
    QCOMPARE(root.value(u"version"_s).toInt(), ChecklistFormat::CurrentVersion);
    const QJsonObject visit = root.value(u"appointment"_s).toObject();
    QCOMPARE(visit.value(u"date"_s).toString(), u"2026-12-01"_s);
    QCOMPARE(visit.value(u"time"_s).toString(), u"09:30"_s);
    QCOMPARE(visit.value(u"place"_s).toString(), u"Cancer Center, Building B, room 204"_s);
    QCOMPARE(visit.value(u"bring"_s).toString(), u"Scan results and insurance card"_s);
    const QJsonObject tell = root.value(u"toTell"_s).toArray().at(0).toObject();
    QCOMPARE(tell.value(u"text"_s).toString(), u"Pain in my left ear"_s);
    QCOMPARE(tell.value(u"since"_s).toString(), u"two weeks"_s);
    QCOMPARE(tell.value(u"severity"_s).toInt(), 6);
    QCOMPARE(tell.value(u"notes"_s).toString(), u"Warm cloths help a little"_s);
    QVERIFY(!root.value(u"toTell"_s).toArray().at(1).toObject().contains(u"severity"_s));
    const QJsonObject medicine = root.value(u"medicines"_s).toArray().at(0).toObject();
    QCOMPARE(medicine.keys(),
             QStringList({u"dose"_s, u"name"_s, u"prescriber"_s, u"reason"_s, u"schedule"_s}));
    QCOMPARE(medicine.value(u"schedule"_s).toString(), u"every 6 hours if needed"_s);
    const QJsonObject contact = root.value(u"careTeam"_s).toArray().at(0).toObject();
    QCOMPARE(contact.keys(), QStringList({u"afterHoursPhone"_s, u"name"_s, u"phone"_s, u"role"_s}));
    QCOMPARE(contact.value(u"role"_s).toString(), u"oncologist"_s);
    QCOMPARE(contact.value(u"afterHoursPhone"_s).toString(), u"555-0199"_s);
    const QJsonObject therapy = root.value(u"immunotherapy"_s).toObject();
    QCOMPARE(therapy.value(u"drugs"_s).toArray().at(0).toString(), u"Pembrolizumab (Keytruda)"_s);
    QCOMPARE(therapy.value(u"started"_s).toString(), u"2025-03-03"_s);
    QCOMPARE(therapy.value(u"stopped"_s).toString(), u"2026-09-30"_s);
}

void TestChecklistStore::loadVersion1_isUpgradedInMemoryWithoutLoss()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    QVERIFY(QFile::copy(checklistFixture(u"valid.json"_s), path));
    const QByteArray before = readAll(path);
    const auto result = ChecklistStore::loadFromFile(path);
    QCOMPARE(result.status, ChecklistStore::LoadResult::Status::Loaded);
    QVERIFY(!result.readOnly);
    QCOMPARE(result.stamp.olderVersion, 1);
    QCOMPARE(readAll(path), before); // reading changes nothing
    // Every question, answer and past list of the old file is there.
    QCOMPARE(result.data.items.size(), 2);
    QCOMPARE(result.data.items.at(1).answer,
             u"Yes, the team visits weekly.\nCall the nurse line first."_s);
    QCOMPARE(result.data.visit.with, u"Dr. Lee"_s);
    QCOMPARE(result.data.archive.size(), 1);
    // Written as the current version, it reads back the same.
    const auto again = ChecklistFormat::parse(ChecklistFormat::serialize(result.data));
    QCOMPARE(again.version, ChecklistFormat::CurrentVersion);
    QCOMPARE(again.data, result.data);
}

void TestChecklistStore::version2Fixture_readsEveryField()
{
    const auto result = ChecklistStore::loadFromFile(checklistFixture(u"version-2.json"_s));
    QCOMPARE(result.status, ChecklistStore::LoadResult::Status::Loaded);
    // Version 3 added the sections: the first save keeps the version 2 file beside the list.
    QCOMPARE(result.stamp.olderVersion, 2);
    const ChecklistData &data = result.data;
    QCOMPARE(data.visit.time, QTime(9, 30));
    QCOMPARE(data.visit.place, u"Cancer Center, Building B, room 204"_s);
    QCOMPARE(data.visit.bring, u"Scan results, insurance card"_s);
    QCOMPARE(data.toTell.size(), 2);
    QCOMPARE(data.toTell.at(0).severity, 6);
    QCOMPARE(data.toTell.at(1).severity, -1);
    QCOMPARE(data.medicines.size(), 2);
    QCOMPARE(data.medicines.at(1).prescriber, u"Dr. Patel"_s);
    QCOMPARE(data.careTeam.size(), 2);
    QCOMPARE(data.careTeam.at(1).role, u"nurseLine"_s);
    QCOMPARE(data.immunotherapy.drugs, QStringList{u"Pembrolizumab (Keytruda)"_s});
    QCOMPARE(data.immunotherapy.stopped, QDate(2026, 9, 30));
    QCOMPARE(data.immunotherapy.name, u"Maria Gomez"_s);
}

void TestChecklistStore::newLists_checkEachEntrysShape()
{
    const QByteArray bytes = R"({"format": "nextsteps-checklist", "version": 2, "questions": [],
        "toTell": [{"text": "Ear pain", "severity": 11}, {"text": "Cough", "severity": 3},
                   {"since": "no text"}, "not an object"],
        "medicines": [{"name": "Oxycodone", "dose": 5}, {"name": "Ondansetron"}],
        "careTeam": {"name": "not a list"},
        "immunotherapy": {"drugs": ["Nivolumab"], "started": "2025-02-30"}})";
    const auto result = ChecklistFormat::parse(bytes);
    QVERIFY(result.ok);
    QCOMPARE(result.data.toTell.size(), 1);
    QCOMPARE(result.data.toTell.at(0).severity, 3);
    QCOMPARE(result.data.medicines.size(), 1);
    QCOMPARE(result.data.medicines.at(0).name, u"Ondansetron"_s);
    QVERIFY(result.data.careTeam.isEmpty());
    QVERIFY(result.data.immunotherapy.isEmpty());
    QCOMPARE(result.skipped, 3 + 1 + 1 + 1);
}

void TestChecklistStore::exportText_writesUtf8()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"list.txt"_s);
    QVERIFY(ChecklistStore::writeText(path, u"Café ✓\n"_s, nullptr));
    QCOMPARE(QString::fromUtf8(readAll(path)), u"Café ✓\n"_s);
    QString error;
    QVERIFY(!ChecklistStore::writeText(dir.path(), u"x"_s, &error));
    QVERIFY(!error.isEmpty());
}

void TestChecklistStore::sameFile_followsLinks()
{
    QTemporaryDir dir;
    const QString list = dir.filePath(u"lists/checklist.json"_s);
    QVERIFY(ChecklistStore::saveToFile(list, {}, nullptr));
    QVERIFY(QFile::link(list, dir.filePath(u"link.json"_s)));
    QVERIFY(QFile::link(dir.filePath(u"lists"_s), dir.filePath(u"folder-link"_s)));
    QVERIFY(PrivateFile::sameFile(list, list));
    QVERIFY(PrivateFile::sameFile(list, dir.filePath(u"link.json"_s)));
    QVERIFY(PrivateFile::sameFile(list, dir.filePath(u"folder-link/checklist.json"_s)));
    QVERIFY(PrivateFile::sameFile(list, dir.filePath(u"lists/../lists/checklist.json"_s)));
    QVERIFY(!PrivateFile::sameFile(list, dir.filePath(u"lists/checklist.pdf"_s)));
    // Not made yet, through a linked folder, and a link to nothing yet.
    QVERIFY(PrivateFile::sameFile(dir.filePath(u"lists/new.json"_s),
                                  dir.filePath(u"folder-link/new.json"_s)));
    QVERIFY(QFile::link(dir.filePath(u"lists/later.json"_s), dir.filePath(u"dangling.json"_s)));
    QVERIFY(PrivateFile::sameFile(dir.filePath(u"dangling.json"_s),
                                  dir.filePath(u"lists/later.json"_s)));
}

void TestChecklistStore::readWithoutChanging_readsOrSaysWhy_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("why"); // empty: reads
    QTest::newRow("valid") << u"valid.json"_s << QString();
    QTest::newRow("newer version, still readable") << u"newer-version.json"_s << QString();
    QTest::newRow("version 2, everything filled in") << u"version-2.json"_s << QString();
    QTest::newRow("truncated") << u"truncated.json"_s << u"cannot read the list in"_s;
    QTest::newRow("missing") << u"no-such-file.json"_s << u"there is no file"_s;
    QTest::newRow("a folder") << u"."_s << u"is a folder"_s;
}

void TestChecklistStore::readWithoutChanging_readsOrSaysWhy()
{
    QFETCH(QString, name);
    QFETCH(QString, why);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    if (QFile::exists(checklistFixture(name)) && name != u".")
        QVERIFY(QFile::copy(checklistFixture(name), path));
    const QStringList before = QDir(dir.path()).entryList(QDir::Files);
    ChecklistData data;
    QString error;
    const bool ok = ChecklistStore::readWithoutChanging(path, &data, &error);
    QCOMPARE(ok, why.isEmpty());
    if (ok) {
        QVERIFY(!data.items.isEmpty());
    } else {
        QVERIFY2(error.contains(why), qPrintable(error));
        QVERIFY(error.contains(path) || name == u".");
        QVERIFY(!error.contains(u'\n'));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), before); // nothing kept aside or written
}

void TestChecklistStore::failedSave_logsOneWarningInTheChecklistCategory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    PrivateFile::setWriteFaultForTesting(PrivateFile::WriteFault::FailWrite);
    LogCapture capture;
    QString error;
    QVERIFY(!ChecklistStore::saveToFile(path, smallList(), &error));
    const QList<LogCapture::Message> logged = LogCapture::take();
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.first().type, QtWarningMsg);
    QCOMPARE(logged.first().category, QByteArray("nextsteps.checklist"));
    QVERIFY2(logged.first().text.contains(path), qPrintable(logged.first().text));
}

void TestChecklistStore::normalLoadAndSave_logNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    LogCapture capture;
    QVERIFY(ChecklistStore::saveToFile(path, samples::everyField(), nullptr));
    const ChecklistStore::LoadResult loaded = ChecklistStore::loadFromFile(path);
    QCOMPARE(loaded.status, ChecklistStore::LoadResult::Status::Loaded);
    QVERIFY(ChecklistStore::saveToFile(path, loaded.data, nullptr));
    const QList<LogCapture::Message> logged = LogCapture::take();
    QStringList texts;
    for (const LogCapture::Message &message : logged)
        texts << QString::fromUtf8(message.category) + u": "_s + message.text;
    QVERIFY2(logged.isEmpty(), qPrintable(texts.join(u'\n')));
}

int main(int argc, char *argv[])
{
    // The full-disk test runs this program again as the child that saves.
    if (argc == 4 && std::strcmp(argv[1], SaveUnderFileSizeLimit) == 0)
        return saveUnderFileSizeLimit(argv[2], argv[3]);
    QGuiApplication app(argc, argv);
    TestChecklistStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_checkliststore.moc"
