#pragma once

#include "core/guide/Guide.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

// Content check used by the tests: a topic can be read on its own, so a word from the glossary
// must be linked (or explained through its link) the first time the topic uses it.
//
// "Uses the word" means the term's own words appear in the text: the term as it is written in
// the glossary, without a part in parentheses ("IV (intravenous)" is looked for as "IV"), as
// whole words, in any case, with a plural "s" or "es" allowed, across a line break. Headings
// are skipped: a heading names what the paragraph under it explains. Link targets are skipped
// too, so "(glossary:pd-1)" is not a use of "PD-1".
namespace nextsteps::glossaryuse {

using namespace Qt::StringLiterals;

// The Markdown with every link target "](...)" and every heading line blanked out, keeping
// every other character where it was.
inline QString readableText(const QString &markdown)
{
    QString text = markdown;
    static const QRegularExpression target(u"\\]\\([^)\\s]*\\)"_s);
    for (auto it = target.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        // Keep the "]" so that the link text stays apart from what follows it.
        text.replace(match.capturedStart() + 1, match.capturedLength() - 1,
                     QString(match.capturedLength() - 1, u' '));
    }
    static const QRegularExpression heading(u"^[ \\t]*#[^\\n]*"_s,
                                            QRegularExpression::MultilineOption);
    for (auto it = heading.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        text.replace(match.capturedStart(), match.capturedLength(),
                     QString(match.capturedLength(), u' '));
    }
    return text;
}

inline QRegularExpression usePattern(const GlossaryTerm &term)
{
    QString words = term.term;
    const qsizetype bracket = words.indexOf(u'(');
    if (bracket > 0)
        words.truncate(bracket);
    const QStringList parts = words.simplified().split(u' ');
    QStringList escaped;
    for (const QString &part : parts)
        escaped << QRegularExpression::escape(part);
    return QRegularExpression(u"(?<![\\w-])"_s + escaped.join(u"\\s+"_s) + u"(?:s|es)?(?![\\w-])"_s,
                              QRegularExpression::CaseInsensitiveOption);
}

// One line per glossary word that the topic uses before its first link to that word.
inline QStringList usedBeforeLinked(const Topic &topic, const QList<GlossaryTerm> &glossary)
{
    QStringList found;
    const QString text = readableText(topic.body);
    for (const GlossaryTerm &term : glossary) {
        const QRegularExpressionMatch use = usePattern(term).match(text);
        if (!use.hasMatch())
            continue;
        const qsizetype link = topic.body.indexOf(u"](glossary:"_s + term.id + u')');
        const qsizetype linkTextStart = link < 0 ? -1 : topic.body.lastIndexOf(u'[', link);
        if (linkTextStart < 0 || use.capturedStart() < linkTextStart) {
            const qsizetype line = topic.body.left(use.capturedStart()).count(u'\n') + 1;
            found << u"%1: \"%2\" is used on line %3 before it is linked to the glossary"_s.arg(
                topic.id, use.captured(), QString::number(line));
        }
    }
    return found;
}

} // namespace nextsteps::glossaryuse
