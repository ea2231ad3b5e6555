#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace nextsteps {

struct ChecklistItem;

// What the list holds, by the question's words (spaces and case folded) and by suggested
// question id, so that "is this question on my list?" costs the same at any list length:
// the reading pane asks it for every suggested question after every edit.
class QuestionIndex
{
public:
    static QString key(const QString &text);

    void rebuild(const QList<ChecklistItem> &items);
    void add(const ChecklistItem &item);
    void remove(const ChecklistItem &item);
    bool hasText(const QString &text) const { return m_texts.contains(key(text)); }
    bool hasQuestionId(const QString &id) const { return !id.isEmpty() && m_ids.contains(id); }

private:
    QHash<QString, int> m_texts; // key -> how many questions have it
    QHash<QString, int> m_ids;
};

} // namespace nextsteps
