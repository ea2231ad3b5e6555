#include "PdfText.h"
#include "core/checklist/ChecklistModel.h"
#include "core/phrases/EmergencyInfo.h"
#include "core/phrases/EmergencySheet.h"
#include "core/phrases/PhraseBoard.h"
#include "core/print/PagedPrinter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace nextsteps;
using testprint::squeezed;

Q_DECLARE_METATYPE(nextsteps::EmergencyInfo)
Q_DECLARE_METATYPE(nextsteps::ChecklistData)

namespace {

ChecklistData fullData(int medicines, int contacts)
{
    ChecklistData data;
    data.immunotherapy.name = u"Rosa Martínez"_s;
    data.immunotherapy.drugs = {u"pembrolizumab (Keytruda)"_s};
    data.immunotherapy.started = QDate(2025, 2, 3);
    data.immunotherapy.stopped = QDate(2026, 9, 14);
    for (int i = 0; i < medicines; ++i)
        data.medicines.append({u"Medicine%1"_s.arg(i), u"%1 mg"_s.arg(10 + i), u"twice a day"_s,
                               u"pain"_s, u"Dr. Lee"_s});
    for (int i = 0; i < contacts; ++i)
        data.careTeam.append(
            {u"Contact%1"_s.arg(i), u"oncologist"_s, u"555-010%1"_s.arg(i), u"555-020%1"_s.arg(i)});
    return data;
}

EmergencyInfo fullInfo(EmergencyInfo::Airway airway)
{
    EmergencyInfo info;
    info.airway = airway;
    info.tube = u"Shiley 6 cuffless"_s;
    info.allergies = u"Penicillin, latex"_s;
    info.speaksName = u"Ana Martínez (daughter)"_s;
    info.speaksPhone = u"555-0199"_s;
    info.polstWhere = u"On the fridge, blue folder"_s;
    info.notes = u"Uses a speaking valve"_s;
    return info;
}

} // namespace

// The phrase board's phrases (both languages, every one), the person's own phrases and the
// emergency details as kept in the list's file, and the emergency sheet as printed.
class TestPhraseBoard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtin_everyPhraseInBothLanguages();
    void builtin_holdsTheUrgentPhrasesTheIssueNames();
    void own_roundTrips_data();
    void own_roundTrips();
    void own_damagedSection_keepsWhatCanBeRead_data();
    void own_damagedSection_keepsWhatCanBeRead();
    void own_inTheList_isOneUndoStepAndSurvivesSaving();
    void info_roundTrips_data();
    void info_roundTrips();
    void info_damagedFields_areCounted();
    void sheet_pdfHoldsEveryField_data();
    void sheet_pdfHoldsEveryField();
    void sheet_usualDetails_fitOnePage();
    void sheet_breathingFirst_inBothLanguages();
};

void TestPhraseBoard::builtin_everyPhraseInBothLanguages()
{
    const QList<PhraseGroup> &groups = PhraseBoard::builtin();
    QVERIFY(groups.size() >= 6);
    QSet<QString> ids;
    for (const PhraseGroup &group : groups) {
        QVERIFY2(!group.en.isEmpty() && !group.es.isEmpty(), qPrintable(group.id));
        QVERIFY2(!group.phrases.isEmpty(), qPrintable(group.id));
        // One number key each: 1 to 9, then 0.
        QVERIFY2(group.phrases.size() <= 10, qPrintable(group.id));
        for (const Phrase &phrase : group.phrases) {
            QVERIFY2(!phrase.id.isEmpty() && !ids.contains(phrase.id), qPrintable(phrase.id));
            ids.insert(phrase.id);
            QVERIFY2(!phrase.en.trimmed().isEmpty() && !phrase.es.trimmed().isEmpty(),
                     qPrintable(phrase.id));
            // Said in the other language, it must be that language: not the same words, but for
            // a single word both spell alike ("No.").
            QVERIFY2(phrase.en != phrase.es || !phrase.en.contains(u' '), qPrintable(phrase.id));
            QCOMPARE(phrase.en, phrase.en.simplified());
            QCOMPARE(phrase.es, phrase.es.simplified());
        }
    }
    // The pain scores, by number: "7" is 7 in both languages.
    const auto pain = std::find_if(groups.cbegin(), groups.cend(),
                                   [](const PhraseGroup &g) { return g.id == u"pain"; });
    QVERIFY(pain != groups.cend());
    for (int score = 1; score <= 9; ++score) {
        const Phrase &phrase = pain->phrases.at(score - 1);
        QVERIFY2(phrase.en.contains(u"%1 out of 10"_s.arg(score)), qPrintable(phrase.en));
        QVERIFY2(phrase.es.contains(u"%1 de 10"_s.arg(score)), qPrintable(phrase.es));
    }
}

