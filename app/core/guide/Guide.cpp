#include "core/guide/Guide.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QTextDocument>

#include <QGlobalStatic>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

constexpr qint64 MaxGuideFileSize = 4 * 1024 * 1024;

bool readFile(const QString &path, QByteArray *bytes, QString *why)
{
    QFile file(path);
    if (!file.exists())
        *why = Guide::tr("it is missing");
    else if (file.size() > MaxGuideFileSize)
        *why = Guide::tr("it is too large");
    else if (!file.open(QIODevice::ReadOnly))
        *why = file.errorString();
    else {
        *bytes = file.readAll();
        return true;
    }
    qCWarning(lcGuide, "The guide file %s could not be read: %s", qUtf8Printable(path),
              qUtf8Printable(*why));
    return false;
}

QJsonObject readJsonObject(const QString &path, const QString &label, QStringList *problems)
{
    QByteArray bytes;
    QString why;
    if (!readFile(path, &bytes, &why)) {
        problems->append(Guide::tr("The %1 could not be read: %2.").arg(label, why));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qCWarning(lcGuide, "The guide file %s is not valid JSON: %s at offset %d",
                  qUtf8Printable(path), qUtf8Printable(error.errorString()), error.offset);
        problems->append(Guide::tr("The %1 is not valid JSON (%2 at offset %3).")
                             .arg(label, error.errorString())
                             .arg(error.offset));
        return {};
    }
    return doc.object();
}

Topic::Kind kindFromString(const QString &kind, bool *ok)
{
    *ok = true;
    if (kind.isEmpty() || kind == u"topic")
        return Topic::Kind::Topic;
    if (kind == u"glossary")
        return Topic::Kind::Glossary;
    if (kind == u"sources")
        return Topic::Kind::Sources;
    if (kind == u"about")
        return Topic::Kind::About;
    *ok = false;
    return Topic::Kind::Topic;
}

QString sourceLine(const Source &source)
{
    QString line = source.title;
    if (!source.publisher.isEmpty())
        line += u". "_s + source.publisher;
    if (!source.note.isEmpty())
        line += u". "_s + source.note;
    // One full stop, also after a note that ends with its own ("marque 2.").
    if (!line.endsWith(u'.') && !line.endsWith(u'?') && !line.endsWith(u'!'))
        line += u'.';
    if (source.url.isValid())
        line += u" <"_s + source.url.toString() + u'>';
    return line;
}

} // namespace

Q_GLOBAL_STATIC(QString, bundledDirectoryOverride)

QString Guide::bundledDirectory()
{
    return bundledDirectoryOverride->isEmpty() ? u":/guide"_s : *bundledDirectoryOverride;
}

void Guide::setBundledDirectory(const QString &directory)
{
    *bundledDirectoryOverride = directory;
}

QString Guide::directoryFor(const QString &language, const QString &root)
{
    // English is the root itself; a language code is letters only, so it cannot climb out.
    const bool plain =
        !language.isEmpty() && std::all_of(language.cbegin(), language.cend(),
                                           [](QChar c) { return c.isLetter() || c == u'_'; });
    if (!plain || language == u"en")
        return root;
    const QString directory = root + u'/' + language;
    return QFileInfo::exists(directory + u"/guide.json"_s) ? directory : root;
}

Guide Guide::forLanguage(const QString &language, const QString &root)
{
    const QString directory = directoryFor(language, root);
    if (directory == root)
        return load(root);
    Guide guide = load(directory, QLocale(language));
    guide.m_language = language;
    return guide;
}

QString Guide::formatDate(const QDate &date) const
{
    // Written out, as people say it: "November 27, 2026", "27 de noviembre de 2026".
    switch (m_locale.language()) {
    case QLocale::English:
        return m_locale.toString(date, u"MMMM d, yyyy"_s);
    case QLocale::Spanish:
        return m_locale.toString(date, u"d 'de' MMMM 'de' yyyy"_s);
    default:
        return m_locale.toString(date, QLocale::LongFormat);
    }
}

Guide Guide::load(const QString &directory, const QLocale &locale)
{
    Guide guide;
    guide.m_locale = locale;
    if (locale.language() != QLocale::English)
        guide.m_language = QLocale::languageToCode(locale.language());
    guide.loadGlossary(directory + u"/glossary.json"_s);
    guide.loadIndex(directory + u"/guide.json"_s, directory);
    guide.checkLinks();
    return guide;
}

