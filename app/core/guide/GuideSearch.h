#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace nextsteps {

class Guide;

struct SearchHit
{
    int topicIndex = -1;
    int matches = 0;     // how often the query's words occur in the topic
    double score = 0;    // higher is better: titles and headings count more than the text
    QString snippet;     // a short piece of plain text around the first match
    QString snippetHtml; // the same, HTML-escaped, with the matched words in bold
    QStringList terms;   // the words of the page that matched, to highlight them there
};

// Full-text search over every page of the guide, by whole words: a query word matches a word of
// the page that is the same, another simple form of it (trial, trials; swallow, swallowing) or
// that starts with it (immuno…). Accents and case do not matter. Topics that hold every word of
// the query come back best first: a word in a title counts most, then in a heading, then in a
// suggested question, then in the text; words side by side as in the query count extra.
// The index is built on the first query, not at start-up.
class GuideSearch
{
public:
    explicit GuideSearch(const Guide &guide);

    QList<SearchHit> find(const QString &query) const;

    // The query with each word the guide does not know replaced by the nearest word it does
    // (one or two letters off: "hospise" → "hospice"); empty when there is nothing to correct.
    QString correction(const QString &query) const;

    // Index a set of already-plain pages directly (the benchmark uses this for large inputs).
    void setPages(const QStringList &plainPages);

    // Lower case without accents: "Clínico" → "clinico".
    static QString fold(const QString &text);
    // A folded word's simple form: "trials" → "trial", "swallowing" → "swallow".
    static QString stem(const QString &foldedWord);

private:
    enum class Field { Title, Heading, Question, Text };
    struct Token
    {
        int word = -1;        // in the vocabulary
        qsizetype start = -1; // in the page's plain text
        qsizetype length = 0;
        Field field = Field::Text;
    };
    struct Page
    {
        QString plain;
        QList<Token> tokens;
    };

    void ensureIndex() const;
    void clearIndex() const;
    void addText(Page *page, const QString &text, Field field) const;
    // For each word of the vocabulary, how well it answers the query word (0: not at all).
    QList<float> matchWeights(const QString &queryWord) const;
    bool isKnown(const QString &queryWord) const;

    const Guide *m_guide = nullptr;
    mutable bool m_indexed = false;
    mutable QList<Page> m_pages;
    mutable QStringList m_words; // the vocabulary, folded
    mutable QStringList m_stems;
    mutable QList<int> m_counts;
    mutable QHash<QString, int> m_wordIds;
};

} // namespace nextsteps
