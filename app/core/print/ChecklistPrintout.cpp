#include "ChecklistPrintout.h"

#include "PagedPrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>

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

QTextCharFormat textFormat(qreal pointSize, bool bold = false)
{
    QTextCharFormat format;
    QFont font = QGuiApplication::font();
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    format.setFont(font);
    format.setForeground(Qt::black);
    return format;
}

QTextBlockFormat paragraph(qreal topMargin, qreal indent = 0)
{
    QTextBlockFormat format;
    format.setTopMargin(topMargin);
    format.setLeftMargin(indent);
    format.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
    return format;
}

// An empty line with a rule under it, to write an answer on by hand.
void insertWritingLine(QTextCursor &cursor, qreal indent, qreal body)
{
    QTextBlockFormat format = paragraph(body * 7 / 6, indent);
    format.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                       QTextLength(QTextLength::PercentageLength, 100));
    cursor.insertBlock(format, textFormat(body));
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

std::unique_ptr<QTextDocument> ChecklistPrintout::build(const ChecklistData &data, qreal body)
{
    auto document = std::make_unique<QTextDocument>();
    QFont base = QGuiApplication::font();
    base.setPointSizeF(body);
    document->setDefaultFont(base);

    const qreal indent = body * 3; // points; the answer sits under the question's words
    QTextCursor cursor(document.get());
    cursor.setBlockFormat(paragraph(0));
    cursor.insertText(title(), textFormat(body * 5 / 3, true));

    const QString visit = data.visit.describe();
    cursor.insertBlock(paragraph(body * 5 / 6), textFormat(body));
    cursor.insertText(tr("Visit: "), textFormat(body, true));
    cursor.insertText(visit.isEmpty() ? u"_______________________________________"_s : visit,
                      textFormat(body));
    cursor.insertBlock(paragraph(body * 2 / 3), textFormat(body));
    cursor.insertText(tr("My name: "), textFormat(body, true));
    cursor.insertText(u"_______________________________________"_s, textFormat(body));

    const QList<ChecklistItem> items = importantFirst(data.items);
    if (items.isEmpty()) {
        cursor.insertBlock(paragraph(body * 3 / 2), textFormat(body));
        cursor.insertText(tr("My questions:"), textFormat(body, true));
        for (int i = 0; i < 8; ++i)
            insertWritingLine(cursor, 0, body);
        return withCheckBoxes(std::move(document));
    }

    int number = 0;
    for (const ChecklistItem &item : items) {
        QTextBlockFormat questionFormat = paragraph(body * 4 / 3);
        questionFormat.setProperty(PagedPrinter::KeepWithNextProperty, true);
        cursor.insertBlock(questionFormat, textFormat(body));

        QTextCharFormat box = textFormat(body);
        box.setObjectType(CheckBoxObjectType);
        box.setProperty(CheckedProperty, item.asked);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), box);
        cursor.insertText(QString::number(++number) + u". "_s, textFormat(body, true));
        if (item.important)
            cursor.insertText(tr("IMPORTANT: "), textFormat(body, true));
        cursor.insertText(item.text, textFormat(body, item.important));

        const QString answer = item.answer.trimmed();
        if (answer.isEmpty()) {
            for (int i = 0; i < WritingLinesPerQuestion; ++i)
                insertWritingLine(cursor, indent, body);
        } else {
            cursor.insertBlock(paragraph(body / 2, indent), textFormat(body));
            cursor.insertText(tr("Answer: "), textFormat(body, true));
            cursor.insertText(answer, textFormat(body));
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
    text += u'\n';
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
    return printable(text);
}

} // namespace nextsteps

#include "ChecklistPrintout.moc"
