#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace nextsteps {

struct SuggestedQuestion
{
    QString id;
    QString text;
};

struct Source
{
    QString id;
    QString title;
    QString publisher;
    QString note;
    QUrl url;
};

struct GlossaryTerm
{
    QString id;
    QString term;
    QString definition;
};

struct Topic
{
    enum class Kind { Topic, Glossary, Sources, About };

    QString id;
    QString title;
    QString shortTitle;
    QString file;
    QString body;       // Markdown, without the title
    QDate updated;      // when the words last changed
    QDate factsChecked; // when the facts were last compared with the sources
    QStringList sourceIds;
    QList<SuggestedQuestion> questions;
    Kind kind = Kind::Topic;

    // Glossary, Sources and About are reference pages: no reading-level rule, no questions.
    bool isReference() const { return kind != Kind::Topic; }
};

// The guide's content: topics in reading order, the glossary and the sources, loaded from a
// folder (the bundled one is ":/guide") and checked as it loads. A broken guide still loads what
// it can; problems() says, in plain words, what is wrong.
class Guide
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::Guide)

public:
    static Guide load(const QString &directory);
    static QString bundledDirectory();

    bool isValid() const { return m_problems.isEmpty(); }
    const QStringList &problems() const { return m_problems; }

    const QList<Topic> &topics() const { return m_topics; }
    const Topic *topic(const QString &id) const;
    int indexOf(const QString &id) const;

    const QList<GlossaryTerm> &glossary() const { return m_glossary; }
    const GlossaryTerm *glossaryTerm(const QString &id) const;

    const QList<Source> &sources() const { return m_sources; }
    const Source *source(const QString &id) const;

    // The suggested question with this id, and the topic it belongs to.
    const SuggestedQuestion *question(const QString &questionId, QString *topicId = nullptr) const;
    int questionCount() const;

    // The whole page as Markdown: title, body, sources and the "last updated" and "facts
    // checked" dates. The glossary and sources pages are generated from the data.
    QString pageMarkdown(const Topic &topic) const;
    // The topic's words as a reader sees them (Markdown rendered by Qt, links reduced to text).
    static QString plainText(const QString &markdown);

private:
    void loadGlossary(const QString &path);
    void loadIndex(const QString &path, const QString &directory);
    void checkLinks();
    void problem(const QString &text) { m_problems.append(text); }

    QList<Topic> m_topics;
    QList<GlossaryTerm> m_glossary;
    QList<Source> m_sources;
    QStringList m_problems;
};

} // namespace nextsteps
