#include "ui/widgets/SideBySide.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>

#include <algorithm>

namespace nextsteps {

SideBySide::SideBySide(QWidget *first, QWidget *second, int characters, QWidget *parent)
    : QWidget(parent), m_first(first), m_second(second), m_secondArea(new QScrollArea(this)),
      m_characters(characters), m_layout(new QBoxLayout(QBoxLayout::TopToBottom, this))
{
    m_secondArea->setObjectName(QStringLiteral("sideBySideSecond"));
    m_secondArea->setFrameShape(QFrame::NoFrame);
    m_secondArea->setWidgetResizable(true);
    m_secondArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_secondArea->setFocusPolicy(Qt::NoFocus); // its parts are the Tab stops
    m_secondArea->hide();
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(first, 3);
    m_layout->addWidget(second, 1);
    m_layout->addWidget(m_secondArea, 0);
    arrange();
}

bool SideBySide::isSideBySide() const
{
    return m_layout->direction() == QBoxLayout::LeftToRight;
}

void SideBySide::setFirstShare(int tenths)
{
    m_firstShare = tenths;
    arrange();
}

void SideBySide::setSideBySideAllowed(bool allowed)
{
    m_allowed = allowed;
    arrange();
}

void SideBySide::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
    // Side by side, the second is never narrower than its widest control (a button is not cut
    // at the side); the first takes what that leaves.
    int least = 0;
    if (isSideBySide()) {
        // Its controls' least widths (words in a label wrap; a button's do not).
        for (const QWidget *part : m_second->findChildren<QWidget *>()) {
            if (!qobject_cast<const QLabel *>(part) && part->isVisibleTo(m_second) &&
                part->parentWidget() == m_second)
                least = std::max(least, part->minimumSizeHint().width());
        }
        least += style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    }
    if (m_secondArea->minimumWidth() != least)
        m_secondArea->setMinimumWidth(least);
}

void SideBySide::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        arrange();
}

void SideBySide::arrange()
{
    // Each part as wide as `characters` letters: the narrower part must still get them.
    const int least = m_characters * fontMetrics().averageCharWidth() + m_layout->spacing();
    // (Each part gets at least that, the second its controls' widths: the shares divide the rest.)
    const bool wide = m_allowed && width() >= 2 * least + m_layout->spacing();
    const auto direction = wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_layout->direction() == direction)
        return;
    m_layout->setDirection(direction);
    // Side by side, the second part scrolls on its own; one above the other, it is a plain part
    // of the layout (whatever holds both scrolls), never a scroll area inside another.
    if (wide) {
        m_layout->removeWidget(m_second);
        m_secondArea->setWidget(m_second);
        m_secondArea->show();
    } else {
        m_secondArea->takeWidget();
        m_secondArea->hide();
        m_second->setParent(this);
        m_layout->insertWidget(1, m_second, 1);
        m_second->show();
    }
    m_layout->setStretchFactor(m_first, wide ? m_firstShare : 3);
    m_layout->setStretchFactor(m_secondArea, wide ? 10 - m_firstShare : 0);
    Q_EMIT arranged(wide);
}

} // namespace nextsteps
