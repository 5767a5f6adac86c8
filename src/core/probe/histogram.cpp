#include "core/probe/histogram.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

#include "core/probe/percentiles.h"

namespace normlab::core {

Histogram Histogram::uniform(int bins, double lo, double hi) {
    if (bins < 1 || bins > 100'000) {
        throw std::invalid_argument("histogram: " + std::to_string(bins) +
                                    " bins, expected 1..100000");
    }
    if (!std::isfinite(lo) || !std::isfinite(hi) || hi < lo) {
        throw std::invalid_argument("histogram: range [" + std::to_string(lo) + ", " +
                                    std::to_string(hi) + "] is not a finite increasing range");
    }
    if (hi == lo) {
        lo -= 0.5;
        hi += 0.5;
    }
    Histogram h;
    h.edges.resize(static_cast<std::size_t>(bins) + 1);
    for (int i = 0; i <= bins; ++i)
        h.edges[static_cast<std::size_t>(i)] = lo + (hi - lo) * i / bins;
    h.edges.back() = hi;
    h.counts.assign(static_cast<std::size_t>(bins), 0);
    return h;
}

std::int64_t Histogram::inRange() const {
    return std::accumulate(counts.begin(), counts.end(), std::int64_t{0});
}

void Histogram::add(std::span<const float> values) {
    if (counts.empty()) throw std::logic_error("histogram: add() before the edges are set");
    const double lo = edges.front();
    const double hi = edges.back();
    const int bins = this->bins();
    const double perUnit = bins / (hi - lo);
    const double lastBin = bins - 1;
    // Slots past the bins: below, above, NaN.
    const int below = bins, above = bins + 1, nan = bins + 2;
    // A block's slots first, in a loop the compiler vectorises; then the
    // tally, spread over four sets of counters so that runs of one bin do
    // not wait on each other's increments.
    constexpr std::size_t kBlock = 512;
    constexpr int kLanes = 4;
    std::array<int, kBlock> slot{};
    thread_local std::vector<std::int64_t> tally;  // grows once per thread
    const auto stride = static_cast<std::size_t>(bins) + 3;
    tally.assign(kLanes * stride, 0);
    for (std::size_t start = 0; start < values.size(); start += kBlock) {
        const std::size_t n = std::min(kBlock, values.size() - start);
        const float* v = values.data() + start;
        for (std::size_t i = 0; i < n; ++i) {
            const double x = v[i];
            double t = (x - lo) * perUnit;  // truncation then min(bins - 1): the bin
            t = t > 0 ? t : 0;
            t = t < lastBin ? t : lastBin;
            const int bin = static_cast<int>(t);
            slot[i] = x >= lo ? (x <= hi ? bin : above) : (x < lo ? below : nan);
        }
        std::size_t i = 0;
        for (; i + kLanes <= n; i += kLanes)
            for (int lane = 0; lane < kLanes; ++lane)
                ++tally[lane * stride + static_cast<std::size_t>(slot[i + lane])];
        for (; i < n; ++i) ++tally[static_cast<std::size_t>(slot[i])];
    }
    auto total = [&](int s) {
        std::int64_t sum = 0;
        for (int lane = 0; lane < kLanes; ++lane) sum += tally[lane * stride + s];
        return sum;
    };
    for (int b = 0; b < bins; ++b) counts[static_cast<std::size_t>(b)] += total(b);
    underflow += total(below);
    overflow += total(above);
    invalid += total(nan);
}

void Histogram::merge(const Histogram& other) {
    if (!sameEdges(other)) {
        throw std::invalid_argument("histogram merge: the bin edges differ (" +
                                    std::to_string(bins()) + " vs " + std::to_string(other.bins()) +
                                    " bins)");
    }
    for (std::size_t i = 0; i < counts.size(); ++i) counts[i] += other.counts[i];
    underflow += other.underflow;
    overflow += other.overflow;
    invalid += other.invalid;
}

int freedmanDiaconisBins(std::int64_t n, double iqr, double range) {
    if (n <= 0 || !(iqr > 0.0) || !(range > 0.0)) return kMinAutoBins;
    const double width = 2.0 * iqr / std::cbrt(static_cast<double>(n));
    const double bins = std::ceil(range / width);
    return static_cast<int>(std::clamp(bins, double{kMinAutoBins}, double{kMaxAutoBins}));
}

Histogram makeHistogram(std::span<const float> values, const HistogramOptions& options, double min,
                        double max, const StandardPercentiles& percentiles) {
    double lo = options.lo;
    double hi = options.hi;
    if (options.range == HistogramRange::MinMax) {
        lo = min;
        hi = max;
    } else if (options.range == HistogramRange::Robust) {
        lo = percentiles.p1;
        hi = percentiles.p99;
    }
    if (!std::isfinite(lo) || !std::isfinite(hi)) lo = hi = 0.0;  // no finite values
    const std::int64_t n = static_cast<std::int64_t>(values.size());
    const int bins = options.bins > 0
                         ? options.bins
                         : freedmanDiaconisBins(n, percentiles.p75 - percentiles.p25, hi - lo);
    Histogram h = Histogram::uniform(bins, lo, hi);
    h.add(values);
    return h;
}

Histogram makeHistogram(std::span<const float> values, const HistogramOptions& options) {
    std::vector<float> finite;
    finite.reserve(values.size());
    std::copy_if(values.begin(), values.end(), std::back_inserter(finite),
                 [](float v) { return std::isfinite(v); });
    double min = std::numeric_limits<double>::quiet_NaN();
    double max = min;
    if (!finite.empty()) {
        const auto [mn, mx] = std::minmax_element(finite.begin(), finite.end());
        min = *mn;
        max = *mx;
    }
    PercentileScratch scratch;
    const StandardPercentiles p = standardPercentilesInPlace(finite, scratch);
    return makeHistogram(values, options, min, max, p);
}

}  // namespace normlab::core
