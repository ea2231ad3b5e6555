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

QString GuideSearch::fold(const QString &text)
{
    QString folded = text.toCaseFolded();
    for (QChar &c : folded) {
        if (c.unicode() < 0x80 || c.decompositionTag() != QChar::Canonical)
            continue;
        // A letter with marks on it (é = e + ´): keep the letter. Only when everything after it
        // is a mark, so that other scripts' decompositions are left alone.
        const QString parts = c.decomposition();
        if (parts.size() > 1 && std::all_of(parts.cbegin() + 1, parts.cend(), [](QChar mark) {
                return mark.category() == QChar::Mark_NonSpacing;
            }))
            c = parts.at(0);
    }
    return folded;
}

GuideSearch::GuideSearch(const Guide &guide) : m_guide(&guide) {}

void GuideSearch::setPages(const QStringList &plainPages)
{
    m_guide = nullptr;
    m_plain.clear();
    m_folded.clear();
    m_plain.reserve(plainPages.size());
    m_folded.reserve(plainPages.size());
    for (const QString &page : plainPages) {
        m_plain.append(page.normalized(QString::NormalizationForm_C));
        m_folded.append(fold(m_plain.constLast()));
    }
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
        plain = plain.normalized(QString::NormalizationForm_C);
        m_folded.append(fold(plain));
        m_plain.append(std::move(plain));
    }
    m_indexed = true;
}

QList<SearchHit> GuideSearch::find(const QString &query) const
{
    const QStringList words =
        fold(query.normalized(QString::NormalizationForm_C)).split(u' ', Qt::SkipEmptyParts);
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
