#include "PdfText.h"
#include "TestSupport.h"
#include "core/checklist/AutoSaver.h"
#include "core/checklist/ChecklistModel.h"
#include "core/checklist/ChecklistStore.h"
#include "ui/MainWindow.h"
#include "ui/print/PrintController.h"
#include "ui/widgets/Ask.h"

#include <QDir>
#include <QFile>
#include <QPrintDialog>
#include <QPrinter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace nextsteps;

// Every way the window writes a file the person names (Save as PDF, Save as Text, Print to
// File, the wallet card's PDF), aimed at the list itself however it is spelled: the list's bytes
// stay as they were, and the person is told why in plain words.
class TestSafeExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settingsDir); }
    void cleanup() { Ask::resetForTesting(); }
    void exportOntoTheList_leavesItsBytes_data();
    void exportOntoTheList_leavesItsBytes();
    void printToFile_isPrivateAndWhole();
    void saveOverAnotherFile_asksFirst_data();
    void saveOverAnotherFile_asksFirst();

private:
    QTemporaryDir m_settingsDir;
};

namespace {
QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

enum class Way { Pdf, Text, PrintToFile, WalletCardPdf };

// Answers the save dialog, or the print dialog as "Print to File", with path.
void aimAt(Way way, const QString &path)
{
    if (way == Way::PrintToFile) {
        Ask::setNextDialogs({[path](QDialog *dialog) {
            auto *print = qobject_cast<QPrintDialog *>(dialog);
            if (!print)
                return int(QDialog::Rejected);
            print->printer()->setOutputFormat(QPrinter::PdfFormat);
            print->printer()->setOutputFileName(path);
            return int(QDialog::Accepted);
        }});
    } else {
        Ask::setNextFileNames({path});
    }
}

void run(Way way, PrintController *print)
{
    switch (way) {
    case Way::Pdf:
        print->savePdfList();
        break;
    case Way::Text:
        print->saveTextList();
        break;
    case Way::PrintToFile:
        print->printList();
        break;
    case Way::WalletCardPdf:
        print->saveWalletCardPdf();
        break;
    }
}
} // namespace

void TestSafeExport::exportOntoTheList_leavesItsBytes_data()
{
    QTest::addColumn<Way>("way");
    QTest::addColumn<QString>("spelling");
    const QList<std::pair<const char *, Way>> ways{{"Save as PDF", Way::Pdf},
                                                   {"Save as Text", Way::Text},
                                                   {"Print to File", Way::PrintToFile},
                                                   {"wallet card PDF", Way::WalletCardPdf}};
    for (const auto &[name, way] : ways) {
        for (const char *spelling : {"same name", "symlink", "hard link", "dots", "kept copy"})
            QTest::addRow("%s, %s", name, spelling) << way << QString::fromLatin1(spelling);
    }
}

