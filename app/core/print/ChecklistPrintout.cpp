#include "core/print/ChecklistPrintout.h"

#include "core/PrintedText.h"

#include "core/print/PagedPrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

// Draws the tick box as lines, not as a font glyph, so it prints the same with every font.
class CheckBoxObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using QObject::QObject;

    QSizeF intrinsicSize(QTextDocument *document, int, const QTextFormat &format) override
    {
        const QFontMetricsF metrics(format.toCharFormat().font(),
                                    document->documentLayout()->paintDevice());
        const qreal side = metrics.ascent();
        return {side * 1.4, side}; // a little room after the box
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                    const QTextFormat &format) override
    {
        const qreal side = rect.height();
        const QRectF box(rect.left(), rect.top(), side, side);
        painter->save();
        QPen pen(Qt::black);
        pen.setWidthF(std::max<qreal>(1.0, side / 12));
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(box);
        if (format.boolProperty(ChecklistPrintout::CheckedProperty)) {
            pen.setWidthF(std::max<qreal>(1.5, side / 7));
            painter->setPen(pen);
            const QPointF points[] = {{box.left() + side * 0.2, box.top() + side * 0.55},
                                      {box.left() + side * 0.42, box.top() + side * 0.78},
                                      {box.left() + side * 0.82, box.top() + side * 0.22}};
            painter->drawPolyline(points, 3);
        }
        painter->restore();
    }
};

// An empty line with a rule under it, to write an answer on by hand.
void insertWritingLine(QTextCursor &cursor, qreal indent, qreal body)
{
    QTextBlockFormat format = PrintedText::paragraph(body * 7 / 6, indent);
    format.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                       QTextLength(QTextLength::PercentageLength, 100));
    cursor.insertBlock(format, PrintedText::text(body));
}

// The layout is made only once the text is in: a document with a layout lays itself out again
// on every insertion, which made building a long list slower than printing it.
std::unique_ptr<QTextDocument> withCheckBoxes(std::unique_ptr<QTextDocument> document)
{
    document->documentLayout()->registerHandler(ChecklistPrintout::CheckBoxObjectType,
                                                new CheckBoxObject(document.get()));
    return document;
}

} // namespace

QString ChecklistPrintout::title()
{
    return tr("Questions for my doctor");
}

QString ChecklistPrintout::toTellTitle()
{
    return tr("Things to tell my doctor");
}

QString ChecklistPrintout::medicinesTitle()
{
    return tr("My medicines");
}

QString ChecklistPrintout::careTeamTitle()
{
    return tr("My care team");
}

QString ChecklistPrintout::describe(const ToTellItem &item)
{
    QStringList parts{item.text.trimmed()};
    if (!item.since.trimmed().isEmpty())
        // As the person wrote it ("2 weeks", "Monday"), after the question the field asks.
        parts << tr("since when: %1").arg(item.since.trimmed());
    if (item.severity >= 0)
        parts << tr("how bad: %1 of 10").arg(item.severity);
    return parts.join(u", "_s);
}

QString ChecklistPrintout::describe(const CareContact &contact)
{
    const QString role = CareContact::roleName(contact.role).trimmed();
    QString who = contact.name.trimmed();
    if (!role.isEmpty())
        who = who.isEmpty() ? role : tr("%1 (%2)").arg(who, role);
    QStringList numbers;
    if (!contact.phone.trimmed().isEmpty())
        numbers << contact.phone.trimmed();
    if (!contact.afterHoursPhone.trimmed().isEmpty())
        numbers << tr("after hours %1").arg(contact.afterHoursPhone.trimmed());
    if (numbers.isEmpty())
        return who;
    return tr("%1: %2").arg(who, numbers.join(u", "_s));
}

QString ChecklistPrintout::describe(const Immunotherapy &therapy)
{
    if (therapy.isEmpty())
        return {};
    QString text = therapy.drugs.join(u", "_s);
    const QString from = Visit::dateText(therapy.started);
    const QString to = Visit::dateText(therapy.stopped);
    QString when;
    if (!from.isEmpty() && !to.isEmpty())
        when = tr("from %1 to %2").arg(from, to);
    else if (!from.isEmpty())
        when = tr("since %1").arg(from);
    else if (!to.isEmpty())
        when = tr("until %1").arg(to);
    if (!when.isEmpty())
        text = text.isEmpty() ? when : tr("%1; %2").arg(text, when);
    return text;
}

