#pragma once

#include <QLocale>
#include <QObject>

class QTextToSpeech;

namespace nextsteps {

// Speech through Qt TextToSpeech: the system's voices (speech-dispatcher or Flite on Linux, SAPI
// or WinRT on Windows, AVSpeechSynthesizer on macOS). Built as a module of its own
// (nextsteps_speech), loaded only when reading aloud is first used: no speech library, voice or
// sound system is in the program before then. The program reaches it through Qt's meta-object
// system alone (SpeechEngine.cpp), so the two share no C++ class.
class QtSpeech : public QObject
{
    Q_OBJECT

public:
    // The same numbers as SpeechEngine::State.
    enum State { Ready = 0, Speaking = 1, Paused = 2, Error = 3 };

    explicit QtSpeech(QObject *parent = nullptr);
    ~QtSpeech() override;

    Q_INVOKABLE QString engineName() const;
    Q_INVOKABLE bool isAvailable() const { return m_speech != nullptr; }
    Q_INVOKABLE QString whyUnavailable() const { return m_whyUnavailable; }
    Q_INVOKABLE bool setLanguage(const QLocale &language);
    Q_INVOKABLE void setRate(double rate);
    Q_INVOKABLE int state() const;
    Q_INVOKABLE QString errorString() const;
    Q_INVOKABLE void say(const QString &text);
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    Q_INVOKABLE void stop();

Q_SIGNALS:
    void stateChanged(int state);

private:
    QTextToSpeech *m_speech = nullptr;
    QString m_whyUnavailable;
};

} // namespace nextsteps
