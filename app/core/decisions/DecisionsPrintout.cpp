#include "core/decisions/DecisionsPrintout.h"

#include "core/PrintedText.h"
#include "core/decisions/DecisionOptions.h"

#include <QGuiApplication>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

const QString WriteHere = u"_______________________________"_s;

QString orLine(const QString &text)
{
    return text.trimmed().isEmpty() ? WriteHere : text.trimmed();
}

void startPage(QTextCursor &cursor, qreal body, const QString &title, bool pageBreak)
{
    QTextBlockFormat heading = PrintedText::paragraph(0);
    if (pageBreak)
        heading.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    if (cursor.document()->isEmpty())
        cursor.setBlockFormat(heading);
    else
        cursor.insertBlock(heading, PrintedText::text(body));
    cursor.insertText(title, PrintedText::text(body * 5 / 3, true));
}

// The page's title with the person's name after it: one line fewer, so that a usual page stays
// one page at large print.
QString titleWithName(const QString &title, const QString &name)
{
    return name.trimmed().isEmpty() ? title
                                    : DecisionsPrintout::tr("%1: %2").arg(title, name.trimmed());
}

void insertHeading(QTextCursor &cursor, qreal body, const QString &heading)
{
    QTextBlockFormat format = PrintedText::paragraph(body / 2);
    format.setProperty(PrintedText::KeepWithNextProperty, true);
    cursor.insertBlock(format, PrintedText::text(body));
    cursor.insertText(heading, PrintedText::text(body * 4 / 3, true));
}

void insertLine(QTextCursor &cursor, qreal body, const QString &text, qreal indent = 0)
{
    cursor.insertBlock(PrintedText::paragraph(body / 6, indent), PrintedText::text(body));
    cursor.insertText(text, PrintedText::text(body));
}

// "Label: value", or a line to write on.
void insertField(QTextCursor &cursor, qreal body, const QString &label, const QString &value)
{
    cursor.insertBlock(PrintedText::paragraph(body / 6), PrintedText::text(body));
    cursor.insertText(DecisionsPrintout::tr("%1: ").arg(label), PrintedText::text(body, true));
    cursor.insertText(orLine(value), PrintedText::text(body));
}

// "; Label: value" after the field before, on its line when there is room.
void appendField(QTextCursor &cursor, qreal body, const QString &label, const QString &value)
{
    cursor.insertText(u"; "_s, PrintedText::text(body));
    cursor.insertText(DecisionsPrintout::tr("%1: ").arg(label), PrintedText::text(body, true));
    cursor.insertText(orLine(value), PrintedText::text(body));
}

// The rows printed: what was rated or written; every built-in thing, to rate by hand, when
// nothing was.
QList<MattersItem> printedItems(const WhatMatters &matters)
{
    QList<MattersItem> rows;
    for (const MattersItem &item : matters.items) {
        if (item.me || item.partner || item.id.isEmpty())
            rows << item;
    }
    return rows.isEmpty() ? WhatMatters::builtinItems() : rows;
}

QString partnerHeader(const WhatMatters &matters)
{
    const QString name = matters.partnerName.trimmed();
    return name.isEmpty() ? DecisionsPrintout::tr("To the one beside me")
                          : DecisionsPrintout::tr("To %1").arg(name);
}

QString comparison(const MattersItem &item)
{
    if (!item.me || !item.partner)
        return {};
    return item.me == item.partner ? DecisionsPrintout::same() : DecisionsPrintout::different();
}

QStringList rowOf(const MattersItem &item, bool partner)
{
    QStringList cells{WhatMatters::nameOf(item), WhatMatters::levelName(item.me)};
    if (partner)
        cells << WhatMatters::levelName(item.partner) << comparison(item);
    return cells;
}

QStringList headersOf(const WhatMatters &matters)
{
    QStringList headers{DecisionsPrintout::tr("What matters"), DecisionsPrintout::tr("To me")};
    if (matters.hasPartner())
        headers << partnerHeader(matters) << DecisionsPrintout::tr("Same?");
    return headers;
}

