#include "app/charts/spread_series.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "app/charts/labelled_axis_chart.h"

namespace normlab::app {

Spread spreadOf(const QList<double>& values) {
    Spread s{std::nan(""), std::nan(""), std::nan("")};
    double sum = 0;
    int n = 0;
    for (double v : values) {
        if (!std::isfinite(v)) continue;
        s.min = n == 0 ? v : std::min(s.min, v);
        s.max = n == 0 ? v : std::max(s.max, v);
        sum += v;
        ++n;
    }
    if (n > 0) s.mean = sum / n;
    return s;
}

SpreadSeries SpreadSeries::addBand(LabelledAxisChart* chart, const QColor& color) {
    SpreadSeries s;
    s.band = chart->addBand(QString(), color);
    return s;
}

void SpreadSeries::addLines(LabelledAxisChart* chart, const QColor& color, bool withErrorBars) {
    line = chart->addLineSeries(QString(), color, 2.5);
    markers = chart->addScatterSeries(QString(), color, 9.0);
    chart->setSeriesName(markers, QString());
    if (withErrorBars) {
        errorBars = chart->addLineSeries(QString(), color, 1.5);
        chart->setSeriesName(errorBars, QString());
    }
}

QPair<double, double> SpreadSeries::set(LabelledAxisChart* chart,
                                        const QList<QPair<double, Spread>>& points,
                                        const QString& name) const {
    QList<QPointF> mean, low, high, bars;
    double lo = std::numeric_limits<double>::max(), hi = -lo;
    for (const auto& [x, s] : points) {
        if (!std::isfinite(s.mean)) continue;
        mean << QPointF(x, s.mean);
        low << QPointF(x, s.min);
        high << QPointF(x, s.max);
        // Up and down at each x, joined along the lower ends (the band's edge).
        bars << QPointF(x, s.min) << QPointF(x, s.max) << QPointF(x, s.min);
        lo = std::min(lo, s.min);
        hi = std::max(hi, s.max);
    }
    chart->setBand(band, low, high);
    chart->setPoints(line, mean);
    chart->setPoints(markers, mean);
    if (errorBars >= 0) chart->setPoints(errorBars, bars);
    chart->setSeriesName(line, mean.isEmpty() ? QString() : name);
    return {lo, hi};
}

}  // namespace normlab::app
