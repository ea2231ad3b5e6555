#pragma once

#include "ui/readaloud/SpeechEngine.h"

#include <QList>
#include <QLocale>
#include <QStringList>

// Speaks nothing: records what it was asked to say, and reports progress when the test says
// a sentence is done.
class FakeSpeechEngine : public nextsteps::SpeechEngine
{
public:
    using SpeechEngine::SpeechEngine;

    bool isAvailable() const override { return available; }
    QString whyUnavailable() const override { return why; }
    bool setLanguage(const QLocale &language) override
    {
        for (const QLocale &voice : std::as_const(voices)) {
            if (voice.language() == language.language()) {
                this->language = language;
                return true;
            }
        }
        return false;
    }
    void setRate(double value) override { rate = value; }
    State state() const override { return m_state; }
    QString errorString() const override { return error; }
    void say(const QString &text) override
    {
        said << text;
        if (failOnSay) {
            fail(QStringLiteral("cannot speak"));
            return;
        }
        setState(State::Speaking);
    }
    void pause() override
    {
        ++pauses;
        if (m_state == State::Speaking)
            setState(State::Paused);
    }
    void resume() override
    {
        ++resumes;
        if (m_state == State::Paused)
            setState(State::Speaking);
    }
    void stop() override
    {
        ++stops;
        setState(State::Ready);
    }

    // The sentence being said is done.
    void finishSentence() { setState(State::Ready); }
    void fail(const QString &why)
    {
        error = why;
        setState(State::Error);
    }

    bool available = true;
    bool failOnSay = false; // fails inside say(), as an engine with no sound device may
    QString why;
    QList<QLocale> voices{QLocale(QLocale::English, QLocale::UnitedStates)};
    QLocale language;
    QStringList said;
    double rate = 0;
    int pauses = 0;
    int resumes = 0;
    int stops = 0;
    QString error;

private:
    void setState(State state)
    {
        m_state = state;
        Q_EMIT stateChanged(state);
    }

    State m_state = State::Ready;
};
