#pragma once

#include <QLayout>
#include <QList>

namespace nextsteps {

// Lays its items out left to right and starts a new line when the next one does not fit, like
// words in a paragraph: a row of buttons that keeps every button whole at large text sizes in
// a narrow pane. An item that expands horizontally (a text field) takes what is left of its
// line. The layout is as wide as its widest item at least, and as tall as its lines need
// (height for width).
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (or only measures, when `apply` is false); returns the height
    // used, margins included.
    int arrange(const QRect &rect, bool apply) const;
    int gap() const;

    QList<QLayoutItem *> m_items;
};

} // namespace nextsteps
