#include "core/print/PagedPrinter.h"
#include "core/PrivateFile.h"

#include "core/Logging.h"
#include "core/checklist/ChecklistStore.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

// One line of the laid-out document, in document coordinates.
struct LineBox
{
    qreal top = 0;
    qreal bottom = 0;
    bool mayBreakBefore = true; // a page may start with this line
    int block = -1;             // the block's number
    bool firstOfBlock = true;
    bool breakBefore = false; // a page must start with this line (a block that asks for it)
};

// Every line of every visible block, top to bottom. Empty when a block that should be drawn has
// no lines: its text would be missing from the paper.
QList<LineBox> lineBoxes(QTextDocument *document)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    QList<LineBox> boxes;
    bool keepWithPrevious = false;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!block.isVisible())
            continue;
        const QTextLayout *text = block.layout();
        if (!text || text->lineCount() == 0)
            return {};
        const QRectF rect = layout->blockBoundingRect(block);
        const qreal origin = rect.top() - text->boundingRect().top();
        const bool keepWithNext =
            block.blockFormat().boolProperty(PagedPrinter::KeepWithNextProperty);
        for (int i = 0; i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            LineBox box;
            box.top = origin + line.y();
            box.bottom = box.top + line.height();
            if (i == text->lineCount() - 1)
                box.bottom = std::max(box.bottom, rect.bottom()); // a rule under the block
            box.mayBreakBefore = i == 0 ? !keepWithPrevious : !keepWithNext;
            box.block = block.blockNumber();
            box.firstOfBlock = i == 0;
            box.breakBefore = i == 0 && (block.blockFormat().pageBreakPolicy() &
                                         QTextFormat::PageBreak_AlwaysBefore);
            boxes.append(box);
        }
        keepWithPrevious = keepWithNext;
    }
    // Blocks in table cells sit side by side: order by height on the page, and never break
    // where a line of another cell reaches across.
    std::stable_sort(boxes.begin(), boxes.end(),
                     [](const LineBox &a, const LineBox &b) { return a.top < b.top; });
    qreal reached = boxes.isEmpty() ? 0 : boxes.first().top;
    for (LineBox &box : boxes) {
        if (reached > box.top + 0.01)
            box.mayBreakBefore = false;
        reached = std::max(reached, box.bottom);
    }
    return boxes;
}

} // namespace

PagedPrinter::PagedPrinter(QTextDocument *document, const QString &title,
                           const QDateTime &printedAt)
    : m_document(document), m_title(title), m_printedAt(printedAt)
{
    m_small = QGuiApplication::font();
    m_small.setPointSizeF(10);
}

bool PagedPrinter::paginate(QPaintDevice *device)
{
    m_pages.clear();
    m_error.clear();
    const QFontMetricsF metrics(m_small, device);
    m_width = device->width();
    m_height = device->height();
    m_decorationHeight = metrics.height();
    m_lineGap = metrics.height() * 0.6;
    m_headerHeight = m_decorationHeight + m_lineGap * 2;
    const qreal bodyHeight = m_height - 2 * m_headerHeight; // the footer is as tall
    if (bodyHeight <= m_decorationHeight) {
        m_error = tr("The page is too small to print on.");
        return false;
    }

    // One long page, laid out completely before anything reads a position.
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    layout->setPaintDevice(device);
    m_document->setDocumentMargin(0);
    m_document->setTextWidth(m_width);
    m_document->markContentsDirty(0, m_document->characterCount());
    layout->documentSize();

    const QList<LineBox> boxes = lineBoxes(m_document);
    if (boxes.isEmpty() && !m_document->isEmpty()) {
        m_error = tr("Part of the text could not be placed on the pages, so nothing was printed.");
        return false;
    }

    const qreal slack = 0.01;
    qreal top = 0;
    int continued = -1; // the block that goes on from the page before
    qsizetype i = 0;
    while (i < boxes.size()) {
        const qreal limit = top + bodyHeight;
        qsizetype next = i; // the first line that does not fit on this page
        while (next < boxes.size() && boxes[next].bottom <= limit + slack)
            ++next;
        // A part that asks for a page of its own (the medicines table) starts one.
        qsizetype forced = i + 1;
        while (forced < next && !(boxes[forced].breakBefore && boxes[forced].top > top + slack))
            ++forced;
        if (forced < boxes.size() && forced <= next && boxes[forced].breakBefore &&
            boxes[forced].top > top + slack) {
            m_pages.append({top, boxes[forced].top, continued});
            top = boxes[forced].top;
            continued = -1;
            i = forced;
            continue;
        }
        if (next == boxes.size())
            break;
        qsizetype cut = next;
        while (cut > i && !(boxes[cut].mayBreakBefore && boxes[cut].top > top + slack))
            --cut;
        // What must stay together (a question and the start of its answer) moves to the next
        // page, unless it is taller than a page anyway: then it flows on from here.
        qsizetype end = cut + 1;
        while (end < boxes.size() && !boxes[end].mayBreakBefore)
            ++end;
        if (cut == i || boxes[end - 1].bottom - boxes[cut].top > bodyHeight)
            cut = next;
        if (boxes[cut].top <= top + slack) {
            // One line taller than the page (a large picture): cut it at the page's foot.
            m_pages.append({top, limit, continued});
            top = limit;
            continued = boxes[cut].block;
            while (i < boxes.size() && boxes[i].bottom <= top + slack)
                ++i;
            continue;
        }
        m_pages.append({top, boxes[cut].top, continued});
        top = boxes[cut].top;
        continued = boxes[cut].firstOfBlock ? -1 : boxes[cut].block;
        i = cut;
    }
    m_pages.append({top, top + bodyHeight, continued});
    return true;
}

