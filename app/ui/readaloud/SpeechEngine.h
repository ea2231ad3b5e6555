#pragma once

#include <QLocale>
#include <QObject>

namespace nextsteps {

// What reading aloud needs from a speech engine. The app's engine speaks through Qt
// TextToSpeech; the tests use one that only records what it was asked to say.
class SpeechEngine : public QObject
{
    Q_OBJECT

public:
    enum class State { Ready, Speaking, Paused, Error };
    Q_ENUM(State)

    using QObject::QObject;

    // Which voices speak ("speechd", "flite"); empty when none, or not known.
    virtual QString engineName() const { return {}; }
    // False when nothing can be spoken on this computer; whyUnavailable() says why, in words
    // for the person ("No voice for reading aloud is installed…").
    virtual bool isAvailable() const = 0;
    virtual QString whyUnavailable() const = 0;
    // Chooses a voice for the language. False when the computer has none for it.
    virtual bool setLanguage(const QLocale &language) = 0;
    // -1.0 (slowest) to 1.0 (fastest); 0 is the voice's usual speed.
    virtual void setRate(double rate) = 0;
    virtual State state() const = 0;
    virtual QString errorString() const = 0;

    // One sentence at a time: the engine reports Speaking, then Ready when it is done.
    virtual void say(const QString &text) = 0;
    virtual void pause() = 0;
    virtual void resume() = 0;
    virtual void stop() = 0;

Q_SIGNALS:
    void stateChanged(nextsteps::SpeechEngine::State state);
};

// The engine of this build: Qt TextToSpeech's, from the speech module (nextsteps_speech), when
// the app was built with it; otherwise one that says why nothing can be read aloud. Loading it
// can take a moment and brings in the voices and the sound system, so it is made when first
// needed, never at start-up.
SpeechEngine *createSpeechEngine(QObject *parent);
// The speech module's object (what nextsteps_createSpeech makes) behind the SpeechEngine seam:
// its invokable methods called by name, its stateChanged(int) forwarded. Null in a build
// without reading aloud. (Tests give an object of their own with the same methods.)
SpeechEngine *speechEngineFor(QObject *speech, QObject *parent);

} // namespace nextsteps