void insertMatters(QTextCursor &cursor, const DecisionsPrintout::Content &content, qreal body,
                   bool pageBreak)
{
    const WhatMatters &matters = content.matters;
    startPage(cursor, body, titleWithName(DecisionsPrintout::mattersTitle(), content.wishes.name),
              pageBreak);
    insertLine(cursor, body,
               DecisionsPrintout::tr("Not important, a little, a lot, or most of all."));
    const bool partner = matters.hasPartner();
    const QStringList headers = headersOf(matters);
    const QList<MattersItem> rows = printedItems(matters);
    QTextTableFormat format = PrintedText::ruledTable(body);
    format.setCellPadding(body / 8);
    // The things get the most room; no rating is ever cut in two, even at large print.
    if (partner)
        format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 40),
                                          QTextLength(QTextLength::PercentageLength, 21),
                                          QTextLength(QTextLength::PercentageLength, 21),
                                          QTextLength(QTextLength::PercentageLength, 18)});
    else
        format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 65),
                                          QTextLength(QTextLength::PercentageLength, 35)});
    QTextTable *table = cursor.insertTable(int(rows.size()) + 1, int(headers.size()), format);
    for (int column = 0; column < headers.size(); ++column)
        table->cellAt(0, column).firstCursorPosition().insertText(headers.at(column),
                                                                  PrintedText::text(body, true));
    for (int row = 0; row < rows.size(); ++row) {
        const QStringList cells = rowOf(rows.at(row), partner);
        for (int column = 0; column < cells.size(); ++column)
            table->cellAt(row + 1, column)
                .firstCursorPosition()
                .insertText(cells.at(column), PrintedText::text(body));
    }
    cursor.movePosition(QTextCursor::End);

    const WhereIStand &stand = content.stand;
    insertHeading(cursor, body, DecisionsPrintout::tr("Where I stand"));
    insertField(cursor, body, DecisionsPrintout::tr("I lean toward"),
                DecisionsPrintout::leanName(stand.lean, content.language));
    // The four checks, each question with its answer after it, in bold.
    const QStringList ids = WhereIStand::checkIds();
    for (int i = 0; i < ids.size(); ++i) {
        const QString answer = DecisionsPrintout::answerName(stand.checks.value(i));
        cursor.insertBlock(PrintedText::paragraph(body / 4), PrintedText::text(body));
        cursor.insertText(WhereIStand::checkQuestion(ids.at(i)) + u' ', PrintedText::text(body));
        cursor.insertText(answer.isEmpty() ? DecisionsPrintout::tr("Yes / No") : answer,
                          PrintedText::text(body, !answer.isEmpty()));
    }
    insertField(cursor, body, DecisionsPrintout::tr("What would help me"), stand.help);
}

// " → I want to talk about this with my doctor." after what the person marked, in bold.
void insertTalk(QTextCursor &cursor, qreal body, const MyWishes &wishes, const QString &id)
{
    if (wishes.talk.value(int(MyWishes::talkIds().indexOf(id))))
        cursor.insertText(u"  → "_s + DecisionsPrintout::talkAboutIt(),
                          PrintedText::text(body, true));
}

void insertWishes(QTextCursor &cursor, const DecisionsPrintout::Content &content, qreal body,
                  bool pageBreak)
{
    const MyWishes &wishes = content.wishes;
    startPage(cursor, body, titleWithName(DecisionsPrintout::wishesTitle(), wishes.name),
              pageBreak);
    insertLine(cursor, body, DecisionsPrintout::notLegal());
    if (wishes.name.trimmed().isEmpty())
        insertField(cursor, body, DecisionsPrintout::tr("Name"), wishes.name);
    insertHeading(cursor, body, DecisionsPrintout::tr("Who speaks for me if I can’t"));
    insertField(cursor, body, DecisionsPrintout::tr("Name"), wishes.speaksName);
    appendField(cursor, body, DecisionsPrintout::tr("Phone"), wishes.speaksPhone);
    insertTalk(cursor, body, wishes, u"proxy"_s);
    insertHeading(cursor, body, DecisionsPrintout::tr("What matters most to me"));
    insertLine(cursor, body, orLine(content.matters.mostOfAll().join(u", ")));
    insertHeading(cursor, body, DecisionsPrintout::tr("In my words"));
    const QStringList ids = MyWishes::wishIds();
    for (int i = 0; i < ids.size(); ++i) {
        insertField(cursor, body, MyWishes::wishLabel(ids.at(i)), wishes.wishes.value(i));
        insertTalk(cursor, body, wishes, ids.at(i));
    }
    insertHeading(cursor, body, DecisionsPrintout::tr("My papers"));
    const auto have = [](MyWishes::Have answer) {
        const QString name = MyWishes::haveName(answer);
        return name.isEmpty() ? DecisionsPrintout::tr("Yes / No") : name;
    };
    insertField(cursor, body, DecisionsPrintout::tr("I have an advance directive"),
                have(wishes.advanceDirective));
    appendField(cursor, body, DecisionsPrintout::tr("Where it is kept", "advance directive"),
                wishes.advanceDirectiveWhere);
    insertField(cursor, body, DecisionsPrintout::tr("I have a POLST"), have(wishes.polst));
    appendField(cursor, body, DecisionsPrintout::tr("Where it is kept", "POLST"),
                wishes.polstWhere);
    insertTalk(cursor, body, wishes, u"papers"_s);
}

} // namespace

QString DecisionsPrintout::title()
{
    return tr("What matters to me and my wishes");
}

QString DecisionsPrintout::mattersTitle()
{
    return tr("What matters to me");
}

