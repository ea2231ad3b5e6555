#include "ui/widgets/FlowLayout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace nextsteps {

FlowLayout::FlowLayout(QWidget *parent) : QLayout(parent) {}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty() && (item->expandingDirections() & Qt::Horizontal))
            return Qt::Horizontal;
    }
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0;
    int height = 0;
    int shown = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
        ++shown;
    }
    const QMargins margins = contentsMargins();
    return QSize(width + std::max(0, shown - 1) * gap() + margins.left() + margins.right(),
                 height + margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::gap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *owner = parentWidget();
    return owner ? owner->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, owner)
                 : 6;
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int space = gap();
    int top = area.top();
    // An item is as wide as it would like, up to the whole line, and as tall as it needs at
    // that width (a row of its own may wrap too). An expanding item is placed at its least
    // width, then takes what is left of its line.
    const auto widthOf = [&area](const QLayoutItem *item) {
        const int wanted = item->expandingDirections() & Qt::Horizontal
                               ? item->minimumSize().width()
                               : item->sizeHint().width();
        return std::max(std::min(wanted, area.width()), item->minimumSize().width());
    };
    const auto heightAt = [](const QLayoutItem *item, int width) {
        return item->hasHeightForWidth()
                   ? std::max(item->heightForWidth(width), item->minimumSize().height())
                   : item->sizeHint().height();
    };

    // One line at a time: as many items as fit (at least one), then share out what is left.
    QList<QLayoutItem *> shown;
    for (QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            shown.append(item);
    }
    qsizetype first = 0;
    while (first < shown.size()) {
        qsizetype end = first;
        int used = 0;
        int expanding = 0;
        QList<int> widths;
        while (end < shown.size()) {
            const QLayoutItem *item = shown.at(end);
            int width = widthOf(item);
            const int before = used + (end > first ? space : 0);
            if (end > first && before + width > area.width()) {
                // A row that wraps by itself fits into the rest of this line, if it can.
                if (!item->hasHeightForWidth() ||
                    before + item->minimumSize().width() > area.width())
                    break;
                width = area.width() - before;
            }
            used = before + width;
            widths << width;
            if (shown.at(end)->expandingDirections() & Qt::Horizontal)
                ++expanding;
            ++end;
        }
        int lineHeight = 0;
        for (qsizetype i = first; i < end; ++i)
            lineHeight = std::max(lineHeight, heightAt(shown.at(i), widths.at(i - first)));
        int firstLine = 0;
        for (qsizetype i = first; i < end; ++i) {
            if (!shown.at(i)->hasHeightForWidth())
                firstLine = std::max(firstLine, shown.at(i)->sizeHint().height());
        }
        if (firstLine == 0)
            firstLine = lineHeight;
        if (apply) {
            const int extra = std::max(0, area.width() - used);
            int x = area.left();
            int given = 0;
            for (qsizetype i = first; i < end; ++i) {
                QLayoutItem *item = shown.at(i);
                int width = widths.at(i - first);
                if (expanding > 0 && (item->expandingDirections() & Qt::Horizontal)) {
                    // The last expanding item takes the rounding remainder.
                    const int share = extra / expanding;
                    width += ++given == expanding ? extra - share * (expanding - 1) : share;
                }
                // A row that wraps by itself starts at the top of the line; the others are
                // centred on its first line (its buttons are as tall as these).
                const int height = std::min(heightAt(item, width), lineHeight);
                const int y = item->hasHeightForWidth() ? top : top + (firstLine - height) / 2;
                const QRect cell(x, y, width, height);
                item->setGeometry(QStyle::visualRect(
                    parentWidget() ? parentWidget()->layoutDirection() : Qt::LeftToRight, area,
                    cell));
                x += width + space;
            }
        }
        top += lineHeight + space;
        first = end;
    }
    if (!shown.isEmpty())
        top -= space;
    return top - rect.top() + contentsMargins().bottom();
}

} // namespace nextsteps