void TestPhraseBoard::builtin_holdsTheUrgentPhrasesTheIssueNames()
{
    const PhraseGroup &urgent = PhraseBoard::builtin().first();
    QCOMPARE(urgent.id, u"urgent"_s);
    QStringList en;
    QStringList es;
    for (const Phrase &phrase : urgent.phrases) {
        en << phrase.en;
        es << phrase.es;
    }
    const QString allEn = en.join(u'\n');
    const QString allEs = es.join(u'\n');
    QVERIFY(allEn.contains(u"I can't speak, but I can hear you"_s));
    QVERIFY(allEn.contains(u"I breathe through my neck"_s));
    QVERIFY(allEn.contains(u"call 911"_s));
    QVERIFY(allEs.contains(u"911"_s));
    QVERIFY(allEs.contains(u"cuello"_s));
}

void TestPhraseBoard::own_roundTrips_data()
{
    QTest::addColumn<QStringList>("own");
    QTest::newRow("none") << QStringList();
    QTest::newRow("one") << QStringList{u"Please speak slowly."_s};
    QTest::newRow("Spanish and signs") << QStringList{u"¿Dónde está el baño?"_s, u"Ñandú 😊"_s};
    QStringList many;
    for (int i = 0; i < 300; ++i)
        many << u"Phrase number %1, with some words after it"_s.arg(i);
    QTest::newRow("300") << many;
    QTest::newRow("long") << QStringList{QString(5000, u'a')};
}

void TestPhraseBoard::own_roundTrips()
{
    QFETCH(QStringList, own);
    const QJsonObject section = PhraseBoard::sectionFor(own);
    // Through the bytes a file holds.
    const QJsonObject read = QJsonDocument::fromJson(QJsonDocument(section).toJson()).object();
    int skipped = 0;
    bool newer = true;
    QCOMPARE(PhraseBoard::ownFrom(read, &skipped, &newer), own);
    QCOMPARE(skipped, 0);
    QVERIFY(!newer);
    // The board shows them last, as written, in either language.
    const QList<PhraseGroup> groups = PhraseBoard::groups(own);
    QCOMPARE(groups.size(), PhraseBoard::builtin().size() + 1);
    QCOMPARE(groups.last().id, u"mine"_s);
    QCOMPARE(groups.last().phrases.size(), own.size());
    for (int i = 0; i < own.size(); ++i) {
        QCOMPARE(groups.last().phrases.at(i).text(u"en"_s), own.at(i));
        QCOMPARE(groups.last().phrases.at(i).text(u"es"_s), own.at(i));
    }
}

void TestPhraseBoard::own_damagedSection_keepsWhatCanBeRead_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("kept");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<bool>("newer");
    QTest::newRow("not a list") << QByteArray(R"({"version":1,"phrases":"Hello"})") << QStringList()
                                << 1 << false;
    QTest::newRow("numbers among them")
        << QByteArray(R"({"version":1,"phrases":["Hello", 5, null, "Thank you"]})")
        << QStringList{u"Hello"_s, u"Thank you"_s} << 2 << false;
    QTest::newRow("blank and repeated")
        << QByteArray(R"({"version":1,"phrases":["  ", "Hi", " Hi ", "Bye"]})")
        << QStringList{u"Hi"_s, u"Bye"_s} << 2 << false;
    QTest::newRow("newer") << QByteArray(R"({"version":2,"phrases":["Hi"],"extra":{}})")
                           << QStringList{u"Hi"_s} << 0 << true;
    QTest::newRow("empty object") << QByteArray("{}") << QStringList() << 0 << false;
    QTest::newRow("control characters") << QByteArray("{\"phrases\":[\"Hi\\u0000 there\\u0007\"]}")
                                        << QStringList{u"Hi there"_s} << 0 << false;
}

void TestPhraseBoard::own_damagedSection_keepsWhatCanBeRead()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, kept);
    QFETCH(int, skipped);
    QFETCH(bool, newer);
    int left = 0;
    bool isNewer = false;
    QCOMPARE(PhraseBoard::ownFrom(QJsonDocument::fromJson(json).object(), &left, &isNewer), kept);
    QCOMPARE(left, skipped);
    QCOMPARE(isNewer, newer);
}

