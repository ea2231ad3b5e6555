#include "GlossaryUse.h"
#include "GuideTwins.h"
#include "core/guide/Guide.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace nextsteps;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QJsonObject topicJson(const QString &id, const QString &file, const QStringList &questionIds)
{
    QJsonArray questions;
    for (const QString &q : questionIds)
        questions.append(
            QJsonObject{{u"id"_s, q}, {u"text"_s, QString(u"What about "_s + q + u'?')}});
    return QJsonObject{{u"id"_s, id},
                       {u"title"_s, QString(u"Title of "_s + id)},
                       {u"file"_s, file},
                       {u"updated"_s, u"2026-11-27"_s},
                       {u"factsChecked"_s, u"2026-11-20"_s},
                       {u"sources"_s, QJsonArray{u"src"_s}},
                       {u"questions"_s, questions}};
}

// A small, correct guide that each data row breaks in one way.
struct GuideFixture
{
    QJsonArray topics{topicJson(u"one"_s, u"one.md"_s, {u"q1"_s, u"q2"_s}),
                      topicJson(u"two"_s, u"two.md"_s, {u"q3"_s})};
    QJsonArray sources{QJsonObject{{u"id"_s, u"src"_s}, {u"title"_s, u"A source"_s}}};
    QJsonArray terms{QJsonObject{
        {u"id"_s, u"word"_s}, {u"term"_s, u"word"_s}, {u"definition"_s, u"A thing we say."_s}}};
    QByteArray one = "Some text with a [word](glossary:word) in it.\n";
    QByteArray two = "More text, and a link to [topic one](topic:one).\n";
    bool writeIndex = true;
    bool writeGlossary = true;
    QByteArray rawIndex;

    void writeTo(const QString &dir) const
    {
        if (writeIndex) {
            writeFile(dir + u"/guide.json"_s,
                      rawIndex.isEmpty() ? QJsonDocument(QJsonObject{{u"topics"_s, topics},
                                                                     {u"sources"_s, sources}})
                                               .toJson()
                                         : rawIndex);
        }
        if (writeGlossary)
            writeFile(dir + u"/glossary.json"_s,
                      QJsonDocument(QJsonObject{{u"terms"_s, terms}}).toJson());
        writeFile(dir + u"/one.md"_s, one);
        writeFile(dir + u"/two.md"_s, two);
    }
};

} // namespace

class TestGuide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledGuide_hasNoProblems();
    void bundledGuide_hasTopicsInReadingOrder();
    void bundledGuide_hasEnoughQuestionsTermsAndSources();
    void bundledGuide_aboutPageCarriesTheDisclaimer();
    void bundledGuide_everyTopicLeadsToHelpRightAway();
    void bundledGuide_urgentPageCoversWhatMustNotWait();
    void bundledGuide_newTopicsAreLinkedFromTheOthers();
    void bundledGuide_glossaryWordsAreLinkedBeforeUse();
    void bundledGuide_usesUsWordsAndSpellsOutAbbreviations();
    void glossaryUse_isFoundBeforeTheLink();
    void fixture_loadsCleanly();
    void brokenGuide_isReported_data();
    void textThatIsNotALink_isNotChecked();
    void brokenGuide_isReported();
    void missingFolder_reportsInsteadOfCrashing();
    void pageMarkdown_endsWithSourcesAndDate();
    void glossaryPage_listsEveryTerm();
    void spanishFixture_loadsCleanlyWithSpanishDates();
    void forLanguage_usesTheLanguageFolderOrEnglish();
    void directoryFor_acceptsOnlyLanguageCodes();
    void twins_reportWhatIsMissingBothWays();
    void bundledSpanishGuide_isTheEnglishGuidesTwin();
};

void TestGuide::bundledGuide_hasNoProblems()
{
    const Guide guide = Guide::load(Guide::bundledDirectory());
    QVERIFY2(guide.isValid(), qPrintable(guide.problems().join(u'\n')));
}

void TestGuide::bundledGuide_hasTopicsInReadingOrder()
{
    const Guide guide = Guide::load(Guide::bundledDirectory());
    QStringList ids;
    for (const Topic &topic : guide.topics())
        ids << topic.id;
    // Help right away comes second, straight after the welcome.
    // What to expect as the illness gets worse is optional reading: late, after the visit.
    const QStringList expected{u"welcome"_s,     u"urgent"_s,     u"stopped-working"_s,
                               u"treatments"_s,  u"trials"_s,     u"eating"_s,
                               u"no-voice"_s,    u"palliative"_s, u"hospice"_s,
                               u"crisis-plan"_s, u"coping"_s,     u"caregivers"_s,
                               u"money"_s,       u"visit"_s,      u"getting-worse"_s,
                               u"glossary"_s,    u"sources"_s,    u"about"_s};
    QCOMPARE(ids, expected);
}