void Guide::loadGlossary(const QString &path)
{
    const QJsonObject root = readJsonObject(path, tr("glossary file"), &m_problems);
    if (root.isEmpty())
        return;
    QSet<QString> seen;
    const QJsonArray terms = root.value(u"terms"_s).toArray();
    for (const QJsonValue &value : terms) {
        const QJsonObject object = value.toObject();
        GlossaryTerm term{object.value(u"id"_s).toString(), object.value(u"term"_s).toString(),
                          object.value(u"definition"_s).toString()};
        if (term.id.isEmpty() || term.term.isEmpty() || term.definition.trimmed().isEmpty()) {
            problem(tr("A glossary entry has no id, term or definition."));
            continue;
        }
        if (seen.contains(term.id)) {
            problem(tr("The glossary term id \"%1\" is used twice.").arg(term.id));
            continue;
        }
        seen.insert(term.id);
        m_glossary.append(term);
    }
    std::sort(m_glossary.begin(), m_glossary.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.term.toCaseFolded(), b.term.toCaseFolded()) < 0;
    });
}

void Guide::loadIndex(const QString &path, const QString &directory)
{
    const QJsonObject root = readJsonObject(path, tr("guide index (guide.json)"), &m_problems);
    if (root.isEmpty())
        return;

    QSet<QString> sourceIds;
    for (const QJsonValue &value : root.value(u"sources"_s).toArray()) {
        const QJsonObject object = value.toObject();
        Source source{object.value(u"id"_s).toString(), object.value(u"title"_s).toString(),
                      object.value(u"publisher"_s).toString(), object.value(u"note"_s).toString(),
                      QUrl(object.value(u"url"_s).toString())};
        if (source.id.isEmpty() || source.title.isEmpty()) {
            problem(tr("A source has no id or title."));
            continue;
        }
        if (sourceIds.contains(source.id)) {
            problem(tr("The source id \"%1\" is used twice.").arg(source.id));
            continue;
        }
        sourceIds.insert(source.id);
        m_sources.append(source);
    }

    QSet<QString> topicIds;
    QSet<QString> questionIds;
    const QJsonArray topics = root.value(u"topics"_s).toArray();
    if (topics.isEmpty())
        problem(tr("The guide index lists no topics."));
    for (const QJsonValue &value : topics) {
        const QJsonObject object = value.toObject();
        Topic topic;
        topic.id = object.value(u"id"_s).toString();
        topic.title = object.value(u"title"_s).toString();
        topic.shortTitle = object.value(u"shortTitle"_s).toString(topic.title);
        topic.file = object.value(u"file"_s).toString();
        bool kindOk = false;
        topic.kind = kindFromString(object.value(u"kind"_s).toString(), &kindOk);
        if (topic.id.isEmpty() || topic.title.isEmpty()) {
            problem(tr("A topic has no id or no title."));
            continue;
        }
        if (!kindOk)
            problem(tr("Topic \"%1\" has an unknown kind.").arg(topic.id));
        if (topicIds.contains(topic.id)) {
            problem(tr("The topic id \"%1\" is used twice.").arg(topic.id));
            continue;
        }
        topicIds.insert(topic.id);

        const QString updated = object.value(u"updated"_s).toString();
        topic.updated = QDate::fromString(updated, Qt::ISODate);
        if (topic.kind == Topic::Kind::Topic && !topic.updated.isValid())
            problem(tr("Topic \"%1\" has no valid \"last updated\" date.").arg(topic.id));
        topic.factsChecked =
            QDate::fromString(object.value(u"factsChecked"_s).toString(), Qt::ISODate);
        if (topic.kind == Topic::Kind::Topic && !topic.factsChecked.isValid())
            problem(tr("Topic \"%1\" has no valid \"facts checked\" date.").arg(topic.id));

        for (const QJsonValue &sourceId : object.value(u"sources"_s).toArray()) {
            const QString id = sourceId.toString();
            if (!sourceIds.contains(id))
                problem(tr("Topic \"%1\" names an unknown source \"%2\".").arg(topic.id, id));
            else
                topic.sourceIds.append(id);
        }

        for (const QJsonValue &questionValue : object.value(u"questions"_s).toArray()) {
            const QJsonObject q = questionValue.toObject();
            SuggestedQuestion question{q.value(u"id"_s).toString(),
                                       q.value(u"text"_s).toString().trimmed()};
            if (question.id.isEmpty() || question.text.isEmpty()) {
                problem(tr("Topic \"%1\" has a question with no id or no text.").arg(topic.id));
                continue;
            }
            if (questionIds.contains(question.id)) {
                problem(tr("The question id \"%1\" is used twice.").arg(question.id));
                continue;
            }
            questionIds.insert(question.id);
            topic.questions.append(question);
        }

        const bool generated =
            topic.kind == Topic::Kind::Glossary || topic.kind == Topic::Kind::Sources;
        if (!generated) {
            QByteArray bytes;
            QString why;
            if (topic.file.isEmpty()) {
                problem(tr("Topic \"%1\" names no Markdown file.").arg(topic.id));
            } else if (!readFile(directory + u'/' + topic.file, &bytes, &why)) {
                problem(tr("Topic \"%1\": the file %2 could not be read: %3.")
                            .arg(topic.id, topic.file, why));
            } else {
                topic.body = QString::fromUtf8(bytes);
                // Cheap on purpose (this runs at start-up): a topic with no letters is empty.
                if (std::none_of(topic.body.cbegin(), topic.body.cend(),
                                 [](QChar c) { return c.isLetter(); }))
                    problem(tr("Topic \"%1\" is empty.").arg(topic.id));
            }
        }
        m_topics.append(topic);
    }
}

