// The baseline for start-up: a bare QMainWindow holding a QListWidget, a QTextBrowser and a
// QListWidget, built the same way as Next Steps and showing the same words: the topic titles and
// the Welcome page's Markdown, read from the file named on the command line (the first line
// holds the titles separated by '|', the rest is the page). Prints "painted <peak RSS KiB>".
#include "BenchProcess.h"

#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QMainWindow>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QString titles;
    QString page;
    if (argc > 1) {
        QFile file(QString::fromLocal8Bit(argv[1]));
        if (file.open(QIODevice::ReadOnly)) {
            titles = QString::fromUtf8(file.readLine()).trimmed();
            page = QString::fromUtf8(file.readAll());
        }
    }
    QMainWindow window;
    auto *splitter = new QSplitter(&window);
    auto *topics = new QListWidget(splitter);
    topics->addItems(titles.split(QLatin1Char('|')));
    auto *text = new QTextBrowser(splitter);
    text->setMarkdown(page);
    new QListWidget(splitter);
    window.setCentralWidget(splitter);
    window.resize(1280, 800);
    FirstPaint watcher;
    window.installEventFilter(&watcher);
    window.show();
    return QApplication::exec();
}
