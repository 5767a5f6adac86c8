#include "app/charts/contour_chart_view.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsPathItem>
#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QPen>
#include <QValueAxis>
#include <algorithm>
#include <array>
#include <cmath>
#include <QFontMetricsF>

#include "core/quadratic/polyline_simplify.h"

namespace normlab::app {

namespace {
// Between the plot background and the grid lines (see DESIGN.md).
constexpr qreal kHeatmapZ = 0.5;
constexpr qreal kContourZ = 0.1;  // inside the clipping item, above the bands
constexpr qreal kNoteZ = 20.0;    // above the series

// A range on whole multiples of `step` covering [a, b].
struct AxisPlan {
    double min = 0.0;
    double step = 1.0;
    int intervals = 1;
    [[nodiscard]] double max() const { return min + step * intervals; }
};

AxisPlan alignedPlan(double a, double b, double step) {
    const double k0 = std::floor(a / step + 1e-9);
    const double k1 = std::max(k0 + 1.0, std::ceil(b / step - 1e-9));
    return {k0 * step, step, static_cast<int>(k1 - k0)};
}

// Adds intervals up to `total`, half on each side where the bands [lo, hi]
// reach that far, the rest on the other side; never moves the plan itself.
void widenWithin(AxisPlan& plan, int total, double lo, double hi) {
    const int roomLeft = std::max(0, static_cast<int>(std::floor((plan.min - lo) / plan.step + 1e-9)));
    const int roomRight =
        std::max(0, static_cast<int>(std::floor((hi - plan.max()) / plan.step + 1e-9)));
    const int extra = std::max(0, std::min(total - plan.intervals, roomLeft + roomRight));
    int left = std::min(extra / 2, roomLeft);
    const int right = std::min(extra - left, roomRight);
    left = std::min(extra - right, roomLeft);
    plan.min -= plan.step * left;
    plan.intervals += left + right;
}

QString tickLabel(double v, double step) {
    // A tick a rounding error away from zero is zero.
    if (std::abs(v) < 1e-9 * step) v = 0.0;
    return QString::asprintf("%g", v);
}

double widestLabel(const QFontMetricsF& metrics, const AxisPlan& plan) {
    double widest = 0.0;
    for (int i = 0; i <= plan.intervals; ++i)
        widest = std::max(widest,
                          metrics.horizontalAdvance(tickLabel(plan.min + i * plan.step, plan.step)));
    return widest;
}
}  // namespace

ContourChartView::ContourChartView(QWidget* parent) : NiceChartView(parent) {
    // Bands and lines may cover more than the window shown: clip them to the plot area.
    clip_ = new QGraphicsRectItem(chart());
    clip_->setPen(Qt::NoPen);
    clip_->setBrush(Qt::NoBrush);
    clip_->setFlag(QGraphicsItem::ItemClipsChildrenToShape);
    clip_->setZValue(kHeatmapZ);
    heatmapItem_ = new QGraphicsPixmapItem(clip_);
    // Vector lines, so exports at 2x and 3x stay sharp.
    contourItem_ = new QGraphicsPathItem(clip_);
    contourItem_->setZValue(kContourZ);
    noteBox_ = new QGraphicsRectItem(chart());
    noteBox_->setPen(QPen(QColor(0x55, 0x55, 0x55)));
    noteBox_->setBrush(QColor(255, 255, 255, 225));
    noteBox_->setZValue(kNoteZ);
    noteItem_ = new QGraphicsSimpleTextItem(noteBox_);
    noteBox_->hide();
    baseMargins_ = chart()->margins();
    connect(chart(), &QGraphicsWidget::geometryChanged, this, [this] {
        reframes_ = 0;
        scheduleFrame();
    });
    // A new plot area (new labels, new size) may need other margins; the
    // framing settles in a step or two, as the labels stop changing.
    connect(chart(), &QChart::plotAreaChanged, this, [this] {
        if (++reframes_ <= 4) scheduleFrame();
    });
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
    if (!framed_) {
        setNiceRange(Qt::Horizontal, w.w1Min, w.w1Max);
        setNiceRange(Qt::Vertical, w.w2Min, w.w2Max);
    }
    schedulePlace();
}

double ContourChartView::niceStepAtLeast(double minimum) {
    if (!(minimum > 0.0) || !std::isfinite(minimum)) return 1.0;
    const double decade = std::pow(10.0, std::floor(std::log10(minimum)));
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (m * decade >= minimum * (1.0 - 1e-12)) return m * decade;
    return 10.0 * decade;
}

void ContourChartView::setFraming(const QRectF& region, bool equalScale) {
    const QRectF r = region.normalized();
    if (!(r.width() > 0.0) || !(r.height() > 0.0) || !std::isfinite(r.width()) ||
        !std::isfinite(r.height()))
        return;
    if (framed_ && r == region_ && equalScale == equalScale_) return;
    reframes_ = 0;
    framed_ = true;
    region_ = r;
    equalScale_ = equalScale;
    applyFraming();
}

void ContourChartView::setNote(const QString& note) {
    if (note == note_) return;
    note_ = note;
    updateNote();
}

void ContourChartView::setStretchedNote(const QString& note) {
    if (note == stretchedNote_) return;
    stretchedNote_ = note;
    updateNote();
}

QString ContourChartView::noteText() const {
    return noteBox_->isVisible() ? noteItem_->text() : QString();
}

void ContourChartView::updateNote() {
    QStringList lines;
    if (framed_ && !equalScale_ && !stretchedNote_.isEmpty()) lines << stretchedNote_;
    if (!note_.isEmpty()) lines << note_;
    if (lines.isEmpty()) {
        noteBox_->hide();
        return;
    }
    noteItem_->setFont(font());
    noteItem_->setText(lines.join(QLatin1Char('\n')));
    const QRectF text = noteItem_->boundingRect();
    const QRectF area = chart()->plotArea();
    constexpr qreal pad = 3.0;
    noteBox_->setRect(0, 0, text.width() + 2 * pad, text.height() + 2 * pad);
    noteItem_->setPos(pad, pad);
    noteBox_->setPos(area.topLeft() + QPointF(4, 4));
    noteBox_->show();
}

void ContourChartView::scheduleFrame() {
    if (!framed_ || framePending_) return;
    framePending_ = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            framePending_ = false;
            applyFraming();
        },
        Qt::QueuedConnection);
}

