#include "core/phrases/PhraseBoard.h"

#include "core/checklist/ChecklistFormat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace nextsteps {

const QString PhraseBoard::SectionName = u"phraseBoard"_s;

namespace {

QList<PhraseGroup> readBuiltin()
{
    QFile file(u":/phrases/phrases.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<PhraseGroup> groups;
    for (const QJsonValue &value :
         QJsonDocument::fromJson(file.readAll()).object().value(u"groups"_s).toArray()) {
        const QJsonObject group = value.toObject();
        PhraseGroup read{group.value(u"id"_s).toString(),
                         group.value(u"en"_s).toString(),
                         group.value(u"es"_s).toString(),
                         {}};
        for (const QJsonValue &phrase : group.value(u"phrases"_s).toArray()) {
            const QJsonObject fields = phrase.toObject();
            read.phrases.append({fields.value(u"id"_s).toString(), fields.value(u"en"_s).toString(),
                                 fields.value(u"es"_s).toString()});
        }
        groups.append(read);
    }
    return groups;
}

} // namespace

const QList<PhraseGroup> &PhraseBoard::builtin()
{
    static const QList<PhraseGroup> groups = readBuiltin();
    return groups;
}

QList<PhraseGroup> PhraseBoard::groups(const QStringList &own)
{
    QList<PhraseGroup> all = builtin();
    PhraseGroup mine{u"mine"_s, tr("My phrases"), tr("My phrases"), {}};
    for (const QString &text : own)
        mine.phrases.append({QString(), text, text});
    all.append(mine);
    return all;
}

QString PhraseBoard::cleanPhrase(const QString &typed)
{
    QString text = ChecklistFormat::cleanText(typed);
    // One line to say: no control characters (a damaged file's NUL or bell), spaces as one.
    text.removeIf([](QChar c) { return c.category() == QChar::Other_Control && !c.isSpace(); });
    return text.simplified();
}

QStringList PhraseBoard::ownFrom(const QJsonObject &section, int *skipped, bool *newer)
{
    int left = 0;
    QStringList own;
    if (newer)
        *newer = section.value(u"version"_s).toDouble() > Version;
    const QJsonValue phrases = section.value(u"phrases"_s);
    if (!phrases.isUndefined() && !phrases.isArray())
        ++left;
    for (const QJsonValue &value : phrases.toArray()) {
        const QString text = cleanPhrase(value.toString());
        if (!value.isString() || text.isEmpty() || own.contains(text))
            ++left;
        else
            own.append(text);
    }
    if (skipped)
        *skipped += left;
    return own;
}

QJsonObject PhraseBoard::sectionFor(const QStringList &own)
{
    if (own.isEmpty())
        return {};
    return {{u"version"_s, Version}, {u"phrases"_s, QJsonArray::fromStringList(own)}};
}

} // namespace nextsteps
