#include "app/chart_view.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>
#include <limits>

#include "app/atomic_file.h"
#include "app/charts/clipping_paint_device.h"

namespace normlab::app {

ChartView::ChartView(QWidget* parent) : QWidget(parent) {
    chart_ = new QChart();
    chart_->setAnimationOptions(QChart::NoAnimation);
    chart_->legend()->setAlignment(Qt::AlignBottom);
    chart_->setMargins(QMargins(4, 4, 4, 4));
    xAxis_ = new QValueAxis(chart_);
    yAxis_ = new QValueAxis(chart_);
    for (QValueAxis* axis : {xAxis_, yAxis_}) axis->setLabelFormat(QStringLiteral("%.4g"));
    chart_->addAxis(xAxis_, Qt::AlignBottom);
    chart_->addAxis(yAxis_, Qt::AlignLeft);
    view_ = new QChartView(chart_, this);  // takes ownership of the chart
    view_->setRenderHint(QPainter::Antialiasing);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
    setMinimumSize(240, 180);
    applyFonts();
}

ChartView::~ChartView() = default;

void ChartView::setTitle(const QString& title) {
    // Labs set titles every frame; an unchanged title must not re-lay out the chart.
    if (chart_->title() != title) chart_->setTitle(title);
}

QString ChartView::title() const { return chart_->title(); }

void ChartView::setAxisTitles(const QString& x, const QString& y) {
    xAxis_->setTitleText(x);
    yAxis_->setTitleText(y);
}

void ChartView::setXRange(double min, double max) {
    if (std::isfinite(min) && std::isfinite(max) && min < max) xAxis_->setRange(min, max);
}

void ChartView::setYRange(double min, double max) {
    if (std::isfinite(min) && std::isfinite(max) && min < max) yAxis_->setRange(min, max);
}

int ChartView::addLineSeries(const QString& name, const QColor& color, qreal width) {
    auto* series = new QLineSeries(chart_);
    series->setName(name);
    QPen pen(color);
    pen.setWidthF(width);
    series->setPen(pen);
    chart_->addSeries(series);
    series->attachAxis(xAxis_);
    series->attachAxis(yAxis_);
    series_.append(series);
    setSeriesName(static_cast<int>(series_.size()) - 1, name);
    return static_cast<int>(series_.size()) - 1;
}

int ChartView::addScatterSeries(const QString& name, const QColor& color, qreal markerSize) {
    auto* series = new QScatterSeries(chart_);
    series->setName(name);
    series->setColor(color);
    series->setBorderColor(color);
    series->setMarkerSize(markerSize);
    chart_->addSeries(series);
    series->attachAxis(xAxis_);
    series->attachAxis(yAxis_);
    series_.append(series);
    return static_cast<int>(series_.size()) - 1;
}

void ChartView::setSeriesName(int series, const QString& name) {
    if (series < 0 || series >= series_.size()) return;
    series_[series]->setName(name);
    // Unnamed series (a marker, a helper line) get no empty legend entry.
    for (QLegendMarker* marker : chart_->legend()->markers(series_[series]))
        marker->setVisible(!name.isEmpty());
}

int ChartView::seriesCount() const { return static_cast<int>(series_.size()); }

void ChartView::setPoints(int series, const QList<QPointF>& points) {
    if (series < 0 || series >= series_.size()) return;
    QList<QPointF> finite;
    finite.reserve(points.size());
    for (const QPointF& p : points)
        if (std::isfinite(p.x()) && std::isfinite(p.y())) finite.append(p);
    series_[series]->replace(thinned(finite, 2 * std::max(200, width())));
}

QList<QPointF> ChartView::thinned(const QList<QPointF>& points, qsizetype maxPoints) {
    // More points than pixels only costs paint time: keep each bucket's
    // lowest and highest point (in order), so spikes survive, and the last.
    if (points.size() <= maxPoints) return points;
    const qsizetype buckets = maxPoints / 2;
    QList<QPointF> out;
    out.reserve(maxPoints + 1);
    for (qsizetype b = 0; b < buckets; ++b) {
        const qsizetype begin = b * points.size() / buckets;
        const qsizetype end = (b + 1) * points.size() / buckets;
        qsizetype lo = begin, hi = begin;
        for (qsizetype i = begin; i < end; ++i) {
            if (points[i].y() < points[lo].y()) lo = i;
            if (points[i].y() > points[hi].y()) hi = i;
        }
        out.append(points[std::min(lo, hi)]);
        if (lo != hi) out.append(points[std::max(lo, hi)]);
    }
    if (out.last() != points.last()) out.append(points.last());
    return out;
}

QList<QPointF> ChartView::points(int series) const {
    if (series < 0 || series >= series_.size()) return {};
    return series_[series]->points();
}

void ChartView::fitAxes() {
    double xMin = std::numeric_limits<double>::max(), xMax = -xMin;
    double yMin = xMin, yMax = -xMin;
    for (const QXYSeries* s : series_) {
        for (const QPointF& p : s->points()) {
            xMin = std::min(xMin, p.x());
            xMax = std::max(xMax, p.x());
            yMin = std::min(yMin, p.y());
            yMax = std::max(yMax, p.y());
        }
    }
    if (xMin > xMax) return;  // nothing to fit
    const auto pad = [](double& lo, double& hi) {
        const double span = hi - lo;
        const double margin = span > 0 ? 0.05 * span : std::max(1e-9, std::abs(lo) * 0.05 + 1e-9);
        lo -= margin;
        hi += margin;
    };
    pad(xMin, xMax);
    pad(yMin, yMax);
    // Changing a range re-lays out the axes, the costliest part of a frame:
    // only move when the data leaves the range or fills less than 40% of it,
    // and then leave a quarter of headroom so the next frames fit too.
    const auto settle = [](QValueAxis* axis, double lo, double hi) {
        const double span = hi - lo;
        const bool outside = lo < axis->min() || hi > axis->max();
        const bool tooLoose = span < 0.4 * (axis->max() - axis->min());
        if (!outside && !tooLoose) return;
        axis->setRange(lo - 0.25 * span * (lo < axis->min() ? 1 : 0),
                       hi + 0.25 * span * (hi > axis->max() ? 1 : 0));
        axis->applyNiceNumbers();  // round ticks a reader can say aloud
    };
    settle(xAxis_, xMin, xMax);
    settle(yAxis_, yMin, yMax);
}

QPointF ChartView::mapToWidget(const QPointF& value, int series) const {
    QAbstractSeries* s = series >= 0 && series < series_.size() ? series_[series] : nullptr;
    const QPointF scenePos = chart_->mapToPosition(value, s);
    return view_->mapTo(this, view_->mapFromScene(scenePos));
}

void ChartView::renderTo(QPainter& painter, const QRectF& target) const {
    painter.setRenderHint(QPainter::Antialiasing);
    view_->render(&painter, target, view_->viewport()->rect());
}

QImage ChartView::renderImage(qreal scale) const {
    const QSize logical = view_->viewport()->size();
    QImage image(logical * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderTo(painter, QRectF(QPointF(0, 0), QSizeF(logical)));
    painter.end();
    return image;
}

bool ChartView::exportPng(const QString& path, qreal scale, QString* error) const {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!renderImage(scale).save(&buffer, "PNG")) {
        if (error) *error = tr("Could not encode the chart \"%1\" as PNG.").arg(title());
        return false;
    }
    return writeFileAtomically(path, bytes, error);
}

bool ChartView::exportSvg(const QString& path, QString* error) const {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QSize logical = view_->viewport()->size();
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(logical);
    generator.setViewBox(QRect(QPoint(0, 0), logical));
    generator.setTitle(title());
    generator.setDescription(tr("Exported from NormLab"));
    // The SVG engine ignores clipping: the device clips to the plot area itself.
    ClippingPaintDevice clipped(&generator);
    QPainter painter(&clipped);
    renderTo(painter, QRectF(QPointF(0, 0), QSizeF(logical)));
    painter.end();
    return writeFileAtomically(path, bytes, error);
}

void ChartView::setSeriesColor(int series, const QColor& color) {
    if (series < 0 || series >= series_.size()) return;
    QXYSeries* s = series_[series];
    if (auto* scatter = qobject_cast<QScatterSeries*>(s)) {
        scatter->setColor(color);
        scatter->setBorderColor(color);
        return;
    }
    QPen pen = s->pen();
    pen.setColor(color);
    s->setPen(pen);
}

void ChartView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange) applyFonts();
    QWidget::changeEvent(event);
}

void ChartView::applyFonts() {
    // Charts do not follow the widget font by themselves; presentation mode
    // scales the application font and the charts must grow with it.
    QFont base = font();
    QFont titleFont = base;
    titleFont.setBold(true);
    titleFont.setPointSizeF(base.pointSizeF() * 1.15);
    chart_->setTitleFont(titleFont);
    chart_->legend()->setFont(base);
    for (QValueAxis* axis : {xAxis_, yAxis_}) {
        axis->setLabelsFont(base);
        axis->setTitleFont(base);
    }
}

}  // namespace normlab::app
