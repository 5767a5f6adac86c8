#pragma once
// What the views show about a layer's pre-activations: moments, the paper's
// percentiles, saturation, the nonlinearity's mean slope, and a histogram.
// Cheap enough to run every training step.

#include <cstdint>
#include <span>
#include <vector>

#include "core/probe/histogram.h"
#include "core/probe/percentiles.h"
#include "core/probe/probe_activation.h"
#include "core/tensor.h"

namespace normlab::core {

inline constexpr double kLinearRegionHalfWidth = 1.96;

struct LayerStatsOptions {
    double saturationThreshold = sigmoidSaturationThreshold(0.01);  // |z| > this is saturated
    bool histogram = true;
    // false (and no histogram): only the percentiles a per-step record keeps
    // (p1, p15, p50, p85, p99; the others NaN), ten ranks to select instead of 18.
    bool allPercentiles = true;
    HistogramOptions histogramOptions;
};

struct LayerStats {
    std::int64_t count = 0;      // finite values summarised
    std::int64_t nonFinite = 0;  // NaN or infinite values left out of everything else
    double mean = 0, std = 0, min = 0, max = 0;  // std: population (divides by n)
    StandardPercentiles percentiles;             // p1, p5, p15, p25, p50, p75, p85, p95, p99
    double saturatedFraction = 0;                // |z| > threshold
    double linearRegionFraction = 0;             // |z| <= 1.96
    double meanDerivative = 0;                   // mean of f'(z)
    double meanDerivativeRelative = 0;           // meanDerivative / max f'
    Histogram histogram;                         // empty when not requested
};

// Reusable buffers; one per probing thread.
struct ProbeScratch {
    std::vector<float> column;
    PercentileScratch percentiles;  // its values buffer holds the finite inputs
};

[[nodiscard]] LayerStats summarizeLayer(std::span<const float> z, ProbeActivation activation,
                                        const LayerStatsOptions& options, ProbeScratch& scratch);
[[nodiscard]] LayerStats summarizeLayer(const Matrix<float>& z, ProbeActivation activation,
                                        const LayerStatsOptions& options, ProbeScratch& scratch);
// One unit: column `unit` of a batch x units matrix.
[[nodiscard]] LayerStats summarizeUnit(const Matrix<float>& z, int unit, ProbeActivation activation,
                                       const LayerStatsOptions& options, ProbeScratch& scratch);

// Mean of f'(z) over the values (all finite).
[[nodiscard]] double meanDerivative(std::span<const float> z, ProbeActivation activation);

}  // namespace normlab::core
