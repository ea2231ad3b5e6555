#pragma once

#include <QWidget>

class QBoxLayout;
class QScrollArea;

namespace nextsteps {

// Two parts, side by side where there is room for both at a readable width (each at least
// `characters` average characters of its font), one above the other where there is not. The
// first is on the left (or above) and takes `firstShare` tenths of the width. Side by side, the
// second scrolls on its own when it is taller than the first, so that the first keeps the whole
// height; one above the other, both are plain parts of the layout (whatever holds them scrolls).
class SideBySide : public QWidget
{
    Q_OBJECT

public:
    SideBySide(QWidget *first, QWidget *second, int characters, QWidget *parent = nullptr);

    bool isSideBySide() const;
    void setFirstShare(int tenths);
    // Where height is short (large text), side by side is worth the narrower parts; otherwise
    // one above the other reads better.
    void setSideBySideAllowed(bool allowed);
    QScrollArea *secondArea() const { return m_secondArea; }

Q_SIGNALS:
    // The parts were put side by side (true) or one above the other.
    void arranged(bool sideBySide);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void arrange();

    QWidget *m_first;
    QWidget *m_second;
    QScrollArea *m_secondArea;
    int m_characters;
    int m_firstShare = 6;
    bool m_allowed = true;
    QBoxLayout *m_layout;
};

} // namespace nextsteps
