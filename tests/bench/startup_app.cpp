// Next Steps' own start-up, step for step as in app/main.cpp, ending at the first paint of the
// main window. Prints "painted <peak RSS KiB>" and quits. The settings and the list live in a
// throwaway folder so every run starts the same way.
#include "BenchProcess.h"
#include "ui/Application.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QSettings>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    nextsteps::Application::prepareEnvironment(argc, argv);
    QApplication app(argc, argv);
    nextsteps::Application::configure(app);
    // A person's usual start: the settings are there from before. Written on the first run
    // only, so no run pays for writing them.
    QSettings settings;
    if (!settings.contains(QStringLiteral("firstRunShown")))
        settings.setValue(QStringLiteral("firstRunShown"), true);
    nextsteps::MainWindow window;
    FirstPaint watcher;
    // The first paint of any part of the window counts.
    window.installEventFilter(&watcher);
    window.show();
    return QApplication::exec();
}
