#include "ui/readaloud/ReadAloud.h"

#include "ui/readaloud/SpeechEngine.h"
#include "ui/style/ColorContrast.h"
#include "ui/widgets/ExtraSelections.h"

#include <QScrollBar>
#include <QSettings>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {
const QString SpeedKey = u"speech/speed"_s;
constexpr double RatePerStep = 0.25; // the engine's rate goes from -1 to 1
} // namespace

ReadAloud::ReadAloud(QTextEdit *page, QObject *parent) : QObject(parent), m_page(page)
{
    m_speed =
        std::clamp(QSettings().value(SpeedKey, 0).toInt(), int(SlowestSpeed), int(FastestSpeed));
}

ReadAloud::~ReadAloud()
{
    if (m_engine) {
        m_engine->disconnect(this);
        if (m_state != State::Idle)
            m_engine->stop();
    }
}

void ReadAloud::setEngine(SpeechEngine *engine)
{
    stop();
    if (m_engine) {
        m_engine->disconnect(this);
        if (m_engine->parent() == this)
            delete m_engine;
    }
    m_engine = engine;
    if (m_engine) {
        connect(m_engine, &SpeechEngine::stateChanged, this,
                [this](SpeechEngine::State state) { engineStateChanged(int(state)); });
        m_engine->setRate(m_speed * RatePerStep);
    }
    updateVoice();
}

SpeechEngine *ReadAloud::engine()
{
    if (!m_engine)
        setEngine(createSpeechEngine(this));
    return m_engine;
}

bool ReadAloud::isAvailable()
{
    return engine()->isAvailable() && m_hasVoice;
}

QString ReadAloud::whyUnavailable()
{
    if (!engine()->isAvailable())
        return m_engine->whyUnavailable();
    if (!m_hasVoice) {
        // The guide's language named in the interface's language ("voz en español"), not in
        // English as QLocale::languageToString() names it.
        const QLocale::Language language = m_language.language();
        const QString name = language == QLocale::Spanish   ? tr("Spanish")
                             : language == QLocale::English ? tr("English")
                                                            : m_language.nativeLanguageName();
        return tr("This computer has no %1 voice for reading aloud. The speech settings of your "
                  "system may offer one to install.")
            .arg(name);
    }
    return {};
}

QString ReadAloud::soundFailed(const QString &engineError)
{
    // The engine's words ("Audio device does not support format: QAudioFormat(…)") are for the
    // log; the person is told what it means.
    qWarning("Speech failed: %s", qUtf8Printable(engineError));
    return tr("the sound could not be played on this computer");
}

bool ReadAloud::sayOnce(const QString &text, const QLocale &language, QString *why)
{
    stop();
    SpeechEngine *speech = engine();
    if (!speech->isAvailable()) {
        *why = speech->whyUnavailable();
        return false;
    }
    if (!speech->setLanguage(language)) {
        const QString name = language.language() == QLocale::Spanish ? tr("Spanish")
                             : language.language() == QLocale::English
                                 ? tr("English")
                                 : language.nativeLanguageName();
        *why = tr("no %1 voice on this computer").arg(name);
        return false;
    }
    m_sayingOnce = true; // set first: an engine may fail inside say()
    speech->say(text);
    if (speech->state() == SpeechEngine::State::Error) {
        // Failed at once, or still failing from before (no sound device): no signal will come.
        m_sayingOnce = false;
        *why = soundFailed(speech->errorString());
        return false;
    }
    return true;
}

void ReadAloud::setLanguage(const QLocale &language)
{
    m_language = language;
    if (m_engine)
        updateVoice();
}

void ReadAloud::updateVoice()
{
    m_hasVoice = m_engine && m_engine->isAvailable() && m_engine->setLanguage(m_language);
    Q_EMIT availabilityChanged();
}

void ReadAloud::setSpeed(int speed)
{
    speed = std::clamp(speed, int(SlowestSpeed), int(FastestSpeed));
    if (speed == m_speed)
        return;
    m_speed = speed;
    QSettings().setValue(SpeedKey, m_speed);
    if (m_engine)
        m_engine->setRate(m_speed * RatePerStep); // from the next sentence on
    Q_EMIT speedChanged(m_speed);
}

void ReadAloud::readPage(const QList<SpokenSentence> &after)
{
    const QTextCursor selection = m_page->textCursor();
    if (selection.hasSelection()) {
        start(spokenSentences(m_page->document(), selection.selectionStart(),
                              selection.selectionEnd()));
        return;
    }
    start(spokenSentences(m_page->document()) + after);
}

void ReadAloud::readSentences(const QList<SpokenSentence> &sentences)
{
    start(sentences);
}

void ReadAloud::start(const QList<SpokenSentence> &sentences)
{
    stop();
    m_sayingOnce = false;
    // The page's voice again (a phrase said for the person may have been in another language).
    if (m_engine)
        m_hasVoice = m_engine->isAvailable() && m_engine->setLanguage(m_language);
    if (!isAvailable()) {
        Q_EMIT message(whyUnavailable());
        return;
    }
    if (sentences.isEmpty()) {
        Q_EMIT message(tr("There is nothing here to read aloud."));
        return;
    }
    m_sentences = sentences;
    m_index = 0;
    setState(State::Reading);
    sayCurrent();
}