namespace {

void insertLabelled(QTextCursor &cursor, qreal body, qreal top, const QString &label,
                    const QString &value, qreal indent = 0)
{
    cursor.insertBlock(PrintedText::paragraph(top, indent), PrintedText::text(body));
    cursor.insertText(label, PrintedText::text(body, true));
    cursor.insertText(value, PrintedText::text(body));
}

void insertHeading(QTextCursor &cursor, qreal body, const QString &heading,
                   bool pageOfItsOwn = false)
{
    QTextBlockFormat format = PrintedText::paragraph(pageOfItsOwn ? 0 : body * 2);
    format.setProperty(PagedPrinter::KeepWithNextProperty, true);
    if (pageOfItsOwn)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.insertBlock(format, PrintedText::text(body));
    cursor.insertText(heading, PrintedText::text(body * 4 / 3, true));
}

void insertMedicinesTable(QTextCursor &cursor, qreal body, const QList<Medicine> &medicines)
{
    // Ruled, so the nurse can read across and blank rows can be written in.
    const QTextTableFormat format = PrintedText::ruledTable(body);
    const QStringList headers{ChecklistPrintout::tr("Medicine"), ChecklistPrintout::tr("Dose"),
                              ChecklistPrintout::tr("How often"), ChecklistPrintout::tr("What for"),
                              ChecklistPrintout::tr("Prescribed by")};
    // Rows for medicines still to write in by hand.
    const int blankRows = medicines.isEmpty() ? 8 : 2;
    QTextTable *table =
        cursor.insertTable(int(medicines.size()) + blankRows + 1, int(headers.size()), format);
    for (int column = 0; column < headers.size(); ++column) {
        QTextCursor cell = table->cellAt(0, column).firstCursorPosition();
        cell.insertText(headers.at(column), PrintedText::text(body, true));
    }
    for (int row = 0; row < medicines.size(); ++row) {
        const QStringList fields = fieldsOf(medicines.at(row));
        for (int column = 0; column < fields.size(); ++column) {
            QTextCursor cell = table->cellAt(row + 1, column).firstCursorPosition();
            cell.insertText(fields.at(column), PrintedText::text(body));
        }
    }
    for (int row = 0; row < blankRows; ++row) {
        QTextCursor cell = table->cellAt(int(medicines.size()) + 1 + row, 0).firstCursorPosition();
        cell.insertText(u" "_s, PrintedText::text(body * 3 / 2)); // room to write
    }
    cursor.movePosition(QTextCursor::End);
}

} // namespace

std::unique_ptr<QTextDocument> ChecklistPrintout::build(const ChecklistData &data, qreal body,
                                                        bool medicinesPage)
{
    auto document = std::make_unique<QTextDocument>();
    QFont base = QGuiApplication::font();
    base.setPointSizeF(body);
    document->setDefaultFont(base);

    const qreal indent = body * 3; // points; the answer sits under the question's words
    QTextCursor cursor(document.get());
    cursor.setBlockFormat(PrintedText::paragraph(0));
    cursor.insertText(title(), PrintedText::text(body * 5 / 3, true));

    const QString visit = data.visit.describe();
    cursor.insertBlock(PrintedText::paragraph(body * 5 / 6), PrintedText::text(body));
    cursor.insertText(tr("Visit: "), PrintedText::text(body, true));
    cursor.insertText(visit.isEmpty() ? u"_______________________________________"_s : visit,
                      PrintedText::text(body));
    if (!data.visit.place.trimmed().isEmpty())
        insertLabelled(cursor, body, body / 3, tr("Place: "), data.visit.place.trimmed());
    if (!data.visit.bring.trimmed().isEmpty())
        insertLabelled(cursor, body, body / 3, tr("To bring: "), data.visit.bring.trimmed());
    cursor.insertBlock(PrintedText::paragraph(body * 2 / 3), PrintedText::text(body));
    cursor.insertText(tr("My name: "), PrintedText::text(body, true));
    cursor.insertText(u"_______________________________________"_s, PrintedText::text(body));

    // Who to call, at the top of the list: the numbers are needed most when things go wrong.
    if (!data.careTeam.isEmpty()) {
        cursor.insertBlock(PrintedText::paragraph(body * 5 / 6), PrintedText::text(body));
        cursor.insertText(careTeamTitle() + u':', PrintedText::text(body, true));
        for (const CareContact &contact : data.careTeam)
            insertLabelled(cursor, body, body / 4, QString(), describe(contact), indent);
    }

    const QList<ChecklistItem> items = importantFirst(data.items);
    if (items.isEmpty()) {
        cursor.insertBlock(PrintedText::paragraph(body * 3 / 2), PrintedText::text(body));
        cursor.insertText(tr("My questions:"), PrintedText::text(body, true));
        for (int i = 0; i < 8; ++i)
            insertWritingLine(cursor, 0, body);
    }

    int number = 0;
    for (const ChecklistItem &item : items) {
        QTextBlockFormat questionFormat = PrintedText::paragraph(body * 4 / 3);
        questionFormat.setProperty(PagedPrinter::KeepWithNextProperty, true);
        cursor.insertBlock(questionFormat, PrintedText::text(body));

        QTextCharFormat box = PrintedText::text(body);
        box.setObjectType(CheckBoxObjectType);
        box.setProperty(CheckedProperty, item.asked);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), box);
        cursor.insertText(QString::number(++number) + u". "_s, PrintedText::text(body, true));
        if (item.important)
            cursor.insertText(tr("IMPORTANT: "), PrintedText::text(body, true));
        cursor.insertText(item.text, PrintedText::text(body, item.important));

        const QString answer = item.answer.trimmed();
        if (answer.isEmpty()) {
            for (int i = 0; i < WritingLinesPerQuestion; ++i)
                insertWritingLine(cursor, indent, body);
        } else {
            cursor.insertBlock(PrintedText::paragraph(body / 2, indent), PrintedText::text(body));
            cursor.insertText(tr("Answer: "), PrintedText::text(body, true));
            cursor.insertText(answer, PrintedText::text(body));
        }
    }

    if (!data.toTell.isEmpty()) {
        insertHeading(cursor, body, toTellTitle());
        for (const ToTellItem &item : data.toTell) {
            cursor.insertBlock(PrintedText::paragraph(body * 2 / 3), PrintedText::text(body));
            cursor.insertText(u"\u2022 "_s, PrintedText::text(body, true));
            cursor.insertText(describe(item), PrintedText::text(body));
            if (!item.notes.trimmed().isEmpty())
                insertLabelled(cursor, body, body / 4, tr("Notes: "), item.notes.trimmed(), indent);
        }
    }

    // Only when there is something to hand over: a list of questions alone stays as it was.
    if (medicinesPage && (!data.medicines.isEmpty() || !data.immunotherapy.isEmpty())) {
        insertHeading(cursor, body, medicinesTitle(), true);
        insertMedicinesTable(cursor, body, data.medicines);
        const QString therapy = describe(data.immunotherapy);
        if (!therapy.isEmpty()) {
            insertLabelled(cursor, body, body, tr("I have had immunotherapy: "), therapy);
            insertLabelled(cursor, body, body / 3, QString(),
                           tr("Its side effects can start months after the last dose."));
        }
    }
    return withCheckBoxes(std::move(document));
}

