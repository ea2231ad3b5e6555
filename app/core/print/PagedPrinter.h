#pragma once

#include "core/PrintedText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QList>
#include <QPageSize>
#include <QString>

#include <memory>

class QLocale;
class QPagedPaintDevice;
class QPaintDevice;
class QPainter;
class QTextDocument;

namespace nextsteps {

// Paints a QTextDocument page by page onto a printer or PDF writer, with a header (title and
// print date) and a "Page X of Y" footer on every page (the pattern Qt Creator uses).
//
// The document is laid out once, completely, as one long page; the pages are then cut from it
// between lines. Nothing changes the document after it is laid out, and a line is never cut in
// two, so every line of text lands on exactly one page. A block marked "keep with next" moves to
// the next page with the block after it (a question stays with the start of its answer), unless
// the two together are taller than a page; then they flow on from page to page.
class PagedPrinter
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::PagedPrinter)

public:
    static constexpr int KeepWithNextProperty = PrintedText::KeepWithNextProperty;
    static constexpr qreal BodyPointSize = 12.0;
    static constexpr qreal LargeBodyPointSize = 16.0;

    struct Result
    {
        bool ok = false;
        int pageCount = 0;
        QString error;
    };

    PagedPrinter(QTextDocument *document, const QString &title,
                 const QDateTime &printedAt = QDateTime::currentDateTime());

    // Lays the document out for the pages of `device` and cuts it into pages. False, with a
    // reason in error(), when any part of the text would not be drawn.
    bool paginate(QPaintDevice *device);
    int pageCount() const { return int(m_pages.size()); }
    QString error() const { return m_error; }
    // Paints one page (from 0): header, that page's part of the document, footer. The painter
    // is on the device given to paginate(), or on one of the same size and resolution.
    void paintPage(QPainter *painter, int page) const;

    static Result print(QTextDocument *document, QPagedPaintDevice *device, const QString &title,
                        const QDateTime &printedAt = QDateTime::currentDateTime());
    // Writes the PDF through QSaveFile: an export that fails leaves any older file as it was.
    static Result exportPdf(QTextDocument *document, const QString &path, const QString &title,
                            const QPageSize &pageSize,
                            const QDateTime &printedAt = QDateTime::currentDateTime());

    // Letter in the U.S., Canada and a few other places; A4 everywhere else.
    static QPageSize defaultPageSize(const QLocale &locale);

    // A topic page ready to print, from its Markdown (rendered by Qt), body text at least
    // bodyPointSize.
    static std::unique_ptr<QTextDocument> markdownDocument(const QString &markdown,
                                                           qreal bodyPointSize = BodyPointSize);

private:
    // print() without the warning it logs when the pages cannot be made.
    static Result printPages(QTextDocument *document, QPagedPaintDevice *device,
                             const QString &title, const QDateTime &printedAt);

    struct Page
    {
        qreal top = 0;      // in document coordinates
        qreal bottom = 0;   // exclusive
        int continued = -1; // the number of a block that began on an earlier page
    };

    QTextDocument *m_document;
    QString m_title;
    QDateTime m_printedAt;
    QFont m_small;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_decorationHeight = 0; // one line of header or footer text
    qreal m_lineGap = 0;
    qreal m_headerHeight = 0;
    QList<Page> m_pages;
    QString m_error;
};

} // namespace nextsteps
