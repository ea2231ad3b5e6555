#include "ui/readaloud/ListenBar.h"

#include "ui/readaloud/ReadAloud.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/Shortcuts.h"
#include "ui/widgets/TextSize.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include <utility>

using namespace Qt::StringLiterals;

namespace nextsteps {

ListenBar::ListenBar(ReadAloud *reader, QWidget *parent) : QWidget(parent), m_reader(reader)
{
    setObjectName(u"listenBar"_s);
    // Texts are set in retranslateUi(), again when the language changes.
    m_listen = addPanelAction(this, u"readAloud"_s, QString(),
                              {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)});
    m_pause = addPanelAction(this, u"pauseReading"_s, QString(),
                             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    m_stop = addPanelAction(this, u"stopReading"_s, QString(),
                            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});

    auto makeButton = [this](QAction *action, const QString &name) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(button, &QToolButton::clicked, action, &QAction::trigger);
        return button;
    };
    m_listenButton = makeButton(m_listen, u"listenButton"_s);
    m_pauseButton = makeButton(m_pause, u"pauseButton"_s);
    m_stopButton = makeButton(m_stop, u"stopButton"_s);

    m_speed = new QComboBox(this);
    m_speed->setObjectName(u"speechSpeed"_s);
    for (int speed = -2; speed <= 2; ++speed)
        m_speed->addItem(QString(), speed);
    m_speed->setCurrentIndex(m_speed->findData(reader->speed()));
    m_speedLabel = new QLabel(this);
    m_speedLabel->setBuddy(m_speed);
    m_speeds = new QActionGroup(this);
    for (int speed = -2; speed <= 2; ++speed) {
        QAction *action = m_speeds->addAction(QString());
        action->setObjectName(u"speed_%1"_s.arg(speed + 2));
        action->setData(speed);
        action->setCheckable(true);
        action->setChecked(speed == reader->speed());
        connect(action, &QAction::triggered, this, [this, speed] { m_reader->setSpeed(speed); });
    }
    retranslateUi();

    // The speed and its label stay together; at large text sizes the row goes on to a second
    // line rather than cut a button.
    auto *speed = m_speedRow = new QWidget(this);
    auto *speedLayout = new QHBoxLayout(speed);
    speedLayout->setContentsMargins(0, 0, 0, 0);
    m_speedLabel->setParent(speed);
    m_speed->setParent(speed);
    speedLayout->addWidget(m_speedLabel);
    speedLayout->addWidget(m_speed);
    auto *layout = new FlowLayout(this);
    layout->setContentsMargins(0, 0, 0, 0); // in the reading pane's row, after Back and Forward
    layout->addWidget(m_listenButton);
    layout->addWidget(m_pauseButton);
    layout->addWidget(m_stopButton);
    layout->addWidget(speed);

    connect(m_pause, &QAction::triggered, reader, &ReadAloud::togglePause);
    connect(m_stop, &QAction::triggered, reader, &ReadAloud::stop);
    connect(m_speed, qOverload<int>(&QComboBox::activated), this,
            [this](int index) { m_reader->setSpeed(m_speed->itemData(index).toInt()); });
    connect(reader, &ReadAloud::speedChanged, this, [this](int speed) {
        m_speed->setCurrentIndex(m_speed->findData(speed));
        for (QAction *action : m_speeds->actions())
            action->setChecked(action->data().toInt() == speed);
    });
    connect(reader, &ReadAloud::stateChanged, this, &ListenBar::updateState);
    connect(reader, &ReadAloud::availabilityChanged, this, &ListenBar::updateState);
    connect(TextSize::instance(), &TextSize::changed, this,
            [this](int percent) { setCompact(percent >= CompactZoom); });
    setCompact(TextSize::percent() >= CompactZoom);
}

QList<QAction *> ListenBar::speedActions() const
{
    return m_speeds->actions();
}

void ListenBar::setCompact(bool compact)
{
    m_compact = compact;
    m_speedRow->setVisible(!compact);
    updateState();
}

void ListenBar::retranslateUi()
{
    m_listen->setText(tr("R&ead Aloud"));
    m_pause->setProperty("shortcutsLabel", tr("Pause or Resume Reading"));
    m_stop->setText(tr("&Stop Reading"));
    for (auto [button, text] :
         {std::pair{m_listenButton, tr("Listen")}, std::pair{m_stopButton, tr("Stop")}}) {
        button->setText(text);
        button->setAccessibleName(text);
    }
    m_speed->setAccessibleName(tr("Reading speed"));
    const QString speeds[] = {tr("Much slower"), tr("Slower"), tr("Normal"), tr("Faster"),
                              tr("Much faster")};
    for (int i = 0; i < m_speed->count(); ++i) {
        m_speed->setItemText(i, speeds[i]);
        m_speeds->actions().at(i)->setText(speeds[i]);
    }
    m_speedLabel->setText(tr("S&peed:"));
    updateState(); // the pause texts and the tips
}

void ListenBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ListenBar::updateState()
{
    // Until the engine is made (just after the window first paints), Listen is offered: it
    // says why if reading aloud turns out not to be possible.
    const QString why = m_reader->hasEngine() ? m_reader->whyUnavailable() : QString();
    const bool available = why.isEmpty();
    const QString listenTip =
        available ? tr("Read this topic aloud, or the text you selected (%1)")
                        .arg(m_listen->shortcut().toString(QKeySequence::NativeText))
                  : why;
    // The command itself stays enabled: a disabled menu item cannot be reached with the keys,
    // and choosing it (or pressing its keys) says in the status bar why nothing is read.
    m_listenButton->setEnabled(available);
    m_listen->setToolTip(listenTip);
    m_listen->setStatusTip(available ? QString() : listenTip);
    // As a paragraph, so that a long reason wraps instead of running off the screen.
    m_listenButton->setToolTip(u"<p>"_s + listenTip.toHtmlEscaped() + u"</p>"_s);
    m_listenButton->setAccessibleDescription(listenTip);

    const ReadAloud::State state = m_reader->state();
    const bool paused = state == ReadAloud::State::Paused;
    m_pause->setEnabled(state != ReadAloud::State::Idle);
    m_pause->setText(paused ? tr("Res&ume Reading") : tr("&Pause Reading"));
    m_pauseButton->setEnabled(m_pause->isEnabled());
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
    m_pauseButton->setAccessibleName(m_pauseButton->text());
    m_stop->setEnabled(state != ReadAloud::State::Idle);
    m_stopButton->setEnabled(m_stop->isEnabled());
    m_speed->setEnabled(available);
    for (QAction *action : m_speeds->actions())
        action->setEnabled(available);
    // Compact: Pause and Stop only while there is something to pause or stop.
    m_pauseButton->setVisible(!m_compact || m_pause->isEnabled());
    m_stopButton->setVisible(!m_compact || m_stop->isEnabled());
}

} // namespace nextsteps
