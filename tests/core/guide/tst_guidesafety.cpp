#include "core/guide/Guide.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace nextsteps;

// The guide's safety content, in both languages, as a reader sees it: each check reads the
// rendered page (Qt's Markdown, then its plain text), not the Markdown source, so that a
// number or an instruction hidden in a link target or broken by the Markdown does not count.
class TestGuideSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void instruction_isInBothLanguages_data();
    void instruction_isInBothLanguages();
    void everyPhoneNumber_isInTheTwinTopic_data();
    void everyPhoneNumber_isInTheTwinTopic();
    void hospiceAdvice_isWordedTheSameEverywhere_data();
    void hospiceAdvice_isWordedTheSameEverywhere();
    void urgentPage_opensWithTheFirst911List_data();
    void urgentPage_opensWithTheFirst911List();
    void gettingWorse_saysWhatItIsAboutFirst();

private:
    Guide m_english;
    Guide m_spanish;
};

namespace {

// What a reader sees of a topic: the whole page, title and sources included, with every run of
// white space (a wrapped line, a line break in a list item) as one space.
QString rendered(const Guide &guide, const QString &topicId)
{
    const Topic *topic = guide.topic(topicId);
    if (!topic)
        return {};
    QTextDocument document;
    document.setMarkdown(guide.pageMarkdown(*topic), QTextDocument::MarkdownDialectGitHub);
    return document.toPlainText().simplified();
}

// The body alone, rendered, one line per block (heading, paragraph, list item).
QStringList renderedBlocks(const Topic &topic)
{
    QTextDocument document;
    document.setMarkdown(topic.body, QTextDocument::MarkdownDialectGitHub);
    QStringList blocks;
    for (const QString &line : document.toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            blocks << line.simplified();
    }
    return blocks;
}

} // namespace

void TestGuideSafety::initTestCase()
{
    m_english = Guide::load(Guide::bundledDirectory());
    QVERIFY2(m_english.isValid(), qPrintable(m_english.problems().join(u'\n')));
    if (!QFileInfo::exists(u":/guide/es/guide.json"_s))
        QSKIP("No Spanish guide is compiled in");
    m_spanish = Guide::forLanguage(u"es"_s);
    QCOMPARE(m_spanish.language(), u"es"_s);
}