void TestGuide::bundledGuide_hasEnoughQuestionsTermsAndSources()
{
    const Guide guide = Guide::load(Guide::bundledDirectory());
    QVERIFY2(guide.questionCount() >= 60, qPrintable(QString::number(guide.questionCount())));
    QVERIFY2(guide.glossary().size() >= 42, qPrintable(QString::number(guide.glossary().size())));
    for (const Topic &topic : guide.topics()) {
        if (topic.isReference())
            continue;
        QVERIFY2(topic.questions.size() >= 3, qPrintable(topic.id));
        QVERIFY2(!topic.sourceIds.isEmpty(), qPrintable(topic.id));
        for (const QString &id : topic.sourceIds)
            QVERIFY2(guide.source(id), qPrintable(topic.id + u": "_s + id));
        QVERIFY2(topic.updated.isValid(), qPrintable(topic.id));
        QVERIFY2(topic.factsChecked.isValid(), qPrintable(topic.id));
        QVERIFY2(topic.factsChecked <= topic.updated, qPrintable(topic.id));
    }
    // Every source is cited by some topic, and says who published it.
    for (const Source &source : guide.sources()) {
        QVERIFY2(!source.publisher.isEmpty(), qPrintable(source.id));
        const bool cited =
            std::any_of(guide.topics().cbegin(), guide.topics().cend(),
                        [&](const Topic &t) { return t.sourceIds.contains(source.id); });
        QVERIFY2(cited, qPrintable(source.id));
    }
    // Every term the brief asks for is explained.
    for (const char *id : {"advance-directive",
                           "brachytherapy",
                           "cetuximab",
                           "checkpoint-inhibitor",
                           "clinical-trial",
                           "egfr",
                           "health-care-proxy",
                           "hnscc",
                           "hospice-care",
                           "hyperfractionated-radiation",
                           "informed-consent",
                           "metastatic",
                           "palliative-care",
                           "pd-1",
                           "placebo",
                           "pseudoprogression",
                           "re-irradiation",
                           "recurrent",
                           "respite-care",
                           "tracheostomy",
                           "stoma",
                           "feeding-tube",
                           "speech-language-pathologist",
                           "polst",
                           "pd-l1",
                           "hpv",
                           "palliative-radiation",
                           "second-opinion",
                           "scan"})
        QVERIFY2(guide.glossaryTerm(QString::fromLatin1(id)), id);
    // The two new topics offer questions of their own.
    QVERIFY(guide.topic(u"eating"_s)->questions.size() >= 5);
    QVERIFY(guide.topic(u"caregivers"_s)->questions.size() >= 5);
}

void TestGuide::bundledGuide_aboutPageCarriesTheDisclaimer()
{
    const Guide guide = Guide::load(Guide::bundledDirectory());
    const Topic *about = guide.topic(u"about"_s);
    QVERIFY(about);
    const QString text = Guide::plainText(about->body);
    QVERIFY(text.contains(u"not medical advice"_s));
    QVERIFY(text.contains(u"not checked by a doctor"_s));
    QVERIFY(text.contains(u"United States"_s));
    QVERIFY(text.contains(u"care team"_s));
    // Welcome points to it too.
    QVERIFY(guide.topic(u"welcome"_s)->body.contains(u"(topic:about)"_s));
}

void TestGuide::bundledGuide_everyTopicLeadsToHelpRightAway()
{
    // Whatever a worried reader opens, the way to "help right away" is one click at the end.
    const Guide guide = Guide::load(Guide::bundledDirectory());
    for (const Topic &topic : guide.topics()) {
        if (topic.isReference() || topic.id == u"urgent")
            continue;
        const QString body = topic.body.trimmed();
        const QString lastParagraph = body.mid(body.lastIndexOf(u"\n\n"_s) + 2);
        QVERIFY2(lastParagraph.contains(u"(topic:urgent)"_s), qPrintable(topic.id));
    }
}

