#include "core/print/WalletCard.h"
#include "core/PrivateFile.h"

#include "core/checklist/ChecklistStore.h"
#include "core/print/ChecklistPrintout.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextOption>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

// The oncologist, and the first after-hours number on the care team list.
const CareContact *oncologist(const ChecklistData &data)
{
    for (const CareContact &contact : data.careTeam) {
        if (contact.role == u"oncologist")
            return &contact;
    }
    return nullptr;
}

QString afterHours(const ChecklistData &data)
{
    const CareContact *doctor = oncologist(data);
    if (doctor && !doctor->afterHoursPhone.trimmed().isEmpty())
        return doctor->afterHoursPhone.trimmed();
    for (const CareContact &contact : data.careTeam) {
        if (!contact.afterHoursPhone.trimmed().isEmpty())
            return contact.afterHoursPhone.trimmed();
    }
    return {};
}

const QString blank = u"________________"_s;

} // namespace

QString WalletCard::title()
{
    return tr("Immunotherapy Wallet Card");
}

QStringList WalletCard::front(const ChecklistData &data, const QString &alert)
{
    const Immunotherapy &therapy = data.immunotherapy;
    const QString name = therapy.name.trimmed();
    QString when;
    const QString from = Visit::dateText(therapy.started);
    const QString to = Visit::dateText(therapy.stopped);
    if (!from.isEmpty() && !to.isEmpty())
        when = tr("From %1 to %2").arg(from, to);
    else if (!from.isEmpty())
        when = tr("Since %1").arg(from);
    else if (!to.isEmpty())
        when = tr("Until %1").arg(to);
    QStringList lines{
        tr("I have had immunotherapy"), tr("Name: %1").arg(name.isEmpty() ? blank : name),
        tr("Drugs: %1").arg(therapy.drugs.isEmpty() ? blank : therapy.drugs.join(u", "_s)),
        when.isEmpty() ? tr("Dates: %1").arg(blank) : when,
        tr("Side effects can start months later, even after the last dose.")};
    if (!alert.isEmpty())
        lines.prepend(alert);
    return lines;
}

QStringList WalletCard::back(const ChecklistData &data)
{
    const CareContact *doctor = oncologist(data);
    const QString doctorName = doctor ? doctor->name.trimmed() : QString();
    const QString doctorPhone = doctor ? doctor->phone.trimmed() : QString();
    const QString night = afterHours(data);
    return {tr("Please tell my cancer team"),
            tr("Oncologist: %1").arg(doctorName.isEmpty() ? blank : doctorName),
            tr("Phone: %1").arg(doctorPhone.isEmpty() ? blank : doctorPhone),
            tr("After hours: %1").arg(night.isEmpty() ? blank : night),
            tr("Report: new cough or shortness of breath, diarrhea or belly pain, rash or "
               "itching, yellow skin or eyes, great tiredness, headache, fever or confusion.")};
}

QList<QRectF> WalletCard::cardRects(const QSizeF &pageMm)
{
    const qreal margin = 12.0;       // inside what most printers can reach
    const qreal top = margin + 14.0; // a line of instructions above the cards' crop marks
    const qreal rowWidth = 2 * WidthMm + GapMm;
    const qreal left = std::max(margin, (pageMm.width() - rowWidth) / 2);
    const int rows =
        std::clamp(int((pageMm.height() - top - margin + GapMm) / (HeightMm + GapMm)), 1, 4);
    QList<QRectF> rects;
    for (int row = 0; row < rows; ++row) {
        const qreal y = top + row * (HeightMm + GapMm);
        rects << QRectF(left, y, WidthMm, HeightMm)
              << QRectF(left + WidthMm + GapMm, y, WidthMm, HeightMm);
    }
    return rects;
}