namespace {
// Control characters (escape, NUL, a lone carriage return) would reach a terminal or an email
// as they are: keep only line ends and tabs.
QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\t' || !(c.category() == QChar::Other_Control))
            out += c;
    }
    return out;
}
} // namespace

QString ChecklistPrintout::toPlainText(const ChecklistData &data)
{
    QString text = title() + u'\n';
    const QString visit = data.visit.describe();
    if (!visit.isEmpty())
        text += tr("Visit: ") + visit + u'\n';
    if (!data.visit.place.trimmed().isEmpty())
        text += tr("Place: ") + data.visit.place.trimmed() + u'\n';
    if (!data.visit.bring.trimmed().isEmpty())
        text += tr("To bring: ") + data.visit.bring.trimmed() + u'\n';
    text += u'\n';
    if (!data.careTeam.isEmpty()) {
        text += careTeamTitle() + u":\n"_s;
        for (const CareContact &contact : data.careTeam)
            text += u"- "_s + describe(contact) + u'\n';
        text += u'\n';
    }
    int number = 0;
    for (const ChecklistItem &item : importantFirst(data.items)) {
        text += QString::number(++number) + u". "_s + (item.asked ? u"[x] "_s : u"[ ] "_s);
        if (item.important)
            text += tr("IMPORTANT: ");
        text += item.text + u'\n';
        const QString answer = item.answer.trimmed();
        if (!answer.isEmpty()) {
            QString indented = answer;
            indented.replace(u'\n', u"\n   "_s);
            text += u"   "_s + tr("Answer: ") + indented + u'\n';
        }
        text += u'\n';
    }
    if (!data.toTell.isEmpty()) {
        text += toTellTitle() + u'\n';
        for (const ToTellItem &item : data.toTell) {
            text += u"- "_s + describe(item) + u'\n';
            if (!item.notes.trimmed().isEmpty())
                text += u"   "_s + tr("Notes: ") + item.notes.trimmed() + u'\n';
        }
        text += u'\n';
    }
    if (!data.medicines.isEmpty()) {
        text += medicinesTitle() + u'\n';
        for (const Medicine &medicine : data.medicines) {
            QStringList parts;
            for (const QString &field : fieldsOf(medicine)) {
                if (!field.trimmed().isEmpty())
                    parts << field.trimmed();
            }
            text += u"- "_s + parts.join(u"; "_s) + u'\n';
        }
        text += u'\n';
    }
    const QString therapy = describe(data.immunotherapy);
    if (!therapy.isEmpty())
        text += tr("I have had immunotherapy: ") + therapy + u"\n\n"_s;
    return printable(text);
}

} // namespace nextsteps

#include "ChecklistPrintout.moc"