void TestGuideSafety::instruction_isInBothLanguages_data()
{
    QTest::addColumn<QString>("topicId");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("spanish");
    const auto row = [](const char *name, const QString &topic, const QString &en,
                        const QString &es) {
        QTest::newRow(name) << topic << en << es;
    };

    // 911: what to call it for, and what to do when the care team cannot be reached.
    row("911 list urgent", u"urgent"_s, u"Call 911 right away for these"_s,
        u"Llame al 911 de inmediato en estos casos"_s);
    row("911 stroke signs urgent", u"urgent"_s,
        u"Signs of a stroke: sudden weakness or numbness of the face, an arm, or a leg"_s,
        u"Señales de un derrame cerebral: debilidad o adormecimiento de repente en la cara"_s);
    row("911 small bleed fallback urgent", u"urgent"_s,
        u"If you cannot reach your care team at once, go to the emergency room or call 911. Do "
        "not wait to see if it happens again."_s,
        u"Si no logra hablar con su equipo enseguida, vaya a la sala de emergencias o llame al "
        "911. No espere a ver si vuelve a pasar."_s);
    row("911 fever every treatment urgent", u"urgent"_s,
        u"A fever of 100.4 °F (38 °C) or higher during any cancer treatment"_s,
        u"Fiebre de 100.4 °F (38 °C) o más durante cualquier tratamiento contra el cáncer"_s);
    row("feeding tube out right away urgent", u"urgent"_s,
        u"cover the opening with a clean dressing and call right away"_s,
        u"tape la abertura con una gasa limpia y llame enseguida"_s);
    row("feeding tube out right away eating", u"eating"_s,
        u"cover the opening with a clean dressing and call your care team right away"_s,
        u"tape la abertura con una gasa limpia y llame a su equipo enseguida"_s);
    row("I breathe through my neck urgent", u"urgent"_s, u"\"I breathe through my neck.\""_s,
        u"\"Respiro por el cuello\""_s);
    row("I breathe through my neck no-voice", u"no-voice"_s, u"\"I breathe through my neck.\""_s,
        u"\"Respiro por el cuello\""_s);

    // Help without a voice.
    row("text 911 urgent", u"urgent"_s, u"Text 911. Many places take texts."_s,
        u"Mande un mensaje de texto al 911. En muchos lugares se puede."_s);
    row("text 911 bounce-back urgent", u"urgent"_s,
        u"If your area cannot take texts, a message comes back to say so."_s,
        u"Si en su zona no se puede, le llega un mensaje que lo dice."_s);
    row("text 911 no-voice", u"no-voice"_s, u"Text 911. Many places take texts to 911."_s,
        u"Mande un texto al 911. En muchos lugares se puede."_s);
    row("text 911 about", u"about"_s, u"text 911"_s, u"mande un texto al 911"_s);
    row("711 relay urgent", u"urgent"_s, u"Call 711 to reach a relay service."_s,
        u"Llame al 711 para usar un servicio de relevo."_s);
    row("711 relay no-voice", u"no-voice"_s, u"Call 711 to reach a relay service."_s,
        u"Llame al 711 para usar un servicio de relevo."_s);
    row("711 speech-to-speech no-voice", u"no-voice"_s, u"speech-to-speech relay"_s,
        u"servicio de relevo de voz a voz"_s);
    row("711 on the numbers list urgent", u"urgent"_s, u"711 for the relay service"_s,
        u"El 711 para el servicio de relevo"_s);

    // 988, and 988 in Spanish by phone and by text.
    row("988 call or text urgent", u"urgent"_s, u"call or text 988 at any time"_s,
        u"llame o mande un texto al 988 a cualquier hora"_s);
    row("988 press 2 in Spanish urgent", u"urgent"_s, u"call 988 and press 2"_s,
        u"llame al 988 y marque 2"_s);
    row("988 text AYUDA in Spanish urgent", u"urgent"_s, u"text AYUDA to 988"_s,
        u"mande la palabra AYUDA por texto al 988"_s);
    row("988 text AYUDA in Spanish coping", u"coping"_s, u"text AYUDA to 988"_s,
        u"mande la palabra AYUDA por texto al 988"_s);
    row("988 text AYUDA in Spanish no-voice", u"no-voice"_s, u"text AYUDA to 988"_s,
        u"mande la palabra AYUDA por texto al 988"_s);
    row("988 text no-voice", u"no-voice"_s, u"text 988"_s, u"mande un texto al 988"_s);

    // Phone numbers, written out in full: the guide works offline.
    row("1-800-227-2345 caregivers", u"caregivers"_s, u"American Cancer Society: 1-800-227-2345"_s,
        u"Sociedad Americana Contra El Cáncer: 1-800-227-2345"_s);
    row("1-800-227-2345 money", u"money"_s, u"1-800-227-2345"_s, u"1-800-227-2345"_s);
    row("Cancer Support Community caregivers", u"caregivers"_s,
        u"Cancer Support Community: 1-888-793-9355"_s,
        u"Cancer Support Community: 1-888-793-9355"_s);
    row("CancerCare caregivers", u"caregivers"_s, u"CancerCare: 1-800-813-4673"_s,
        u"CancerCare: 1-800-813-4673"_s);
    row("CancerCare money", u"money"_s, u"1-800-813-4673"_s, u"1-800-813-4673"_s);
    row("Social Security money", u"money"_s, u"Social Security at 1-800-772-1213"_s,
        u"Seguro Social al 1-800-772-1213"_s);
    row("Social Security TTY money", u"money"_s, u"The TTY number is 1-800-325-0778."_s,
        u"El número TTY es 1-800-325-0778."_s);
    row("NCI Cancer Information Service trials", u"trials"_s, u"1-800-422-6237"_s,
        u"1-800-422-6237"_s);

    // Money: Social Security's fast track.
    row("Compassionate Allowances money", u"money"_s, u"Compassionate Allowances"_s,
        u"Compassionate Allowances"_s);
}

void TestGuideSafety::instruction_isInBothLanguages()
{
    QFETCH(QString, topicId);
    QFETCH(QString, english);
    QFETCH(QString, spanish);
    const QString en = rendered(m_english, topicId);
    const QString es = rendered(m_spanish, topicId);
    QVERIFY2(!en.isEmpty() && !es.isEmpty(), qPrintable(topicId));
    QVERIFY2(en.contains(english, Qt::CaseInsensitive),
             qPrintable(u"English \"%1\" lacks: %2"_s.arg(topicId, english)));
    QVERIFY2(es.contains(spanish, Qt::CaseInsensitive),
             qPrintable(u"Spanish \"%1\" lacks: %2"_s.arg(topicId, spanish)));
}

void TestGuideSafety::everyPhoneNumber_isInTheTwinTopic_data()
{
    QTest::addColumn<QString>("topicId");
    for (const Topic &topic : m_english.topics()) {
        if (!topic.body.isEmpty())
            QTest::newRow(qPrintable(topic.id)) << topic.id;
    }
}

