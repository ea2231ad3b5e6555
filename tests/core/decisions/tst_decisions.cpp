#include "PdfText.h"
#include "SampleLists.h"
#include "core/checklist/ChecklistFormat.h"
#include "core/checklist/ChecklistModel.h"
#include "core/checklist/ChecklistStore.h"
#include "core/decisions/Decisions.h"
#include "core/decisions/DecisionsPrintout.h"
#include "core/print/PagedPrinter.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QPageSize>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace nextsteps;
using testprint::squeezed;

using Content = DecisionsPrintout::Content;
Q_DECLARE_METATYPE(nextsteps::DecisionsPrintout::Content)

namespace {

// What a person might write, every part filled in, someone rating beside them.
Content full()
{
    Content content;
    WhatMatters &matters = content.matters;
    const int ratings[] = {4, 1, 4, 3, 4, 3, 2, 3, 4, 2, 1, 3, 2, 3, 4};
    const int partner[] = {4, 4, 3, 3, 4, 4, 2, 3, 4, 0, 1, 2, 1, 3, 0};
    static_assert(std::size(ratings) == std::size(partner));
    Q_ASSERT(matters.items.size() == qsizetype(std::size(ratings)));
    for (int i = 0; i < matters.items.size(); ++i) {
        matters.items[i].me = ratings[i];
        matters.items[i].partner = partner[i];
    }
    matters.items.append({QString(), u"Being at Lucía’s wedding in June"_s, 4, 4});
    matters.items.append({QString(), u"Keeping my dog Max with me"_s, 3, 0});
    matters.partnerName = u"Ana, my daughter"_s;
    content.stand.lean = u"trial"_s;
    content.stand.checks = {WhereIStand::Answer::Yes, WhereIStand::Answer::No,
                            WhereIStand::Answer::Yes, WhereIStand::Answer::No};
    content.stand.help = u"Talking with the trial nurse; knowing how far I would travel"_s;
    MyWishes &wishes = content.wishes;
    wishes.name = u"Rosa Martínez"_s;
    wishes.speaksName = u"Ana Martínez (daughter)"_s;
    wishes.speaksPhone = u"555-0142"_s;
    wishes.wishes = {u"Only if my pain cannot be eased at home"_s,
                     u"Not for a long time; a short try is all right"_s,
                     u"I would like to talk it through first"_s, u"At home, in my own bed"_s,
                     u"Father Tomás can visit"_s};
    wishes.talk = {true, true, true, false, false, true, false};
    wishes.advanceDirective = MyWishes::Have::Yes;
    wishes.advanceDirectiveWhere = u"Blue folder by the phone"_s;
    wishes.polst = MyWishes::Have::NotSure;
    wishes.polstWhere = u"Ask Dr. Lee’s office"_s;
    return content;
}

// A usual amount: eight things rated by the person alone, one of their own, where they stand,
// who speaks for them, three wishes, their papers.
Content usual()
{
    Content content;
    const int ratings[] = {4, 3, 4, 2, 4, 3, 0, 3, 0, 4, 0, 0, 0, 0, 0};
    for (int i = 0; i < content.matters.items.size(); ++i)
        content.matters.items[i].me = ratings[i];
    content.matters.items.append({QString(), u"Seeing my grandson graduate"_s, 4, 0});
    content.stand.lean = WhereIStand::NotSure;
    content.stand.checks = {WhereIStand::Answer::No, WhereIStand::Answer::Yes,
                            WhereIStand::Answer::Yes, WhereIStand::Answer::No};
    content.stand.help = u"Talking it over with my daughter"_s;
    MyWishes &wishes = content.wishes;
    wishes.name = u"Rosa Martínez"_s;
    wishes.speaksName = u"Ana Martínez"_s;
    wishes.speaksPhone = u"555-0142"_s;
    wishes.wishes[0] = u"Only if my pain cannot be eased at home"_s;
    wishes.wishes[2] = u"I would like to talk it through first"_s;
    wishes.wishes[3] = u"At home"_s;
    wishes.talk[2] = true;
    wishes.advanceDirective = MyWishes::Have::Yes;
    wishes.advanceDirectiveWhere = u"Blue folder by the phone"_s;
    wishes.polst = MyWishes::Have::No;
    return content;
}

// Every text the person wrote, as the pages should show it.
QStringList everyText(const Content &content)
{
    QStringList texts;
    for (const MattersItem &item : content.matters.items) {
        if (item.me || item.partner || item.id.isEmpty())
            texts << WhatMatters::nameOf(item) << WhatMatters::levelName(item.me)
                  << WhatMatters::levelName(item.partner);
    }
    texts << content.matters.partnerName << content.stand.help;
    const MyWishes &w = content.wishes;
    texts << w.name << w.speaksName << w.speaksPhone << w.wishes << w.advanceDirectiveWhere
          << w.polstWhere << MyWishes::haveName(w.advanceDirective) << MyWishes::haveName(w.polst);
    texts.removeAll(QString());
    return texts;
}

bool hasEveryWord(const QString &page, const QString &written)
{
    // Split at spaces, slashes, commas and semicolons: a list of names is joined with commas,
    // two fields on a line with a semicolon.
    static const QRegularExpression between(u"[\\s/,;]+"_s);
    const QStringList words = page.split(between, Qt::SkipEmptyParts);
    for (const QString &word : written.split(between, Qt::SkipEmptyParts)) {
        if (!words.contains(word))
            return false;
    }
    return true;
}

QString pdfOf(const Content &content, qreal body, const QPageSize &size, const QString &path,
              DecisionsPrintout::Pages pages = DecisionsPrintout::BothPages,
              int *pageCount = nullptr)
{
    auto document = DecisionsPrintout::build(content, body, pages);
    const auto result =
        PagedPrinter::exportPdf(document.get(), path, DecisionsPrintout::title(), size);
    if (!result.ok)
        return {};
    if (pageCount)
        *pageCount = result.pageCount;
    return testprint::pdfPages(path).join(u'\f');
}

} // namespace

