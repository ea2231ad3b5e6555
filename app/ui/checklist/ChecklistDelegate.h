#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace nextsteps {

// Shows a question with its tick box, a star when it is important, and the start of its answer.
class ChecklistDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ChecklistDelegate(QObject *parent = nullptr);

    // A row's height at the width the view shows it at, whoever asks: the view's own layout
    // passes a width that allows for a scroll bar it may not have, and ChecklistView compares
    // heights to know whether a change moves the rows below.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    // The start of the answer, shown under the question ("Answer: ..."); empty when none.
    static QString answerLine(const QModelIndex &index);

    mutable QIcon m_star;
    QIcon m_blank;
};

} // namespace nextsteps
