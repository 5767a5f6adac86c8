#pragma once
// File > Export metrics for the feature-scaling lab: every point of every
// run's path with the numbers of its surface, one row per step.

#include <QString>

#include "core/lab/scaling_comparison.h"

namespace normlab::app {

[[nodiscard]] QString scalingMetricsCsv(const core::ScalingComparisonSnapshot& snapshot);

}  // namespace normlab::app
