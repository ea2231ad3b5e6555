#include "ui/readaloud/SpeechEngine.h"

#ifdef NEXTSTEPS_HAVE_SPEECH
#include "ui/readaloud/QtSpeechEngine.h"
#endif

namespace nextsteps {

namespace {

// A build without Qt TextToSpeech: everything else works, and the Listen button says why it
// cannot be used.
class NoSpeechEngine : public SpeechEngine
{
public:
    using SpeechEngine::SpeechEngine;

    bool isAvailable() const override { return false; }
    QString whyUnavailable() const override
    {
        return SpeechEngine::tr(
            "Reading aloud is not part of this copy of Next Steps: it was built without "
            "Qt's text-to-speech module.");
    }
    bool setLanguage(const QLocale &) override { return false; }
    void setRate(double) override {}
    State state() const override { return State::Error; }
    QString errorString() const override { return whyUnavailable(); }
    void say(const QString &) override {}
    void pause() override {}
    void resume() override {}
    void stop() override {}
};

} // namespace

SpeechEngine *createSpeechEngine(QObject *parent)
{
#ifdef NEXTSTEPS_HAVE_SPEECH
    return new QtSpeechEngine(parent);
#else
    return new NoSpeechEngine(parent);
#endif
}

} // namespace nextsteps
