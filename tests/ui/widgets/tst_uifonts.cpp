#include "TestSupport.h"
#include "ui/Application.h"
#include "ui/widgets/UiFonts.h"

#include <QApplication>
#include <QMenuBar>
#include <QTest>

using namespace nextsteps;

class TestUiFonts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void configure_givesTheWholeAppOneComfortableSize();
    void zoom_scalesFromTheSameSizeEveryTime();

private:
    QTemporaryDir m_settingsDir;
};

void TestUiFonts::configure_givesTheWholeAppOneComfortableSize()
{
    const qreal system = QApplication::font().pointSizeF();
    Application::configure(*qApp);
    isolateSettings(m_settingsDir);
    // Menus, the status bar, tooltips and dialogs are as easy to read as the topics.
    QCOMPARE(QApplication::font().pointSize(), comfortablePointSize(100));
    QVERIFY(QApplication::font().pointSize() >= 12);
    QVERIFY(QApplication::font().pointSizeF() >= system);
    QMenuBar bar;
    QCOMPARE(bar.font().pointSize(), comfortablePointSize(100));
    // Configuring again (a second window, a test) does not grow the text further.
    Application::configure(*qApp);
    QCOMPARE(QApplication::font().pointSize(), comfortablePointSize(100));
}

void TestUiFonts::zoom_scalesFromTheSameSizeEveryTime()
{
    const int normal = comfortablePointSize(100);
    // Whole points, so within one point of the exact scale.
    QVERIFY(qAbs(comfortablePointSize(200) - 2 * normal) <= 1);
    QVERIFY(qAbs(comfortablePointSize(50) - normal / 2.0) <= 1);
    QVERIFY(qAbs(comfortableFont(150).pointSize() - normal * 1.5) <= 1);
    QVERIFY(comfortableFont(100, true).bold());
    QCOMPARE(comfortablePointSize(100), normal); // asking again changes nothing
}

QTEST_MAIN(TestUiFonts)
#include "tst_uifonts.moc"
