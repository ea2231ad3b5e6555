#pragma once

#include "core/checklist/ChecklistData.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;

namespace nextsteps {

// The immunotherapy wallet card: credit-card size (85.6 x 54 mm, ISO/IEC 7810 ID-1), a front and
// a back side by side, with crop marks at each corner, as many rows as fit on the sheet. Drawn
// in millimetres from the device's resolution, so it prints at true size.
class WalletCard
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::WalletCard)

public:
    static constexpr qreal WidthMm = 85.6;
    static constexpr qreal HeightMm = 54.0;
    static constexpr qreal GapMm = 10.0; // between cards: room to cut and for the crop marks

    static QString title();
    // What each side says, line by line (the first line is its heading).
    // alert, when given, is the front's first words, above all else ("I BREATHE THROUGH MY
    // NECK"): what emergency staff must see first.
    static QStringList front(const ChecklistData &data, const QString &alert = {});
    static QStringList back(const ChecklistData &data);

    // The cards' rectangles on a page of pageMm (millimetres, from the page's top left corner):
    // pairs of front and back, row by row.
    static QList<QRectF> cardRects(const QSizeF &pageMm);

    // Paints one sheet on a device whose (0, 0) is the page's top left corner.
    static void paintSheet(QPainter *painter, const ChecklistData &data, const QSizeF &pageMm,
                           const QString &alert = {});
    static bool print(const ChecklistData &data, QPagedPaintDevice *device, QString *error,
                      const QString &alert = {});
    // Writes the PDF through QSaveFile, with no page margins: the page is drawn whole.
    static bool exportPdf(const ChecklistData &data, const QString &path, const QPageSize &pageSize,
                          QString *error, const QString &alert = {});
};

} // namespace nextsteps