void TestGuide::bundledGuide_urgentPageCoversWhatMustNotWait()
{
    // The page speaks to caregivers too, and covers what must not wait.
    const Guide guide = Guide::load(Guide::bundledDirectory());
    const QString urgent = Guide::plainText(guide.topic(u"urgent"_s)->body);
    for (const QString &must :
         {u"you or the person you care for"_s, u"day or night"_s, u"100.4"_s, u"even a small one"_s,
          u"I breathe through my neck"_s, u"sudden confusion"_s, u"hospice nurse line first"_s,
          u"988"_s, u"911"_s, u"months after the last dose"_s})
        QVERIFY2(urgent.contains(must, Qt::CaseInsensitive), qPrintable(must));
}

void TestGuide::bundledGuide_newTopicsAreLinkedFromTheOthers()
{
    const Guide guide = Guide::load(Guide::bundledDirectory());
    int linksToEating = 0;
    int linksToCaregivers = 0;
    for (const Topic &topic : guide.topics()) {
        linksToEating += topic.body.contains(u"(topic:eating)"_s) ? 1 : 0;
        linksToCaregivers += topic.body.contains(u"(topic:caregivers)"_s) ? 1 : 0;
    }
    QVERIFY(linksToEating >= 2);
    QVERIFY(linksToCaregivers >= 2);
    // Hospice is comfort care instead of cancer treatment; palliative care goes along with it.
    const QString stopped = Guide::plainText(guide.topic(u"stopped-working"_s)->body);
    QVERIFY(stopped.contains(u"palliative care at the same time as cancer treatment"_s));
    QVERIFY(stopped.contains(u"in place of treatment aimed at the cancer"_s));
}