void TestSafeExport::exportOntoTheList_leavesItsBytes()
{
    QFETCH(Way, way);
    QFETCH(QString, spelling);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"lists/sub"_s));
    QVERIFY(QDir(dir.path()).mkpath(u"elsewhere"_s));
    const QString list = dir.filePath(u"lists/checklist.json"_s);
    MainWindow window(list);
    for (int i = 0; i < 100; ++i)
        window.checklistModel()->addQuestion(u"Question number %1?"_s.arg(i));
    QVERIFY(window.autoSaver()->flush());
    const QByteArray before = bytesOf(list);
    QVERIFY(before.contains("Question number 99?"));

    QString target = list;
    QString guarded = list;
    if (spelling == u"symlink"_s) {
        target = dir.filePath(u"elsewhere/questions.pdf"_s);
        QVERIFY(QFile::link(list, target));
    } else if (spelling == u"hard link"_s) {
        target = dir.filePath(u"elsewhere/questions.pdf"_s);
#ifdef Q_OS_UNIX
        QCOMPARE(::link(QFile::encodeName(list).constData(), QFile::encodeName(target).constData()),
                 0);
#else
        QSKIP("Hard links are checked on Unix.");
#endif
    } else if (spelling == u"dots"_s) {
        target = dir.filePath(u"lists/sub/./../checklist.json"_s);
    } else if (spelling == u"kept copy"_s) {
        guarded = dir.filePath(u"lists/checklist.unreadable-2026-12-01-101010.json"_s);
        QVERIFY(QFile::copy(list, guarded));
        target = guarded;
    }
    const QByteArray guardedBefore = bytesOf(guarded);

    QSignalSpy problem(window.printController(), &PrintController::problem);
    QSignalSpy message(window.printController(), &PrintController::message);
    aimAt(way, target);
    run(way, window.printController());
    QCOMPARE(bytesOf(list), before);
    QCOMPARE(bytesOf(guarded), guardedBefore);
    QCOMPARE(message.size(), 0);
    // Chosen in the save dialog, the file is refused there (and another can be chosen) before
    // anything asks "replace it?"; Print to File is refused when the print dialog closes.
    QString said;
    if (way == Way::PrintToFile) {
        QCOMPARE(problem.size(), 1);
        said = problem.first().first().toString();
    } else {
        QCOMPARE(problem.size(), 0);
        const QStringList asked = Ask::askedForTesting();
        QCOMPARE(asked.size(), 2); // the save dialog, then the refusal
        said = asked.last();
        QVERIFY2(!said.contains(u"Do you want to replace"_s), qPrintable(said));
    }
    QVERIFY2(said.contains(u"is your list"_s) && said.contains(u"nothing was written"_s),
             qPrintable(said));
    // The path is said once, not twice.
    QCOMPARE(said.count(QDir::toNativeSeparators(target)), 1);
    // And the list opens as it was at the next start.
    QCOMPARE(ChecklistStore::loadFromFile(list).status, ChecklistStore::LoadResult::Status::Loaded);
}

void TestSafeExport::printToFile_isPrivateAndWhole()
{
    QTemporaryDir dir;
    MainWindow window(dir.filePath(u"checklist.json"_s));
    for (int i = 0; i < 40; ++i)
        window.checklistModel()->addQuestion(u"Question number %1?"_s.arg(i));
    const QString out = dir.filePath(u"printed/questions.pdf"_s);
    QVERIFY(QDir(dir.path()).mkpath(u"printed"_s));
    QSignalSpy message(window.printController(), &PrintController::message);
    aimAt(Way::PrintToFile, out);
    window.printController()->printList();
    QCOMPARE(message.size(), 1);
    QVERIFY(bytesOf(out).startsWith("%PDF"));
    NEXTSTEPS_REQUIRE_PDFTOTEXT();
    const QString text = testprint::pdfPages(out).join(u'\n');
    for (int i = 0; i < 40; ++i)
        QVERIFY2(text.contains(u"Question number %1?"_s.arg(i)), qPrintable(text));
#ifdef Q_OS_UNIX
    QCOMPARE(QFile::permissions(out) & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser);
#endif
}

void TestSafeExport::saveOverAnotherFile_asksFirst_data()
{
    QTest::addColumn<Ask::Answer>("answer");
    QTest::newRow("replace it") << Ask::Answer::Replace;
    QTest::newRow("choose another name") << Ask::Answer::ChooseAnother;
}

void TestSafeExport::saveOverAnotherFile_asksFirst()
{
    QFETCH(Ask::Answer, answer);
    QTemporaryDir dir;
    MainWindow window(dir.filePath(u"lists/checklist.json"_s));
    window.checklistModel()->addQuestion(u"Kept on paper?"_s);
    const QString older = dir.filePath(u"questions.txt"_s);
    {
        QFile file(older);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("an older text");
    }
    Ask::setNextFileNames({older});
    Ask::setNextAnswers({answer});
    window.printController()->saveTextList();
    QVERIFY(Ask::askedForTesting().last().contains(u"Do you want to replace it?"_s));
    if (answer == Ask::Answer::Replace)
        QVERIFY(bytesOf(older).contains("Kept on paper?"));
    else
        QCOMPARE(bytesOf(older), QByteArray("an older text"));
}

QTEST_MAIN(TestSafeExport)
#include "tst_safeexport.moc"
