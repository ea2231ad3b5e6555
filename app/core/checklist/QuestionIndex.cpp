#include "core/checklist/QuestionIndex.h"

#include "core/checklist/ChecklistData.h"

namespace nextsteps {

namespace {
void count(QHash<QString, int> &counts, const QString &key, int by)
{
    if (key.isEmpty())
        return;
    auto it = counts.find(key);
    if (it == counts.end()) {
        if (by > 0)
            counts.insert(key, by);
        return;
    }
    *it += by;
    if (*it <= 0)
        counts.erase(it);
}
} // namespace

QString QuestionIndex::key(const QString &text)
{
    return text.simplified().toCaseFolded();
}

void QuestionIndex::rebuild(const QList<ChecklistItem> &items)
{
    m_texts.clear();
    m_ids.clear();
    m_texts.reserve(items.size());
    for (const ChecklistItem &item : items)
        add(item);
}

void QuestionIndex::add(const ChecklistItem &item)
{
    count(m_texts, key(item.text), 1);
    count(m_ids, item.questionId, 1);
}

void QuestionIndex::remove(const ChecklistItem &item)
{
    count(m_texts, key(item.text), -1);
    count(m_ids, item.questionId, -1);
}

} // namespace nextsteps
