#pragma once

#include "ui/readaloud/SpokenText.h"

#include <QLocale>
#include <QObject>
#include <QPointer>

class QTextEdit;

namespace nextsteps {

class SpeechEngine;

// Reads a page aloud sentence by sentence: each sentence is said on its own and highlighted on
// the page (and scrolled into view) while it is said; when the engine is done with it, the next
// follows. Sentence by sentence works with every engine Qt 6.4 has, which does not report
// progress within what it says.
class ReadAloud : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Reading, Paused };
    Q_ENUM(State)

    static constexpr int SlowestSpeed = -2;
    static constexpr int FastestSpeed = 2;

    ReadAloud(QTextEdit *page, QObject *parent = nullptr);
    ~ReadAloud() override;

    // Uses this engine from now on (the tests' fake); otherwise the build's engine is made
    // when first needed.
    void setEngine(SpeechEngine *engine);
    SpeechEngine *engine();
    bool hasEngine() const { return !m_engine.isNull(); }

    bool isAvailable();
    // Why nothing can be read aloud, for the person; empty when it can.
    QString whyUnavailable();

    State state() const { return m_state; }
    // The sentences of what is being read, and which one is being said.
    QList<SpokenSentence> sentences() const { return m_sentences; }
    int currentIndex() const { return m_index; }

    // From the slowest (-2) to the fastest (2); 0 is the voice's usual speed. Remembered.
    int speed() const { return m_speed; }
    void setSpeed(int speed);

    // The language of what is read: a voice for it is chosen, or the reason says there is none.
    void setLanguage(const QLocale &language);
    // Says one phrase in a language of its own (the phrase board), stopping any reading; the
    // page's voice comes back when reading starts again. False with *why when it cannot.
    bool sayOnce(const QString &text, const QLocale &language, QString *why);
    // What a phrase's failing engine means, in plain words (its own words go to the log).
    static QString soundFailed(const QString &engineError);
    QLocale language() const { return m_language; }

public Q_SLOTS:
    // Reads the selected text, or else the whole page followed by `after` (sentences that are
    // not on the page, such as the suggested questions).
    void readPage(const QList<SpokenSentence> &after = {});
    // Reads sentences that are not on the page (the question list).
    void readSentences(const QList<SpokenSentence> &sentences);
    void pause();
    void resume();
    void togglePause();
    void stop();
    // The page was laid out again (a new text size): show the highlight on the new layout.
    void refreshHighlight();

Q_SIGNALS:
    void stateChanged(nextsteps::ReadAloud::State state);
    void availabilityChanged();
    void speedChanged(int speed);
    void message(const QString &text);
    // A phrase given to sayOnce() could not be said after all (the engine failed while saying
    // it): why, in the engine's words.
    void phraseNotSaid(const QString &why);

private:
    void start(const QList<SpokenSentence> &sentences);
    void sayCurrent();
    void advance();
    void finish();
    void setState(State state);
    void engineStateChanged(int state);
    void highlight(const SpokenSentence *sentence);
    void updateVoice();

    QTextEdit *m_page;
    QPointer<SpeechEngine> m_engine;
    QLocale m_language{QLocale::English, QLocale::UnitedStates};
    bool m_hasVoice = false;
    State m_state = State::Idle;
    QList<SpokenSentence> m_sentences;
    int m_index = -1;
    bool m_utterancePending = false; // said, and the engine is not done with it yet
    bool m_sayingOnce = false;       // a phrase given to sayOnce(), not yet done
    int m_run = 0;                   // counts readings: a late step of a stopped one is ignored
    int m_speed = 0;
};

} // namespace nextsteps
