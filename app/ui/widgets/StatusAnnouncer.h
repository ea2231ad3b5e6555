#pragma once

#include <QLabel>

class QTimer;

namespace nextsteps {

// The status bar's message label. What it shows also reaches screen readers. The status bar
// stays one line high, whatever the message (the window's parts never move for one): a message
// longer than the line shows whole in a bubble just above it, over the window's bottom edge,
// until it goes away. A message goes away after a while (time enough to read it slowly), so that
// it is never taken for news about something done since.
class StatusAnnouncer : public QLabel
{
    Q_OBJECT

public:
    static constexpr int ShownFor = 20000;      // milliseconds
    static constexpr int BubbleShownFor = 8000; // the whole of a long one, over the window

    explicit StatusAnnouncer(QWidget *parent = nullptr);
    void announce(const QString &message);
    void clear();
    // For tests: how long a message stays.
    void setShownFor(int milliseconds);
    // The whole of a message too long for the status bar's line (hidden otherwise).
    QLabel *bubble() const { return m_bubble; }
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool fitsOnOneLine() const;
    void placeBubble();
    QTimer *m_clear;
    QLabel *m_bubble = nullptr;
    QTimer *m_bubbleTimer = nullptr;
};

} // namespace nextsteps
