#pragma once

#include <QLineF>
#include <QList>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QTextItem>

// What was painted, read back as text: a paint device that keeps every piece of text drawn on
// it (and the horizontal lines, to write on), with the size and resolution of another device, so
// that a page painted on it is the page the printer or PDF writer gets.
namespace nextsteps::testprint {

class PaintedText : public QPaintDevice
{
public:
    explicit PaintedText(const QPaintDevice &model) : m_model(model) {}
    ~PaintedText() override = default;

    // The text painted since the last clear(): pieces on one baseline are joined as they were
    // drawn, lines are joined with '\n'.
    QString text() const { return m_engine.text; }
    // Horizontal lines wider than half the page.
    int ruledLines() const { return m_engine.ruledLines; }
    // Each piece of text drawn, where it was drawn (device coordinates).
    struct Item
    {
        QString text;
        qreal baseline = 0;
        qreal top = 0;    // baseline less the font's ascent
        qreal bottom = 0; // baseline plus its descent
    };
    QList<Item> items() const { return m_engine.items; }
    void clear()
    {
        m_engine.text.clear();
        m_engine.items.clear();
        m_engine.ruledLines = 0;
        m_engine.hasBaseline = false;
    }

    QPaintEngine *paintEngine() const override { return &m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_model.width();
        case PdmHeight:
            return m_model.height();
        case PdmWidthMM:
            return m_model.widthMM();
        case PdmHeightMM:
            return m_model.heightMM();
        case PdmNumColors:
            return m_model.colorCount();
        case PdmDepth:
            return m_model.depth();
        case PdmDpiX:
            return m_model.logicalDpiX();
        case PdmDpiY:
            return m_model.logicalDpiY();
        case PdmPhysicalDpiX:
            return m_model.physicalDpiX();
        case PdmPhysicalDpiY:
            return m_model.physicalDpiY();
        case PdmDevicePixelRatio:
            return int(m_model.devicePixelRatio());
        case PdmDevicePixelRatioScaled:
            return int(m_model.devicePixelRatio() * devicePixelRatioFScale());
        }
        return 0;
    }

private:
    class Engine : public QPaintEngine
    {
    public:
        Engine() : QPaintEngine(QPaintEngine::AllFeatures) {}
        bool begin(QPaintDevice *device) override
        {
            m_pageWidth = device->width();
            return true;
        }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override {}
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
        void drawPath(const QPainterPath &) override {}
        void drawRects(const QRectF *, int) override {}
        void drawLines(const QLineF *lines, int count) override
        {
            for (int i = 0; i < count; ++i) {
                if (lines[i].dy() == 0 && lines[i].dx() > m_pageWidth / 2)
                    ++ruledLines;
            }
        }
        void drawTextItem(const QPointF &point, const QTextItem &item) override
        {
            const qreal baseline = state->transform().map(point).y();
            if (hasBaseline && !qFuzzyCompare(baseline + 1, m_baseline + 1))
                text += u'\n';
            text += item.text();
            // Ascent and descent in the item's own units, scaled as the painter scales.
            const qreal scale = state->transform().m22();
            items.append({item.text(), baseline, baseline - item.ascent() * scale,
                          baseline + item.descent() * scale});
            m_baseline = baseline;
            hasBaseline = true;
        }
        Type type() const override { return QPaintEngine::User; }

        QString text;
        QList<Item> items;
        int ruledLines = 0;
        bool hasBaseline = false;

    private:
        qreal m_baseline = 0;
        int m_pageWidth = 0;
    };

    const QPaintDevice &m_model;
    mutable Engine m_engine;
};

} // namespace nextsteps::testprint