void TestGuide::bundledGuide_glossaryWordsAreLinkedBeforeUse()
{
    const Guide guide = Guide::load(Guide::bundledDirectory());
    QStringList problems;
    for (const Topic &topic : guide.topics()) {
        if (topic.kind == Topic::Kind::Topic)
            problems << glossaryuse::usedBeforeLinked(topic, guide.glossary());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestGuide::bundledGuide_usesUsWordsAndSpellsOutAbbreviations()
{
    const Guide guide = Guide::load(Guide::bundledDirectory());
    for (const Topic &topic : guide.topics()) {
        const QString text = Guide::plainText(topic.body);
        QVERIFY2(!text.contains(u"tick"_s, Qt::CaseInsensitive), qPrintable(topic.id));
        // 5-FU only ever appears next to its full name.
        if (text.contains(u"5-FU"_s))
            QVERIFY2(text.contains(u"fluorouracil"_s), qPrintable(topic.id));
    }
    // Which cancers the guide is not about is said plainly.
    const QString welcome = Guide::plainText(guide.topic(u"welcome"_s)->body);
    for (const QString &other : {u"nasopharyngeal"_s, u"salivary"_s, u"thyroid"_s})
        QVERIFY2(welcome.contains(other), qPrintable(other));
}

void TestGuide::glossaryUse_isFoundBeforeTheLink()
{
    QList<GlossaryTerm> glossary{{u"pd-1"_s, u"PD-1"_s, u"A brake."_s},
                                 {u"iv"_s, u"IV (intravenous)"_s, u"Into a vein."_s},
                                 {u"care-team"_s, u"care team"_s, u"The people."_s}};
    Topic topic;
    topic.id = u"t"_s;
    // Linked on first use, then used plainly: fine. A heading and a link target do not count.
    topic.body =
        u"## PD-1 and your care team\n\nA brake called [PD-1](glossary:pd-1). PD-1 again.\n"_s;
    QCOMPARE(glossaryuse::usedBeforeLinked(topic, glossary), QStringList());
    // Used before its link, across a line break and in the plural: reported.
    topic.body = u"Ask your care\nteams first. Your [care team](glossary:care-team) helps.\n"
                 "You get it by IV. Then [IV](glossary:iv).\n"_s;
    const QStringList found = glossaryuse::usedBeforeLinked(topic, glossary);
    QCOMPARE(found.size(), 2);
    QVERIFY2(found.join(u'\n').contains(u"line 1"_s), qPrintable(found.join(u'\n')));
    // Used and never linked: reported.
    topic.body = u"The PD-1 brake.\n"_s;
    QCOMPARE(glossaryuse::usedBeforeLinked(topic, glossary).size(), 1);
    // Part of a longer word is not a use.
    topic.body = u"Five IVs and a PD-1-like thing, and the ivory tower.\n"_s;
    QCOMPARE(glossaryuse::usedBeforeLinked(topic, glossary).size(), 1); // "IVs" only
}

void TestGuide::fixture_loadsCleanly()
{
    QTemporaryDir dir;
    GuideFixture().writeTo(dir.path());
    const Guide guide = Guide::load(dir.path());
    QVERIFY2(guide.isValid(), qPrintable(guide.problems().join(u'\n')));
    QCOMPARE(guide.topics().size(), 2);
    QString topicId;
    QVERIFY(guide.question(u"q3"_s, &topicId));
    QCOMPARE(topicId, u"two"_s);
}

void TestGuide::brokenGuide_isReported_data()
{
    QTest::addColumn<std::function<void(GuideFixture &)>>("breakIt");
    QTest::addColumn<QString>("expected");

    QTest::newRow("duplicate topic id") << std::function<void(GuideFixture &)>([](GuideFixture &f) {
        f.topics.append(topicJson(u"one"_s, u"one.md"_s, {}));
    }) << u"topic id \"one\" is used twice"_s;
    QTest::newRow("duplicate question id")
        << std::function<void(GuideFixture &)>([](GuideFixture &f) {
               f.topics.append(topicJson(u"three"_s, u"one.md"_s, {u"q1"_s}));
           })
        << u"question id \"q1\" is used twice"_s;
    QTest::newRow("missing file") << std::function<void(GuideFixture &)>([](GuideFixture &f) {
        f.topics.append(topicJson(u"three"_s, u"nowhere.md"_s, {}));
    }) << u"the file nowhere.md could not be read"_s;
    QTest::newRow("unknown glossary link")
        << std::function<void(GuideFixture &)>(
               [](GuideFixture &f) { f.one += "A [mystery](glossary:mystery) word.\n"; })
        << u"unknown glossary term \"mystery\""_s;
    QTest::newRow("unknown topic link") << std::function<void(GuideFixture &)>([](GuideFixture &f) {
        f.two += "See [elsewhere](topic:elsewhere).\n";
    }) << u"unknown topic \"elsewhere\""_s;
    QTest::newRow("second link on a line")
        << std::function<void(GuideFixture &)>([](GuideFixture &f) {
               f.one += "A [word](glossary:word) and a [riddle](glossary:riddle).\n";
           })
        << u"unknown glossary term \"riddle\""_s;
    QTest::newRow("link at the very end")
        << std::function<void(GuideFixture &)>(
               [](GuideFixture &f) { f.two += "See [the end](topic:end)"; })
        << u"unknown topic \"end\""_s;
    QTest::newRow("empty topic") << std::function<void(GuideFixture &)>([](GuideFixture &f) {
        f.two = "   \n\n";
    }) << u"Topic \"two\" is empty"_s;
    QTest::newRow("unknown source") << std::function<void(GuideFixture &)>([](GuideFixture &f) {
        QJsonObject t = topicJson(u"three"_s, u"one.md"_s, {});
        t.insert(u"sources"_s, QJsonArray{u"nope"_s});
        f.topics.append(t);
    }) << u"unknown source \"nope\""_s;
    QTest::newRow("index not JSON") << std::function<void(GuideFixture &)>([](GuideFixture &f) {
        f.rawIndex = "{ this is not json";
    }) << u"is not valid JSON"_s;
    QTest::newRow("index missing")
        << std::function<void(GuideFixture &)>([](GuideFixture &f) { f.writeIndex = false; })
        << u"guide index (guide.json) could not be read"_s;
    QTest::newRow("glossary missing")
        << std::function<void(GuideFixture &)>([](GuideFixture &f) { f.writeGlossary = false; })
        << u"glossary file could not be read"_s;
    QTest::newRow("bad date") << std::function<void(GuideFixture &)>([](GuideFixture &f) {
        QJsonObject t = topicJson(u"three"_s, u"one.md"_s, {});
        t.insert(u"updated"_s, u"last Tuesday"_s);
        f.topics.append(t);
    }) << u"no valid \"last updated\" date"_s;
    QTest::newRow("no facts-checked date")
        << std::function<void(GuideFixture &)>([](GuideFixture &f) {
               QJsonObject t = topicJson(u"three"_s, u"one.md"_s, {});
               t.remove(u"factsChecked"_s);
               f.topics.append(t);
           })
        << u"no valid \"facts checked\" date"_s;
}

void TestGuide::textThatIsNotALink_isNotChecked()
{
    // Markdown shows these as they are, so there is no link to check.
    QTemporaryDir dir;
    GuideFixture fixture;
    fixture.one += "Not a link: ](glossary:two words) and ](topic:open and [x](elsewhere:y).\n";
    fixture.writeTo(dir.path());
    const Guide guide = Guide::load(dir.path());
    QVERIFY2(guide.isValid(), qPrintable(guide.problems().join(u'\n')));
}

void TestGuide::brokenGuide_isReported()
{
    QFETCH(std::function<void(GuideFixture &)>, breakIt);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    GuideFixture fixture;
    breakIt(fixture);
    fixture.writeTo(dir.path());
    const Guide guide = Guide::load(dir.path());
    QVERIFY(!guide.isValid());
    const QString all = guide.problems().join(u'\n');
    QVERIFY2(all.contains(expected), qPrintable(all));
}

void TestGuide::missingFolder_reportsInsteadOfCrashing()
{
    const Guide guide = Guide::load(u"/this/folder/does/not/exist"_s);
    QVERIFY(!guide.isValid());
    QVERIFY(guide.topics().isEmpty());
    QVERIFY(guide.topic(u"welcome"_s) == nullptr);
}

void TestGuide::pageMarkdown_endsWithSourcesAndDate()
{
    // Every source line ends with one full stop, also where its note has its own ("marque 2.").
    for (const QString &language : {u"en"_s, u"es"_s}) {
        const Guide guide = Guide::forLanguage(language);
        for (const Topic &topic : guide.topics()) {
            const QString shown = Guide::plainText(guide.pageMarkdown(topic));
            static const QRegularExpression twoStops(u"[^.]\\.\\.(?!\\.)"_s);
            QVERIFY2(!twoStops.match(shown).hasMatch(),
                     qPrintable(topic.id + u": "_s + twoStops.match(shown).captured()));
        }
    }
    const Guide guide = Guide::load(Guide::bundledDirectory());
    const QString page = guide.pageMarkdown(*guide.topic(u"trials"_s));
    QVERIFY(page.startsWith(u"# Clinical trials"_s));
    QVERIFY(page.contains(u"## Sources"_s));
    QVERIFY(page.contains(u"https://clinicaltrials.gov"_s));
    QVERIFY(page.contains(u"Last updated: December 4, 2026"_s));
    QVERIFY(page.contains(u"Facts checked: December 4, 2026"_s));
    // Both dates show as their own lines at the very end.
    const QString shown = Guide::plainText(page);
    QVERIFY2(shown.trimmed().endsWith(
                 u"Last updated: December 4, 2026\nFacts checked: December 4, 2026"_s),
             qPrintable(shown.right(120)));
}

void TestGuide::glossaryPage_listsEveryTerm()
{
    const Guide guide = Guide::load(Guide::bundledDirectory());
    const QString page = Guide::plainText(guide.pageMarkdown(*guide.topic(u"glossary"_s)));
    for (const GlossaryTerm &term : guide.glossary()) {
        QVERIFY2(page.contains(term.term), qPrintable(term.term));
        QVERIFY2(page.contains(term.definition), qPrintable(term.term));
    }
}

namespace {

QString spanishFixture()
{
    return QStringLiteral(NEXTSTEPS_TEST_DATA "/guide-es");
}

// A guide root with the bundled English guide and the Spanish fixture as its "es" folder.
void copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const QString &name : source.entryList(QDir::Files))
        QVERIFY(QFile::copy(source.filePath(name), to + u'/' + name));
    for (const QString &name : source.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (name != u"es")
            copyTree(source.filePath(name), to + u'/' + name);
    }
}

} // namespace

