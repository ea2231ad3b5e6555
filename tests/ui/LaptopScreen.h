#pragma once

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Runs a GUI test on a 1366x768 screen, as on a common laptop (the offscreen platform's own is
// 800x600): the sizes people have, for tests of what fits. Use in place of QTEST_MAIN:
//     int main(int argc, char *argv[]) { return execOnLaptopScreen<TestFoo>(argc, argv); }
template <class Test> int execOnLaptopScreen(int argc, char *argv[])
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    if (qEnvironmentVariable("QT_QPA_PLATFORM").startsWith(QLatin1String("offscreen"))) {
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366,
                      "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
        file.close();
        qputenv("QT_QPA_PLATFORM", (QLatin1String("offscreen:configfile=") + config).toLocal8Bit());
    }
    QApplication app(argc, argv);
    Test test;
    return QTest::qExec(&test, argc, argv);
}
