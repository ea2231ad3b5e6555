#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <memory>

class QLocale;
class QPagedPaintDevice;
class QTextDocument;

namespace nextsteps {

// Paints a QTextDocument page by page onto a printer or PDF writer, with a header (title and
// print date) and a "Page X of Y" footer on every page (the pattern Qt Creator uses).
class PagedPrinter
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::PagedPrinter)

public:
    // Marks a block that must not be the last one on a page (a question and its first answer
    // line belong together).
    static constexpr int KeepWithNextProperty = 0x100000 + 1;
    static constexpr qreal BodyPointSize = 12.0;

    struct Result
    {
        bool ok = false;
        int pageCount = 0;
        QStringList footers; // what was printed at the foot of each page
        QString error;
    };

    static Result print(QTextDocument *document, QPagedPaintDevice *device, const QString &title,
                        const QDateTime &printedAt = QDateTime::currentDateTime());
    static Result exportPdf(QTextDocument *document, const QString &path, const QString &title,
                            const QPageSize &pageSize,
                            const QDateTime &printedAt = QDateTime::currentDateTime());

    // Letter in the U.S., Canada and a few other places; A4 everywhere else.
    static QPageSize defaultPageSize(const QLocale &locale);

    // A topic page ready to print, from its Markdown (rendered by Qt).
    static std::unique_ptr<QTextDocument> markdownDocument(const QString &markdown);
};

} // namespace nextsteps