void TestGuide::spanishFixture_loadsCleanlyWithSpanishDates()
{
    const Guide guide = Guide::load(spanishFixture(), QLocale(QLocale::Spanish));
    QVERIFY2(guide.isValid(), qPrintable(guide.problems().join(u'\n')));
    QCOMPARE(guide.language(), u"es"_s);
    const QString page = guide.pageMarkdown(*guide.topic(u"trials"_s));
    QVERIFY(page.startsWith(u"# Ensayos clínicos"_s));
    QVERIFY2(page.contains(u"27 de noviembre de 2026"_s), qPrintable(page.right(200)));
}

void TestGuide::forLanguage_usesTheLanguageFolderOrEnglish()
{
    QTemporaryDir root;
    copyTree(Guide::bundledDirectory(), root.path());
    copyTree(spanishFixture(), root.path() + u"/es"_s);

    const Guide spanish = Guide::forLanguage(u"es"_s, root.path());
    QCOMPARE(spanish.language(), u"es"_s);
    QCOMPARE(spanish.topic(u"welcome"_s)->title, u"Bienvenida"_s);
    QString topicId;
    QVERIFY(spanish.question(u"trials.fit"_s, &topicId)->text.contains(u"ensayo clínico"_s));
    QCOMPARE(topicId, u"trials"_s);

    // No German guide: the English one, with English dates.
    const Guide german = Guide::forLanguage(u"de"_s, root.path());
    QCOMPARE(german.language(), u"en"_s);
    QCOMPARE(german.topic(u"welcome"_s)->title,
             Guide::load(root.path()).topic(u"welcome"_s)->title);
    QVERIFY(german.pageMarkdown(*german.topic(u"trials"_s)).contains(u"December 4, 2026"_s));
    QCOMPARE(Guide::forLanguage(u"en"_s, root.path()).language(), u"en"_s);
}

