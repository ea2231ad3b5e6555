#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace nextsteps {

// The choices the guide describes, side by side: for each option (another treatment, a trial,
// focusing on comfort, hospice) what it is, what it may offer, what it may take, what no one can
// know yet, and questions to ask. English and Spanish side by side in one resource
// (resources/decisions/options.json), with the sources its facts come from. It never says which
// to choose.
struct DecisionOptions
{
    struct Words
    {
        QString en;
        QString es;
        QString in(const QString &language) const { return language == u"es" ? es : en; }
    };
    struct Aspect
    {
        QString id; // involves, offers, takes, unknown, questions
        Words name;
    };
    struct Option
    {
        QString id;    // treatment, trial, comfort, hospice
        QString topic; // the guide's topic about it
        Words name;
        QHash<QString, Words> cells; // by aspect id, but for questions
        QStringList questionsEn;
        QStringList questionsEs;
        QStringList questions(const QString &language) const
        {
            return language == u"es" ? questionsEs : questionsEn;
        }
        // An aspect's text; the questions one per line.
        QString cell(const QString &aspect, const QString &language) const;
    };
    struct Source
    {
        QString title;
        QString url;
    };

    static constexpr auto QuestionsAspect = u"questions";

    QList<Aspect> aspects;
    QList<Option> options;
    Words note;
    QList<Source> sources;

    const Option *option(const QString &id) const;

    // What the app carries (read once).
    static const DecisionOptions &bundled();
    // Reads the resource's JSON; on a problem, an empty set and what is wrong in *error.
    static DecisionOptions fromJson(const QByteArray &json, QString *error = nullptr);
};

} // namespace nextsteps