QString DecisionsPrintout::wishesTitle()
{
    return tr("My wishes");
}

QString DecisionsPrintout::notLegal()
{
    return tr("This is not a legal document. It helps me talk with my family and my care team. "
              "My state has its own forms.");
}

QString DecisionsPrintout::talkAboutIt()
{
    return tr("I want to talk about this with my doctor.");
}

QString DecisionsPrintout::different()
{
    return tr("Different");
}

QString DecisionsPrintout::same()
{
    return tr("Same");
}

QString DecisionsPrintout::leanName(const QString &lean, const QString &language)
{
    if (lean == WhereIStand::NotSure)
        return tr("Not sure yet");
    const DecisionOptions::Option *option = DecisionOptions::bundled().option(lean);
    return option ? option->name.in(language) : lean;
}

QString DecisionsPrintout::answerName(WhereIStand::Answer answer)
{
    switch (answer) {
    case WhereIStand::Answer::Yes:
        return tr("Yes");
    case WhereIStand::Answer::No:
        return tr("No");
    case WhereIStand::Answer::NotAnswered:
        break;
    }
    return {};
}

void DecisionsPrintout::append(QTextDocument *document, const Content &content, qreal body,
                               bool pageBreak, Pages pages)
{
    QTextCursor cursor(document);
    cursor.movePosition(QTextCursor::End);
    if (pages & MattersPage) {
        insertMatters(cursor, content, body, pageBreak);
        pageBreak = true;
    }
    if (pages & WishesPage)
        insertWishes(cursor, content, body, pageBreak);
}

std::unique_ptr<QTextDocument> DecisionsPrintout::build(const Content &content, qreal body,
                                                        Pages pages)
{
    auto document = std::make_unique<QTextDocument>();
    QFont base = QGuiApplication::font();
    base.setPointSizeF(body);
    document->setDefaultFont(base);
    append(document.get(), content, body, false, pages);
    return document;
}

QString DecisionsPrintout::toPlainText(const Content &content, Pages pages)
{
    QStringList lines;
    const auto field = [&lines](const QString &label, const QString &value) {
        lines << tr("%1: ").arg(label) + value.trimmed();
    };
    if (pages & MattersPage) {
        const WhatMatters &matters = content.matters;
        lines << mattersTitle() << QString();
        if (!content.wishes.name.trimmed().isEmpty())
            field(tr("Name"), content.wishes.name);
        const bool partner = matters.hasPartner();
        const QStringList headers = headersOf(matters);
        for (const MattersItem &item : printedItems(matters)) {
            const QStringList cells = rowOf(item, partner);
            QStringList parts;
            for (int column = 1; column < cells.size(); ++column) {
                if (!cells.at(column).isEmpty())
                    parts << tr("%1: ").arg(headers.at(column)) + cells.at(column);
            }
            lines << u"- "_s + cells.first() +
                         (parts.isEmpty() ? QString() : u" ("_s + parts.join(u"; "_s) + u')');
        }
        lines << QString() << tr("Where I stand");
        field(tr("I lean toward"), leanName(content.stand.lean, content.language));
        const QStringList ids = WhereIStand::checkIds();
        for (int i = 0; i < ids.size(); ++i)
            lines << WhereIStand::checkQuestion(ids.at(i)) + u' ' +
                         answerName(content.stand.checks.value(i));
        field(tr("What would help me"), content.stand.help);
    }
    if (pages & WishesPage) {
        const MyWishes &wishes = content.wishes;
        if (!lines.isEmpty())
            lines << QString();
        lines << wishesTitle() << QString() << notLegal();
        field(tr("Name"), wishes.name);
        lines << QString() << tr("Who speaks for me if I can’t");
        field(tr("Name"), wishes.speaksName);
        field(tr("Phone"), wishes.speaksPhone);
        const auto talk = [&lines, &wishes](const QString &id) {
            if (wishes.talk.value(int(MyWishes::talkIds().indexOf(id))))
                lines << u"  "_s + talkAboutIt();
        };
        talk(u"proxy"_s);
        lines << QString() << tr("What matters most to me")
              << content.matters.mostOfAll().join(u", ");
        lines << QString() << tr("In my words");
        const QStringList ids = MyWishes::wishIds();
        for (int i = 0; i < ids.size(); ++i) {
            field(MyWishes::wishLabel(ids.at(i)), wishes.wishes.value(i));
            talk(ids.at(i));
        }
        lines << QString() << tr("My papers");
        field(tr("I have an advance directive"), MyWishes::haveName(wishes.advanceDirective));
        field(tr("Where it is kept", "advance directive"), wishes.advanceDirectiveWhere);
        field(tr("I have a POLST"), MyWishes::haveName(wishes.polst));
        field(tr("Where it is kept", "POLST"), wishes.polstWhere);
        talk(u"papers"_s);
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace nextsteps
