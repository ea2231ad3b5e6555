#pragma once

class QApplication;

namespace nextsteps {

// What main() needs, kept out of main.cpp so that it can be tested and stays small.
class Application
{
public:
    // Before QApplication exists: commands that need no window (help, version, export) run on
    // the offscreen platform, so they work over SSH and in scripts without a display.
    static void prepareEnvironment(int argc, char *argv[]);
    // Names, icon and translator; then the command line; then the window or the export.
    static void configure(QApplication &app);
    static int run(QApplication &app);

    // The welcome (disclaimer and where the list is kept) is shown on the first start only.
    static bool isFirstRun();
    static void setFirstRunDone();
};

} // namespace nextsteps