// Thinking it through (issue 30): what matters, where I stand and my wishes kept whole in the
// list's file and printed with every word. (The options' words: tst_decisionoptions.)
class TestDecisions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapes_data();
    void savedInTheListFile_readsBackTheSame_data() { shapes_data(); }
    void savedInTheListFile_readsBackTheSame();
    void damagedFields_areLeftOutAndCounted();
    void newerVersion_isSaid();
    void model_setSectionsIsOneUndoStep();
    void model_addQuestionsIsOneUndoStep();
    void pdf_holdsEveryWordWritten_data() { shapes_data(); }
    void pdf_holdsEveryWordWritten();
    void eachPage_printsOnOnePage_data();
    void eachPage_printsOnOnePage();
    void differences_areShownNotJudged();
    void emptyPages_printLinesToWriteOn();
    void plainText_holdsEveryWordWritten_data() { shapes_data(); }
    void plainText_holdsEveryWordWritten();
};

void TestDecisions::shapes_data()
{
    QTest::addColumn<Content>("content");
    QTest::newRow("nothing") << Content();
    Content one;
    one.matters.items[0].me = 4;
    QTest::newRow("one rating") << one;
    Content wishesOnly;
    wishesOnly.wishes.speaksName = u"José"_s;
    wishesOnly.wishes.talk[2] = true;
    QTest::newRow("only who speaks for me") << wishesOnly;
    QTest::newRow("everything") << full();
    Content tricky = full();
    tricky.matters.items.append({QString(), u"<b>not markup</b> & \"quotes\"; ñandú"_s, 2, 0});
    tricky.wishes.wishes[4] = u"Line one\nline two, with: colons; and \\ backslashes"_s;
    tricky.stand.lean = WhereIStand::NotSure;
    QTest::newRow("tricky text, not sure") << tricky;
    Content many = full();
    for (int i = 0; i < 25; ++i)
        many.matters.items.append({QString(), u"My own thing number %1"_s.arg(i), 1 + i % 4, 0});
    many.wishes.wishes[0] = QString(u"Long words about the hospital. "_s).repeated(60).trimmed();
    QTest::newRow("many own things, long text") << many;
}

