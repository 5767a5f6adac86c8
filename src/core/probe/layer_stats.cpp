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

}  // namespace

double meanDerivative(std::span<const float> z, ProbeActivation activation) {
    if (z.empty()) return std::numeric_limits<double>::quiet_NaN();
    const ArrayMap a(z.data(), static_cast<Eigen::Index>(z.size()));
    const auto n = static_cast<double>(z.size());
    switch (activation) {
        case ProbeActivation::Sigmoid: {
            // s(1-s) = e^-|z| / (1 + e^-|z|)^2, which never overflows.
            const auto e = (-a.abs()).exp();
            return static_cast<double>((e / (1.0f + e).square()).sum()) / n;
        }
        case ProbeActivation::Tanh:
            return static_cast<double>((1.0f - a.tanh().square()).sum()) / n;
        case ProbeActivation::Relu:
            return static_cast<double>((a > 0.0f).cast<float>().sum()) / n;
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
        const ArrayMap a(finite.data(), static_cast<Eigen::Index>(finite.size()));
        const auto abs = a.abs();
        const auto n = static_cast<double>(finite.size());
        // cast<float>().sum() vectorises where count() does not.
        const auto threshold = static_cast<float>(options.saturationThreshold);
        const auto half = static_cast<float>(kLinearRegionHalfWidth);
        s.saturatedFraction = static_cast<double>((abs > threshold).cast<float>().sum()) / n;
        s.linearRegionFraction = static_cast<double>((abs <= half).cast<float>().sum()) / n;
        s.meanDerivative = meanDerivative(finite, activation);
        s.meanDerivativeRelative = s.meanDerivative / maxDerivative(activation);
    }
    // Selection reorders the buffer; the histogram does not care about order.
    const StandardPercentiles p = standardPercentilesInPlace(finite, scratch.percentiles);
    s.p1 = p.p1;
    s.p5 = p.p5;
    s.p15 = p.p15;
    s.p50 = p.p50;
    s.p85 = p.p85;
    s.p95 = p.p95;
    s.p99 = p.p99;
    if (options.histogram) {
        s.histogram = makeHistogram(finite, options.histogramOptions, s.min, s.max, p);
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
