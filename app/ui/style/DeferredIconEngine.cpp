#include "ui/style/DeferredIconEngine.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace nextsteps {

DeferredIconEngine::DeferredIconEngine(std::function<QIcon()> make) : m_make(std::move(make)) {}

const QIcon &DeferredIconEngine::icon()
{
    if (!m_made) {
        m_made = true;
        if (m_make)
            m_icon = m_make();
        m_make = nullptr;
    }
    return m_icon;
}

void DeferredIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                               QIcon::State state)
{
    icon().paint(painter, rect, Qt::AlignCenter, mode, state);
}

QSize DeferredIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return icon().actualSize(size, mode, state);
}

QPixmap DeferredIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return icon().pixmap(size, 1.0, mode, state);
}

QPixmap DeferredIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                                         qreal scale)
{
    return icon().pixmap(size, scale, mode, state);
}

QList<QSize> DeferredIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    return icon().availableSizes(mode, state);
}

void DeferredIconEngine::addPixmap(const QPixmap &pixmap, QIcon::Mode mode, QIcon::State state)
{
    icon();
    m_icon.addPixmap(pixmap, mode, state);
}

void DeferredIconEngine::addFile(const QString &fileName, const QSize &size, QIcon::Mode mode,
                                 QIcon::State state)
{
    icon();
    m_icon.addFile(fileName, size, mode, state);
}

QString DeferredIconEngine::iconName()
{
    return icon().name();
}

bool DeferredIconEngine::isNull()
{
    return icon().isNull();
}

QString DeferredIconEngine::key() const
{
    return u"nextsteps.deferred"_s;
}

QIconEngine *DeferredIconEngine::clone() const
{
    // A copy shares what is made already, or makes it the same way later.
    auto *copy = new DeferredIconEngine(m_make);
    copy->m_icon = m_icon;
    copy->m_made = m_made;
    return copy;
}

} // namespace nextsteps