namespace {

void drawSide(QPainter *painter, const QRectF &card, const QStringList &lines, qreal dotsPerMm)
{
    painter->save();
    QPen pen(Qt::black);
    pen.setWidthF(0.3 * dotsPerMm);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    // The pen's middle runs on the card's edge: the outline is the card, 85.6 x 54 mm.
    painter->drawRect(card);

    const qreal pad = 3.5 * dotsPerMm;
    QRectF area = card.adjusted(pad, pad, -pad, -pad);
    QFont heading = QGuiApplication::font();
    heading.setPointSizeF(10);
    heading.setBold(true);
    QFont body = QGuiApplication::font();
    body.setPointSizeF(8);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WordWrap);
    for (int i = 0; i < lines.size(); ++i) {
        painter->setFont(i == 0 ? heading : body);
        const QRectF used = painter->boundingRect(area, lines.at(i), wrap);
        painter->drawText(area, lines.at(i), wrap);
        area.setTop(area.top() + used.height() + (i == 0 ? 1.5 : 0.8) * dotsPerMm);
    }
    painter->restore();
}

// Short lines out from each corner, clear of the card, to cut along.
void drawCropMarks(QPainter *painter, const QRectF &card, qreal dotsPerMm)
{
    painter->save();
    QPen pen(Qt::black);
    pen.setWidthF(0.15 * dotsPerMm);
    painter->setPen(pen);
    const qreal gap = 1.5 * dotsPerMm;
    const qreal length = 3.0 * dotsPerMm;
    const QPointF corners[] = {card.topLeft(), card.topRight(), card.bottomLeft(),
                               card.bottomRight()};
    for (const QPointF &corner : corners) {
        const qreal dx = corner.x() == card.left() ? -1 : 1;
        const qreal dy = corner.y() == card.top() ? -1 : 1;
        painter->drawLine(QPointF(corner.x() + dx * gap, corner.y()),
                          QPointF(corner.x() + dx * (gap + length), corner.y()));
        painter->drawLine(QPointF(corner.x(), corner.y() + dy * gap),
                          QPointF(corner.x(), corner.y() + dy * (gap + length)));
    }
    painter->restore();
}

} // namespace

void WalletCard::paintSheet(QPainter *painter, const ChecklistData &data, const QSizeF &pageMm,
                            const QString &alert)
{
    const qreal dotsPerMm = painter->device()->logicalDpiX() / 25.4;
    const QList<QRectF> rects = cardRects(pageMm);
    auto toDevice = [dotsPerMm](const QRectF &mm) {
        return QRectF(mm.x() * dotsPerMm, mm.y() * dotsPerMm, mm.width() * dotsPerMm,
                      mm.height() * dotsPerMm);
    };
    painter->save();
    QFont small = QGuiApplication::font();
    small.setPointSizeF(9);
    painter->setFont(small);
    painter->setPen(Qt::black);
    const QRectF first = toDevice(rects.first());
    painter->drawText(QRectF(first.left(), first.top() - 13 * dotsPerMm,
                             2 * first.width() + GapMm * dotsPerMm, 6 * dotsPerMm),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      tr("Cut out a front and a back along the marks, and glue them back to back. "
                         "Keep the card in your wallet."));
    painter->restore();
    const QStringList frontLines = front(data, alert);
    const QStringList backLines = back(data);
    for (int i = 0; i < rects.size(); ++i) {
        const QRectF card = toDevice(rects.at(i));
        drawSide(painter, card, i % 2 == 0 ? frontLines : backLines, dotsPerMm);
        drawCropMarks(painter, card, dotsPerMm);
    }
}

bool WalletCard::print(const ChecklistData &data, QPagedPaintDevice *device, QString *error,
                       const QString &alert)
{
    // The whole sheet is drawn from the paper's corner, whatever margins the printer keeps.
    device->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("The printer could not be started.");
        return false;
    }
    paintSheet(&painter, data, device->pageLayout().fullRect(QPageLayout::Millimeter).size(),
               alert);
    painter.end();
    return true;
}

bool WalletCard::exportPdf(const ChecklistData &data, const QString &path,
                           const QPageSize &pageSize, QString *error, const QString &alert)
{
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageSize(pageSize);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setTitle(title());
        writer.setCreator(u"Next Steps"_s);
        if (!print(data, &writer, error, alert))
            return false;
    }
    return PrivateFile::writeExport(path, pdf, error);
}

} // namespace nextsteps
