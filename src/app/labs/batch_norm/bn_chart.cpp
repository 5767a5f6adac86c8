#include "app/labs/batch_norm/bn_chart.h"

#include <QAreaSeries>
#include <QChart>
#include <QFontMetrics>
#include <QGraphicsPixmapItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QPixmap>
#include <algorithm>
#include <QValueAxis>
#include <cmath>

namespace normlab::app {

BnChart::BnChart(QWidget* parent) : ChartView(parent) {
    connect(chart(), &QChart::plotAreaChanged, this, [this] { placeHeatmap(); });
    for (QAbstractAxis* axis : chart()->axes())
        connect(axis, &QAbstractAxis::visibleChanged, this, [this] { placeHeatmap(); });
    for (QAbstractAxis* axis : chart()->axes()) {
        if (auto* value = qobject_cast<QValueAxis*>(axis))
            connect(value, &QValueAxis::rangeChanged, this, [this] { placeHeatmap(); });
    }
}

void BnChart::setLegendVisible(bool visible) { chart()->legend()->setVisible(visible); }

int BnChart::addBand(const QString& name, const QColor& color) {
    Band band;
    band.area = new QAreaSeries(chart());
    band.upper = new QLineSeries(band.area);
    band.lower = new QLineSeries(band.area);
    band.area->setUpperSeries(band.upper);
    band.area->setLowerSeries(band.lower);
    QColor fill = color;
    fill.setAlphaF(0.3);
    band.area->setBrush(fill);
    QPen pen(color);
    pen.setWidthF(0.8);
    band.area->setPen(pen);
    chart()->addSeries(band.area);
    for (QAbstractAxis* axis : chart()->axes()) band.area->attachAxis(axis);
    bands_.append(band);
    setBandName(static_cast<int>(bands_.size()) - 1, name);
    return static_cast<int>(bands_.size()) - 1;
}

void BnChart::setBandName(int band, const QString& name) {
    if (band < 0 || band >= bands_.size()) return;
    bands_[band].area->setName(name);
    for (QLegendMarker* marker : chart()->legend()->markers(bands_[band].area))
        marker->setVisible(!name.isEmpty());
}

void BnChart::setBand(int band, const QList<QPointF>& upper, const QList<QPointF>& lower) {
    if (band < 0 || band >= bands_.size()) return;
    bands_[band].upper->replace(upper);
    bands_[band].lower->replace(lower);
}

int BnChart::bandPointCount(int band) const {
    if (band < 0 || band >= bands_.size()) return 0;
    return static_cast<int>(bands_[band].upper->count());
}

void BnChart::setHeatmap(const QImage& image, const QRectF& values) {
    if (!heatmap_) {
        heatmap_ = new QGraphicsPixmapItem(chart());
        heatmap_->setZValue(0.5);  // above the plot background, under grid and series
        heatmap_->setTransformationMode(Qt::FastTransformation);
    }
    heatmapImage_ = image;
    heatmapValues_ = values;
    heatmap_->setPixmap(QPixmap::fromImage(image));
    placeHeatmap();
}

void BnChart::setNiceXRange(double lo, double hi) {
    xRange_ = {lo, hi};
    hasXRange_ = true;
    setNiceRange(Qt::Horizontal, lo, hi);
}
void BnChart::setNiceYRange(double lo, double hi) { setNiceRange(Qt::Vertical, lo, hi); }

QValueAxis* BnChart::valueAxis(Qt::Orientation orientation) const {
    const QList<QAbstractAxis*> axes = chart()->axes(orientation);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(axes.first());
}

void BnChart::setNiceRange(Qt::Orientation orientation, double lo, double hi) {
    if (!std::isfinite(lo) || !std::isfinite(hi)) return;
    if (hi <= lo) hi = lo + 1.0;
    QValueAxis* axis = valueAxis(orientation);
    if (!axis) return;
    // A step of 1, 2 or 5 times a power of ten giving 4 to 8 intervals.
    const double raw = (hi - lo) / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= raw) break;
    }
    const double niceLo = std::floor(lo / step + 1e-9) * step;
    const double niceHi = std::ceil(hi / step - 1e-9) * step;
    const int intervals = static_cast<int>(std::lround((niceHi - niceLo) / step));
    int shown = intervals;
    if (orientation == Qt::Horizontal) {
        // No more x labels than fit side by side (a narrow chart with large
        // fonts would elide every one to "1…"): every k-th tick of the same
        // range, k dividing the intervals, so the labels stay round.
        const QFontMetrics labels(axis->labelsFont());
        const double widest = std::max(std::abs(niceLo), std::abs(niceHi));
        const double labelWidth =
            labels.horizontalAdvance(QString::number(widest, 'g', 6)) + 1.5 * labels.height();
        // The plot is what the y labels, the y title and the margins leave.
        const double plotWidth = width() - 4.5 * labels.height();
        const int fit = std::max(1, static_cast<int>(plotWidth / labelWidth));
        while (shown > fit || intervals % shown != 0) --shown;
    }
    const int ticks = shown + 1;
    if (axis->min() != niceLo || axis->max() != niceHi) axis->setRange(niceLo, niceHi);
    if (axis->tickCount() != ticks) axis->setTickCount(ticks);
}

void BnChart::setCompactBelowLines(int lines) { compactBelowLines_ = std::max(0, lines); }

void BnChart::resizeEvent(QResizeEvent* event) {
    ChartView::resizeEvent(event);
    const bool room = height() >= fontMetrics().height() * compactBelowLines_;
    for (QAbstractAxis* axis : chart()->axes(Qt::Horizontal))
        if (axis->isTitleVisible() != room) axis->setTitleVisible(room);
    if (hasXRange_) setNiceRange(Qt::Horizontal, xRange_.first, xRange_.second);
}

bool BnChart::hasHeatmap() const { return heatmap_ != nullptr && !heatmapImage_.isNull(); }

void BnChart::placeHeatmap() {
    if (!heatmap_ || heatmapImage_.isNull()) return;
    QAbstractSeries* any = chart()->series().isEmpty() ? nullptr : chart()->series().first();
    if (!any) return;
    const QPointF topLeft = chart()->mapToPosition(heatmapValues_.topLeft(), any);
    const QPointF bottomRight = chart()->mapToPosition(heatmapValues_.bottomRight(), any);
    // values: top() is the smaller y, which maps to the lower edge on screen.
    const QRectF target = QRectF(topLeft, bottomRight).normalized();
    heatmap_->setPos(target.topLeft());
    QTransform t;
    t.scale(target.width() / heatmapImage_.width(), target.height() / heatmapImage_.height());
    heatmap_->setTransform(t);
}

}  // namespace normlab::app