void TestDecisions::savedInTheListFile_readsBackTheSame()
{
    QFETCH(Content, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    ChecklistData data;
    data.items.append(samples::item(u"A question"_s));
    const QMap<QString, QJsonObject> sections{{WhatMatters::SectionName, content.matters.toJson()},
                                              {WhereIStand::SectionName, content.stand.toJson()},
                                              {MyWishes::SectionName, content.wishes.toJson()}};
    for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
        if (!it.value().isEmpty())
            data.sections.insert(it.key(), it.value());
    }
    QString error;
    QVERIFY2(ChecklistStore::saveToFile(path, data, &error), qPrintable(error));
    // The bytes on disk hold each part under its name, in the list's file, and only what was
    // written: no empty parts.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject onDisk =
        QJsonDocument::fromJson(file.readAll()).object().value(u"sections"_s).toObject();
    QCOMPARE(onDisk.contains(WhatMatters::SectionName), !content.matters.isEmpty());
    QCOMPARE(onDisk.contains(MyWishes::SectionName), !content.wishes.isEmpty());
    QCOMPARE(onDisk.contains(WhereIStand::SectionName), !content.stand.isEmpty());
    const auto loaded = ChecklistStore::loadFromFile(path);
    QCOMPARE(loaded.status, ChecklistStore::LoadResult::Status::Loaded);
    int skipped = 0;
    QCOMPARE(WhatMatters::fromJson(loaded.data.sections.value(WhatMatters::SectionName), &skipped),
             content.matters);
    QCOMPARE(WhereIStand::fromJson(loaded.data.sections.value(WhereIStand::SectionName), &skipped),
             content.stand);
    QCOMPARE(MyWishes::fromJson(loaded.data.sections.value(MyWishes::SectionName), &skipped),
             content.wishes);
    QCOMPARE(skipped, 0);
}

void TestDecisions::damagedFields_areLeftOutAndCounted()
{
    const QByteArray bytes = R"({"format": "nextsteps-checklist", "version": 3, "questions": [],
        "sections": {
          "whatMatters": {"version": 1, "partnerName": 5, "items": [
              {"id": "home", "me": 4, "partner": 2}, {"id": "noSuchThing", "me": 2},
              {"id": "eating", "me": 9}, {"text": "My garden", "me": 3}, "not an item",
              {"id": "looks", "text": "both"}, {"me": 2}]},
          "whereIStand": {"lean": "trial", "checks": {"options": "yes", "values": "maybe"},
                          "help": ["a list"]},
          "myWishes": {"speaksName": "Ana", "speaksPhone": 555, "polst": "perhaps",
                       "wishes": {"hospital": "Not again", "feedingTube": 3},
                       "talkAbout": ["hospital", "dancing"]}}})";
    const auto parsed = ChecklistFormat::parse(bytes);
    QVERIFY(parsed.ok);
    int skipped = 0;
    const WhatMatters matters =
        WhatMatters::fromJson(parsed.data.sections.value(WhatMatters::SectionName), &skipped);
    // partnerName, the unknown id, the rating of 9, the string, id and text both, neither.
    QCOMPARE(skipped, 6);
    QCOMPARE(matters.items.at(0).me, 4);
    QCOMPARE(matters.items.at(0).partner, 2);
    QCOMPARE(matters.items.at(1).me, 0);
    QCOMPARE(matters.items.last().own, u"My garden"_s);
    QCOMPARE(matters.items.last().me, 3);
    skipped = 0;
    const WhereIStand stand =
        WhereIStand::fromJson(parsed.data.sections.value(WhereIStand::SectionName), &skipped);
    QCOMPARE(skipped, 2); // help, "maybe"
    QCOMPARE(stand.lean, u"trial"_s);
    QCOMPARE(stand.checks.at(0), WhereIStand::Answer::Yes);
    QCOMPARE(stand.checks.at(1), WhereIStand::Answer::NotAnswered);
    skipped = 0;
    const MyWishes wishes =
        MyWishes::fromJson(parsed.data.sections.value(MyWishes::SectionName), &skipped);
    QCOMPARE(skipped, 4); // the phone, "perhaps", the feeding tube, "dancing"
    QCOMPARE(wishes.speaksName, u"Ana"_s);
    QCOMPARE(wishes.wishes.at(0), u"Not again"_s);
    QVERIFY(wishes.talk.at(0));
}

void TestDecisions::newerVersion_isSaid()
{
    QVERIFY(WhatMatters::fromJson({{u"version"_s, 2}}).newerVersion);
    QVERIFY(WhereIStand::fromJson({{u"version"_s, 2}}).newerVersion);
    QVERIFY(MyWishes::fromJson({{u"version"_s, 2}}).newerVersion);
    QVERIFY(!MyWishes::fromJson(full().wishes.toJson()).newerVersion);
}

