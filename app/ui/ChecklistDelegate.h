#pragma once

#include <QHash>
#include <QIcon>
#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace nextsteps {

// Shows a question with its tick box, a star when it is important, and the start of its answer.
class ChecklistDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ChecklistDelegate(QObject *parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Whether the row may need a new size since it was last measured: its text, the start of
    // its answer shown under it, or its boldness changed. Ticking it, or typing an answer past
    // the part the list shows, changes none of them.
    bool sizeMayHaveChanged(const QModelIndex &index) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    // The start of the answer, shown under the question ("Answer: ..."); empty when none.
    static QString answerLine(const QModelIndex &index);
    // Everything about a row that its height depends on: the text shown and whether it is bold.
    static QString layoutKey(const QModelIndex &index);

    mutable QIcon m_star;
    QIcon m_blank;
    mutable QHash<QPersistentModelIndex, QString> m_measured;
};

} // namespace nextsteps
