#include "ui/readaloud/module/QtSpeech.h"

#include <QLoggingCategory>
#include <QTextToSpeech>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSpeech, "nextsteps.speech", QtWarningMsg)

namespace nextsteps {

namespace {

int fromQt(QTextToSpeech::State state)
{
    switch (state) {
    case QTextToSpeech::Ready:
        return QtSpeech::Ready;
    case QTextToSpeech::Speaking:
        return QtSpeech::Speaking;
    case QTextToSpeech::Paused:
        return QtSpeech::Paused;
    case QTextToSpeech::Error:
        break;
    }
    return QtSpeech::Error;
}

} // namespace

QtSpeech::QtSpeech(QObject *parent) : QObject(parent)
{
    // speech-dispatcher first on Linux: it speaks with the voice and settings the person chose
    // for the whole desktop (and for a screen reader). Flite, built in, when it is not running.
    QStringList engines = QTextToSpeech::availableEngines();
    if (engines.removeAll(u"speechd"_s) > 0)
        engines.prepend(u"speechd"_s);
    QStringList problems;
    for (const QString &name : std::as_const(engines)) {
        auto *speech = new QTextToSpeech(name, this);
        if (speech->state() != QTextToSpeech::Error) {
            m_speech = speech;
            break;
        }
        problems << name + u": "_s + speech->errorString();
        delete speech;
    }
    if (!m_speech) {
        qCInfo(lcSpeech) << "no speech engine could be loaded:" << engines << problems;
        m_whyUnavailable =
            engines.isEmpty()
                ? tr("No voice for reading aloud is installed on this computer. On Debian or "
                     "Ubuntu, install the package qt6-speech-speechd-plugin or "
                     "qt6-speech-flite-plugin.")
                : tr("The voices for reading aloud on this computer could not be started (%1).")
                      .arg(problems.join(u"; "_s));
        return;
    }
    connect(m_speech, &QTextToSpeech::stateChanged, this,
            [this](QTextToSpeech::State state) { Q_EMIT stateChanged(fromQt(state)); });
}

QtSpeech::~QtSpeech()
{
    if (m_speech)
        m_speech->stop();
}

QString QtSpeech::engineName() const
{
    return m_speech ? m_speech->engine() : QString();
}

bool QtSpeech::setLanguage(const QLocale &language)
{
    if (!m_speech)
        return false;
    // The same language and country if there is one (English for the United States), or the
    // same language anywhere.
    const QList<QLocale> locales = m_speech->availableLocales();
    const QLocale *best = nullptr;
    for (const QLocale &locale : locales) {
        if (locale.language() != language.language())
            continue;
        if (!best || locale.territory() == language.territory())
            best = &locale;
    }
    if (!best)
        return false;
    if (m_speech->locale() != *best)
        m_speech->setLocale(*best);
    return true;
}

void QtSpeech::setRate(double rate)
{
    if (m_speech)
        m_speech->setRate(rate);
}

int QtSpeech::state() const
{
    return m_speech ? fromQt(m_speech->state()) : Error;
}

QString QtSpeech::errorString() const
{
    return m_speech ? m_speech->errorString() : m_whyUnavailable;
}

void QtSpeech::say(const QString &text)
{
    if (m_speech)
        m_speech->say(text);
}

void QtSpeech::pause()
{
    if (m_speech)
        m_speech->pause();
}

void QtSpeech::resume()
{
    if (m_speech)
        m_speech->resume();
}

void QtSpeech::stop()
{
    if (m_speech)
        m_speech->stop();
}

} // namespace nextsteps

// What the program looks up in the module: a speech object, its parent given.
extern "C" Q_DECL_EXPORT QObject *nextsteps_createSpeech(QObject *parent)
{
    return new nextsteps::QtSpeech(parent);
}
