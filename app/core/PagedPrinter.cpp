#include "PagedPrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

QFont decorationFont()
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(10);
    return font;
}

int pageOf(QTextDocument *document, const QTextBlock &block, qreal pageHeight)
{
    const QRectF rect = document->documentLayout()->blockBoundingRect(block);
    return int(rect.top() / pageHeight);
}

// Pushes a "keep with next" block to the next page when the block after it would start on a new
// page. One pass from the top: a page break only moves what comes after it, and the layout below
// is redone lazily as the pass reaches it. A block taller than half a page is left alone.
void keepBlocksTogether(QTextDocument *document, qreal pageHeight)
{
    auto *layout = document->documentLayout();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        const QTextBlock next = block.next();
        if (!format.hasProperty(PagedPrinter::KeepWithNextProperty) || !next.isValid() ||
            format.pageBreakPolicy() != QTextFormat::PageBreak_Auto)
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        if (int(rect.top() / pageHeight) == pageOf(document, next, pageHeight) ||
            rect.height() > pageHeight / 2)
            continue;
        QTextBlockFormat breakBefore;
        breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).mergeBlockFormat(breakBefore);
    }
}

} // namespace

PagedPrinter::Result PagedPrinter::print(QTextDocument *document, QPagedPaintDevice *device,
                                         const QString &title, const QDateTime &printedAt)
{
    Result result;
    QPainter painter;
    if (!painter.begin(device)) {
        result.error = tr("The printer or file could not be opened.");
        return result;
    }
    painter.setRenderHint(QPainter::Antialiasing);

    const QFont small = decorationFont();
    const QFontMetricsF metrics(small, device);
    const qreal width = device->width();
    const qreal lineGap = metrics.height() * 0.6;
    const qreal headerHeight = metrics.height() + lineGap * 2;
    const qreal footerHeight = metrics.height() + lineGap * 2;
    const qreal bodyHeight = device->height() - headerHeight - footerHeight;

    document->documentLayout()->setPaintDevice(device);
    document->setDocumentMargin(0);
    document->setPageSize(QSizeF(width, bodyHeight));
    keepBlocksTogether(document, bodyHeight);

    const int pages = document->pageCount();
    const QString date = QLocale().toString(printedAt.date(), QLocale::LongFormat);
    QAbstractTextDocumentLayout::PaintContext context;
    // Paper is white: print in black whatever the screen's colour scheme is.
    context.palette.setColor(QPalette::Text, Qt::black);
    context.palette.setColor(QPalette::Dark, Qt::black);

    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        painter.setFont(small);
        painter.setPen(Qt::black);
        const QRectF header(0, 0, width, metrics.height());
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, title);
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, tr("Printed %1").arg(date));
        painter.drawLine(QLineF(0, header.bottom() + lineGap, width, header.bottom() + lineGap));

        painter.save();
        painter.translate(0, headerHeight - page * bodyHeight);
        context.clip = QRectF(0, page * bodyHeight, width, bodyHeight);
        painter.setClipRect(context.clip);
        document->documentLayout()->draw(&painter, context);
        painter.restore();

        const QString footer = tr("Page %1 of %2").arg(page + 1).arg(pages);
        const QRectF footerRect(0, device->height() - metrics.height(), width, metrics.height());
        painter.setFont(small);
        painter.drawLine(QLineF(0, footerRect.top() - lineGap, width, footerRect.top() - lineGap));
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter, date);
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter, footer);
        result.footers.append(footer);
    }
    result.ok = painter.end();
    result.pageCount = pages;
    if (!result.ok)
        result.error = tr("The pages could not be finished.");
    return result;
}

PagedPrinter::Result PagedPrinter::exportPdf(QTextDocument *document, const QString &path,
                                             const QString &title, const QPageSize &pageSize,
                                             const QDateTime &printedAt)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        Result result;
        result.error = tr("%1 is a folder, not a file name.").arg(path);
        return result;
    }
    // QPdfWriter writes straight to the file; write to a temporary name first so that a failed
    // export never leaves half a PDF where a good one was.
    const QString partial = path + u".part"_s;
    Result result;
    {
        QPdfWriter writer(partial);
        writer.setCreator(u"Next Steps"_s);
        writer.setTitle(title);
        writer.setResolution(300);
        writer.setPageSize(pageSize);
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        result = print(document, &writer, title, printedAt);
    }
    if (!result.ok || !QFileInfo(partial).isFile() || QFileInfo(partial).size() == 0) {
        QFile::remove(partial);
        if (result.error.isEmpty() || result.ok)
            result.error = tr("The PDF could not be written to %1.").arg(path);
        result.ok = false;
        return result;
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        result.ok = false;
        result.error = tr("The PDF could not be written to %1.").arg(path);
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

std::unique_ptr<QTextDocument> PagedPrinter::markdownDocument(const QString &markdown)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font = QGuiApplication::font();
    font.setPointSizeF(BodyPointSize);
    document->setDefaultFont(font);
    document->setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    // Markdown headings carry relative sizes; make sure no body text falls below 12 pt.
    QTextCursor cursor(document.get());
    cursor.select(QTextCursor::Document);
    QTextCharFormat black;
    black.setForeground(Qt::black);
    cursor.mergeCharFormat(black);
    return document;
}

} // namespace nextsteps
