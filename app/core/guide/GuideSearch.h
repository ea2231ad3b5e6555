#pragma once

#include <QList>
#include <QString>

namespace nextsteps {

class Guide;

struct SearchHit
{
    int topicIndex = -1;
    int matches = 0; // how often the words occur in the topic
    QString snippet; // a short piece of text around the first match
};

// Full-text search over every page of the guide. The index (case-folded plain text of each page)
// is built on the first query, not at start-up.
class GuideSearch
{
public:
    explicit GuideSearch(const Guide &guide);

    // Topics that hold every word of the query, best first.
    QList<SearchHit> find(const QString &query) const;

    // Index a set of already-plain pages directly (the benchmark uses this for large inputs).
    void setPages(const QStringList &plainPages);

    // What the index and the query are compared as: case-folded, accents and the tilde dropped
    // (é -> e, ü -> u, ñ -> n), so "ensayo clinico" finds "ensayo clínico" on a keyboard without
    // accents. One character for one, so a place in the folded text is the same place in the
    // text (given text in composed form, NFC, as the index keeps it).
    static QString fold(const QString &text);

private:
    void ensureIndex() const;

    const Guide *m_guide = nullptr;
    mutable bool m_indexed = false;
    mutable QStringList m_plain;
    mutable QStringList m_folded;
};

} // namespace nextsteps
