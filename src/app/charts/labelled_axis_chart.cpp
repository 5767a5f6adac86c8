#include "app/charts/labelled_axis_chart.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <cmath>

namespace normlab::app {

namespace {

QValueAxis* valueAxis(QChart* chart, Qt::Orientation orientation) {
    for (QAbstractAxis* axis : chart->axes(orientation))
        if (axis->type() == QAbstractAxis::AxisTypeValue) return static_cast<QValueAxis*>(axis);
    return nullptr;
}

}  // namespace

AxisTicks log2Ticks(const QList<int>& values) {
    AxisTicks ticks;
    for (int v : values)
        if (v > 0) ticks.append({std::log2(static_cast<double>(v)), QString::number(v)});
    return ticks;
}

AxisTicks log10Ticks(int lo, int hi) {
    AxisTicks ticks;
    for (int e = lo; e <= hi; ++e)
        ticks.append({static_cast<double>(e), QString::number(std::pow(10.0, e), 'g', 6)});
    return ticks;
}

LabelledAxisChart::LabelledAxisChart(QWidget* parent) : ChartView(parent) {}

void LabelledAxisChart::setXTicks(const AxisTicks& ticks) { setTicks(Qt::Horizontal, ticks); }

void LabelledAxisChart::setYTicks(const AxisTicks& ticks) { setTicks(Qt::Vertical, ticks); }

void LabelledAxisChart::setTicks(Qt::Orientation orientation, const AxisTicks& ticks) {
    QValueAxis* values = valueAxis(chart(), orientation);
    QCategoryAxis*& labels = orientation == Qt::Horizontal ? xTicks_ : yTicks_;
    if (!values) return;
    if (ticks.isEmpty()) {
        if (labels) labels->setVisible(false);
        values->setVisible(true);
        setAxisTitles(xTitle_, yTitle_);
        return;
    }
    if (!labels) {
        // Not attached to any series: it only draws labels and grid lines,
        // kept on the range of the value axis the series map through.
        labels = new QCategoryAxis(chart());
        labels->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        chart()->addAxis(labels, orientation == Qt::Horizontal ? Qt::AlignBottom : Qt::AlignLeft);
        labels->setRange(values->min(), values->max());
        connect(values, &QValueAxis::rangeChanged, labels,
                [labels](qreal min, qreal max) { labels->setRange(min, max); });
    }
    for (const QString& old : labels->categoriesLabels()) labels->remove(old);
    labels->setStartValue(ticks.first().first);
    for (const auto& [position, text] : ticks) labels->append(text, position);
    labels->setVisible(true);
    values->setVisible(false);
    applyTickFonts();
    setAxisTitles(xTitle_, yTitle_);
}

void LabelledAxisChart::applyNiceNumbers(Qt::Orientation orientation) {
    if (QValueAxis* axis = valueAxis(chart(), orientation)) axis->applyNiceNumbers();
}

void LabelledAxisChart::setLegendAlignment(Qt::Alignment alignment) {
    chart()->legend()->setAlignment(alignment);
}

void LabelledAxisChart::setAxisTitles(const QString& x, const QString& y) {
    xTitle_ = x;
    yTitle_ = y;
    const bool xLabelled = xTicks_ && xTicks_->isVisible();
    const bool yLabelled = yTicks_ && yTicks_->isVisible();
    ChartView::setAxisTitles(xLabelled ? QString() : x, yLabelled ? QString() : y);
    if (xTicks_) xTicks_->setTitleText(xLabelled ? x : QString());
    if (yTicks_) yTicks_->setTitleText(yLabelled ? y : QString());
}

int LabelledAxisChart::addBand(const QString& name, const QColor& color) {
    Band band;
    band.lower = new QLineSeries(chart());
    band.upper = new QLineSeries(chart());
    band.area = new QAreaSeries(band.upper, band.lower);
    band.area->setName(name);
    QColor fill = color;
    fill.setAlpha(55);
    band.area->setBrush(fill);
    band.area->setPen(Qt::NoPen);
    chart()->addSeries(band.area);
    for (Qt::Orientation o : {Qt::Horizontal, Qt::Vertical})
        if (QValueAxis* axis = valueAxis(chart(), o)) band.area->attachAxis(axis);
    for (QLegendMarker* marker : chart()->legend()->markers(band.area))
        marker->setVisible(!name.isEmpty());
    bands_.append(band);
    return static_cast<int>(bands_.size()) - 1;
}

void LabelledAxisChart::setBand(int band, const QList<QPointF>& lower,
                                const QList<QPointF>& upper) {
    if (band < 0 || band >= bands_.size()) return;
    bands_[band].lower->replace(lower);
    bands_[band].upper->replace(upper);
}

void LabelledAxisChart::changeEvent(QEvent* event) {
    ChartView::changeEvent(event);
    if (event->type() == QEvent::FontChange) applyTickFonts();
}

void LabelledAxisChart::applyTickFonts() {
    for (QCategoryAxis* axis : {xTicks_, yTicks_}) {
        if (!axis) continue;
        axis->setLabelsFont(font());
        axis->setTitleFont(font());
    }
}

}  // namespace normlab::app
