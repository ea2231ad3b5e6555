#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace nextsteps {

// A phrase on the board: built in, in English and Spanish alike (so that a Spanish speaker can
// show and say it in English to a nurse, and the reverse), or the person's own, as they wrote
// it.
struct Phrase
{
    QString id; // "urgent.neck"; empty for the person's own
    QString en;
    QString es;

    bool isOwn() const { return id.isEmpty(); }
    // In "en" or "es"; the person's own phrase is as it was written, in either.
    QString text(const QString &language) const { return language == u"es" ? es : en; }
    bool operator==(const Phrase &other) const
    {
        return id == other.id && en == other.en && es == other.es;
    }
};

struct PhraseGroup
{
    QString id; // "urgent", "pain", "care", "desk", "phone", "feelings"; "mine" for one's own
    QString en;
    QString es;
    QList<Phrase> phrases;

    QString name(const QString &language) const { return language == u"es" ? es : en; }
};

// The board: the groups built in (resources/phrases/phrases.json, compiled in), and the
// person's own phrases, kept in the list's file as the section SectionName ({"version": 1,
// "phrases": ["…"]}), one undo step per change.
class PhraseBoard
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::PhraseBoard)

public:
    static const QString SectionName; // "phraseBoard"
    static constexpr int Version = 1;

    // The built-in groups, read once. Empty only if the compiled-in file is broken (a test
    // checks it is not).
    static const QList<PhraseGroup> &builtin();
    static QList<PhraseGroup> groups(const QStringList &own);

    // The person's own phrases from the section: text cleaned, blanks and repeats left out and
    // counted in *skipped; *newer when a newer version wrote it (shown, never written over).
    static QStringList ownFrom(const QJsonObject &section, int *skipped = nullptr,
                               bool *newer = nullptr);
    static QJsonObject sectionFor(const QStringList &own);
    // A phrase as kept and said: one line, typed text cleaned (as the list cleans it), no
    // control characters, spaces as one.
    static QString cleanPhrase(const QString &typed);
};

} // namespace nextsteps
