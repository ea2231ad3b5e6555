#pragma once

#include <QApplication>
#include <QByteArray>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>

// Peak resident memory of this process in KiB (Linux: VmHWM), or -1 where it cannot be read.
inline long peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// Watches a window for its first paint, then prints "painted <peak RSS KiB>", and a second
// later "settled <peak RSS KiB>" (what a window does after its first paint has run by then),
// and quits: the start-up benchmark times a process from its start to the first line.
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
            });
            QTimer::singleShot(1000, qApp, [] {
                std::printf("settled %ld\n", peakRssKiB());
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};
