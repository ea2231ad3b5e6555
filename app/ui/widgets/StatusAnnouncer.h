#pragma once

#include <QLabel>

class QTimer;

namespace nextsteps {

// The status bar's message label. What it shows also reaches screen readers. A message wraps
// rather than being cut at large text sizes, and goes away after a while (time enough to read
// it slowly), so that it is never taken for news about something done since.
class StatusAnnouncer : public QLabel
{
    Q_OBJECT

public:
    static constexpr int ShownFor = 20000; // milliseconds

    explicit StatusAnnouncer(QWidget *parent = nullptr);
    void announce(const QString &message);
    // For tests: how long a message stays.
    void setShownFor(int milliseconds);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void wrapIfNeeded();
    QTimer *m_clear;
};

} // namespace nextsteps
