// The baseline for start-up: a bare QMainWindow holding a QListWidget, a QTextBrowser and a
// QListWidget, built the same way as Next Steps. Prints "painted <peak RSS KiB>" and quits.
#include "BenchProcess.h"

#include <QApplication>
#include <QListWidget>
#include <QMainWindow>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>

#include <cstdio>

namespace {
class FirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] {
                std::printf("painted %ld\n", peakRssKiB());
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *splitter = new QSplitter(&window);
    auto *topics = new QListWidget(splitter);
    for (int i = 0; i < 12; ++i)
        topics->addItem(QStringLiteral("Topic %1").arg(i));
    auto *text = new QTextBrowser(splitter);
    text->setMarkdown(QStringLiteral("# Welcome\n\nSome text to read."));
    new QListWidget(splitter);
    window.setCentralWidget(splitter);
    window.resize(1280, 800);
    FirstPaint watcher;
    window.installEventFilter(&watcher);
    window.show();
    return QApplication::exec();
}
