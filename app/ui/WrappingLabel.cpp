#include "WrappingLabel.h"

#include <QEvent>

namespace nextsteps {

WrappingLabel::WrappingLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
}

WrappingLabel::WrappingLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setWordWrap(true);
}

bool WrappingLabel::Key::operator==(const Key &other) const
{
    return text == other.text && font == other.font && contents == other.contents &&
           margin == other.margin && indent == other.indent && frame == other.frame &&
           format == other.format && policy == other.policy;
}

WrappingLabel::Key WrappingLabel::currentKey() const
{
    return {text(),   font(),       contentsMargins(), margin(),
            indent(), frameWidth(), textFormat(),      sizePolicy()};
}

void WrappingLabel::validate() const
{
    // Polishing may set the font: measure the polished label (QLabel polishes here too).
    ensurePolished();
    Key key = currentKey();
    if (m_valid && key == m_key)
        return;
    m_key = std::move(key);
    m_valid = true;
    m_sizeHint = QSize();
    m_minimumSizeHint = QSize();
    m_heights.fill({-1, 0});
}

int WrappingLabel::heightForWidth(int width) const
{
    validate();
    for (const auto &[knownWidth, height] : m_heights) {
        if (knownWidth == width)
            return height;
    }
    const int height = QLabel::heightForWidth(width);
    m_heights.at(m_nextSlot) = {width, height};
    m_nextSlot = (m_nextSlot + 1) % int(m_heights.size());
    return height;
}

QSize WrappingLabel::sizeHint() const
{
    validate();
    if (!m_sizeHint.isValid())
        m_sizeHint = QLabel::sizeHint();
    return m_sizeHint;
}

QSize WrappingLabel::minimumSizeHint() const
{
    validate();
    if (!m_minimumSizeHint.isValid())
        m_minimumSizeHint = QLabel::minimumSizeHint();
    return m_minimumSizeHint;
}

bool WrappingLabel::event(QEvent *event)
{
    // A new style can change how a label measures its text while leaving everything in the
    // key as it was.
    switch (event->type()) {
    case QEvent::StyleChange:
    case QEvent::FontChange:
    case QEvent::LayoutDirectionChange:
        m_valid = false;
        break;
    default:
        break;
    }
    return QLabel::event(event);
}

} // namespace nextsteps