void ContourChartView::resizeEvent(QResizeEvent* event) {
    NiceChartView::resizeEvent(event);
    reframes_ = 0;
    scheduleFrame();
}

void ContourChartView::changeEvent(QEvent* event) {
    NiceChartView::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        reframes_ = 0;
        scheduleFrame();
        updateNote();
    }
}

void ContourChartView::applyFraming() {
    if (!framed_) return;
    auto* xAxis = qobject_cast<QValueAxis*>(chart()->axes(Qt::Horizontal).value(0));
    auto* yAxis = qobject_cast<QValueAxis*>(chart()->axes(Qt::Vertical).value(0));
    if (!xAxis || !yAxis) return;
    // Qt Charts lays its axes out around the plot area it computes itself (a
    // fixed plot area leaves the labels where they were), so the plot area is
    // sized through the chart's margins instead: the room is the plot area
    // the chart would have without the extra margins.
    const QRectF area = chart()->plotArea();
    if (area.width() < 20 || area.height() < 20) return;
    const QRectF room =
        area.adjusted(-extra_.left(), -extra_.top(), extra_.right(), extra_.bottom());

    const QFontMetricsF xLabels(xAxis->labelsFont());
    const QFontMetricsF yLabels(yAxis->labelsFont());
    const double em = xLabels.averageCharWidth();
    const double ySpacing = 2.2 * yLabels.height();
    const double sx = region_.width();
    const double sy = region_.height();
    // Label widths depend on the ticks: a second pass uses the first one's labels.
    double xLabelWidth = xLabels.horizontalAdvance(QStringLiteral("-0.000"));
    AxisPlan px;
    AxisPlan py;
    double unit = 0.0;  // pixels per tick interval at equal scale
    for (int pass = 0; pass < 2; ++pass) {
        const double xSpacing = xLabelWidth + 2.0 * em;
        if (equalScale_) {
            // One step for both axes, at least a label's room apart on screen.
            const double spacing = std::max(xSpacing, ySpacing);
            double scale = std::min(room.width() / sx, room.height() / sy);  // pixels per unit
            // A box too small for well-spaced labels still gets two intervals
            // along the region's longer side: the labels then crowd, the window
            // does not run away from the region.
            const double largest = niceStepAtLeast(std::max(sx, sy) / 2.0);
            for (int i = 0; i < 12; ++i) {
                const double step = std::min(largest, niceStepAtLeast(spacing / scale));
                px = alignedPlan(region_.left(), region_.right(), step);
                py = alignedPlan(region_.top(), region_.bottom(), step);
                scale = std::min(room.width() / (px.intervals * step),
                                 room.height() / (py.intervals * step));
                if (step * scale >= spacing * 0.999) break;
            }
            unit = px.step * scale;
            // Fill the room with whole intervals, but not beyond the sampled
            // surface: what is left over goes to the margins.
            const QRectF bands = window_.isEmpty() ? region_ : window_.united(region_);
            widenWithin(px, static_cast<int>(std::floor(room.width() / unit + 1e-9)),
                        bands.left(), bands.right());
            widenWithin(py, static_cast<int>(std::floor(room.height() / unit + 1e-9)),
                        bands.top(), bands.bottom());
        } else {
            const auto fill = [](double a, double b, double pixels, double spacing) {
                AxisPlan plan;
                const double largest = niceStepAtLeast((b - a) / 2.0);
                double step = std::min(largest, niceStepAtLeast(spacing * (b - a) / pixels));
                for (int i = 0; i < 12; ++i) {
                    plan = alignedPlan(a, b, step);
                    if (pixels / plan.intervals >= spacing * 0.999 || step >= largest) break;
                    step = std::min(largest, niceStepAtLeast(step * 1.01));
                }
                return plan;
            };
            px = fill(region_.left(), region_.right(), room.width(), xSpacing);
            py = fill(region_.top(), region_.bottom(), room.height(), ySpacing);
        }
        xLabelWidth = widestLabel(xLabels, px);
    }
    autoHorizontalTicks_ = autoVerticalTicks_ = false;
    const auto differs = [](const QValueAxis* axis, const AxisPlan& plan) {
        return axis->tickType() != QValueAxis::TicksFixed ||
               axis->tickCount() != plan.intervals + 1 || axis->min() != plan.min ||
               axis->max() != plan.max();
    };
    if (differs(xAxis, px)) setFixedTicks(Qt::Horizontal, px.min, px.max(), px.intervals);
    if (differs(yAxis, py)) setFixedTicks(Qt::Vertical, py.min, py.max(), py.intervals);

    QMargins extra;
    if (equalScale_) {
        // The slack of the room goes to the margins, half on each side.
        const int wide = std::max(0, static_cast<int>(std::lround(room.width() - px.intervals * unit)));
        const int tall = std::max(0, static_cast<int>(std::lround(room.height() - py.intervals * unit)));
        extra = QMargins(wide / 2, tall / 2, wide - wide / 2, tall - tall / 2);
    }
    if (extra != extra_) {
        extra_ = extra;
        chart()->setMargins(baseMargins_ + extra_);
    }
    updateNote();
    schedulePlace();
}

