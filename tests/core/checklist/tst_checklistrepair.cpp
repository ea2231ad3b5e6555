#include "core/PrivateFile.h"
#include "core/checklist/ChecklistFormat.h"
#include "core/checklist/ChecklistModel.h"
#include "core/checklist/ChecklistStore.h"
#include "core/print/ChecklistPrintout.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nextsteps;

// What a list holds that another program, an old version or a paste put there: read so that
// nothing the person wrote is dropped, and shown so that it never changes by being shown.
class TestChecklistRepair : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void lineEnds_readAsTheTextBoxesShowThem_data();
    void lineEnds_readAsTheTextBoxesShowThem();
    void bidiOverride_doesNotTurnTheAppsWordsAround_data();
    void bidiOverride_doesNotTurnTheAppsWordsAround();
    void yesOrNoWrittenByHand_keepsTheQuestion_data();
    void yesOrNoWrittenByHand_keepsTheQuestion();
    void leftoverOfACutShortSave_isKeptOrTidied();
    void failedWrite_saysWhyInPlainWords_data();
    void failedWrite_saysWhyInPlainWords();
    void folderNotThere_isSaidPlainly();
};

namespace {
QByteArray listJson(const QString &answerJson, const QString &askedJson = u"false"_s)
{
    return (uR"({"format":"nextsteps-checklist","version":2,"questions":[{"text":"What next?","asked":)"_s +
            askedJson + uR"(,"answer":)"_s + answerJson + u"}]}"_s)
        .toUtf8();
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

void TestChecklistRepair::lineEnds_readAsTheTextBoxesShowThem_data()
{
    QTest::addColumn<QString>("answerJson");
    QTest::newRow("CR LF") << uR"("one\r\ntwo")"_s;
    QTest::newRow("lone CR") << uR"("one\rtwo")"_s;
    QTest::newRow("U+2028") << uR"("one\u2028two")"_s;
    QTest::newRow("U+2029") << uR"("one\u2029two")"_s;
    QTest::newRow("LF") << uR"("one\ntwo")"_s;
}

void TestChecklistRepair::lineEnds_readAsTheTextBoxesShowThem()
{
    QFETCH(QString, answerJson);
    const ChecklistFormat::ParseResult parsed = ChecklistFormat::parse(listJson(answerJson));
    QVERIFY(parsed.ok);
    QCOMPARE(parsed.data.items.size(), 1);
    QCOMPARE(parsed.data.items.first().answer, u"one\ntwo"_s);
    // A text box gives back "one\ntwo" for it: showing it is no change, nothing to save.
    ChecklistModel model;
    model.setChecklist(parsed.data);
    int changes = 0;
    connect(&model, &ChecklistModel::changed, this, [&changes] { ++changes; });
    model.setField(0, ChecklistModel::Field::Answer, u"one\ntwo"_s);
    // And what a text box may give back for typed line ends is kept as one "\n" each.
    model.setField(0, ChecklistModel::Field::Answer, u"one\u2029two"_s);
    model.setField(0, ChecklistModel::Field::Answer, u"one\r\ntwo"_s);
    QCOMPARE(changes, 0);
    QCOMPARE(model.item(0).answer, u"one\ntwo"_s);
}

void TestChecklistRepair::bidiOverride_doesNotTurnTheAppsWordsAround_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("right-to-left override") << u"pain in my ear\u202E"_s;
    QTest::newRow("left-to-right override") << u"\u202Dpain in my ear"_s;
    QTest::newRow("embedding") << u"pain \u202Bin my ear"_s;
    QTest::newRow("isolate left open") << u"pain in my ear\u2067"_s;
}

void TestChecklistRepair::bidiOverride_doesNotTurnTheAppsWordsAround()
{
    QFETCH(QString, what);
    ChecklistModel model;
    QVERIFY(model.addRecord(ChecklistModel::ListKind::ToTell, {what, u"2 weeks"_s, u"5"_s, {}}));
    // Typed (or pasted) into the model, and read from a file, alike.
    const QString printed = ChecklistPrintout::toPlainText(model.checklist());
    QVERIFY2(printed.contains(u"how bad: 5 of 10"_s), qPrintable(printed));
    for (const QChar c : printed) {
        const char16_t u = c.unicode();
        QVERIFY2(!((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069)),
                 qPrintable(u"U+%1 reached the printout"_s.arg(u, 4, 16)));
    }
    const ChecklistFormat::ParseResult read =
        ChecklistFormat::parse(ChecklistFormat::serialize(model.checklist()));
    QVERIFY(read.ok);
    QVERIFY(read.data.toTell.first().text.contains(u"pain"_s));
    QCOMPARE(read.data.toTell.first().text, model.checklist().toTell.first().text);
}

void TestChecklistRepair::yesOrNoWrittenByHand_keepsTheQuestion_data()
{
    QTest::addColumn<QString>("askedJson");
    QTest::addColumn<bool>("asked");
    QTest::newRow("\"yes\"") << u"\"yes\""_s << true;
    QTest::newRow("\"true\"") << u"\"true\""_s << true;
    QTest::newRow("\"no\"") << u"\"no\""_s << false;
    QTest::newRow("1") << u"1"_s << true;
    QTest::newRow("0") << u"0"_s << false;
    QTest::newRow("an object") << u"{}"_s << false;
}

void TestChecklistRepair::yesOrNoWrittenByHand_keepsTheQuestion()
{
    QFETCH(QString, askedJson);
    QFETCH(bool, asked);
    const ChecklistFormat::ParseResult parsed =
        ChecklistFormat::parse(listJson(u"\"Come back in May\""_s, askedJson));
    QVERIFY(parsed.ok);
    QCOMPARE(parsed.skipped, 0);
    QCOMPARE(parsed.data.items.size(), 1);
    QCOMPARE(parsed.data.items.first().text, u"What next?"_s);
    QCOMPARE(parsed.data.items.first().answer, u"Come back in May"_s);
    QCOMPARE(parsed.data.items.first().asked, asked);
}

void TestChecklistRepair::leftoverOfACutShortSave_isKeptOrTidied()
{
    QTemporaryDir dir;
    const QString list = dir.filePath(u"checklist.json"_s);
    ChecklistData saved;
    saved.items.append(ChecklistItem{});
    saved.items.first().text = u"Saved before?"_s;
    QVERIFY(ChecklistStore::saveToFile(list, saved, nullptr));
    ChecklistData newer = saved;
    newer.items.append(ChecklistItem{});
    newer.items.last().text = u"Typed just before the power went?"_s;
    auto put = [&dir](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    put(u"checklist.json.Ab12Cd"_s, ChecklistFormat::serialize(newer));          // whole, and newer
    put(u"checklist.json.Zz99Yy"_s, ChecklistFormat::serialize(saved));          // the same list
    put(u"checklist.json.Qq11Rr"_s, ChecklistFormat::serialize(newer).left(40)); // cut short
    put(u"checklist.json.lock"_s, "4242\nnextsteps\nhere\n");
    const QByteArray before = bytesOf(list);

    const QString said = ChecklistStore::tidyLeftovers(list);
    const QStringList interrupted = QDir(dir.path()).entryList({u"checklist.interrupted-*"_s});
    QCOMPARE(interrupted.size(), 1);
    QCOMPARE(ChecklistStore::loadFromFile(dir.filePath(interrupted.first())).data, newer);
    QVERIFY2(said.contains(interrupted.first()), qPrintable(said));
    QVERIFY(!QFile::exists(dir.filePath(u"checklist.json.Ab12Cd"_s)));
    QVERIFY(!QFile::exists(dir.filePath(u"checklist.json.Zz99Yy"_s)));
    QVERIFY(!QFile::exists(dir.filePath(u"checklist.json.Qq11Rr"_s)));
    QVERIFY(QFile::exists(dir.filePath(u"checklist.json.lock"_s)));
    QCOMPARE(bytesOf(list), before);
#ifdef Q_OS_UNIX
    QCOMPARE(QFile::permissions(dir.filePath(interrupted.first())) & 0x0777,
             QFileDevice::ReadUser | QFileDevice::WriteUser);
#endif
    // Nothing left: nothing said the next time.
    QVERIFY(ChecklistStore::tidyLeftovers(list).isEmpty());
}

void TestChecklistRepair::failedWrite_saysWhyInPlainWords_data()
{
    QTest::addColumn<PrivateFile::WriteFault>("fault");
    QTest::newRow("write fails") << PrivateFile::WriteFault::FailWrite;
    QTest::newRow("last write fails") << PrivateFile::WriteFault::FailFlush;
    QTest::newRow("short write") << PrivateFile::WriteFault::ShortWrite;
}

void TestChecklistRepair::failedWrite_saysWhyInPlainWords()
{
    QFETCH(PrivateFile::WriteFault, fault);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    PrivateFile::setWriteFaultForTesting(fault);
    QString error;
    const bool saved = ChecklistStore::saveToFile(path, ChecklistData(), &error);
    PrivateFile::setWriteFaultForTesting(PrivateFile::WriteFault::None);
    QVERIFY(!saved);
    // A system that gives no reason ("Unknown error") is not quoted: the person is told what
    // it may be.
    QVERIFY2(!error.contains(u"Unknown error"_s) && !error.trimmed().endsWith(u':'),
             qPrintable(error));
    QVERIFY2(error.contains(u"disk"_s) || error.contains(u"part of it"_s), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestChecklistRepair::folderNotThere_isSaidPlainly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"Documents/questions.pdf"_s); // no Documents folder yet
    QString error;
    QVERIFY(!PrivateFile::writeExport(path, "%PDF-1.4", &error));
    QVERIFY2(error.contains(u"There is no folder"_s) &&
                 error.contains(QDir::toNativeSeparators(dir.filePath(u"Documents"_s))),
             qPrintable(error));
    QVERIFY(!error.contains(u"No such file"_s));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestChecklistRepair)
#include "tst_checklistrepair.moc"