void TestPhraseBoard::own_inTheList_isOneUndoStepAndSurvivesSaving()
{
    ChecklistModel model;
    QUndoStack stack;
    model.setUndoStack(&stack);
    const QStringList own{u"Please wait for me to write."_s, u"Necesito mi pizarra."_s};
    model.setSection(PhraseBoard::SectionName, PhraseBoard::sectionFor(own), u"Keep"_s);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(PhraseBoard::ownFrom(model.section(PhraseBoard::SectionName)), own);
    stack.undo();
    QVERIFY(PhraseBoard::ownFrom(model.section(PhraseBoard::SectionName)).isEmpty());
    stack.redo();
    QCOMPARE(PhraseBoard::ownFrom(model.section(PhraseBoard::SectionName)), own);
    // A new list for the next visit keeps them: they are not the visit's.
    QVERIFY(model.addQuestion(u"What comes next?"_s));
    QVERIFY(model.startNewList());
    QCOMPARE(PhraseBoard::ownFrom(model.section(PhraseBoard::SectionName)), own);
}

void TestPhraseBoard::info_roundTrips_data()
{
    QTest::addColumn<EmergencyInfo>("info");
    QTest::newRow("empty") << EmergencyInfo();
    QTest::newRow("neck breather, everything") << fullInfo(EmergencyInfo::Airway::NeckBreather);
    QTest::newRow("tracheostomy, everything") << fullInfo(EmergencyInfo::Airway::Tracheostomy);
    EmergencyInfo onlyAllergies;
    onlyAllergies.allergies = u"Ninguna conocida"_s;
    QTest::newRow("allergies only") << onlyAllergies;
    EmergencyInfo onlyAirway;
    onlyAirway.airway = EmergencyInfo::Airway::NeckBreather;
    QTest::newRow("airway only") << onlyAirway;
    EmergencyInfo lines = fullInfo(EmergencyInfo::Airway::NotSaid);
    lines.notes = u"First line\nsecond line"_s;
    QTest::newRow("two lines of notes") << lines;
}

void TestPhraseBoard::info_roundTrips()
{
    QFETCH(EmergencyInfo, info);
    const QByteArray bytes = QJsonDocument(info.toJson()).toJson();
    int skipped = 0;
    const EmergencyInfo read =
        EmergencyInfo::fromJson(QJsonDocument::fromJson(bytes).object(), &skipped);
    QCOMPARE(skipped, 0);
    QVERIFY(read == info);
    QCOMPARE(info.toJson().isEmpty(), info.isEmpty());
}

void TestPhraseBoard::info_damagedFields_areCounted()
{
    int skipped = 0;
    const EmergencyInfo read = EmergencyInfo::fromJson(
        QJsonDocument::fromJson(
            R"({"version":1,"airway":"gills","allergies":7,"speaksName":"Ana","tube":["x"]})")
            .object(),
        &skipped);
    QCOMPARE(skipped, 3);
    QCOMPARE(read.speaksName, u"Ana"_s);
    QCOMPARE(read.airway, EmergencyInfo::Airway::NotSaid);
    QVERIFY(
        EmergencyInfo::fromJson(QJsonDocument::fromJson(R"({"version":9})").object()).newerVersion);
}

void TestPhraseBoard::sheet_pdfHoldsEveryField_data()
{
    QTest::addColumn<EmergencyInfo>("info");
    QTest::addColumn<ChecklistData>("data");
    QTest::newRow("nothing written") << EmergencyInfo() << ChecklistData();
    QTest::newRow("neck breather, usual")
        << fullInfo(EmergencyInfo::Airway::NeckBreather) << fullData(5, 3);
    QTest::newRow("tracheostomy, usual")
        << fullInfo(EmergencyInfo::Airway::Tracheostomy) << fullData(5, 3);
    QTest::newRow("nose and mouth, many medicines")
        << fullInfo(EmergencyInfo::Airway::NotSaid) << fullData(25, 8);
    EmergencyInfo spanish = fullInfo(EmergencyInfo::Airway::NeckBreather);
    spanish.allergies = u"Penicilina, látex"_s;
    spanish.polstWhere = u"En el refrigerador, carpeta azul"_s;
    QTest::newRow("Spanish words, no medicines") << spanish << fullData(0, 1);
}

