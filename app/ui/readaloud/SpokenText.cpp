#include "ui/readaloud/SpokenText.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

bool hasWords(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

// A web address is not read out letter by letter (a person reading aloud would say the name
// of the site, which the page gives beside it): it is blanked out, keeping every other
// character where it was on the page.
QString withoutAddresses(const QString &run)
{
    static const QRegularExpression address(uR"((?:https?://|www\.)\S+)"_s);
    QString masked = run;
    QRegularExpressionMatchIterator it = address.globalMatch(run);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        for (qsizetype i = match.capturedStart(); i < match.capturedEnd(); ++i)
            masked[i] = QChar::Space;
    }
    return masked;
}

// Splits one run of text (a paragraph, or one line of it) into sentences. `offset` is where
// the run starts on the page; -1 for text that is not on a page.
void appendSentences(QList<SpokenSentence> &out, const QString &original, int offset, int from,
                     int to)
{
    const QString run = withoutAddresses(original);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, run);
    qsizetype begin = 0;
    while (begin < run.size()) {
        qsizetype end = finder.toNextBoundary();
        // A full stop inside a word ("Cancer.Net") does not end a sentence.
        while (end > 0 && end < run.size() && !run.at(end).isSpace() && !run.at(end - 1).isSpace())
            end = finder.toNextBoundary();
        if (end < 0)
            end = run.size();
        qsizetype a = begin;
        qsizetype b = end;
        if (offset >= 0) { // only the part chosen on the page
            a = std::clamp<qsizetype>(from - offset, a, b);
            b = std::clamp<qsizetype>(to - offset, a, b);
        }
        while (a < b && run.at(a).isSpace())
            ++a;
        while (b > a && run.at(b - 1).isSpace())
            --b;
        const QString text = run.mid(a, b - a).simplified();
        if (hasWords(text)) {
            SpokenSentence sentence;
            sentence.text = text;
            if (offset >= 0) {
                sentence.start = offset + int(a);
                sentence.end = offset + int(b);
            }
            out.append(sentence);
        }
        begin = end;
    }
}

// A line break inside a paragraph (a glossary word above its meaning) ends what is said, as a
// full stop does; a picture or other object has no words to say.
void appendRuns(QList<SpokenSentence> &out, const QString &text, int offset, int from, int to)
{
    QString clean = text;
    clean.replace(QChar::ObjectReplacementCharacter, QChar::Space);
    qsizetype runStart = 0;
    for (qsizetype i = 0; i <= clean.size(); ++i) {
        if (i < clean.size() && clean.at(i) != QChar::LineSeparator &&
            clean.at(i) != QChar::ParagraphSeparator && clean.at(i) != u'\n')
            continue;
        const QString run = clean.mid(runStart, i - runStart);
        appendSentences(out, run, offset < 0 ? -1 : offset + int(runStart), from, to);
        runStart = i + 1;
    }
}

} // namespace

QList<SpokenSentence> spokenSentences(const QTextDocument *document, int from, int to)
{
    QList<SpokenSentence> sentences;
    for (QTextBlock block = document->findBlock(from); block.isValid() && block.position() < to;
         block = block.next()) {
        appendRuns(sentences, block.text(), block.position(), from, to);
    }
    return sentences;
}

QList<SpokenSentence> spokenSentences(const QString &text)
{
    QList<SpokenSentence> sentences;
    appendRuns(sentences, text, -1, 0, 0);
    return sentences;
}

} // namespace nextsteps