void ReadAloud::sayCurrent()
{
    const SpokenSentence &sentence = m_sentences.at(m_index);
    highlight(sentence.start >= 0 ? &sentence : nullptr);
    // A copy: an engine that fails at once stops the reading from inside say(), which empties
    // the list of sentences.
    const QString text = sentence.text;
    m_utterancePending = true;
    m_engine->say(text);
}

void ReadAloud::advance()
{
    if (m_state != State::Reading || m_utterancePending)
        return;
    ++m_index;
    if (m_index >= m_sentences.size()) {
        finish();
        return;
    }
    sayCurrent();
}

void ReadAloud::engineStateChanged(int value)
{
    const auto state = SpeechEngine::State(value);
    if (m_state == State::Idle) {
        // A phrase said once (sayOnce) that failed on its way out: said so.
        if (m_sayingOnce && state == SpeechEngine::State::Error) {
            m_sayingOnce = false;
            Q_EMIT phraseNotSaid(soundFailed(m_engine->errorString()));
        } else if (m_sayingOnce && state == SpeechEngine::State::Ready) {
            m_sayingOnce = false;
        }
        return; // otherwise the engine settling after a stop
    }
    if (state == SpeechEngine::State::Error) {
        const QString why = m_engine->errorString();
        stop();
        Q_EMIT message(tr("Reading aloud stopped: %1").arg(why));
        return;
    }
    if (state != SpeechEngine::State::Ready || !m_utterancePending)
        return;
    m_utterancePending = false;
    // The next sentence is said once the engine has finished telling about this one (and not
    // from inside its signal); while paused, it waits for Resume.
    if (m_state == State::Reading) {
        const int run = m_run;
        QTimer::singleShot(0, this, [this, run] {
            if (run == m_run)
                advance();
        });
    }
}

void ReadAloud::pause()
{
    if (m_state != State::Reading)
        return;
    setState(State::Paused);
    m_engine->pause();
}

void ReadAloud::resume()
{
    if (m_state != State::Paused)
        return;
    setState(State::Reading);
    if (m_utterancePending)
        m_engine->resume();
    else
        advance(); // the sentence ended while paused
}

void ReadAloud::togglePause()
{
    if (m_state == State::Reading)
        pause();
    else if (m_state == State::Paused)
        resume();
}

void ReadAloud::stop()
{
    if (m_state == State::Idle)
        return;
    ++m_run;
    m_utterancePending = false;
    setState(State::Idle); // first: the engine's own "ready" on stopping is not a next step
    if (m_engine)
        m_engine->stop();
    highlight(nullptr);
    m_sentences.clear();
    m_index = -1;
}

void ReadAloud::finish()
{
    ++m_run;
    setState(State::Idle);
    highlight(nullptr);
    m_sentences.clear();
    m_index = -1;
    Q_EMIT message(tr("Finished reading aloud."));
}

void ReadAloud::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ReadAloud::refreshHighlight()
{
    const bool onPage = m_state != State::Idle && m_index >= 0 && m_index < m_sentences.size() &&
                        m_sentences.at(m_index).start >= 0;
    highlight(onPage ? &m_sentences.at(m_index) : nullptr);
}

void ReadAloud::highlight(const SpokenSentence *sentence)
{
    if (!sentence) {
        setOwnedExtraSelections(m_page, HighlightOwner::ReadAloud, {});
        return;
    }
    QTextDocument *document = m_page->document();
    const int last = document->characterCount() - 1;
    QTextCursor cursor(document);
    cursor.setPosition(std::min(sentence->start, last));
    cursor.setPosition(std::min(sentence->end, last), QTextCursor::KeepAnchor);
    // The palette's highlight, with its text checked for 4.5:1 contrast (as find in page does).
    const QPalette palette = m_page->palette();
    QTextEdit::ExtraSelection selection;
    selection.cursor = cursor;
    selection.format.setBackground(palette.color(QPalette::Highlight));
    selection.format.setForeground(ColorContrast::readableOn(
        palette.color(QPalette::Highlight), palette.color(QPalette::HighlightedText)));
    setOwnedExtraSelections(m_page, HighlightOwner::ReadAloud, {selection});

    // Keep the sentence in view, a third of the way down so that what follows shows too.
    QTextCursor first(document);
    first.setPosition(cursor.selectionStart());
    QTextCursor end(document);
    end.setPosition(cursor.selectionEnd());
    const QRect top = m_page->cursorRect(first);
    const QRect bottom = m_page->cursorRect(end);
    const int height = m_page->viewport()->height();
    if (top.top() >= 0 && bottom.bottom() <= height)
        return;
    const int offset = std::clamp(height - (bottom.bottom() - top.top()), 0, height / 3);
    QScrollBar *bar = m_page->verticalScrollBar();
    bar->setValue(bar->value() + top.top() - offset);
}

} // namespace nextsteps
