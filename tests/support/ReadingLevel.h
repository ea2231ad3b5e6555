#pragma once

#include <QString>
#include <QStringView>

namespace nextsteps {

// Readability of plain English text, by the standard Flesch formulas:
//   Flesch Reading Ease  = 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)
//   Flesch-Kincaid grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59
//
// Counting rules (documented here because every tool counts a little differently):
// - A word is a run of letters, digits and apostrophes. A word with no letter (a number such as
//   "911" or "100.4") counts as one syllable.
// - A sentence ends at ".", "!" or "?" followed by a space or the end of a line, and at the end of
//   every non-empty line: headings and list items stand on their own.
// - Syllables: count the groups of vowels (a, e, i, o, u, y) in the word; take one off for a silent
//   "e" at the end ("care"; but not "-le" after a consonant, as in "table") and for "-ed" after a
//   consonant other than t or d ("named"; but "wanted"); every word has at least one syllable.
struct ReadingLevel
{
    int words = 0;
    int sentences = 0;
    int syllables = 0;

    double wordsPerSentence() const;
    double syllablesPerWord() const;
    double fleschReadingEase() const;
    double fleschKincaidGrade() const;

    static ReadingLevel measure(const QString &plainText);
    static int syllablesIn(QStringView word);
};

} // namespace nextsteps