void TestGuideSafety::everyPhoneNumber_isInTheTwinTopic()
{
    // Every number a reader could dial (911, 988, 711, toll-free numbers) that one language
    // shows in a topic, the other shows in the same topic, as often or more.
    QFETCH(QString, topicId);
    static const QRegularExpression number(
        u"(?<![\\d-])(?:1-8\\d\\d-[0-9A-Z]{3}-?[0-9A-Z]{4,6}|911|988|711)(?![\\d-])"_s);
    const auto numbers = [](const QString &text) {
        QStringList found;
        for (auto it = number.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.sort();
        return found;
    };
    const QStringList en = numbers(rendered(m_english, topicId));
    const QStringList es = numbers(rendered(m_spanish, topicId));
    for (const QStringList *from : {&en, &es}) {
        const QStringList &other = from == &en ? es : en;
        for (const QString &n : *from)
            QVERIFY2(other.contains(n),
                     qPrintable(u"%1: %2 is only in %3"_s.arg(
                         topicId, n, from == &en ? u"English"_s : u"Spanish"_s)));
    }
    QCOMPARE(es.contains(u"911"_s), en.contains(u"911"_s));
    QCOMPARE(es.contains(u"988"_s), en.contains(u"988"_s));
}

void TestGuideSafety::hospiceAdvice_isWordedTheSameEverywhere_data()
{
    QTest::addColumn<QString>("topicId");
    for (const char *id : {"urgent", "hospice", "caregivers", "crisis-plan"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestGuideSafety::hospiceAdvice_isWordedTheSameEverywhere()
{
    // The nurse line first for most problems, and a plan made ahead for what cannot wait: the
    // same words on every page that gives the advice, so that no page says less than another.
    QFETCH(QString, topicId);
    const QString english =
        u"for most problems, call the hospice nurse line first, day or night. A blocked breathing "
        "tube or heavy bleeding cannot wait for a call back. Make a plan with the hospice team "
        "before it happens: who to call, which crisis medicines to keep at home, and whether to "
        "call 911. Until you have a plan, call 911 for these."_s;
    const QString spanish =
        u"para la mayoría de los problemas, llame primero a la línea de enfermería del hospicio, "
        "de día o de noche. Un tubo para respirar tapado o un sangrado fuerte no pueden esperar "
        "a que le devuelvan la llamada. Haga un plan con el equipo del hospicio antes de que "
        "pase: a quién llamar, qué medicinas para una crisis tener en casa y si llamar al 911. "
        "Mientras no tenga un plan, llame al 911 en estos casos."_s;
    QVERIFY2(rendered(m_english, topicId).contains(english), qPrintable(topicId));
    QVERIFY2(rendered(m_spanish, topicId).contains(spanish), qPrintable(topicId));
    // And "call the hospice nurse line before 911" is said nowhere without it.
    for (const Topic &topic : m_english.topics()) {
        const QString text = rendered(m_english, topic.id);
        if (text.contains(u"hospice nurse line first"_s))
            QVERIFY2(text.contains(english), qPrintable(topic.id));
    }
}

void TestGuideSafety::urgentPage_opensWithTheFirst911List_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Spanish") << u"es"_s;
}

void TestGuideSafety::urgentPage_opensWithTheFirst911List()
{
    // The page a frightened reader opens must start with what to call 911 for: one short
    // paragraph, then the heading, then the list (the window's test checks it fits the screen).
    QFETCH(QString, language);
    const Guide &guide = language == "es"_L1 ? m_spanish : m_english;
    QCOMPARE(guide.topics().at(1).id, u"urgent"_s);
    const QStringList blocks = renderedBlocks(*guide.topic(u"urgent"_s));
    QVERIFY(blocks.size() > 4);
    QVERIFY2(blocks.at(0).size() < 120, qPrintable(blocks.at(0)));
    QVERIFY2(blocks.at(1).contains(u"911"_s), qPrintable(blocks.at(1)));
    QVERIFY2(blocks.at(2).contains(language == "es"_L1 ? u"sangrado"_s : u"bleeding"_s),
             qPrintable(blocks.at(2)));
}

void TestGuideSafety::gettingWorse_saysWhatItIsAboutFirst()
{
    // Optional reading: the first thing on the page says what it is about and that it can wait.
    const QStringList en = renderedBlocks(*m_english.topic(u"getting-worse"_s));
    const QStringList es = renderedBlocks(*m_spanish.topic(u"getting-worse"_s));
    QVERIFY2(en.first().startsWith(u"About this page:"_s), qPrintable(en.first()));
    QVERIFY(en.first().contains(u"You do not have to read it now."_s));
    QVERIFY2(es.first().startsWith(u"Sobre esta página:"_s), qPrintable(es.first()));
    QVERIFY(es.first().contains(u"No tiene que leerla ahora."_s));
    // It comes late, after the visit and before the reference pages.
    QStringList ids;
    for (const Topic &topic : m_english.topics())
        ids << topic.id;
    QCOMPARE(ids.indexOf(u"getting-worse"_s), ids.indexOf(u"visit"_s) + 1);
}

QTEST_MAIN(TestGuideSafety)
#include "tst_guidesafety.moc"
