#pragma once
// A histogram drawn as a line chart: its outline, a step line rising from 0
// at the first edge over every bin and back to 0 at the last edge.

#include <QList>
#include <QPointF>

#include "core/probe/histogram.h"

namespace normlab::app {

enum class HistogramHeight {
    PeakIsOne,  // the fullest bin at 1, to lay under a curve on [0, 1]
    Density,    // the fraction of all values per unit of x, to compare histograms
};

// Empty for a histogram without bins.
[[nodiscard]] QList<QPointF> histogramOutline(const core::Histogram& histogram,
                                              HistogramHeight height);

}  // namespace normlab::app
