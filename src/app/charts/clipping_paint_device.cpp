#include "app/charts/clipping_paint_device.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QPixmap>
#include <QTextItem>
#include <algorithm>
#include <cmath>
#include <optional>

namespace normlab::app {

namespace {

struct Clip {
    QPainterPath path;  // in the painter's logical coordinates
    QRectF box;
    bool isRect = false;
};

bool isAxisAlignedRect(const QPainterPath& path, const QRectF& box) {
    const QPolygonF polygon = path.toFillPolygon();
    if (polygon.size() > 5) return false;
    const auto near = [](qreal a, qreal b) { return std::abs(a - b) < 1e-6; };
    return std::all_of(polygon.begin(), polygon.end(), [&](const QPointF& p) {
        return (near(p.x(), box.left()) || near(p.x(), box.right())) &&
               (near(p.y(), box.top()) || near(p.y(), box.bottom()));
    });
}

// Forwards every call to a painter on the target, state copied from the
// source painter at each draw call, geometry clipped first.
class ClippingEngine : public QPaintEngine {
  public:
    explicit ClippingEngine(QPaintDevice* target) : QPaintEngine(AllFeatures), target_(target) {}

    bool begin(QPaintDevice*) override {
        setActive(true);
        return out_.begin(target_);
    }
    bool end() override {
        setActive(false);
        return out_.end();
    }
    void updateState(const QPaintEngineState&) override {}
    [[nodiscard]] Type type() const override { return User; }

    void drawPath(const QPainterPath& path) override {
        const std::optional<Clip> clip = sync();
        drawClipped(path, painter()->brush().style() != Qt::NoBrush, clip);
    }

    void drawPolygon(const QPointF* points, int count, PolygonDrawMode mode) override {
        const std::optional<Clip> clip = sync();
        QPainterPath path;
        if (count <= 0) return;
        path.moveTo(points[0]);
        for (int i = 1; i < count; ++i) path.lineTo(points[i]);
        if (mode == PolylineMode) {
            drawClipped(path, false, clip);
            return;
        }
        path.closeSubpath();
        path.setFillRule(mode == OddEvenMode ? Qt::OddEvenFill : Qt::WindingFill);
        drawClipped(path, painter()->brush().style() != Qt::NoBrush, clip);
    }

    void drawPixmap(const QRectF& r, const QPixmap& pixmap, const QRectF& source) override {
        const std::optional<Clip> clip = sync();
        QRectF to = r, from = source;
        if (clip && !crop(clip->box, to, from)) return;
        out_.drawPixmap(to, pixmap, from);
    }

    void drawImage(const QRectF& r, const QImage& image, const QRectF& source,
                   Qt::ImageConversionFlags flags) override {
        const std::optional<Clip> clip = sync();
        QRectF to = r, from = source;
        if (clip && !crop(clip->box, to, from)) return;
        out_.drawImage(to, image, from, flags);
    }

    void drawTextItem(const QPointF& p, const QTextItem& item) override {
        const std::optional<Clip> clip = sync();
        const QRectF bounds(p.x(), p.y() - item.ascent(), item.width(),
                            item.ascent() + item.descent());
        if (clip && !bounds.intersects(clip->box)) return;
        out_.setFont(item.font());
        out_.drawText(p, item.text());
    }

  private:
    // Copies the source painter's state to the target painter (only what
    // changed, so the SVG does not open a group per call) and returns the clip.
    std::optional<Clip> sync() {
        const QPainter* source = painter();
        const QTransform transform = source->combinedTransform();
        if (out_.transform() != transform) out_.setTransform(transform);
        if (out_.pen() != source->pen()) out_.setPen(source->pen());
        if (out_.brush() != source->brush()) out_.setBrush(source->brush());
        if (out_.brushOrigin() != source->brushOrigin()) out_.setBrushOrigin(source->brushOrigin());
        if (out_.opacity() != source->opacity()) out_.setOpacity(source->opacity());
        if (out_.renderHints() != source->renderHints())
            out_.setRenderHints(source->renderHints(), true);
        if (out_.background() != source->background()) out_.setBackground(source->background());
        if (out_.backgroundMode() != source->backgroundMode())
            out_.setBackgroundMode(source->backgroundMode());
        if (!source->hasClipping()) return std::nullopt;
        Clip clip;
        clip.path = source->clipPath();
        clip.box = clip.path.boundingRect();
        clip.isRect = isAxisAlignedRect(clip.path, clip.box);
        return clip;
    }