QList<double> ContourChartView::tickValues(Qt::Orientation orientation) const {
    QList<double> ticks;
    auto* axis = qobject_cast<QValueAxis*>(chart()->axes(orientation).value(0));
    if (!axis) return ticks;
    if (axis->tickType() == QValueAxis::TicksFixed) {
        const int n = axis->tickCount();
        for (int i = 0; i < n; ++i)
            ticks << axis->min() + (axis->max() - axis->min()) * i / std::max(1, n - 1);
    } else if (axis->tickInterval() > 0.0) {
        const double step = axis->tickInterval();
        for (double v = std::ceil((axis->min() - axis->tickAnchor()) / step) * step +
                        axis->tickAnchor();
             v <= axis->max() + 1e-9 * step; v += step)
            ticks << v;
    }
    return ticks;
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
    const QRectF area = chart()->plotArea();
    clip_->setRect(area);
    if (noteBox_->isVisible()) noteBox_->setPos(area.topLeft() + QPointF(4, 4));
    const QPointF topLeft =
        chart()->mapToPosition(QPointF(window_.left(), window_.bottom()), series);
    const QPointF bottomRight =
        chart()->mapToPosition(QPointF(window_.right(), window_.top()), series);
    const QRectF target(topLeft, bottomRight);
    // Only the part of the bands inside the plot area is scaled to pixels.
    const QRectF shown = target.intersected(area);
    if (!heatmap_.isNull() && target.width() >= 1.0 && target.height() >= 1.0 &&
        shown.width() >= 1.0 && shown.height() >= 1.0) {
        const double fx = heatmap_.width() / target.width();
        const double fy = heatmap_.height() / target.height();
        const int c0 = std::max(0, int(std::floor((shown.left() - target.left()) * fx)));
        const int c1 = std::min(heatmap_.width(), int(std::ceil((shown.right() - target.left()) * fx)));
        const int r0 = std::max(0, int(std::floor((shown.top() - target.top()) * fy)));
        const int r1 =
            std::min(heatmap_.height(), int(std::ceil((shown.bottom() - target.top()) * fy)));
        const QRectF piece(target.left() + c0 / fx, target.top() + r0 / fy, (c1 - c0) / fx,
                           (r1 - r0) / fy);
        if (c1 > c0 && r1 > r0 && piece.width() <= 16384.0 && piece.height() <= 16384.0) {
            // Scaled once here, not on every repaint: a frame then only copies pixels.
            heatmapItem_->setPixmap(QPixmap::fromImage(
                heatmap_.copy(c0, r0, c1 - c0, r1 - r0)
                    .scaled(piece.size().toSize(), Qt::IgnoreAspectRatio,
                            Qt::SmoothTransformation)));
            heatmapItem_->setPos(piece.topLeft());
        }
    }
    // Data to chart coordinates: w1 to the right, w2 upwards.
    const double sx = target.width() / window_.width();
    const double sy = target.height() / window_.height();
    contourItem_->setTransform(QTransform(sx, 0, 0, -sy, target.left() - sx * window_.left(),
                                          target.bottom() + sy * window_.top()));
}

void ContourChartView::setToolTipFunction(std::function<QString(QPointF)> function) {
    toolTip_ = std::move(function);
}

QString ContourChartView::toolTipAt(QPointF value) const {
    return toolTip_ ? toolTip_(value) : QString();
}

bool ContourChartView::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::ToolTip && toolTip_ && !chart()->series().isEmpty()) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (auto* view = findChild<QChartView*>()) {
            const QPointF chartPos = chart()->mapFromScene(view->mapToScene(help->pos()));
            const QString text =
                chart()->plotArea().contains(chartPos)
                    ? toolTip_(chart()->mapToValue(chartPos, chart()->series().first()))
                    : QString();
            if (text.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), text, view->viewport());
            return true;
        }
    }
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