void PagedPrinter::paintPage(QPainter *painter, int pageIndex) const
{
    const Page page = m_pages.value(pageIndex);
    const QString date = QLocale().toString(m_printedAt.date(), QLocale::LongFormat);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(m_small);
    painter->setPen(Qt::black);
    const QRectF header(0, 0, m_width, m_decorationHeight);
    painter->drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_title);
    painter->drawText(header, Qt::AlignRight | Qt::AlignVCenter, tr("Printed %1").arg(date));
    painter->drawLine(QLineF(0, header.bottom() + m_lineGap, m_width, header.bottom() + m_lineGap));

    painter->save();
    painter->translate(0, m_headerHeight - page.top);
    painter->setClipRect(QRectF(0, page.top, m_width, page.bottom - page.top));
    qreal drawFrom = page.top;
    if (page.continued >= 0) {
        // Qt draws a block from one line above the clip: the lines of a block that began on an
        // earlier page are drawn here one by one, so no line is also in the page before's PDF
        // text, hidden under the header.
        const QTextBlock block = m_document->findBlockByNumber(page.continued);
        const QRectF rect = m_document->documentLayout()->blockBoundingRect(block);
        const QTextLayout *text = block.layout();
        for (int i = 0; i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            const qreal lineTop = rect.top() + line.y() - text->boundingRect().top();
            if (lineTop + line.height() > page.top + 0.01 && lineTop < page.bottom - 0.01)
                line.draw(painter, rect.topLeft());
        }
        drawFrom = rect.bottom() + 0.5;
    }
    if (drawFrom < page.bottom) {
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, drawFrom, m_width, page.bottom - drawFrom - 0.5);
        // Paper is white: print in black whatever the screen's colour scheme is (rules under
        // empty lines take the window text colour).
        for (const QPalette::ColorRole role :
             {QPalette::Text, QPalette::WindowText, QPalette::Dark})
            context.palette.setColor(role, Qt::black);
        m_document->documentLayout()->draw(painter, context);
    }
    painter->restore();

    const QString footer = tr("Page %1 of %2").arg(pageIndex + 1).arg(pageCount());
    const QRectF footerRect(0, m_height - m_decorationHeight, m_width, m_decorationHeight);
    painter->drawLine(
        QLineF(0, footerRect.top() - m_lineGap, m_width, footerRect.top() - m_lineGap));
    painter->drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter, date);
    painter->drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter, footer);
    painter->restore();
}

PagedPrinter::Result PagedPrinter::print(QTextDocument *document, QPagedPaintDevice *device,
                                         const QString &title, const QDateTime &printedAt)
{
    Result result = printPages(document, device, title, printedAt);
    if (!result.ok)
        qCWarning(lcPrint, "The printout was not made: %s", qUtf8Printable(result.error));
    return result;
}

PagedPrinter::Result PagedPrinter::printPages(QTextDocument *document, QPagedPaintDevice *device,
                                              const QString &title, const QDateTime &printedAt)
{
    Result result;
    PagedPrinter printer(document, title, printedAt);
    if (!printer.paginate(device)) {
        result.error = printer.error();
        return result;
    }
    QPainter painter;
    if (!painter.begin(device)) {
        result.error = tr("The printer or file could not be opened.");
        return result;
    }
    for (int page = 0; page < printer.pageCount(); ++page) {
        if (page > 0 && !device->newPage()) {
            painter.end();
            result.error = tr("The printer did not take a new page.");
            return result;
        }
        printer.paintPage(&painter, page);
    }
    result.ok = painter.end();
    result.pageCount = printer.pageCount();
    if (!result.ok)
        result.error = tr("The pages could not be finished.");
    return result;
}

PagedPrinter::Result PagedPrinter::exportPdf(QTextDocument *document, const QString &path,
                                             const QString &title, const QPageSize &pageSize,
                                             const QDateTime &printedAt)
{
    Result result;
    // Refused as it is, in the person's words (the list itself, a folder, a device...).
    if (const QString refusal = PrivateFile::exportRefusal(path); !refusal.isEmpty()) {
        result.error = refusal;
        qCWarning(lcPrint, "No PDF written: %s", qUtf8Printable(refusal));
        return result;
    }
    // The pages are made in memory first: a PDF is small, and a printout that cannot be made
    // then never touches the file.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setCreator(u"Next Steps"_s);
        writer.setTitle(title);
        writer.setResolution(300);
        writer.setPageSize(pageSize);
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        result = print(document, &writer, title, printedAt);
    }
    if (!result.ok)
        return result;

    // Through the one careful writer every file of the app goes through: flushed and checked
    // before it replaces the old file (a full disk), private to this user.
    QString error;
    if (!PrivateFile::writeExport(path, pdf.data(), &error)) {
        result.ok = false;
        result.error = tr("The PDF could not be written to %1.").arg(path) + u' ' + error;
        qCWarning(lcPrint, "%s", qUtf8Printable(result.error));
    }
    return result;
}

QPageSize PagedPrinter::defaultPageSize(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::PuertoRico:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

std::unique_ptr<QTextDocument> PagedPrinter::markdownDocument(const QString &markdown,
                                                              qreal bodyPointSize)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font = QGuiApplication::font();
    font.setPointSizeF(bodyPointSize);
    document->setDefaultFont(font);
    document->setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    // Headings carry relative sizes that only make them larger; all text prints in black.
    QTextCursor cursor(document.get());
    cursor.select(QTextCursor::Document);
    QTextCharFormat black;
    black.setForeground(Qt::black);
    cursor.mergeCharFormat(black);
    return document;
}

} // namespace nextsteps
