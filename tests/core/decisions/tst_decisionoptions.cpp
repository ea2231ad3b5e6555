#include "ReadingLevel.h"
#include "core/decisions/DecisionOptions.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nextsteps;

namespace {

// The words a person reads for one option, in one language: its name, its cells, its
// questions, one sentence per line.
QString optionText(const DecisionOptions::Option &option, const QString &language)
{
    QStringList lines{option.name.in(language)};
    for (const QString &aspect : {u"involves"_s, u"offers"_s, u"takes"_s, u"unknown"_s})
        lines << option.cells.value(aspect).in(language);
    lines << option.questions(language);
    return lines.join(u'\n');
}

} // namespace

// The options side by side (issue 30): every choice complete in English and Spanish, as plain
// as the guide, sourced, balanced in length, and without words that steer.
class TestDecisionOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void options_areCompleteInBothLanguages();
    void options_arePlainEnough_data();
    void options_arePlainEnough();
    void options_neverRecommend();
    void options_areSourced();
};

void TestDecisionOptions::options_areCompleteInBothLanguages()
{
    const DecisionOptions &options = DecisionOptions::bundled();
    QStringList ids;
    for (const DecisionOptions::Option &option : options.options)
        ids << option.id;
    QCOMPARE(ids, QStringList({u"treatment"_s, u"trial"_s, u"comfort"_s, u"hospice"_s}));
    QCOMPARE(options.aspects.size(), 5);
    for (const DecisionOptions::Aspect &aspect : options.aspects) {
        QVERIFY2(!aspect.name.en.isEmpty() && !aspect.name.es.isEmpty(), qPrintable(aspect.id));
    }
    QVERIFY(!options.note.en.isEmpty() && !options.note.es.isEmpty());
    for (const DecisionOptions::Option &option : options.options) {
        QVERIFY(!option.name.en.isEmpty() && !option.name.es.isEmpty());
        QVERIFY2(!option.topic.isEmpty(), qPrintable(option.id));
        for (const DecisionOptions::Aspect &aspect : options.aspects) {
            for (const QString &language : {u"en"_s, u"es"_s})
                QVERIFY2(option.cell(aspect.id, language).trimmed().size() > 40,
                         qPrintable(option.id + u'/' + aspect.id + u'/' + language));
        }
        // The same questions, in the same order, in both: each a question.
        QCOMPARE(option.questionsEn.size(), option.questionsEs.size());
        QVERIFY(option.questionsEn.size() >= 3);
        for (const QString &question : option.questionsEn)
            QVERIFY2(question.endsWith(u'?'), qPrintable(question));
        for (const QString &question : option.questionsEs)
            QVERIFY2(question.startsWith(u'¿') && question.endsWith(u'?'), qPrintable(question));
        // Balanced: no choice is given far more words than another.
        const auto words = [](const QString &text) {
            return int(text.split(u' ', Qt::SkipEmptyParts).size());
        };
        const int mine = words(optionText(option, u"en"_s));
        const int first = words(optionText(options.options.first(), u"en"_s));
        QVERIFY2(mine * 4 >= first * 3 && mine * 3 <= first * 4,
                 qPrintable(u"%1: %2 words against %3"_s.arg(option.id).arg(mine).arg(first)));
    }
}

void TestDecisionOptions::options_arePlainEnough_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("language");
    for (const DecisionOptions::Option &option : DecisionOptions::bundled().options) {
        QTest::addRow("%s, en", qPrintable(option.id)) << option.id << u"en"_s;
        QTest::addRow("%s, es", qPrintable(option.id)) << option.id << u"es"_s;
    }
    QTest::newRow("the note above the table, en") << u"note"_s << u"en"_s;
    QTest::newRow("the note above the table, es") << u"note"_s << u"es"_s;
}

void TestDecisionOptions::options_arePlainEnough()
{
    QFETCH(QString, id);
    QFETCH(QString, language);
    const DecisionOptions::Option *option = DecisionOptions::bundled().option(id);
    QVERIFY(option || id == u"note");
    const QString text =
        option ? optionText(*option, language) : DecisionOptions::bundled().note.in(language);
    if (language == u"en") {
        const ReadingLevel level = ReadingLevel::measure(text);
        const QString report = u"%1: grade %2, ease %3"_s.arg(id)
                                   .arg(level.fleschKincaidGrade(), 0, 'f', 2)
                                   .arg(level.fleschReadingEase(), 0, 'f', 1);
        qInfo().noquote() << report;
        QVERIFY2(level.fleschKincaidGrade() <= 7.0, qPrintable(report));
        QVERIFY2(level.fleschReadingEase() >= 70.0, qPrintable(report));
    } else {
        const ReadingLevel level = ReadingLevel::measureSpanish(text);
        const QString report =
            u"%1: Fernández-Huerta %2"_s.arg(id).arg(level.fernandezHuertaReadingEase(), 0, 'f', 1);
        qInfo().noquote() << report;
        QVERIFY2(level.fernandezHuertaReadingEase() >= 70.0, qPrintable(report));
    }
}

void TestDecisionOptions::options_neverRecommend()
{
    // A weak net (read the words too): no sentence that steers toward or away from a choice.
    static const QRegularExpression steering(
        u"\\b(should (choose|pick|try|go)|the best (choice|option)|better (choice|option)|"
        "right choice|most people choose|giving up|give up|fight|you must)\\b|"
        "\\b(debería|la mejor opción|mejor opción|rendirse|darse por vencid|luchar)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const DecisionOptions &options = DecisionOptions::bundled();
    QStringList texts{options.note.en, options.note.es};
    for (const DecisionOptions::Option &option : options.options)
        texts << optionText(option, u"en"_s) << optionText(option, u"es"_s);
    for (const QString &text : std::as_const(texts)) {
        const auto match = steering.match(text);
        QVERIFY2(!match.hasMatch(), qPrintable(match.captured(0) + u" in: "_s + text.left(80)));
    }
    // Each choice names what it may take and what no one can know, not only what it offers.
    for (const DecisionOptions::Option &option : options.options) {
        QVERIFY(!option.cells.value(u"takes"_s).en.isEmpty());
        QVERIFY(!option.cells.value(u"unknown"_s).en.isEmpty());
    }
}

void TestDecisionOptions::options_areSourced()
{
    const DecisionOptions &options = DecisionOptions::bundled();
    QVERIFY(options.sources.size() >= 4);
    for (const DecisionOptions::Source &source : options.sources) {
        QVERIFY2(source.url.startsWith(u"https://"_s), qPrintable(source.url));
        QVERIFY(!source.title.isEmpty());
    }
    // The text the reading measures is the text shown: the file reads whole.
    QFile file(u":/decisions/options.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const DecisionOptions read = DecisionOptions::fromJson(file.readAll(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(read.options.size(), options.options.size());
}

QTEST_MAIN(TestDecisionOptions)
#include "tst_decisionoptions.moc"
