#pragma once
// Distribution of a batch-norm layer's gamma or beta vector.

#include <cstdint>
#include <span>

#include "core/probe/histogram.h"
#include "core/probe/layer_stats.h"

namespace normlab::core {

struct AffineSummary {
    std::int64_t count = 0;
    std::int64_t nonFinite = 0;
    double mean = 0, std = 0, min = 0, max = 0;
    StandardPercentiles percentiles;
    Histogram histogram;
};

[[nodiscard]] AffineSummary summarizeAffine(std::span<const float> values,
                                            const HistogramOptions& histogram,
                                            ProbeScratch& scratch);
[[nodiscard]] AffineSummary summarizeAffine(std::span<const float> values,
                                            const HistogramOptions& histogram = {});

}  // namespace normlab::core
