#pragma once
// Exact percentiles (numpy's default linear interpolation) by selection in
// O(n), on a reusable scratch buffer so probing every step allocates nothing.

#include <Eigen/Core>
#include <cstdint>
#include <span>
#include <vector>

namespace normlab::core {

// Packet-aligned, so Eigen's vectorised sums over the buffer add in the same
// order wherever it was allocated: a probe gives the same numbers from run
// to run and on any thread.
using AlignedFloats = std::vector<float, Eigen::aligned_allocator<float>>;

struct PercentileScratch {
    AlignedFloats values;
    std::vector<int> ranks;
    // Bucket selection for large inputs.
    std::vector<std::uint16_t> keys;
    std::vector<int> bucketStart;
    std::vector<int> cursor;
    std::vector<float> gathered;
};

// ps in [0, 100], any order; out.size() must equal ps.size(). NaNs are left
// out; with no values left every result is NaN.
void computePercentiles(std::span<const float> values, std::span<const double> ps,
                        std::span<double> out, PercentileScratch& scratch);
[[nodiscard]] std::vector<double> computePercentiles(std::span<const float> values,
                                                     std::span<const double> ps);

// Same, on a NaN-free buffer the caller lets us reorder (it may be scratch.values).
void percentilesInPlace(std::span<float> values, std::span<const double> ps, std::span<double> out,
                        PercentileScratch& scratch);

// numpy.percentile(sorted, p) on already sorted values.
[[nodiscard]] double percentileOfSorted(std::span<const float> sorted, double p);

// The percentiles every summary reports.
struct StandardPercentiles {
    double p1 = 0, p5 = 0, p15 = 0, p25 = 0, p50 = 0, p75 = 0, p85 = 0, p95 = 0, p99 = 0;
};

// On a reorderable NaN-free buffer.
[[nodiscard]] StandardPercentiles standardPercentilesInPlace(std::span<float> values,
                                                             PercentileScratch& scratch);
// Only p1, p15, p50, p85 and p99, what a per-step record keeps; the others
// are NaN. Ten ranks to place instead of eighteen.
[[nodiscard]] StandardPercentiles recordedPercentilesInPlace(std::span<float> values,
                                                             PercentileScratch& scratch);

}  // namespace normlab::core
