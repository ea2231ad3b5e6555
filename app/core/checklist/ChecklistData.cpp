#include "ChecklistData.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nextsteps {

bool ChecklistItem::operator==(const ChecklistItem &other) const
{
    return text == other.text && asked == other.asked && important == other.important &&
           answer == other.answer && topicId == other.topicId && questionId == other.questionId &&
           created == other.created;
}

QString Visit::describe() const
{
    const QString when = date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QString();
    const QString who = with.trimmed();
    if (!when.isEmpty() && !who.isEmpty())
        return tr("%1, with %2").arg(when, who);
    if (!who.isEmpty())
        return tr("With %1").arg(who);
    return when;
}

QList<ChecklistItem> importantFirst(const QList<ChecklistItem> &items)
{
    QList<ChecklistItem> sorted = items;
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const ChecklistItem &a, const ChecklistItem &b) { return a.important && !b.important; });
    return sorted;
}

} // namespace nextsteps
