#include "app/labs/batch_norm/histogram_outline.h"

#include <algorithm>
#include <cstdint>

namespace normlab::app {

QList<QPointF> histogramOutline(const core::Histogram& h, HistogramHeight height) {
    QList<QPointF> steps;
    if (h.bins() <= 0) return steps;
    std::int64_t peak = 1;
    for (std::int64_t n : h.counts) peak = std::max(peak, n);
    const double total = std::max<double>(1.0, static_cast<double>(h.total()));
    steps.reserve(2 * h.bins() + 2);
    steps.append(QPointF(h.edges.front(), 0));
    for (std::size_t b = 0; b < static_cast<std::size_t>(h.bins()); ++b) {
        const double count = static_cast<double>(h.counts[b]);
        const double y = height == HistogramHeight::PeakIsOne
                             ? count / static_cast<double>(peak)
                             : count / total / (h.edges[b + 1] - h.edges[b]);
        steps.append(QPointF(h.edges[b], y));
        steps.append(QPointF(h.edges[b + 1], y));
    }
    steps.append(QPointF(h.edges.back(), 0));
    return steps;
}

}  // namespace normlab::app
