#include "app/charts/contour_chart_view.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsPathItem>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPen>
#include <QValueAxis>
#include <algorithm>
#include <array>
#include <cmath>

#include "core/quadratic/polyline_simplify.h"

namespace normlab::app {

namespace {
// Between the plot background and the grid lines (see DESIGN.md).
constexpr qreal kHeatmapZ = 0.5;
constexpr qreal kContourZ = 0.6;
}  // namespace

ContourChartView::ContourChartView(QWidget* parent) : NiceChartView(parent) {
    heatmapItem_ = new QGraphicsPixmapItem(chart());
    heatmapItem_->setZValue(kHeatmapZ);
    // Vector lines, so exports at 2x and 3x stay sharp.
    contourItem_ = new QGraphicsPathItem(chart());
    contourItem_->setZValue(kContourZ);
    QPen pen(QColor(0x2b, 0x3f, 0x5c, 170));
    // Width 0: one pixel whatever the data-to-screen scale. Unlike a cosmetic
    // width of 1 it spares the item stroking every contour to find its bounds.
    pen.setWidthF(0.0);
    contourItem_->setPen(pen);
    connect(chart(), &QChart::plotAreaChanged, this, &ContourChartView::schedulePlace);
    for (QAbstractAxis* axis : chart()->axes()) {
        // Faint grid: the bands and contour lines carry the picture.
        axis->setGridLineColor(QColor(255, 255, 255, 90));
    }
    chart()->legend()->hide();
    if (auto* view = findChild<QChartView*>()) view->viewport()->installEventFilter(this);
}

QColor ContourChartView::bandColor(double t) {
    // Pale at the minimum, deeper blue uphill: dark paths stay readable on top.
    static constexpr std::array<std::array<int, 3>, 5> stops{
        {{255, 252, 228}, {222, 241, 214}, {173, 218, 224}, {115, 178, 216}, {66, 121, 186}}};
    t = std::clamp(t, 0.0, 1.0) * static_cast<double>(stops.size() - 1);
    const auto i = std::min(static_cast<std::size_t>(t), stops.size() - 2);
    const double f = t - static_cast<double>(i);
    const auto mix = [&](int k) {
        return static_cast<int>(std::lround(stops[i][k] + f * (stops[i + 1][k] - stops[i][k])));
    };
    return {mix(0), mix(1), mix(2)};
}

void ContourChartView::setSurface(const core::LossGrid& grid,
                                  const std::vector<core::ContourLevel>& levels) {
    if (grid.columns < 2 || grid.rows < 2) return;
    std::vector<float> edges;
    edges.reserve(levels.size());
    for (const core::ContourLevel& level : levels) edges.push_back(static_cast<float>(level.value));
    std::vector<QRgb> palette(edges.size() + 1);
    for (std::size_t b = 0; b < palette.size(); ++b)
        palette[b] = bandColor(static_cast<double>(b) / static_cast<double>(edges.size())).rgb();

    // Image row 0 is the top of the plot, the largest w2.
    heatmap_ = QImage(grid.columns, grid.rows, QImage::Format_RGB32);
    for (int r = 0; r < grid.rows; ++r) {
        auto* line = reinterpret_cast<QRgb*>(heatmap_.scanLine(grid.rows - 1 - r));
        for (int c = 0; c < grid.columns; ++c) {
            const float v = grid.at(c, r);
            const auto band = std::upper_bound(edges.begin(), edges.end(), v) - edges.begin();
            line[c] = std::isfinite(v) ? palette[static_cast<std::size_t>(band)] : palette.back();
        }
    }

    // Marching squares gives about one point per grid cell; a tenth of a
    // cell (under half a pixel on a full-screen plot) is invisible, and the
    // simplified lines take a fraction of the time to draw on every repaint.
    // Simplified in cell units, as the window's two axes differ in scale.
    const float cellW = static_cast<float>(grid.window.w1Max - grid.window.w1Min) /
                        static_cast<float>(grid.columns - 1);
    const float cellH = static_cast<float>(grid.window.w2Max - grid.window.w2Min) /
                        static_cast<float>(grid.rows - 1);
    const Eigen::Vector2f toCells(1.0f / cellW, 1.0f / cellH);
    QPainterPath path;
    std::vector<Eigen::Vector2f> inCells;
    for (const core::ContourLevel& level : levels) {
        for (const auto& polyline : level.polylines) {
            if (polyline.size() < 2) continue;
            inCells.clear();
            for (const Eigen::Vector2f& p : polyline) inCells.push_back(p.cwiseProduct(toCells));
            const auto kept = core::simplifyPolyline(inCells, 0.1f);
            path.moveTo(kept.front().x() * cellW, kept.front().y() * cellH);
            for (std::size_t i = 1; i < kept.size(); ++i)
                path.lineTo(kept[i].x() * cellW, kept[i].y() * cellH);
        }
    }
    contourItem_->setPath(path);

    const core::GridWindow& w = grid.window;
    window_ = QRectF(QPointF(w.w1Min, w.w2Min), QPointF(w.w1Max, w.w2Max));
    setNiceRange(Qt::Horizontal, w.w1Min, w.w1Max);
    setNiceRange(Qt::Vertical, w.w2Min, w.w2Max);
    schedulePlace();
}

int ContourChartView::addStyledLineSeries(const QColor& color, qreal width, Qt::PenStyle style) {
    const int index = addLineSeries(QString(), color, width);
    if (auto* series = qobject_cast<QLineSeries*>(chart()->series().value(index))) {
        QPen pen = series->pen();
        pen.setStyle(style);
        series->setPen(pen);
    }
    return index;
}

void ContourChartView::schedulePlace() {
    // A new surface usually moves the plot area too (new tick labels): scale
    // the bands once, after both, before the next paint.
    if (placePending_) return;
    placePending_ = true;
    QMetaObject::invokeMethod(this, &ContourChartView::place, Qt::QueuedConnection);
}

void ContourChartView::place() {
    placePending_ = false;
    if (window_.isEmpty() || chart()->series().isEmpty()) return;
    QAbstractSeries* series = chart()->series().first();
    const QPointF topLeft =
        chart()->mapToPosition(QPointF(window_.left(), window_.bottom()), series);
    const QPointF bottomRight =
        chart()->mapToPosition(QPointF(window_.right(), window_.top()), series);
    const QRectF target(topLeft, bottomRight);
    const bool sane = target.width() >= 1.0 && target.height() >= 1.0 && target.width() <= 8192.0 &&
                      target.height() <= 8192.0;
    if (!heatmap_.isNull() && sane) {
        // Scaled once here, not on every repaint: a frame then only copies pixels.
        const QSize size = target.size().toSize();
        heatmapItem_->setPixmap(QPixmap::fromImage(
            heatmap_.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)));
        heatmapItem_->setPos(target.topLeft());
    }
    // Data to chart coordinates: w1 to the right, w2 upwards.
    const double sx = target.width() / window_.width();
    const double sy = target.height() / window_.height();
    contourItem_->setTransform(QTransform(sx, 0, 0, -sy, target.left() - sx * window_.left(),
                                          target.bottom() + sy * window_.top()));
}

bool ContourChartView::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::MouseButtonPress && !chart()->series().isEmpty()) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        auto* view = findChild<QChartView*>();
        if (mouse->button() == Qt::LeftButton && view) {
            const QPointF scenePos = view->mapToScene(mouse->position().toPoint());
            const QPointF chartPos = chart()->mapFromScene(scenePos);
            if (chart()->plotArea().contains(chartPos)) {
                Q_EMIT pointClicked(chart()->mapToValue(chartPos, chart()->series().first()));
                return true;
            }
        }
    }
    return NiceChartView::eventFilter(watched, event);
}

}  // namespace normlab::app