void Guide::checkLinks()
{
    // Links inside the guide read [words](glossary:term) or [words](topic:id). Found by a plain
    // scan rather than a regular expression: this runs at every start.
    static constexpr QStringView Glossary = u"glossary:";
    static constexpr QStringView TopicLink = u"topic:";
    for (const Topic &topic : std::as_const(m_topics)) {
        const QStringView body(topic.body);
        for (qsizetype at = body.indexOf(u"]("); at >= 0; at = body.indexOf(u"](", at + 2)) {
            const QStringView link = body.mid(at + 2);
            const bool glossary = link.startsWith(Glossary);
            if (!glossary && !link.startsWith(TopicLink))
                continue;
            const QStringView rest = link.mid(glossary ? Glossary.size() : TopicLink.size());
            const auto end = std::find_if(rest.cbegin(), rest.cend(),
                                          [](QChar c) { return c == u')' || c.isSpace(); });
            if (end == rest.cend() || *end != u')')
                continue; // not a link: Markdown would show it as it is
            const QString target = rest.left(end - rest.cbegin()).toString();
            if (glossary && !glossaryTerm(target))
                problem(tr("Topic \"%1\" links to an unknown glossary term \"%2\".")
                            .arg(topic.id, target));
            else if (!glossary && indexOf(target) < 0)
                problem(tr("Topic \"%1\" links to an unknown topic \"%2\".").arg(topic.id, target));
        }
    }
}

const Topic *Guide::topic(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_topics.at(index);
}

int Guide::indexOf(const QString &id) const
{
    for (int i = 0; i < m_topics.size(); ++i) {
        if (m_topics.at(i).id == id)
            return i;
    }
    return -1;
}

const GlossaryTerm *Guide::glossaryTerm(const QString &id) const
{
    for (const GlossaryTerm &term : m_glossary) {
        if (term.id == id)
            return &term;
    }
    return nullptr;
}

const Source *Guide::source(const QString &id) const
{
    for (const Source &source : m_sources) {
        if (source.id == id)
            return &source;
    }
    return nullptr;
}

const SuggestedQuestion *Guide::question(const QString &questionId, QString *topicId) const
{
    for (const Topic &topic : m_topics) {
        for (const SuggestedQuestion &question : topic.questions) {
            if (question.id == questionId) {
                if (topicId)
                    *topicId = topic.id;
                return &question;
            }
        }
    }
    return nullptr;
}

int Guide::questionCount() const
{
    int count = 0;
    for (const Topic &topic : m_topics)
        count += int(topic.questions.size());
    return count;
}

QString Guide::pageMarkdown(const Topic &topic) const
{
    QString page = u"# "_s + topic.title + u"\n\n"_s;
    switch (topic.kind) {
    case Topic::Kind::Glossary:
        page += tr("Words you may hear from your care team, in plain language.") + u"\n\n"_s;
        for (const GlossaryTerm &term : m_glossary)
            page += u"**"_s + term.term + u"**  \n"_s + term.definition + u"\n\n"_s;
        return page;
    case Topic::Kind::Sources:
        page += tr("This guide was written from these sources.") + u"\n\n"_s;
        for (const Source &source : m_sources)
            page += u"- "_s + sourceLine(source) + u'\n';
        return page;
    case Topic::Kind::Topic:
    case Topic::Kind::About:
        break;
    }
    page += topic.body.trimmed() + u"\n\n"_s;
    if (!topic.sourceIds.isEmpty()) {
        page += u"## "_s + tr("Sources") + u"\n\n"_s;
        for (const QString &id : topic.sourceIds) {
            if (const Source *s = source(id))
                page += u"- "_s + sourceLine(*s) + u'\n';
        }
        page += u'\n';
    }
    // Two dates, one under the other: when the words changed, and when the facts were last
    // compared with the sources. They can differ, and a reader deserves to know both.
    QStringList dates;
    if (topic.updated.isValid())
        dates << tr("Last updated: %1").arg(formatDate(topic.updated));
    if (topic.factsChecked.isValid())
        dates << tr("Facts checked: %1").arg(formatDate(topic.factsChecked));
    if (!dates.isEmpty())
        page += u'*' + dates.join(u"*  \n*"_s) + u"*\n"_s;
    return page;
}

QString Guide::plainText(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    return document.toPlainText();
}

} // namespace nextsteps
