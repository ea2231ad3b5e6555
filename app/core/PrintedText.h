#pragma once

#include <QFont>
#include <QGuiApplication>
#include <QTextCharFormat>
#include <QTextFormat>
#include <QTextLength>

// How every printout's words, paragraphs and tables look on paper: black on white in the
// application's font at the printout's body size, lines a quarter apart, tables ruled so a
// reader can follow a row across and write in a blank one. One place, so that the list, the
// treatment summary and the diary print alike.
namespace nextsteps::PrintedText {

// A block with this property set moves to the next page with the block after it (a heading stays
// with what it heads); PagedPrinter honours it.
constexpr int KeepWithNextProperty = QTextFormat::UserProperty + 1;

inline QTextCharFormat text(qreal pointSize, bool bold = false)
{
    QTextCharFormat format;
    QFont font = QGuiApplication::font();
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    format.setFont(font);
    format.setForeground(Qt::black);
    return format;
}

inline QTextBlockFormat paragraph(qreal topMargin, qreal indent = 0)
{
    QTextBlockFormat format;
    format.setTopMargin(topMargin);
    format.setLeftMargin(indent);
    format.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
    return format;
}

// A table across the page with a heading row (repeated on each page it runs onto).
inline QTextTableFormat ruledTable(qreal body)
{
    QTextTableFormat format;
    format.setCellPadding(body / 3);
    format.setCellSpacing(0);
    format.setBorder(1);
    format.setBorderBrush(Qt::black);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(1);
    format.setTopMargin(body / 2);
    return format;
}

} // namespace nextsteps::PrintedText