void TestGuide::directoryFor_acceptsOnlyLanguageCodes()
{
    QCOMPARE(Guide::directoryFor(u"en"_s, u"/r"_s), u"/r"_s);
    QCOMPARE(Guide::directoryFor(u"../x"_s, u"/r"_s), u"/r"_s);
    QCOMPARE(Guide::directoryFor(QString(), u"/r"_s), u"/r"_s);
    QCOMPARE(Guide::directoryFor(u"es"_s, QStringLiteral(NEXTSTEPS_TEST_DATA)),
             QStringLiteral(NEXTSTEPS_TEST_DATA));
}

void TestGuide::twins_reportWhatIsMissingBothWays()
{
    const Guide english = Guide::load(Guide::bundledDirectory());
    Guide spanish = Guide::load(spanishFixture(), QLocale(QLocale::Spanish));
    QVERIFY(guideTwinProblems(english, english).isEmpty());
    // The fixture has two topics of the guide: everything else is reported missing.
    const QStringList problems = guideTwinProblems(english, spanish);
    const QString all = problems.join(u'\n');
    QVERIFY2(all.contains(u"Topic \"urgent\" is missing in \"es\""_s), qPrintable(all));
    QVERIFY2(all.contains(u"Question (topic/question) \"trials/trials.leave\" is missing"_s),
             qPrintable(all));
    QVERIFY2(all.contains(u"Glossary term \"hospice-care\" is missing"_s), qPrintable(all));
    QVERIFY2(!all.contains(u"\"welcome\" is missing"_s), qPrintable(all));
    // And the reverse: what only the other language has.
    const QStringList reverse = guideTwinProblems(spanish, english);
    QVERIFY(reverse.join(u'\n').contains(u"Topic \"urgent\" in \"en\" is not in English"_s));
}

void TestGuide::bundledSpanishGuide_isTheEnglishGuidesTwin()
{
    const QString sourceFolder = QStringLiteral(NEXTSTEPS_TEST_DATA "/../../resources/guide/es");
    const bool compiledIn = QFileInfo::exists(u":/guide/es/guide.json"_s);
    if (!compiledIn) {
        QVERIFY2(!QFileInfo::exists(sourceFolder + u"/guide.json"_s),
                 "resources/guide/es/guide.json exists but is not compiled in: configure again");
        QSKIP("No Spanish guide in resources/guide/es yet (the fixture is checked instead)");
    }
    QCOMPARE(Guide::directoryFor(u"es"_s), u":/guide/es"_s);
    const Guide english = Guide::load(Guide::bundledDirectory());
    const Guide spanish = Guide::forLanguage(u"es"_s);
    // Every link resolves, every file is there, no id twice.
    QVERIFY2(spanish.isValid(), qPrintable(spanish.problems().join(u'\n')));
    const QStringList problems = guideTwinProblems(english, spanish);
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"The Spanish guide is not complete:\n"_s + problems.join(u'\n')));
    // Every topic file of the folder is in the guide's index, and nothing is left in English.
    for (const Topic &topic : spanish.topics()) {
        const Topic *twin = english.topic(topic.id);
        QVERIFY2(topic.title != twin->title || topic.title.size() < 6, qPrintable(topic.id));
        QVERIFY2(topic.isReference() || topic.body != twin->body, qPrintable(topic.id));
        for (const SuggestedQuestion &question : topic.questions)
            QVERIFY2(question.text != english.question(question.id)->text, qPrintable(question.id));
    }
    QVERIFY2(QDir(sourceFolder + u"/topics"_s).entryList({u"*.md"_s}, QDir::Files).size() <=
                 spanish.topics().size(),
             "A Markdown file in resources/guide/es/topics is not in es/guide.json");
}

QTEST_MAIN(TestGuide)
#include "tst_guide.moc"
