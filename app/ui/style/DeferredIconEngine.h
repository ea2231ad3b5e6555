#pragma once

#include <QIcon>
#include <QIconEngine>

#include <functional>

namespace nextsteps {

// An icon that is made only when something first needs it: to draw it, measure it or ask
// whether there is one. The style's standard icons are read from image files, and the first
// image read loads every image plug-in Qt has; widgets ask for icons they may never show (the
// menu bar's "more" button, a search field's clear button) while they are built.
class DeferredIconEngine : public QIconEngine
{
public:
    explicit DeferredIconEngine(std::function<QIcon()> make);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    void addPixmap(const QPixmap &pixmap, QIcon::Mode mode, QIcon::State state) override;
    void addFile(const QString &fileName, const QSize &size, QIcon::Mode mode,
                 QIcon::State state) override;
    QString iconName() override;
    bool isNull() override;
    QString key() const override;
    QIconEngine *clone() const override;

    // Whether the icon has been made yet (for tests).
    bool isMade() const { return m_made; }

private:
    const QIcon &icon();

    std::function<QIcon()> m_make;
    QIcon m_icon;
    bool m_made = false;
};

} // namespace nextsteps
