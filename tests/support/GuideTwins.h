#pragma once

#include "core/guide/Guide.h"

#include <QSet>
#include <QStringList>

namespace nextsteps {

// A guide in another language must be the English guide's twin: the same topics, questions,
// glossary terms and sources, by id, both ways. Links, search and "on your list" rely on it.
// Returns what is missing on either side, in plain words; empty when they are twins.
inline QStringList guideTwinProblems(const Guide &english, const Guide &other)
{
    QStringList problems;
    const QString language = other.language();
    const auto compare = [&](const QString &what, const QSet<QString> &inEnglish,
                             const QSet<QString> &inOther) {
        QStringList missing = QStringList(inEnglish.cbegin(), inEnglish.cend());
        missing.erase(std::remove_if(missing.begin(), missing.end(),
                                     [&](const QString &id) { return inOther.contains(id); }),
                      missing.end());
        missing.sort();
        for (const QString &id : std::as_const(missing))
            problems << QStringLiteral("%1 \"%2\" is missing in \"%3\"").arg(what, id, language);
        QStringList extra = QStringList(inOther.cbegin(), inOther.cend());
        extra.erase(std::remove_if(extra.begin(), extra.end(),
                                   [&](const QString &id) { return inEnglish.contains(id); }),
                    extra.end());
        extra.sort();
        for (const QString &id : std::as_const(extra))
            problems
                << QStringLiteral("%1 \"%2\" in \"%3\" is not in English").arg(what, id, language);
    };
    const auto topicIds = [](const Guide &guide) {
        QSet<QString> ids;
        for (const Topic &topic : guide.topics())
            ids.insert(topic.id);
        return ids;
    };
    // A question must stay in its topic: the list remembers where a question came from.
    const auto questionIds = [](const Guide &guide) {
        QSet<QString> ids;
        for (const Topic &topic : guide.topics()) {
            for (const SuggestedQuestion &question : topic.questions)
                ids.insert(topic.id + u'/' + question.id);
        }
        return ids;
    };
    const auto glossaryIds = [](const Guide &guide) {
        QSet<QString> ids;
        for (const GlossaryTerm &term : guide.glossary())
            ids.insert(term.id);
        return ids;
    };
    const auto sourceIds = [](const Guide &guide) {
        QSet<QString> ids;
        for (const Source &source : guide.sources())
            ids.insert(source.id);
        return ids;
    };
    const auto kinds = [](const Guide &guide) {
        QSet<QString> ids;
        for (const Topic &topic : guide.topics())
            ids.insert(topic.id + u'=' + QString::number(int(topic.kind)));
        return ids;
    };
    compare(QStringLiteral("Topic"), topicIds(english), topicIds(other));
    compare(QStringLiteral("Question (topic/question)"), questionIds(english), questionIds(other));
    compare(QStringLiteral("Glossary term"), glossaryIds(english), glossaryIds(other));
    compare(QStringLiteral("Source"), sourceIds(english), sourceIds(other));
    compare(QStringLiteral("Topic kind (id=kind)"), kinds(english), kinds(other));
    // The reading order is part of the guide too.
    QStringList englishOrder, otherOrder;
    for (const Topic &topic : english.topics())
        englishOrder << topic.id;
    for (const Topic &topic : other.topics())
        otherOrder << topic.id;
    if (problems.isEmpty() && englishOrder != otherOrder)
        problems << QStringLiteral("The topics of \"%1\" are not in the English order: %2")
                        .arg(language, otherOrder.join(u", "));
    return problems;
}

} // namespace nextsteps
