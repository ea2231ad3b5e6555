#pragma once

#include <QWidget>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QToolButton;

namespace nextsteps {

class ReadAloud;

// Above the reading pane: Listen, Pause or Resume, Stop, and the speed of the voice. When
// nothing can be read aloud, Listen is shown disabled and its tooltip says why.
class ListenBar : public QWidget
{
    Q_OBJECT

public:
    ListenBar(ReadAloud *reader, QWidget *parent = nullptr);

    QAction *listenAction() const { return m_listen; }
    QAction *pauseAction() const { return m_pause; }
    QAction *stopAction() const { return m_stop; }
    QToolButton *listenButton() const { return m_listenButton; }
    QToolButton *pauseButton() const { return m_pauseButton; }
    QToolButton *stopButton() const { return m_stopButton; }
    QComboBox *speedBox() const { return m_speed; }
    // The same five speeds as choices for a menu (View > Read Aloud > Speed).
    QList<QAction *> speedActions() const;
    // From CompactZoom on, the row leaves the text room: the speed is in the menu only, and
    // Pause and Stop show while something is being read.
    static constexpr int CompactZoom = 150;
    bool isCompact() const { return m_compact; }
    void setCompact(bool compact);

public Q_SLOTS:
    void updateState();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ReadAloud *m_reader;
    QAction *m_listen;
    QAction *m_pause;
    QAction *m_stop;
    QToolButton *m_listenButton;
    QToolButton *m_pauseButton;
    QToolButton *m_stopButton;
    QComboBox *m_speed;
    QLabel *m_speedLabel;
    QWidget *m_speedRow = nullptr;
    QActionGroup *m_speeds;
    bool m_compact = false;
};

} // namespace nextsteps
