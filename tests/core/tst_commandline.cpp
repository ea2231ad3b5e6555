#include "core/AppInfo.h"
#include "core/CommandLine.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace nextsteps;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void planConsole_keepsStreamsThatGoSomewhere_data();
    void planConsole_keepsStreamsThatGoSomewhere();
    void noArguments_runsTheApp()
    {
        const CommandLine line = CommandLine::parse({u"nextsteps"_s});
        QCOMPARE(line.action, CommandLine::Action::Run);
        QVERIFY(line.checklistPath.isEmpty());
    }
    void version_answersWithTheProjectVersion()
    {
        const CommandLine line = CommandLine::parse({u"nextsteps"_s, u"--version"_s});
        QCOMPARE(line.action, CommandLine::Action::ShowVersion);
        QCOMPARE(line.text, u"nextsteps "_s + QString::fromLatin1(AppInfo::Version) + u'\n');
    }
    void help_listsTheOptions_data()
    {
        QTest::addColumn<QString>("option");
        for (const QString &option : {u"--help"_s, u"-h"_s, u"--help-all"_s})
            QTest::newRow(qPrintable(option)) << option;
    }
    void help_listsTheOptions()
    {
        QFETCH(QString, option);
        const CommandLine line = CommandLine::parse({u"nextsteps"_s, option});
        QCOMPARE(line.action, CommandLine::Action::ShowHelp);
        QVERIFY(CommandLine::isHeadless({u"nextsteps"_s, option}));
        const QString help = CommandLine::helpText();
        QVERIFY(help.contains(u"--checklist"_s));
        QVERIFY(help.contains(u"--export-pdf"_s));
        QVERIFY(help.contains(u"--version"_s));
    }
    void checklist_setsThePath()
    {
        const CommandLine line =
            CommandLine::parse({u"nextsteps"_s, u"--checklist"_s, u"/tmp/list.json"_s});
        QCOMPARE(line.action, CommandLine::Action::Run);
        QCOMPARE(line.checklistPath, u"/tmp/list.json"_s);
    }
    void aFileOnItsOwn_isTheListToOpen()
    {
        // As a file manager or a desktop file's %f passes it.
        const CommandLine line = CommandLine::parse({u"nextsteps"_s, u"/media/usb/list.json"_s});
        QCOMPARE(line.action, CommandLine::Action::Run);
        QCOMPARE(line.checklistPath, u"/media/usb/list.json"_s);
        QVERIFY(!CommandLine::isHeadless({u"nextsteps"_s, u"/media/usb/list.json"_s}));
        const CommandLine same =
            CommandLine::parse({u"nextsteps"_s, u"--checklist"_s, u"a.json"_s, u"a.json"_s});
        QCOMPARE(same.action, CommandLine::Action::Run);
        QCOMPARE(same.checklistPath, u"a.json"_s);
        QVERIFY(CommandLine::helpText().contains(u"[FILE]"_s));
    }
    void exportPdf_withChecklist()
    {
        const CommandLine line = CommandLine::parse(
            {u"nextsteps"_s, u"--checklist"_s, u"a.json"_s, u"--export-pdf"_s, u"out.pdf"_s});
        QCOMPARE(line.action, CommandLine::Action::ExportPdf);
        QCOMPARE(line.exportPdfPath, u"out.pdf"_s);
        QCOMPARE(line.checklistPath, u"a.json"_s);
    }
    void mistakes_areErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList{u"nextsteps"_s, u"--frobnicate"_s};
        QTest::newRow("missing value") << QStringList{u"nextsteps"_s, u"--checklist"_s};
        QTest::newRow("two lists") << QStringList{u"nextsteps"_s, u"a.json"_s, u"b.json"_s};
        QTest::newRow("a list twice, differently")
            << QStringList{u"nextsteps"_s, u"--checklist"_s, u"a.json"_s, u"b.json"_s};
    }
    void mistakes_areErrors()
    {
        QFETCH(QStringList, arguments);
        const CommandLine line = CommandLine::parse(arguments);
        QCOMPARE(line.action, CommandLine::Action::Error);
        QVERIFY(!line.text.isEmpty());
    }
    void headless_isDetectedBeforeTheAppExists()
    {
        QVERIFY(CommandLine::isHeadless({u"nextsteps"_s, u"--version"_s}));
        QVERIFY(CommandLine::isHeadless({u"nextsteps"_s, u"--frobnicate"_s})); // a mistake
        QVERIFY(CommandLine::isHeadless({u"nextsteps"_s, u"--export-pdf=out.pdf"_s}));
        QVERIFY(!CommandLine::isHeadless({u"nextsteps"_s, u"--checklist"_s, u"x"_s}));
    }
};

void TestCommandLine::planConsole_keepsStreamsThatGoSomewhere_data()
{
    QTest::addColumn<bool>("stdoutGoes");
    QTest::addColumn<bool>("stderrGoes");
    QTest::addColumn<bool>("attach");
    QTest::addColumn<bool>("reopenStdout");
    QTest::addColumn<bool>("reopenStderr");
    QTest::newRow("started from a console, nothing redirected")
        << false << false << true << true << true;
    QTest::newRow("both to a pipe (a test's QProcess)") << true << true << false << false << false;
    QTest::newRow("--version > file") << true << false << true << false << true;
    QTest::newRow("2> errors.txt") << false << true << true << true << false;
}

void TestCommandLine::planConsole_keepsStreamsThatGoSomewhere()
{
    QFETCH(bool, stdoutGoes);
    QFETCH(bool, stderrGoes);
    const CommandLine::ConsolePlan plan = CommandLine::planConsole(stdoutGoes, stderrGoes);
    QTEST(plan.attachParentConsole, "attach");
    QTEST(plan.reopenStdout, "reopenStdout");
    QTEST(plan.reopenStderr, "reopenStderr");
}

QTEST_MAIN(TestCommandLine)
#include "tst_commandline.moc"
