#include "ChecklistDelegate.h"

#include "ChecklistModel.h"

#include <QPixmap>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {
constexpr int AnswerPreviewLength = 90;
}

ChecklistDelegate::ChecklistDelegate(QObject *parent)
    : QStyledItemDelegate(parent),
      m_star(QIcon::fromTheme(u"starred"_s, QIcon(u":/icons/star.svg"_s)))
{
    // Questions that are not important keep the same indent as the starred ones.
    QPixmap empty(16, 16);
    empty.fill(Qt::transparent);
    m_blank = QIcon(empty);
}

void ChecklistDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = index.data(ChecklistModel::ImportantRole).toBool() ? m_star : m_blank;
    option->decorationSize = QSize(option->fontMetrics.height(), option->fontMetrics.height());

    const QString answer = index.data(ChecklistModel::AnswerRole).toString().simplified();
    if (!answer.isEmpty()) {
        const QString preview = answer.size() > AnswerPreviewLength
                                    ? answer.left(AnswerPreviewLength) + u"…"_s
                                    : answer;
        // A line separator, not \n: the item view draws it as a real line break.
        option->text += QChar(QChar::LineSeparator) + tr("Answer: %1").arg(preview);
    }
}

} // namespace nextsteps
