#include "documents/PageTextFilter.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

namespace committee {

// Forwards every drawing call and state change but clipping to the target painter, in the
// target's coordinates (its transform at the start is the identity, as QPdfWriter's and
// QPrinter's are), so the result is what drawing on the target directly gives.
class PageTextFilterEngine : public QPaintEngine {
public:
    PageTextFilterEngine(QPainter &target, const QRectF &keep)
        : QPaintEngine(AllFeatures), m_target(target), m_keep(keep)
    {}

    bool begin(QPaintDevice *) override
    {
        m_target.save();
        return true;
    }
    bool end() override
    {
        m_target.restore();
        return true;
    }
    Type type() const override { return User; }

    void updateState(const QPaintEngineState &state) override
    {
        const DirtyFlags flags = state.state();
        if (flags & DirtyTransform) {
            m_transform = state.transform();
            m_target.setTransform(m_transform);
        }
        if (flags & DirtyPen) {
            m_target.setPen(state.pen());
        }
        if (flags & DirtyBrush) {
            m_target.setBrush(state.brush());
        }
        if (flags & DirtyBrushOrigin) {
            m_target.setBrushOrigin(state.brushOrigin());
        }
        if (flags & DirtyBackground) {
            m_target.setBackground(state.backgroundBrush());
        }
        if (flags & DirtyBackgroundMode) {
            m_target.setBackgroundMode(state.backgroundMode());
        }
        if (flags & DirtyFont) {
            m_target.setFont(state.font());
        }
        // Clipping is the caller's, set on the target to the page: the text layout clips
        // only to skip work, and its clip would have to be mapped by the transform of its
        // own moment, which the state passed here no longer has.
        if (flags & DirtyHints) {
            m_target.setRenderHints(state.renderHints());
        }
        if (flags & DirtyCompositionMode) {
            m_target.setCompositionMode(state.compositionMode());
        }
        if (flags & DirtyOpacity) {
            m_target.setOpacity(state.opacity());
        }
    }

    void drawPath(const QPainterPath &path) override { m_target.drawPath(path); }
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        if (mode == PolylineMode) {
            m_target.drawPolyline(points, count);
        } else {
            m_target.drawPolygon(points, count,
                                 mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill);
        }
    }
    void drawRects(const QRectF *rects, int count) override { m_target.drawRects(rects, count); }
    void drawLines(const QLineF *lines, int count) override { m_target.drawLines(lines, count); }
    void drawPixmap(const QRectF &r, const QPixmap &pixmap, const QRectF &source) override
    {
        m_target.drawPixmap(r, pixmap, source);
    }
    void drawImage(const QRectF &r, const QImage &image, const QRectF &source,
                   Qt::ImageConversionFlags) override
    {
        m_target.drawImage(r, image, source);
    }
    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        if (m_keep.contains(m_transform.map(p))) {
            m_target.drawTextItem(p, item);
        }
    }

private:
    QPainter &m_target;
    QRectF m_keep;
    QTransform m_transform;
};

PageTextFilter::PageTextFilter(QPainter &target, const QRectF &keep)
    : m_target(target), m_engine(std::make_unique<PageTextFilterEngine>(target, keep))
{}

PageTextFilter::~PageTextFilter() = default;

QPaintEngine *PageTextFilter::paintEngine() const
{
    return m_engine.get();
}

int PageTextFilter::metric(PaintDeviceMetric metric) const
{
    const QPaintDevice *device = m_target.device();
    switch (metric) {
    case PdmWidth:
        return device->width();
    case PdmHeight:
        return device->height();
    case PdmWidthMM:
        return device->widthMM();
    case PdmHeightMM:
        return device->heightMM();
    case PdmNumColors:
        return device->colorCount();
    case PdmDepth:
        return device->depth();
    case PdmDpiX:
        return device->logicalDpiX();
    case PdmDpiY:
        return device->logicalDpiY();
    case PdmPhysicalDpiX:
        return device->physicalDpiX();
    case PdmPhysicalDpiY:
        return device->physicalDpiY();
    case PdmDevicePixelRatio:
        return int(device->devicePixelRatio());
    case PdmDevicePixelRatioScaled:
        return int(device->devicePixelRatio() * devicePixelRatioFScale());
    }
    return QPaintDevice::metric(metric);
}

} // namespace committee
