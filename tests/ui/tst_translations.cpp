#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    QStringList translations;
};

QList<Message> readTs(const QString &path, QString *language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            *language = xml.attributes().value(u"language"_s).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{context, {}, xml.attributes().value(u"numerus"_s) == u"yes", {}, {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(u"type"_s).toString();
            if (!message.numerus)
                message.translations << xml.readElementText();
            else
                messages.append(message); // forms follow
            if (!message.numerus)
                messages.append(message);
        } else if (name == u"numerusform") {
            messages.last().translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        qWarning() << path << xml.errorString();
    return messages;
}

QString translationsFolder()
{
    return QStringLiteral(NEXTSTEPS_TEST_DATA "/../../resources/translations");
}

// Placeholders (%1, %n), sorted: a translation keeps every one of them.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d+|n)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

} // namespace

// The Spanish interface: every string translated, plural forms right, nothing left behind.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spanish_isCompleteAndCurrent();
    void spanish_keepsPlaceholdersAndAccessKeys();
    void spanish_pluralsAreRight_data();
    void spanish_pluralsAreRight();
    void english_pluralsAreWritten();
};

void TestTranslations::spanish_isCompleteAndCurrent()
{
    QString englishLanguage, spanishLanguage;
    const QList<Message> english =
        readTs(translationsFolder() + u"/nextsteps_en.ts"_s, &englishLanguage);
    const QList<Message> spanish =
        readTs(translationsFolder() + u"/nextsteps_es.ts"_s, &spanishLanguage);
    QVERIFY(english.size() > 100);
    QCOMPARE(spanishLanguage, u"es"_s);
    // The same strings as the English template (both are refreshed by update_translations).
    QSet<QString> englishKeys, spanishKeys;
    for (const Message &m : english)
        englishKeys.insert(m.context + u'|' + m.source);
    for (const Message &m : spanish)
        spanishKeys.insert(m.context + u'|' + m.source);
    QCOMPARE(spanishKeys, englishKeys);
    for (const Message &m : spanish) {
        const QString where = m.context + u": "_s + m.source;
        QVERIFY2(m.type.isEmpty(), qPrintable(m.type + u" — "_s + where));
        QVERIFY2(!m.translations.isEmpty(), qPrintable(where));
        for (const QString &text : m.translations)
            QVERIFY2(!text.trimmed().isEmpty() || m.source.trimmed().isEmpty(), qPrintable(where));
    }
}

void TestTranslations::spanish_keepsPlaceholdersAndAccessKeys()
{
    QString language;
    const QList<Message> spanish = readTs(translationsFolder() + u"/nextsteps_es.ts"_s, &language);
    for (const Message &m : spanish) {
        const QString where = m.context + u": "_s + m.source;
        for (const QString &text : m.translations) {
            QVERIFY2(placeholders(text) == placeholders(m.source),
                     qPrintable(where + u" -> "_s + text));
            // A menu item keeps an access key (Alt+letter), and only one.
            const bool key = m.source.contains(QRegularExpression(u"&[^ ]"_s));
            QVERIFY2(key == text.contains(QRegularExpression(u"&[^ ]"_s)),
                     qPrintable(where + u" -> "_s + text));
            QVERIFY2(text.count(u'&') <= 1, qPrintable(text));
            // Three dots where the English has them: the item opens a dialog.
            QVERIFY2(m.source.endsWith(u'…') == text.endsWith(u'…'), qPrintable(text));
        }
    }
}

void TestTranslations::spanish_pluralsAreRight_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1 topic") << "nextsteps::TopicSidebar"_ba
                             << "%n topic(s) found"_ba << 1 << u"Se encontró 1 tema"_s;
    QTest::newRow("0 topics") << "nextsteps::TopicSidebar"_ba
                              << "%n topic(s) found"_ba << 0 << u"Se encontraron 0 temas"_s;
    QTest::newRow("12 topics") << "nextsteps::TopicSidebar"_ba
                               << "%n topic(s) found"_ba << 12 << u"Se encontraron 12 temas"_s;
    QTest::newRow("1 match") << "nextsteps::FindBar"_ba
                             << "%n match(es)"_ba << 1 << u"1 coincidencia"_s;
    QTest::newRow("2 matches") << "nextsteps::FindBar"_ba
                               << "%n match(es)"_ba << 2 << u"2 coincidencias"_s;
    QTest::newRow("1 question") << "nextsteps::PastListsDialog"_ba
                                << "%n question(s)"_ba << 1 << u"1 pregunta"_s;
    QTest::newRow("5 questions") << "nextsteps::PastListsDialog"_ba
                                 << "%n question(s)"_ba << 5 << u"5 preguntas"_s;
    QTest::newRow("2 important") << "nextsteps::ChecklistPanel"_ba
                                 << "%n important"_ba << 2 << u"2 importantes"_s;
}

void TestTranslations::spanish_pluralsAreRight()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(int, count);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(translator.load(u"nextsteps_es"_s, u":/i18n"_s)); // as compiled into the app
    QCOMPARE(translator.translate(context.constData(), source.constData(), nullptr, count)
                 .replace(u"%n"_s, QString::number(count)),
             expected);
}

// English is the source language, but "%n topic(s)" needs its two forms too ("1 topic",
// "2 topics"): nextsteps_en.ts holds them, and every plural message there must have both.
void TestTranslations::english_pluralsAreWritten()
{
    QString language;
    const QList<Message> english = readTs(translationsFolder() + u"/nextsteps_en.ts"_s, &language);
    QVERIFY(!english.isEmpty());
    int plurals = 0;
    for (const Message &message : english) {
        if (!message.numerus || message.type == u"vanished"_s || message.type == u"obsolete"_s)
            continue;
        ++plurals;
        QCOMPARE(message.translations.size(), 2);
        for (const QString &form : message.translations) {
            QVERIFY2(!form.isEmpty() && !form.contains(u"(s)"_s), qPrintable(message.source));
            QCOMPARE(placeholders(form), placeholders(message.source));
        }
    }
    QVERIFY(plurals > 5);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
