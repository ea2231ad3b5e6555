#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>

#include <array>

namespace nextsteps {

// A word-wrapped QLabel that measures its text once per width. QLabel lays the whole text out
// again for every heightForWidth() and size hint a layout asks for, and layouts ask dozens of
// times while a window first shows. This one keeps the answers until the text, the font, the
// margins or the style change. It draws and behaves exactly as a QLabel with word wrap.
class WrappingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappingLabel(QWidget *parent = nullptr);
    explicit WrappingLabel(const QString &text, QWidget *parent = nullptr);

    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;

private:
    // Everything a QLabel's size depends on besides the width.
    struct Key
    {
        QString text;
        QFont font;
        QMargins contents;
        int margin = 0;
        int indent = 0;
        int frame = 0;
        Qt::TextFormat format = Qt::AutoText;
        QSizePolicy policy;
        bool operator==(const Key &other) const;
    };
    Key currentKey() const;
    void validate() const;

    mutable Key m_key;
    mutable bool m_valid = false;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
    // The last few widths asked for: layouts ask about the same two or three again and again.
    mutable std::array<std::pair<int, int>, 4> m_heights{};
    mutable int m_nextSlot = 0;
};

} // namespace nextsteps
