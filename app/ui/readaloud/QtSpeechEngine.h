#pragma once

#include "ui/readaloud/SpeechEngine.h"

class QTextToSpeech;

namespace nextsteps {

// Speech through Qt TextToSpeech: the system's voices (speech-dispatcher or Flite on Linux,
// SAPI or WinRT on Windows, AVSpeechSynthesizer on macOS).
class QtSpeechEngine : public SpeechEngine
{
    Q_OBJECT

public:
    explicit QtSpeechEngine(QObject *parent = nullptr);
    ~QtSpeechEngine() override;

    // The name of the engine in use ("speechd", "flite"); empty when none could be loaded.
    QString engineName() const;

    bool isAvailable() const override { return m_speech != nullptr; }
    QString whyUnavailable() const override { return m_whyUnavailable; }
    bool setLanguage(const QLocale &language) override;
    void setRate(double rate) override;
    State state() const override;
    QString errorString() const override;
    void say(const QString &text) override;
    void pause() override;
    void resume() override;
    void stop() override;

private:
    QTextToSpeech *m_speech = nullptr;
    QString m_whyUnavailable;
};

} // namespace nextsteps