    void drawClipped(const QPainterPath& path, bool fill, const std::optional<Clip>& clip) {
        const QPen pen = out_.pen();
        const bool stroke = pen.style() != Qt::NoPen;
        if (!clip) {
            if (!fill) out_.setBrush(Qt::NoBrush);
            out_.drawPath(path);
            return;
        }
        const qreal pad = stroke ? std::max<qreal>(pen.widthF(), 1.0) : 0.0;
        const QRectF bounds = path.controlPointRect().adjusted(-pad, -pad, pad, pad);
        if (!bounds.intersects(clip->box)) return;
        if (clip->isRect ? clip->box.contains(bounds) : clip->path.contains(bounds)) {
            const QBrush brush = out_.brush();
            if (!fill) out_.setBrush(Qt::NoBrush);
            out_.drawPath(path);
            out_.setBrush(brush);
            return;
        }
        const QBrush brush = out_.brush();
        if (fill) {
            out_.setPen(Qt::NoPen);
            out_.drawPath(path.intersected(clip->path));
            out_.setPen(pen);
        }
        if (stroke) {
            if (clip->isRect) {
                out_.setBrush(Qt::NoBrush);
                for (const QPolygonF& polygon : path.toSubpathPolygons())
                    for (const QPolygonF& piece :
                         ClippingPaintDevice::clipPolyline(polygon, clip->box))
                        out_.drawPolyline(piece);
            } else {
                out_.setPen(Qt::NoPen);
                out_.setBrush(pen.brush());
                out_.drawPath(QPainterPathStroker(pen).createStroke(path).intersected(clip->path));
                out_.setPen(pen);
            }
        }
        out_.setBrush(brush);
    }

    // Shrinks `to` to its part inside `box` and `from` in proportion; false if nothing is left.
    static bool crop(const QRectF& box, QRectF& to, QRectF& from) {
        const QRectF inside = to.intersected(box);
        if (inside.isEmpty()) return false;
        if (inside == to) return true;
        const qreal sx = from.width() / to.width();
        const qreal sy = from.height() / to.height();
        from = QRectF(from.x() + (inside.x() - to.x()) * sx, from.y() + (inside.y() - to.y()) * sy,
                      inside.width() * sx, inside.height() * sy);
        to = inside;
        return true;
    }

    QPaintDevice* target_;
    QPainter out_;
};

}  // namespace

ClippingPaintDevice::ClippingPaintDevice(QPaintDevice* target)
    : target_(target), engine_(std::make_unique<ClippingEngine>(target)) {}

ClippingPaintDevice::~ClippingPaintDevice() = default;

QPaintEngine* ClippingPaintDevice::paintEngine() const { return engine_.get(); }

int ClippingPaintDevice::metric(PaintDeviceMetric metric) const {
    switch (metric) {
        case PdmWidth: return target_->width();
        case PdmHeight: return target_->height();
        case PdmWidthMM: return target_->widthMM();
        case PdmHeightMM: return target_->heightMM();
        case PdmNumColors: return target_->colorCount();
        case PdmDepth: return target_->depth();
        case PdmDpiX: return target_->logicalDpiX();
        case PdmDpiY: return target_->logicalDpiY();
        case PdmPhysicalDpiX: return target_->physicalDpiX();
        case PdmPhysicalDpiY: return target_->physicalDpiY();
        case PdmDevicePixelRatio: return static_cast<int>(target_->devicePixelRatio());
        case PdmDevicePixelRatioScaled:
            return static_cast<int>(target_->devicePixelRatioF() * devicePixelRatioFScale());
    }
    return 0;
}

QList<QPolygonF> ClippingPaintDevice::clipPolyline(const QPolygonF& points, const QRectF& rect) {
    QList<QPolygonF> pieces;
    QPolygonF current;
    const auto flush = [&] {
        if (current.size() >= 2) pieces.append(current);
        current.clear();
    };
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        const QPointF a = points[i], b = points[i + 1];
        const qreal dx = b.x() - a.x(), dy = b.y() - a.y();
        qreal t0 = 0, t1 = 1;
        bool visible = true;
        // Liang-Barsky: each edge bounds the segment's parameter range.
        const auto edge = [&](qreal p, qreal q) {
            if (p == 0) {
                if (q < 0) visible = false;
                return;
            }
            const qreal r = q / p;
            if (p < 0)
                t0 = std::max(t0, r);
            else
                t1 = std::min(t1, r);
        };
        edge(-dx, a.x() - rect.left());
        edge(dx, rect.right() - a.x());
        edge(-dy, a.y() - rect.top());
        edge(dy, rect.bottom() - a.y());
        if (!visible || t0 >= t1) {  // outside, or only touching a corner
            flush();
            continue;
        }
        const QPointF from(a.x() + t0 * dx, a.y() + t0 * dy);
        const QPointF to(a.x() + t1 * dx, a.y() + t1 * dy);
        if (current.isEmpty() || t0 > 0) {
            flush();
            current.append(from);
        }
        current.append(to);
        if (t1 < 1) flush();
    }
    flush();
    return pieces;
}

}  // namespace normlab::app
