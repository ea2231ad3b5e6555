#include "ui/checklist/ChecklistDelegate.h"

#include <QListView>

#include "core/checklist/ChecklistModel.h"

#include <QPainter>
#include <QPixmap>
#include <QtMath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

constexpr int AnswerPreviewLength = 90;

// The "important" star, drawn for each size the list may ask for, so it stays sharp at any
// zoom. Gold with a dark outline reads on light, dark and highlighted rows alike.
QIcon starIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 96}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        QPolygonF star;
        const QPointF centre(size / 2.0, size / 2.0 + size * 0.04);
        for (int i = 0; i < 10; ++i) {
            const qreal radius = (i % 2 == 0 ? 0.47 : 0.2) * size;
            const qreal angle = -M_PI / 2 + i * M_PI / 5;
            star << centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
        }
        painter.setPen(QPen(QColor(0x5a, 0x40, 0x00), std::max(1.0, size / 20.0)));
        painter.setBrush(QColor(0xe8, 0xa8, 0x00));
        painter.drawPolygon(star);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

ChecklistDelegate::ChecklistDelegate(QObject *parent) : QStyledItemDelegate(parent)
{
    // Questions that are not important keep the same indent as the starred ones.
    QPixmap empty(16, 16);
    empty.fill(Qt::transparent);
    m_blank = QIcon(empty);
}

QString ChecklistDelegate::answerLine(const QModelIndex &index)
{
    const QString answer = index.data(ChecklistModel::AnswerRole).toString().simplified();
    if (answer.isEmpty())
        return {};
    const QString preview =
        answer.size() > AnswerPreviewLength ? answer.left(AnswerPreviewLength) + u"…"_s : answer;
    return tr("Answer: %1").arg(preview);
}

QSize ChecklistDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem shown = option;
    if (const auto *view = qobject_cast<const QListView *>(option.widget)) {
        // (A rect of no height would not wrap at all: the style wraps only within a valid one.)
        shown.rect = QRect(0, 0, view->viewport()->width() - 2 * view->spacing(),
                           std::max(1, option.rect.height()));
    }
    return QStyledItemDelegate::sizeHint(shown, index);
}

void ChecklistDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->features |= QStyleOptionViewItem::HasDecoration;
    const bool important = index.data(ChecklistModel::ImportantRole).toBool();
    if (important && m_star.isNull())
        m_star = starIcon(); // drawn the first time it is needed, not at start-up
    option->icon = important ? m_star : m_blank;
    option->decorationSize = QSize(option->fontMetrics.height(), option->fontMetrics.height());
    // A line separator, not \n: the item view draws it as a real line break.
    const QString answer = answerLine(index);
    if (!answer.isEmpty())
        option->text += QChar(QChar::LineSeparator) + answer;
}

} // namespace nextsteps
