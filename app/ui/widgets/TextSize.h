#pragma once

#include <QObject>

namespace nextsteps {

// The application's one text size (View > Zoom In / Out), in percent of the comfortable size:
// every window, every dialog and the style's sizes follow it, so that two windows never
// disagree (a second list opened with File > Open List has the same size as the first).
class TextSize : public QObject
{
    Q_OBJECT

public:
    static constexpr int Min = 50;
    static constexpr int Max = 300;

    // The one there is, owned by the application object.
    static TextSize *instance();
    static int percent();
    // Clamped to Min..Max; changed() follows when it is new.
    static void set(int percent);

Q_SIGNALS:
    void changed(int percent);

private:
    explicit TextSize(QObject *parent) : QObject(parent) {}
    int m_percent = 100;
};

} // namespace nextsteps
