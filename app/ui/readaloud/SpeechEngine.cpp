#include "ui/readaloud/SpeechEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>
#include <QMetaObject>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

// Nothing can be spoken: everything else works, and the Listen button says why.
class NoSpeechEngine : public SpeechEngine
{
public:
    NoSpeechEngine(const QString &why, QObject *parent) : SpeechEngine(parent), m_why(why) {}

    bool isAvailable() const override { return false; }
    QString whyUnavailable() const override { return m_why; }
    bool setLanguage(const QLocale &) override { return false; }
    void setRate(double) override {}
    State state() const override { return State::Error; }
    QString errorString() const override { return m_why; }
    void say(const QString &) override {}
    void pause() override {}
    void resume() override {}
    void stop() override {}

private:
    QString m_why;
};

#ifdef NEXTSTEPS_HAVE_SPEECH
// The speech module's object (QtSpeech), reached through Qt's meta-object system: the module
// and the program share no C++ class, so each keeps its own and nothing can disagree.
class ModuleSpeechEngine : public SpeechEngine
{
    Q_OBJECT

public:
    ModuleSpeechEngine(QObject *speech, QObject *parent) : SpeechEngine(parent), m_speech(speech)
    {
        speech->setParent(this);
        if (!connect(speech, SIGNAL(stateChanged(int)), this, SLOT(forwardState(int))))
            qWarning("The speech module does not report its state: reading aloud would stop "
                     "after the first sentence");
    }

    QString engineName() const override { return text("engineName"); }
    bool isAvailable() const override
    {
        bool available = false;
        QMetaObject::invokeMethod(m_speech, "isAvailable", Q_RETURN_ARG(bool, available));
        return available;
    }
    QString whyUnavailable() const override { return text("whyUnavailable"); }
    bool setLanguage(const QLocale &language) override
    {
        bool chosen = false;
        QMetaObject::invokeMethod(m_speech, "setLanguage", Q_RETURN_ARG(bool, chosen),
                                  Q_ARG(QLocale, language));
        return chosen;
    }
    void setRate(double rate) override
    {
        QMetaObject::invokeMethod(m_speech, "setRate", Q_ARG(double, rate));
    }
    State state() const override
    {
        int state = int(State::Error);
        QMetaObject::invokeMethod(m_speech, "state", Q_RETURN_ARG(int, state));
        return State(state);
    }
    QString errorString() const override { return text("errorString"); }
    void say(const QString &text) override
    {
        QMetaObject::invokeMethod(m_speech, "say", Q_ARG(QString, text));
    }
    void pause() override { QMetaObject::invokeMethod(m_speech, "pause"); }
    void resume() override { QMetaObject::invokeMethod(m_speech, "resume"); }
    void stop() override { QMetaObject::invokeMethod(m_speech, "stop"); }

private Q_SLOTS:
    void forwardState(int state) { Q_EMIT stateChanged(State(state)); }

private:
    QString text(const char *method) const
    {
        QString value;
        QMetaObject::invokeMethod(m_speech, method, Q_RETURN_ARG(QString, value));
        return value;
    }

    QPointer<QObject> m_speech;
};

// Where the module is: NEXTSTEPS_SPEECH_MODULE names it (tests, a developer's build);
// otherwise beside the program (a build tree, Windows), in the library folder the install put
// it in (Linux), or in the app bundle's plug-ins (macOS).
QStringList moduleCandidates()
{
    QStringList candidates;
    if (const QString named = qEnvironmentVariable("NEXTSTEPS_SPEECH_MODULE"); !named.isEmpty())
        candidates << named;
    const QDir program(QCoreApplication::applicationDirPath());
    for (const QString &folder :
         {u"."_s, QStringLiteral(NEXTSTEPS_SPEECH_INSTALL_DIR), u"../PlugIns"_s, u"../../.."_s})
        candidates << program.filePath(folder + u"/nextsteps_speech"_s);
    return candidates;
}
#endif

} // namespace

SpeechEngine *createSpeechEngine(QObject *parent)
{
#ifdef NEXTSTEPS_HAVE_SPEECH
    QStringList problems;
    for (const QString &candidate : moduleCandidates()) {
        QLibrary module(candidate);
        using Create = QObject *(*)(QObject *);
        if (auto create = reinterpret_cast<Create>(module.resolve("nextsteps_createSpeech"))) {
            if (QObject *speech = create(nullptr))
                return speechEngineFor(speech, parent);
        }
        problems << module.errorString();
    }
    return new NoSpeechEngine(
        SpeechEngine::tr("Reading aloud could not be started: a part of Next Steps is missing "
                         "(%1). Installing Next Steps again may bring it back.")
            .arg(problems.value(0)),
        parent);
#else
    return new NoSpeechEngine(
        SpeechEngine::tr("Reading aloud is not part of this copy of Next Steps: it was built "
                         "without Qt's text-to-speech module."),
        parent);
#endif
}

SpeechEngine *speechEngineFor(QObject *speech, QObject *parent)
{
#ifdef NEXTSTEPS_HAVE_SPEECH
    return new ModuleSpeechEngine(speech, parent);
#else
    Q_UNUSED(speech)
    Q_UNUSED(parent)
    return nullptr;
#endif
}

} // namespace nextsteps

#include "SpeechEngine.moc"
