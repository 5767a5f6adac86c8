#include "app/charts/nice_chart_view.h"

#include <QChart>
#include <QFontMetrics>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace normlab::app {

NiceChartView::NiceChartView(QWidget* parent) : ChartView(parent) {
    // Qt 6.4 lays out dynamic ticks on a vertical axis wrongly (crowded,
    // elided labels): only the horizontal axis gets round-number ticks, the
    // vertical one evenly spaced ticks with short labels.
    for (QAbstractAxis* axis : chart()->axes(Qt::Horizontal)) {
        if (auto* value = qobject_cast<QValueAxis*>(axis)) {
            value->setTickType(QValueAxis::TicksDynamic);
            value->setTickAnchor(0.0);
            value->setLabelFormat(QStringLiteral("%g"));
        }
    }
    for (QAbstractAxis* axis : chart()->axes(Qt::Vertical))
        if (auto* value = qobject_cast<QValueAxis*>(axis))
            value->setLabelFormat(QStringLiteral("%.3g"));
}

double NiceChartView::niceInterval(double span, int maxTicks) {
    if (!(span > 0.0) || !std::isfinite(span)) return 1.0;
    const double raw = span / std::max(1, maxTicks);
    const double decade = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (m * decade >= raw) return m * decade;
    return 10.0 * decade;
}

double NiceChartView::labelledInterval(double min, double max, int maxTicks) {
    // A narrow axis may have room for two labels only; rounding the spacing
    // up can then leave a single tick, and a single number says nothing
    // about the scale. Step down through 5, 2, 1 until two ticks fall inside.
    double interval = niceInterval(max - min, maxTicks);
    const auto inside = [&](double step) {
        return std::floor(max / step) - std::ceil(min / step) + 1.0;
    };
    for (int i = 0; i < 3 && interval > 0.0 && inside(interval) < 2.0; ++i) {
        const double decade = std::pow(10.0, std::floor(std::log10(interval) + 1e-9));
        const double m = interval / decade;
        interval = m > 4.0 ? 2.0 * decade : (m > 1.5 ? decade : 0.5 * decade);
    }
    return interval;
}

void NiceChartView::setNiceRange(Qt::Orientation orientation, double min, double max) {
    // A range far wider than the last one, drawn for a moment with the old
    // spacing, would ask Qt Charts for thousands of tick items and stall for
    // seconds. A wider spacing therefore goes in first, a narrower one after.
    if (orientation == Qt::Horizontal && autoHorizontalTicks_) {
        const double interval = labelledInterval(min, max, maxTicks(Qt::Horizontal));
        for (QAbstractAxis* axis : chart()->axes(Qt::Horizontal)) {
            auto* value = qobject_cast<QValueAxis*>(axis);
            if (value && value->tickType() == QValueAxis::TicksDynamic &&
                interval > value->tickInterval())
                value->setTickInterval(interval);
        }
    }
    if (orientation == Qt::Horizontal)
        setXRange(min, max);
    else
        setYRange(min, max);
    updateTicks();
}

void NiceChartView::setFixedTicks(Qt::Orientation orientation, double min, double max,
                                  int intervals) {
    (orientation == Qt::Horizontal ? autoHorizontalTicks_ : autoVerticalTicks_) = false;
    for (QAbstractAxis* axis : chart()->axes(orientation)) {
        if (auto* value = qobject_cast<QValueAxis*>(axis)) {
            value->setTickType(QValueAxis::TicksFixed);
            value->setTickCount(std::max(2, intervals + 1));
            value->setLabelFormat(QStringLiteral("%g"));
        }
    }
    if (orientation == Qt::Horizontal)
        setXRange(min, max);
    else
        setYRange(min, max);
}

void NiceChartView::resizeEvent(QResizeEvent* event) {
    ChartView::resizeEvent(event);
    updateTicks();
}

int NiceChartView::maxTicks(Qt::Orientation orientation) const {
    // Room for a label of about seven characters per tick across, two lines per tick up.
    const QFontMetrics metrics(font());
    const bool across = orientation == Qt::Horizontal;
    const int room =
        across ? width() - 6 * metrics.averageCharWidth() : height() - 6 * metrics.height();
    const int spacing = across ? 8 * metrics.averageCharWidth() : 2 * metrics.height();
    return std::clamp(room / std::max(1, spacing), 2, 10);
}

void NiceChartView::updateTicks() {
    for (QAbstractAxis* axis : chart()->axes()) {
        auto* value = qobject_cast<QValueAxis*>(axis);
        if (!value || !value->isVisible()) continue;
        if (!(value->orientation() == Qt::Vertical ? autoVerticalTicks_ : autoHorizontalTicks_))
            continue;
        const int most = maxTicks(value->orientation());
        if (value->orientation() == Qt::Horizontal)
            value->setTickInterval(labelledInterval(value->min(), value->max(), most));
        else if (value->tickCount() != std::min(most, 6) + 1)
            value->setTickCount(std::min(most, 6) + 1);
    }
}

}  // namespace normlab::app
