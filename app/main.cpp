#include "ui/Application.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    nextsteps::Application::prepareEnvironment(argc, argv);
    QApplication app(argc, argv);
    return nextsteps::Application::run(app);
}
