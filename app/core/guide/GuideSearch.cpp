#include "GuideSearch.h"

#include "Guide.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

constexpr int SnippetBefore = 40;
constexpr int SnippetAfter = 90;

QString snippetAround(const QString &text, qsizetype at, qsizetype length)
{
    qsizetype start = std::max<qsizetype>(0, at - SnippetBefore);
    qsizetype end = std::min<qsizetype>(text.size(), at + length + SnippetAfter);
    // Start and end on word boundaries so the snippet reads cleanly.
    while (start > 0 && start < at && !text.at(start - 1).isSpace())
        ++start;
    while (end < text.size() && end > at + length && !text.at(end).isSpace())
        --end;
    // Headings and list items are lines of their own: keep them apart in the snippet.
    QString snippet = text.mid(start, end - start);
    snippet.replace(u'\n', u" · "_s);
    snippet = snippet.simplified();
    while (snippet.startsWith(u"· "_s))
        snippet.remove(0, 2);
    if (start > 0)
        snippet.prepend(u"…"_s);
    if (end < text.size())
        snippet.append(u"…"_s);
    return snippet;
}

} // namespace

GuideSearch::GuideSearch(const Guide &guide) : m_guide(&guide) {}

void GuideSearch::setPages(const QStringList &plainPages)
{
    m_guide = nullptr;
    m_plain = plainPages;
    m_folded.clear();
    m_folded.reserve(m_plain.size());
    for (const QString &page : std::as_const(m_plain))
        m_folded.append(page.toCaseFolded());
    m_indexed = true;
}

void GuideSearch::ensureIndex() const
{
    if (m_indexed || !m_guide)
        return;
    for (const Topic &topic : m_guide->topics()) {
        QString plain = Guide::plainText(m_guide->pageMarkdown(topic));
        for (const SuggestedQuestion &question : topic.questions)
            plain += u'\n' + question.text;
        m_folded.append(plain.toCaseFolded());
        m_plain.append(std::move(plain));
    }
    m_indexed = true;
}

QList<SearchHit> GuideSearch::find(const QString &query) const
{
    const QStringList words = query.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    ensureIndex();

    QList<SearchHit> hits;
    for (int i = 0; i < m_folded.size(); ++i) {
        const QString &folded = m_folded.at(i);
        int matches = 0;
        qsizetype first = -1;
        bool all = true;
        for (const QString &word : words) {
            qsizetype at = folded.indexOf(word);
            if (at < 0) {
                all = false;
                break;
            }
            if (first < 0)
                first = at;
            for (; at >= 0; at = folded.indexOf(word, at + word.size()))
                ++matches;
        }
        if (!all)
            continue;
        hits.append({i, matches, snippetAround(m_plain.at(i), first, words.first().size())});
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const SearchHit &a, const SearchHit &b) { return a.matches > b.matches; });
    return hits;
}

} // namespace nextsteps
