#pragma once
// Histograms over real bin edges, as the views draw them.

#include <cstdint>
#include <span>
#include <vector>

namespace normlab::core {

struct PercentileScratch;
struct StandardPercentiles;

struct Histogram {
    std::vector<double> edges;         // bins + 1, increasing
    std::vector<std::int64_t> counts;  // bins; the last bin includes its upper edge
    std::int64_t underflow = 0;        // below edges.front()
    std::int64_t overflow = 0;         // above edges.back()
    std::int64_t invalid = 0;          // NaN

    // Evenly spaced edges over [lo, hi]; a zero-width range is widened by 0.5 each side.
    [[nodiscard]] static Histogram uniform(int bins, double lo, double hi);

    [[nodiscard]] int bins() const { return static_cast<int>(counts.size()); }
    [[nodiscard]] std::int64_t inRange() const;
    [[nodiscard]] std::int64_t total() const { return inRange() + underflow + overflow + invalid; }
    [[nodiscard]] bool sameEdges(const Histogram& other) const { return edges == other.edges; }

    // Counts more values into these (evenly spaced) bins.
    void add(std::span<const float> values);
    // Adds another histogram's counts; throws std::invalid_argument unless the edges are equal.
    void merge(const Histogram& other);
};

enum class HistogramRange {
    MinMax,  // from the smallest to the largest finite value
    Robust,  // from the 1st to the 99th percentile; the tails go to under/overflow
    Fixed,   // [lo, hi] as given
};

struct HistogramOptions {
    int bins = 0;  // 0: Freedman-Diaconis, clamped to [10, 100]
    HistogramRange range = HistogramRange::MinMax;
    double lo = 0.0;  // Fixed only
    double hi = 1.0;
};

inline constexpr int kMinAutoBins = 10;
inline constexpr int kMaxAutoBins = 100;

// Bin width 2 * IQR / n^(1/3) over the range, clamped to [10, 100].
[[nodiscard]] int freedmanDiaconisBins(std::int64_t n, double iqr, double range);

[[nodiscard]] Histogram makeHistogram(std::span<const float> values,
                                      const HistogramOptions& options = {});

// For callers that already hold the finite values' min, max and percentiles.
[[nodiscard]] Histogram makeHistogram(std::span<const float> values,
                                      const HistogramOptions& options, double min, double max,
                                      const StandardPercentiles& percentiles);

}  // namespace normlab::core
