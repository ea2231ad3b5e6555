#include "ui/readaloud/SpeechEngine.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTextToSpeech>

#include <memory>

using namespace Qt::StringLiterals;
using namespace nextsteps;

// The real Qt TextToSpeech, as the app uses it: through the speech module, loaded when first
// needed. Where the engine plug-ins are installed (CI installs them), one of them must load;
// elsewhere the test says what is missing and skips.
class TestQtSpeechEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void moduleObject_isCalledAndHeardThroughTheSeam();
    void anEngineLoads_withoutBlocking();
    void speaking_neverHangs();

private:
    static bool inCi() { return qEnvironmentVariable("CI") == u"true"; }
};

// What the speech module makes, in small: the methods the program calls by name, and the
// signal it listens to.
class FakeModuleSpeech : public QObject
{
    Q_OBJECT

public:
    Q_INVOKABLE QString engineName() const { return u"fake"_s; }
    Q_INVOKABLE bool isAvailable() const { return true; }
    Q_INVOKABLE QString whyUnavailable() const { return {}; }
    Q_INVOKABLE bool setLanguage(const QLocale &language)
    {
        chosen = language;
        return language.language() == QLocale::Spanish;
    }
    Q_INVOKABLE void setRate(double value) { rate = value; }
    Q_INVOKABLE int state() const { return current; }
    Q_INVOKABLE QString errorString() const { return u"none"_s; }
    Q_INVOKABLE void say(const QString &text) { said << text; }
    Q_INVOKABLE void pause() { said << u"(pause)"_s; }
    Q_INVOKABLE void resume() { said << u"(resume)"_s; }
    Q_INVOKABLE void stop() { said << u"(stop)"_s; }

    QStringList said;
    QLocale chosen;
    double rate = 0;
    int current = 0;

Q_SIGNALS:
    void stateChanged(int state);
};

#define REQUIRE_OR_SKIP(condition, reason)                                                         \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            if (inCi())                                                                            \
                QFAIL(qPrintable(reason));                                                         \
            QSKIP(qPrintable(reason));                                                             \
        }                                                                                          \
    } while (false)

void TestQtSpeechEngine::moduleObject_isCalledAndHeardThroughTheSeam()
{
    auto *module = new FakeModuleSpeech;
    std::unique_ptr<SpeechEngine> engine(speechEngineFor(module, nullptr));
    QVERIFY(engine);
    QCOMPARE(engine->engineName(), u"fake"_s);
    QVERIFY(engine->isAvailable());
    QVERIFY(engine->setLanguage(QLocale(QLocale::Spanish, QLocale::UnitedStates)));
    QCOMPARE(module->chosen.language(), QLocale::Spanish);
    QVERIFY(!engine->setLanguage(QLocale(QLocale::French)));
    engine->setRate(0.5);
    QCOMPARE(module->rate, 0.5);
    engine->say(u"¿Cuándo es mi próxima visita?"_s);
    engine->pause();
    engine->resume();
    engine->stop();
    QCOMPARE(module->said, (QStringList{u"¿Cuándo es mi próxima visita?"_s, u"(pause)"_s,
                                        u"(resume)"_s, u"(stop)"_s}));
    // Its state, asked and told: reading aloud goes on to the next sentence when it hears
    // "Ready".
    module->current = 1;
    QCOMPARE(engine->state(), SpeechEngine::State::Speaking);
    QSignalSpy changed(engine.get(), &SpeechEngine::stateChanged);
    Q_EMIT module->stateChanged(0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<SpeechEngine::State>(), SpeechEngine::State::Ready);
}

void TestQtSpeechEngine::anEngineLoads_withoutBlocking()
{
    const QStringList engines = QTextToSpeech::availableEngines();
    REQUIRE_OR_SKIP(!engines.isEmpty(), u"no Qt TextToSpeech engine plug-in is installed (Debian: "
                                        "qt6-speech-speechd-plugin or qt6-speech-flite-plugin)"_s);
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<SpeechEngine> engine(createSpeechEngine(nullptr));
    const qint64 took = timer.elapsed();
    qInfo() << "engines:" << engines << "in use:" << engine->engineName() << "loaded in" << took
            << "ms";
    REQUIRE_OR_SKIP(engine->isAvailable(), u"no engine could start: "_s + engine->whyUnavailable());
    QVERIFY(engines.contains(engine->engineName()));
    QVERIFY(engine->whyUnavailable().isEmpty());
    QVERIFY2(took < 10000, "loading the engine must not keep the window waiting");
    // Flite and speech-dispatcher both have English voices.
    QVERIFY(engine->setLanguage(QLocale(QLocale::English, QLocale::UnitedStates)));
}

void TestQtSpeechEngine::speaking_neverHangs()
{
    std::unique_ptr<SpeechEngine> engine(createSpeechEngine(nullptr));
    REQUIRE_OR_SKIP(engine->isAvailable(), u"no engine could start: "_s + engine->whyUnavailable());
    engine->setLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
    // With no sound device (as in a container) an engine may fail to speak; what matters is
    // that it comes back, done or with an error, and that stopping always works (the state
    // reaches the program as a signal from the module).
    engine->say(u"Test."_s);
    QTRY_VERIFY_WITH_TIMEOUT(engine->state() != SpeechEngine::State::Speaking, 30000);
    engine->say(u"A second sentence to stop before it ends."_s);
    engine->stop();
    QTRY_VERIFY_WITH_TIMEOUT(engine->state() != SpeechEngine::State::Speaking, 10000);
}

QTEST_MAIN(TestQtSpeechEngine)
#include "tst_qtspeechengine.moc"
