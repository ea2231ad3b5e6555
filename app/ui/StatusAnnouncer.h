#pragma once

#include <QLabel>

namespace nextsteps {

// The status bar's message label. What it shows also reaches screen readers.
class StatusAnnouncer : public QLabel
{
    Q_OBJECT

public:
    explicit StatusAnnouncer(QWidget *parent = nullptr);
    void announce(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
};

} // namespace nextsteps
