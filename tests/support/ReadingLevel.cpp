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

// Spanish vowels: 0 not a vowel, 1 weak (i, u, ü, and y where it is a vowel), 2 strong (a, e, o,
// accented ones, and í, ú, whose accent breaks a diphthong).
int spanishVowel(QStringView word, qsizetype i)
{
    switch (word.at(i).unicode()) {
    case u'a':
    case u'e':
    case u'o':
    case u'á':
    case u'é':
    case u'ó':
    case u'í':
    case u'ú':
        return 2;
    case u'i':
    case u'u':
    case u'ü':
        return 1;
    case u'y': // "hoy", "muy", "y"; but "ensayo", "yo"
        return (i + 1 == word.size() || spanishVowel(word, i + 1) == 0) ? 1 : 0;
    default:
        return 0;
    }
}

} // namespace

double ReadingLevel::fernandezHuertaReadingEase() const
{
    const double syllablesPer100Words = words > 0 ? 100.0 * syllables / words : 0.0;
    return 206.84 - 0.60 * syllablesPer100Words - 1.02 * wordsPerSentence();
}

int ReadingLevel::spanishSyllablesIn(QStringView word)
{
    QString w;
    for (QChar c : word) {
        if (c.isLetter())
            w.append(c.toLower());
    }
    if (w.isEmpty())
        return 1;
    int syllables = 0;
    int previous = 0; // the kind of vowel just before, 0 after a consonant
    for (qsizetype i = 0; i < w.size(); ++i) {
        const int vowel = spanishVowel(w, i);
        // A new syllable after a consonant, and between two strong vowels (a hiatus).
        if (vowel != 0 && (previous == 0 || (vowel == 2 && previous == 2)))
            ++syllables;
        previous = vowel;
    }
    return std::max(1, syllables);
}

ReadingLevel ReadingLevel::measureSpanish(const QString &plainText)
{
    return measureWith(plainText, &ReadingLevel::spanishSyllablesIn);
}

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
    return measureWith(plainText, &ReadingLevel::syllablesIn);
}

ReadingLevel ReadingLevel::measureWith(const QString &plainText, int (*syllablesOf)(QStringView))
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
                level.syllables += syllablesOf(line.mid(i, end - i));
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