void TestDecisions::model_setSectionsIsOneUndoStep()
{
    ChecklistModel model;
    QUndoStack stack;
    model.setUndoStack(&stack);
    const Content content = full();
    model.setSections({{WhatMatters::SectionName, content.matters.toJson()},
                       {MyWishes::SectionName, content.wishes.toJson()},
                       {WhereIStand::SectionName, content.stand.toJson()}},
                      u"Keep"_s);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), u"Keep"_s);
    QCOMPARE(MyWishes::fromJson(model.section(MyWishes::SectionName)), content.wishes);
    // Nothing changed: no step.
    model.setSections({{MyWishes::SectionName, content.wishes.toJson()}}, u"Again"_s);
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QVERIFY(model.checklist().sections.isEmpty());
    stack.redo();
    QCOMPARE(WhatMatters::fromJson(model.section(WhatMatters::SectionName)), content.matters);
    QCOMPARE(WhereIStand::fromJson(model.section(WhereIStand::SectionName)), content.stand);
}

void TestDecisions::model_addQuestionsIsOneUndoStep()
{
    ChecklistModel model;
    QUndoStack stack;
    model.setUndoStack(&stack);
    model.addQuestion(u"Is there a clinical trial that fits me?"_s);
    const QStringList asked{u"Is there a clinical trial that fits me?"_s, // already there
                            u"What phase is the trial?"_s, u"  "_s, u"Who pays for what?"_s,
                            u"who pays for WHAT?"_s};
    QCOMPARE(model.addQuestions(asked, u"Add questions"_s), 2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(stack.count(), 2);
    stack.undo();
    QCOMPARE(model.rowCount(), 1);
    model.setReadOnly(true, u"testing"_s);
    QCOMPARE(model.addQuestions(asked, u"Add questions"_s), 0);
}

void TestDecisions::pdf_holdsEveryWordWritten()
{
    NEXTSTEPS_REQUIRE_PDFTOTEXT();
    QFETCH(Content, content);
    QTemporaryDir dir;
    for (const qreal body : {PagedPrinter::BodyPointSize, PagedPrinter::LargeBodyPointSize}) {
        const QString pdf =
            pdfOf(content, body, QPageSize(QPageSize::Letter), dir.filePath(u"pages.pdf"_s));
        QVERIFY(!pdf.isEmpty());
        const QString text = squeezed(pdf);
        for (const QString &title :
             {DecisionsPrintout::mattersTitle(), DecisionsPrintout::wishesTitle(),
              DecisionsPrintout::notLegal()})
            QVERIFY2(text.contains(squeezed(title)), qPrintable(title));
        for (const QString &written : everyText(content))
            QVERIFY2(hasEveryWord(pdf, written),
                     qPrintable(u"Not in the PDF at %1 pt: %2"_s.arg(body).arg(written)));
        // Where I stand: the choice leaned toward by its name, each check with its answer.
        if (!content.stand.lean.isEmpty())
            QVERIFY(
                text.contains(squeezed(DecisionsPrintout::leanName(content.stand.lean, u"en"_s))));
        const QStringList ids = WhereIStand::checkIds();
        for (int i = 0; i < ids.size(); ++i) {
            const QString answer = DecisionsPrintout::answerName(content.stand.checks.at(i));
            QVERIFY2(text.contains(squeezed(WhereIStand::checkQuestion(ids.at(i)) +
                                            (answer.isEmpty() ? u"Yes / No"_s : answer))),
                     qPrintable(ids.at(i)));
        }
        // "I want to talk about this" under each wish marked, and only those.
        const int marked =
            int(std::count(content.wishes.talk.cbegin(), content.wishes.talk.cend(), true));
        QCOMPARE(int(text.count(squeezed(DecisionsPrintout::talkAboutIt()))), marked);
        // What matters most, on the wishes page too.
        const QString wishesPage = pdf.mid(pdf.indexOf(DecisionsPrintout::notLegal().left(20)));
        for (const QString &most : content.matters.mostOfAll())
            QVERIFY2(hasEveryWord(wishesPage, most), qPrintable(most));
    }
}

void TestDecisions::eachPage_printsOnOnePage_data()
{
    QTest::addColumn<qreal>("body");
    QTest::addColumn<QPageSize>("size");
    for (const qreal body : {PagedPrinter::BodyPointSize, PagedPrinter::LargeBodyPointSize}) {
        QTest::addRow("Letter, %gpt", body) << body << QPageSize(QPageSize::Letter);
        QTest::addRow("A4, %gpt", body) << body << QPageSize(QPageSize::A4);
    }
}

void TestDecisions::eachPage_printsOnOnePage()
{
    NEXTSTEPS_REQUIRE_PDFTOTEXT();
    QFETCH(qreal, body);
    QFETCH(QPageSize, size);
    QTemporaryDir dir;
    // Everything filled in, someone rating beside me, two own things: a page each at regular
    // print, on their own or together (two pages, each beginning with its title). Large print
    // may run a page on to a second, never further.
    const Content content = full();
    const int most = body > PagedPrinter::BodyPointSize ? 2 : 1;
    int total = 0;
    for (const auto pages : {DecisionsPrintout::MattersPage, DecisionsPrintout::WishesPage}) {
        int count = 0;
        pdfOf(content, body, size, dir.filePath(u"one%1.pdf"_s.arg(int(pages))), pages, &count);
        QVERIFY2(count >= 1 && count <= most,
                 qPrintable(u"page %1: %2 pages"_s.arg(int(pages)).arg(count)));
        total += count;
    }
    // A usual amount: a page each at large print too.
    for (const auto pages : {DecisionsPrintout::MattersPage, DecisionsPrintout::WishesPage}) {
        int count = 0;
        pdfOf(usual(), body, size, dir.filePath(u"usual%1.pdf"_s.arg(int(pages))), pages, &count);
        QVERIFY2(count == 1, qPrintable(u"usual, page %1: %2 pages"_s.arg(int(pages)).arg(count)));
    }
    int count = 0;
    const QStringList both = pdfOf(content, body, size, dir.filePath(u"both.pdf"_s),
                                   DecisionsPrintout::BothPages, &count)
                                 .split(u'\f');
    QCOMPARE(count, total);
    QCOMPARE(both.size(), total);
    QVERIFY(squeezed(both.first()).contains(squeezed(DecisionsPrintout::mattersTitle())));
    // My wishes begins a page of its own.
    const auto wishesAt = std::find_if(both.cbegin(), both.cend(), [](const QString &page) {
        return squeezed(page).contains(squeezed(DecisionsPrintout::notLegal()));
    });
    QVERIFY(wishesAt != both.cend());
    QVERIFY(squeezed(*wishesAt).startsWith(squeezed(DecisionsPrintout::title()) +
                                           squeezed(u"Printed"_s)) ||
            squeezed(*wishesAt).contains(
                squeezed(DecisionsPrintout::wishesTitle() + DecisionsPrintout::notLegal())));
}

void TestDecisions::differences_areShownNotJudged()
{
    const Content content = full();
    const QString text = DecisionsPrintout::toPlainText(content, DecisionsPrintout::MattersPage);
    int differ = 0, same = 0;
    for (const MattersItem &item : content.matters.items) {
        if (item.me && item.partner)
            ++(item.me == item.partner ? same : differ);
    }
    QCOMPARE(int(text.count(DecisionsPrintout::different())), differ);
    QCOMPARE(int(text.count(u": "_s + DecisionsPrintout::same() + u')')), same);
    QVERIFY(text.contains(u"To Ana, my daughter"_s));
    // Without anyone beside me, no column for them.
    Content alone = content;
    alone.matters.partnerName.clear();
    for (MattersItem &item : alone.matters.items)
        item.partner = 0;
    const QString mine = DecisionsPrintout::toPlainText(alone, DecisionsPrintout::MattersPage);
    QVERIFY(!mine.contains(DecisionsPrintout::different()));
    QVERIFY(!mine.contains(u"Same?"_s));
}

void TestDecisions::emptyPages_printLinesToWriteOn()
{
    auto document = DecisionsPrintout::build({}, PagedPrinter::BodyPointSize);
    const QString text = document->toPlainText();
    // Every built-in thing listed to rate by hand.
    for (const MattersItem &item : WhatMatters::builtinItems())
        QVERIFY2(text.contains(WhatMatters::nameOf(item)), qPrintable(WhatMatters::nameOf(item)));
    // Lines for: the choice leaned toward, what would help, the name, who speaks for me and
    // the phone, what matters most, the five wishes, the two places kept: thirteen.
    QCOMPARE(text.count(QString(31, u'_')), 13);
    QCOMPARE(text.count(u"Yes / No"_s), 4 + 2);
}

void TestDecisions::plainText_holdsEveryWordWritten()
{
    QFETCH(Content, content);
    const QString text = DecisionsPrintout::toPlainText(content);
    for (const QString &written : everyText(content))
        QVERIFY2(text.contains(written), qPrintable(written));
    QVERIFY(text.startsWith(DecisionsPrintout::mattersTitle()));
    QVERIFY(text.contains(DecisionsPrintout::wishesTitle()));
}

QTEST_MAIN(TestDecisions)
#include "tst_decisions.moc"
