#include "core/probe/layer_stats.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "core/probe/moments.h"

namespace normlab::core {

namespace {
using ArrayMap = Eigen::Map<const Eigen::ArrayXf>;
}

double meanDerivative(std::span<const float> z, ProbeActivation activation) {
    if (z.empty()) return std::numeric_limits<double>::quiet_NaN();
    const ArrayMap a(z.data(), static_cast<Eigen::Index>(z.size()));
    const auto n = static_cast<double>(z.size());
    switch (activation) {
        case ProbeActivation::Sigmoid:
            // s(1-s) = (1 - tanh^2(z/2)) / 4: Eigen's vectorised tanh is cheaper than exp
            // plus a division, and saturates to 0 instead of overflowing.
            return 0.25 * static_cast<double>((1.0f - (0.5f * a).tanh().square()).sum()) / n;
        case ProbeActivation::Tanh:
            return static_cast<double>((1.0f - a.tanh().square()).sum()) / n;
        case ProbeActivation::Relu:
            return static_cast<double>((a > 0.0f).count()) / n;
        case ProbeActivation::Identity:
            return 1.0;
    }
    throw std::invalid_argument("meanDerivative: unknown activation");
}

LayerStats summarizeLayer(std::span<const float> z, ProbeActivation activation,
                          const LayerStatsOptions& options, ProbeScratch& scratch) {
    std::int64_t nonFinite = 0;
    const std::span<float> finite = finiteCopy(z, scratch.percentiles.values, nonFinite);
    const Moments m = moments(finite, nonFinite);
    LayerStats s;
    copyMoments(m, s);
    if (!finite.empty()) {
        const auto n = static_cast<double>(finite.size());
        const auto threshold = static_cast<float>(options.saturationThreshold);
        const auto half = static_cast<float>(kLinearRegionHalfWidth);
        std::int64_t saturated = 0;
        std::int64_t linear = 0;
        for (const float v : finite) {  // one pass; the compiler vectorises it
            const float magnitude = std::abs(v);
            saturated += magnitude > threshold;
            linear += magnitude <= half;
        }
        s.saturatedFraction = static_cast<double>(saturated) / n;
        s.linearRegionFraction = static_cast<double>(linear) / n;
        s.meanDerivative = meanDerivative(finite, activation);
        s.meanDerivativeRelative = s.meanDerivative / maxDerivative(activation);
    }
    // Selection reorders the buffer; the histogram does not care about order.
    // A histogram may size its bins from the quartiles, so it gets them all.
    s.percentiles = options.allPercentiles || options.histogram
                        ? standardPercentilesInPlace(finite, scratch.percentiles)
                        : recordedPercentilesInPlace(finite, scratch.percentiles);
    if (options.histogram) {
        s.histogram = makeHistogram(finite, options.histogramOptions, s.min, s.max, s.percentiles);
    }
    return s;
}

LayerStats summarizeLayer(const Matrix<float>& z, ProbeActivation activation,
                          const LayerStatsOptions& options, ProbeScratch& scratch) {
    return summarizeLayer(std::span<const float>(z.data(), static_cast<std::size_t>(z.size())),
                          activation, options, scratch);
}

LayerStats summarizeUnit(const Matrix<float>& z, int unit, ProbeActivation activation,
                         const LayerStatsOptions& options, ProbeScratch& scratch) {
    if (unit < 0 || unit >= z.cols()) {
        throw std::out_of_range("summarizeUnit: unit " + std::to_string(unit) + " is outside 0.." +
                                std::to_string(z.cols() - 1));
    }
    scratch.column.resize(static_cast<std::size_t>(z.rows()));
    Eigen::Map<Eigen::VectorXf>(scratch.column.data(), z.rows()) = z.col(unit);
    return summarizeLayer(scratch.column, activation, options, scratch);
}

}  // namespace normlab::core
