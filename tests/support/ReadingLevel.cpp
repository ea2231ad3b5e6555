#include "ReadingLevel.h"

#include <QList>

#include <algorithm>

namespace nextsteps {

namespace {

bool isVowel(QChar c)
{
    switch (c.toLower().unicode()) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
        return true;
    default:
        return false;
    }
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'\'' || c == QChar(0x2019);
}

} // namespace

double ReadingLevel::wordsPerSentence() const
{
    return sentences > 0 ? double(words) / sentences : 0.0;
}

double ReadingLevel::syllablesPerWord() const
{
    return words > 0 ? double(syllables) / words : 0.0;
}

double ReadingLevel::fleschReadingEase() const
{
    return 206.835 - 1.015 * wordsPerSentence() - 84.6 * syllablesPerWord();
}

double ReadingLevel::fleschKincaidGrade() const
{
    return 0.39 * wordsPerSentence() + 11.8 * syllablesPerWord() - 15.59;
}

int ReadingLevel::syllablesIn(QStringView word)
{
    QString w;
    for (QChar c : word) {
        if (c.isLetter())
            w.append(c.toLower());
    }
    if (w.isEmpty())
        return 1;

    int groups = 0;
    bool previousVowel = false;
    for (QChar c : std::as_const(w)) {
        const bool vowel = isVowel(c);
        if (vowel && !previousVowel)
            ++groups;
        previousVowel = vowel;
    }

    const auto n = w.size();
    auto consonantAt = [&](qsizetype i) {
        return i >= 0 && i < n && !isVowel(w.at(i));
    };
    const bool silentE = n > 2 && w.endsWith(u'e') && consonantAt(n - 2) &&
                         !(w.at(n - 2) == u'l' && consonantAt(n - 3)); // "care", not "table"
    const bool silentEd = n > 3 && w.endsWith(u"ed") && consonantAt(n - 3) && w.at(n - 3) != u't' &&
                          w.at(n - 3) != u'd'; // "named", not "wanted"
    if ((silentE || silentEd) && groups > 1)
        --groups;
    return std::max(1, groups);
}

ReadingLevel ReadingLevel::measure(const QString &plainText)
{
    ReadingLevel level;
    const auto lines = QStringView(plainText).split(u'\n');
    for (QStringView line : lines) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        int wordsInLine = 0;
        bool pendingSentence = false;
        qsizetype i = 0;
        while (i < line.size()) {
            const QChar c = line.at(i);
            if (isWordChar(c)) {
                qsizetype end = i;
                // A number like 100.4 or 1-800-422-6237 is one word.
                while (end < line.size() &&
                       (isWordChar(line.at(end)) ||
                        ((line.at(end) == u'.' || line.at(end) == u'-' || line.at(end) == u',') &&
                         end + 1 < line.size() && line.at(end + 1).isDigit() &&
                         line.at(end - 1).isDigit())))
                    ++end;
                ++level.words;
                ++wordsInLine;
                level.syllables += syllablesIn(line.mid(i, end - i));
                pendingSentence = true;
                i = end;
                continue;
            }
            if ((c == u'.' || c == u'!' || c == u'?') && pendingSentence) {
                ++level.sentences;
                pendingSentence = false;
            }
            ++i;
        }
        if (pendingSentence && wordsInLine > 0)
            ++level.sentences;
    }
    return level;
}

} // namespace nextsteps