void TestPhraseBoard::sheet_pdfHoldsEveryField()
{
    NEXTSTEPS_REQUIRE_PDFTOTEXT();
    QFETCH(EmergencyInfo, info);
    QFETCH(ChecklistData, data);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sheet.pdf"_s);
    auto document = EmergencySheet::build(info, data);
    const auto result = PagedPrinter::exportPdf(document.get(), path, EmergencySheet::title(),
                                                QPageSize(QPageSize::Letter));
    QVERIFY2(result.ok, qPrintable(result.error));
    const QStringList pages = testprint::pdfPages(path);
    const QString pdf = squeezed(pages.join(u' '));
    QVERIFY(!pdf.isEmpty());
    const QString plain = squeezed(EmergencySheet::toPlainText(info, data));
    QStringList expected{EmergencySheet::title(), EmergencySheet::both(u"allergies"_s),
                         EmergencySheet::both(u"medicines"_s)};
    if (info.breathesThroughNeck())
        expected << info.tube;
    if (info.airway == EmergencyInfo::Airway::NeckBreather)
        expected << EmergencySheet::word(u"neck"_s, u"en"_s)
                 << EmergencySheet::word(u"neck"_s, u"es"_s);
    if (info.airway == EmergencyInfo::Airway::Tracheostomy)
        expected << EmergencySheet::word(u"trach"_s, u"en"_s)
                 << EmergencySheet::word(u"trach"_s, u"es"_s);
    expected << info.allergies << info.speaksName << info.speaksPhone << info.polstWhere
             << info.notes << data.immunotherapy.name;
    for (const Medicine &medicine : data.medicines)
        expected << medicine.name << medicine.dose << medicine.schedule;
    for (const CareContact &contact : data.careTeam)
        expected << contact.name << contact.phone << contact.afterHoursPhone
                 << CareContact::roleName(contact.role);
    if (!data.immunotherapy.isEmpty())
        expected << data.immunotherapy.drugs << u"2025-02-03"_s << u"2026-09-14"_s
                 << EmergencySheet::word(u"immunotherapy"_s, u"es"_s);
    if (info.allergies.isEmpty() || data.medicines.isEmpty())
        expected << EmergencySheet::both(u"none"_s);
    for (const QString &text : std::as_const(expected)) {
        if (text.isEmpty())
            continue;
        // Whole on one page; over two, the page's header and footer may come between words.
        if (pages.size() == 1) {
            QVERIFY2(pdf.contains(squeezed(text)),
                     qPrintable(u"Not in the PDF: "_s + text + u"\nThe PDF: "_s + pdf));
        } else {
            for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
                QVERIFY2(pdf.contains(squeezed(word)), qPrintable(u"Not in the PDF: "_s + word));
        }
        QVERIFY2(plain.contains(squeezed(text)), qPrintable(u"Not in the text: "_s + text));
    }
    // The breathing line only for those who breathe through the neck.
    QCOMPARE(pdf.contains(squeezed(EmergencySheet::word(u"cannotSpeak"_s, u"en"_s))),
             info.breathesThroughNeck());
}

void TestPhraseBoard::sheet_usualDetails_fitOnePage()
{
    NEXTSTEPS_REQUIRE_PDFTOTEXT();
    for (const auto &size : {QPageSize::Letter, QPageSize::A4}) {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sheet.pdf"_s);
        auto document =
            EmergencySheet::build(fullInfo(EmergencyInfo::Airway::NeckBreather), fullData(6, 4));
        const auto result =
            PagedPrinter::exportPdf(document.get(), path, EmergencySheet::title(), QPageSize(size));
        if (qEnvironmentVariableIsSet("NEXTSTEPS_KEEP_PDF"))
            QFile::copy(path, qEnvironmentVariable("NEXTSTEPS_KEEP_PDF"));
        QVERIFY(result.ok);
        QCOMPARE(result.pageCount, 1);
        QCOMPARE(testprint::pdfPages(path).size(), 1);
    }
}

void TestPhraseBoard::sheet_breathingFirst_inBothLanguages()
{
    const QString text =
        EmergencySheet::toPlainText(fullInfo(EmergencyInfo::Airway::NeckBreather), fullData(3, 2));
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    // The title with the name, then how the person breathes, before allergies and medicines.
    QCOMPARE(lines.at(0), EmergencySheet::title() + u": Rosa Martínez"_s);
    QCOMPARE(lines.at(1), EmergencySheet::word(u"neck"_s, u"en"_s));
    QCOMPARE(lines.at(2), EmergencySheet::word(u"neck"_s, u"es"_s));
    QVERIFY(lines.at(1).contains(u"not my mouth"_s));
    QVERIFY(lines.at(2).contains(u"no por la boca"_s));
    QVERIFY(text.indexOf(EmergencySheet::both(u"allergies"_s)) > text.indexOf(lines.at(2)));
    QVERIFY(text.indexOf(EmergencySheet::both(u"medicines"_s)) >
            text.indexOf(EmergencySheet::both(u"allergies"_s)));
}

QTEST_MAIN(TestPhraseBoard)
#include "tst_phraseboard.moc"
