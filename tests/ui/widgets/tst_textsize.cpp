#include "TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/widgets/DialogSize.h"
#include "ui/widgets/TextSize.h"

#include <QDialog>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nextsteps;

// One text size for the application: two windows (File > Open List) never disagree, and the
// dialogs of either open at it.
class TestTextSize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settingsDir); }
    void cleanup() { TextSize::set(100); }
    void isClampedAndSaysWhenItChanges();
    void twoWindows_followOneSize();

private:
    QTemporaryDir m_settingsDir;
};

void TestTextSize::isClampedAndSaysWhenItChanges()
{
    QSignalSpy changed(TextSize::instance(), &TextSize::changed);
    TextSize::set(175);
    QCOMPARE(TextSize::percent(), 175);
    TextSize::set(175);
    QCOMPARE(changed.size(), 1); // the same size again is no change
    TextSize::set(999);
    QCOMPARE(TextSize::percent(), TextSize::Max);
    TextSize::set(1);
    QCOMPARE(TextSize::percent(), TextSize::Min);
}

void TestTextSize::twoWindows_followOneSize()
{
    QTemporaryDir dir;
    MainWindow first(dir.filePath(u"one.json"_s));
    MainWindow second(dir.filePath(u"two.json"_s));
    first.setZoom(100);
    QCOMPARE(second.zoom(), 100);
    second.setZoom(200);
    QCOMPARE(first.zoom(), 200);
    QCOMPARE(first.menuBar()->font().pointSize(), second.menuBar()->font().pointSize());
    QVERIFY(first.menuBar()->font().pointSize() > 0);
    // A dialog of the first window opens at the size set in the second.
    QDialog dialog(&first);
    DialogSize::fit(&dialog);
    QCOMPARE(dialog.font().pointSize(), first.menuBar()->font().pointSize());
    first.setZoom(125);
    QCOMPARE(second.zoom(), 125);
    QCOMPARE(second.menuBar()->font().pointSize(), first.menuBar()->font().pointSize());
}

QTEST_MAIN(TestTextSize)
#include "tst_textsize.moc"
