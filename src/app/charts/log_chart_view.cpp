#include "app/charts/log_chart_view.h"

#include <QChart>
#include <QValueAxis>
#include <algorithm>
#include <limits>

namespace normlab::app {

LogChartView::LogChartView(QWidget* parent) : NiceChartView(parent) {
    autoVerticalTicks_ = false;
    for (QAbstractAxis* axis : chart()->axes(Qt::Vertical))
        if (auto* value = qobject_cast<QValueAxis*>(axis))
            value->setLabelFormat(QStringLiteral("1e%.0f"));
    setYRange(decadeMin_, decadeMax_);
}

void LogChartView::setLogPoints(int series, const QList<QPointF>& points) {
    QList<QPointF> logs;
    logs.reserve(points.size());
    for (const QPointF& p : points)
        if (p.y() > 0.0) logs.append(QPointF(p.x(), std::log10(p.y())));
    setPoints(series, logs);
}

void LogChartView::fitLogY() {
    double lo = std::numeric_limits<double>::max();
    double hi = -lo;
    for (int s = 0; s < seriesCount(); ++s) {
        for (const QPointF& p : points(s)) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    }
    if (lo > hi) return;
    int top = static_cast<int>(std::ceil(hi + 1e-9));
    int bottom = std::max(static_cast<int>(std::floor(lo)), top - 12);
    if (bottom == top) --bottom;
    // Ticks on whole decades only: at most six intervals of a whole number of decades.
    const int step = (top - bottom + 5) / 6;
    bottom = top - step * ((top - bottom + step - 1) / step);
    if (bottom == decadeMin_ && top == decadeMax_) return;
    decadeMin_ = bottom;
    decadeMax_ = top;
    setYRange(bottom, top);
    for (QAbstractAxis* axis : chart()->axes(Qt::Vertical))
        if (auto* value = qobject_cast<QValueAxis*>(axis)) {
            value->setTickType(QValueAxis::TicksFixed);
            value->setTickCount((top - bottom) / step + 1);
        }
}

}  // namespace normlab::app
