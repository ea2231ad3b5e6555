#include "core/guide/GuideSearch.h"

#include "core/guide/Guide.h"

#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

constexpr int SnippetBefore = 40;
constexpr int SnippetAfter = 90;

double fieldWeight(int field)
{
    static constexpr double weights[] = {10, 4, 2, 1}; // title, heading, question, text
    return weights[field];
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

// Words one or two letters apart (an extra, a missing, a wrong or two swapped letters count one
// each): the optimal string alignment distance, giving up past `limit`.
int distance(const QString &a, const QString &b, int limit)
{
    if (std::abs(int(a.size() - b.size())) > limit)
        return limit + 1;
    const int n = int(a.size());
    const int m = int(b.size());
    QList<int> previous2(m + 1), previous(m + 1), current(m + 1);
    for (int j = 0; j <= m; ++j)
        previous[j] = j;
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        int best = current[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                value = std::min(value, previous2[j - 2] + 1);
            current[j] = value;
            best = std::min(best, value);
        }
        if (best > limit)
            return limit + 1;
        std::swap(previous2, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

QStringList queryWords(const QString &query)
{
    QStringList words;
    QString word;
    // Composed first (é, not e and a combining accent), as fold() expects.
    for (const QChar c : GuideSearch::fold(query.normalized(QString::NormalizationForm_C))) {
        if (isWordCharacter(c)) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
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

QString GuideSearch::stem(const QString &word)
{
    QString s = word;
    if (s.size() >= 6 && s.endsWith(u"ing"_s))
        s.chop(3);
    else if (s.size() >= 5 && s.endsWith(u"ies"_s))
        s = s.left(s.size() - 3) + u'y';
    else if (s.size() >= 5 && s.endsWith(u"ed"_s))
        s.chop(2);
    else if (s.size() >= 4 && s.endsWith(u's') && !s.endsWith(u"ss"_s) && !s.endsWith(u"us"_s) &&
             !s.endsWith(u"is"_s))
        s.chop(1);
    if (s.size() >= 5 && s.endsWith(u'e'))
        s.chop(1); // breathe, breath; hospice, hospices
    return s;
}

void GuideSearch::clearIndex() const
{
    m_pages.clear();
    m_words.clear();
    m_stems.clear();
    m_counts.clear();
    m_wordIds.clear();
}

void GuideSearch::setPages(const QStringList &plainPages)
{
    m_guide = nullptr;
    clearIndex();
    for (const QString &text : plainPages) {
        Page page;
        page.plain = text;
        addText(&page, text, Field::Text);
        m_pages.append(std::move(page));
    }
    m_indexed = true;
}

// Adds the words of `text`, which is the end of page->plain (or, for a title, not shown there).
void GuideSearch::addText(Page *page, const QString &text, Field field) const
{
    const qsizetype offset = field == Field::Title ? -1 : page->plain.size() - text.size();
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && !isWordCharacter(text.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < text.size() && isWordCharacter(text.at(i)))
            ++i;
        if (i == start)
            break;
        const QString word =
            fold(text.mid(start, i - start).normalized(QString::NormalizationForm_C));
        auto id = m_wordIds.constFind(word);
        if (id == m_wordIds.constEnd()) {
            id = m_wordIds.insert(word, int(m_words.size()));
            m_words.append(word);
            m_stems.append(stem(word));
            m_counts.append(0);
        }
        ++m_counts[*id];
        page->tokens.append({*id, offset < 0 ? -1 : offset + start, i - start, field});
    }
}

void GuideSearch::ensureIndex() const
{
    if (m_indexed || !m_guide)
        return;
    for (const Topic &topic : m_guide->topics()) {
        Page page;
        addText(&page, topic.title, Field::Title);
        // The page as it reads, block by block: headings apart from the text.
        QTextDocument document;
        document.setMarkdown(m_guide->pageMarkdown(topic), QTextDocument::MarkdownDialectGitHub);
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (!page.plain.isEmpty())
                page.plain += u'\n';
            page.plain += block.text();
            const int level = block.blockFormat().headingLevel();
            if (level == 1)
                continue; // the title, indexed above
            addText(&page, block.text(), level > 1 ? Field::Heading : Field::Text);
        }
        for (const SuggestedQuestion &question : topic.questions) {
            page.plain += u'\n' + question.text;
            addText(&page, question.text, Field::Question);
        }
        m_pages.append(std::move(page));
    }
    m_indexed = true;
}

QList<float> GuideSearch::matchWeights(const QString &queryWord) const
{
    const QString queryStem = stem(queryWord);
    QList<float> weights(m_words.size(), 0.0f);
    for (qsizetype id = 0; id < m_words.size(); ++id) {
        const QString &word = m_words.at(id);
        if (word == queryWord || m_stems.at(id) == queryStem)
            weights[id] = 1.0f;
        else if (queryWord.size() >= 3 && word.startsWith(queryWord))
            weights[id] = 0.6f; // the start of a longer word
    }
    return weights;
}

bool GuideSearch::isKnown(const QString &queryWord) const
{
    const QList<float> weights = matchWeights(queryWord);
    return std::any_of(weights.cbegin(), weights.cend(), [](float w) { return w > 0; });
}

QList<SearchHit> GuideSearch::find(const QString &query) const
{
    const QStringList words = queryWords(query);
    if (words.isEmpty())
        return {};
    ensureIndex();
    QList<QList<float>> weights;
    for (const QString &word : words)
        weights.append(matchWeights(word));

    QList<SearchHit> hits;
    for (int p = 0; p < m_pages.size(); ++p) {
        const Page &page = m_pages.at(p);
        const QList<Token> &tokens = page.tokens;
        SearchHit hit;
        hit.topicIndex = p;
        std::set<qsizetype> matched; // token indexes
        bool all = true;
        for (qsizetype w = 0; w < words.size() && all; ++w) {
            bool found = false;
            for (qsizetype t = 0; t < tokens.size(); ++t) {
                const float weight = weights[w][tokens[t].word];
                if (weight == 0)
                    continue;
                found = true;
                hit.score += weight * fieldWeight(int(tokens[t].field));
                ++hit.matches;
                matched.insert(t);
            }
            all = found;
        }
        if (!all)
            continue;
        // The query's words side by side, in its order ("side effects"): worth as much again.
        qsizetype phraseAt = -1;
        if (words.size() > 1) {
            for (qsizetype t = 0; t + words.size() <= tokens.size(); ++t) {
                bool phrase = true;
                for (qsizetype w = 0; w < words.size() && phrase; ++w)
                    phrase = weights[w][tokens[t + w].word] > 0 &&
                             tokens[t + w].field == tokens[t].field;
                if (!phrase)
                    continue;
                hit.score += words.size() * fieldWeight(int(tokens[t].field));
                if (phraseAt < 0 && tokens[t].start >= 0)
                    phraseAt = tokens[t].start;
            }
        }

        // The snippet shows the query's words together where they are, or else the first
        // match shown in the page's text.
        qsizetype first = phraseAt;
        for (const qsizetype t : matched) {
            if (first >= 0)
                break;
            if (tokens[t].start >= 0)
                first = tokens[t].start;
        }
        QStringList terms;
        for (const qsizetype t : matched) {
            const QString term = tokens[t].start >= 0
                                     ? page.plain.mid(tokens[t].start, tokens[t].length)
                                     : m_words.at(tokens[t].word);
            if (!terms.contains(term, Qt::CaseInsensitive))
                terms << term;
        }
        hit.terms = terms;
        if (first >= 0) {
            qsizetype start = std::max<qsizetype>(0, first - SnippetBefore);
            qsizetype end = std::min<qsizetype>(page.plain.size(), first + SnippetAfter);
            while (start > 0 && start < first && !page.plain.at(start - 1).isSpace())
                ++start;
            while (end < page.plain.size() && end > first && !page.plain.at(end).isSpace())
                --end;
            QString plain, html;
            qsizetype at = start;
            for (const qsizetype t : matched) {
                const Token &token = tokens[t];
                if (token.start < start || token.start + token.length > end || token.start < at)
                    continue;
                const QString before = page.plain.mid(at, token.start - at);
                const QString word = page.plain.mid(token.start, token.length);
                plain += before + word;
                html += before.toHtmlEscaped() + u"<b>"_s + word.toHtmlEscaped() + u"</b>"_s;
                at = token.start + token.length;
            }
            const QString rest = page.plain.mid(at, end - at);
            plain += rest;
            html += rest.toHtmlEscaped();
            // Headings and list items are lines of their own: keep them apart in the snippet.
            const auto tidy = [&](QString text) {
                text.replace(u'\n', u" · "_s);
                text = text.simplified();
                while (text.startsWith(u"· "_s))
                    text.remove(0, 2);
                if (start > 0)
                    text.prepend(u"…"_s);
                if (end < page.plain.size())
                    text.append(u"…"_s);
                return text;
            };
            hit.snippet = tidy(plain);
            hit.snippetHtml = tidy(html);
        }
        hits.append(hit);
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const SearchHit &a, const SearchHit &b) { return a.score > b.score; });
    return hits;
}

QString GuideSearch::correction(const QString &query) const
{
    const QStringList words = queryWords(query);
    if (words.isEmpty())
        return {};
    ensureIndex();
    QStringList corrected;
    bool changed = false;
    for (const QString &word : words) {
        if (word.size() < 4 || isKnown(word)) {
            corrected << word;
            continue;
        }
        const int limit = word.size() >= 7 ? 2 : 1;
        int best = -1;
        int bestDistance = limit + 1;
        for (int id = 0; id < m_words.size(); ++id) {
            const int d = distance(word, m_words.at(id), limit);
            if (d < bestDistance || (d == bestDistance && best >= 0 && d <= limit &&
                                     m_counts.at(id) > m_counts.at(best))) {
                best = id;
                bestDistance = d;
            }
        }
        if (best >= 0 && bestDistance <= limit) {
            corrected << m_words.at(best);
            changed = true;
        } else {
            corrected << word;
        }
    }
    return changed ? corrected.join(u' ') : QString();
}

} // namespace nextsteps
