#pragma once
// A paint device that applies the painter's clip itself, by geometry, and
// hands only what is inside to a target device. Qt 6.4's SVG generator
// ignores clipping, so a chart exported to SVG would draw its series (a
// direction line meant to leave the window, a long descent path) across the
// title and axis labels; painted through this device they end at the plot
// area as on screen. Strokes are cut into the parts inside a rectangular clip
// (kept as lines, so the SVG stays editable), fills are intersected, images
// are cropped and text wholly outside the clip is dropped.

#include <QPaintDevice>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <memory>

namespace normlab::app {

class ClippingPaintDevice : public QPaintDevice {
  public:
    // `target` must outlive this device.
    explicit ClippingPaintDevice(QPaintDevice* target);
    ~ClippingPaintDevice() override;

    [[nodiscard]] QPaintEngine* paintEngine() const override;

    // The parts of the polyline `points` inside `rect` (Liang-Barsky on each
    // segment; consecutive inside parts are joined into one polyline).
    static QList<QPolygonF> clipPolyline(const QPolygonF& points, const QRectF& rect);

  protected:
    [[nodiscard]] int metric(PaintDeviceMetric metric) const override;

  private:
    QPaintDevice* target_;
    std::unique_ptr<QPaintEngine> engine_;
};

}  // namespace normlab::app
