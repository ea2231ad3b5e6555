#pragma once

#include <QString>

namespace nextsteps {

// Says words aloud in a language: what the phrase board needs of speech, without knowing the
// speech engine (the window gives it one that reading aloud's engine answers, made when first
// used). Tests give one that records what it was asked to say.
class Speaker
{
public:
    virtual ~Speaker() = default;
    // Says text in language ("en" or "es"). False when it cannot (no voice for that language,
    // speech missing); whyNot() then says why, in plain words: the words on the screen are the
    // message.
    virtual bool speak(const QString &text, const QString &language) = 0;
    virtual QString whyNot() const = 0;
};

} // namespace nextsteps
