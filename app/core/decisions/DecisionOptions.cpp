#include "core/decisions/DecisionOptions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

DecisionOptions::Words wordsOf(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return {object.value(u"en"_s).toString(), object.value(u"es"_s).toString()};
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &item : value.toArray())
        strings << item.toString();
    return strings;
}

} // namespace

QString DecisionOptions::Option::cell(const QString &aspect, const QString &language) const
{
    if (aspect == QuestionsAspect)
        return questions(language).join(u'\n');
    return cells.value(aspect).in(language);
}

const DecisionOptions::Option *DecisionOptions::option(const QString &id) const
{
    for (const Option &option : options) {
        if (option.id == id)
            return &option;
    }
    return nullptr;
}

const DecisionOptions &DecisionOptions::bundled()
{
    static const DecisionOptions options = [] {
        QFile file(u":/decisions/options.json"_s);
        QString error;
        DecisionOptions read =
            file.open(QIODevice::ReadOnly) ? fromJson(file.readAll(), &error) : DecisionOptions();
        if (!error.isEmpty())
            qWarning("The options side by side could not be read: %s", qUtf8Printable(error));
        return read;
    }();
    return options;
}

DecisionOptions DecisionOptions::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parse{};
    const QJsonObject root = QJsonDocument::fromJson(json, &parse).object();
    if (root.value(u"format"_s) != QJsonValue(u"nextsteps-decision-options"_s)) {
        if (error)
            *error = u"not the options' file"_s;
        return {};
    }
    DecisionOptions read;
    for (const QJsonValue &value : root.value(u"aspects"_s).toArray()) {
        const QJsonObject aspect = value.toObject();
        read.aspects.append({aspect.value(u"id"_s).toString(), wordsOf(aspect)});
    }
    for (const QJsonValue &value : root.value(u"options"_s).toArray()) {
        const QJsonObject object = value.toObject();
        Option option;
        option.id = object.value(u"id"_s).toString();
        option.topic = object.value(u"topic"_s).toString();
        option.name = wordsOf(object.value(u"name"_s));
        for (const Aspect &aspect : std::as_const(read.aspects)) {
            if (aspect.id != QuestionsAspect)
                option.cells.insert(aspect.id, wordsOf(object.value(aspect.id)));
        }
        const QJsonObject questions = object.value(QuestionsAspect).toObject();
        option.questionsEn = stringsOf(questions.value(u"en"_s));
        option.questionsEs = stringsOf(questions.value(u"es"_s));
        read.options.append(option);
    }
    read.note = wordsOf(root.value(u"note"_s));
    for (const QJsonValue &value : root.value(u"sources"_s).toArray()) {
        const QJsonObject source = value.toObject();
        read.sources.append(
            {source.value(u"title"_s).toString(), source.value(u"url"_s).toString()});
    }
    return read;
}

} // namespace nextsteps
