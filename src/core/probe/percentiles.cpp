#include "core/probe/percentiles.h"

#include <Eigen/Core>
#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace normlab::core {

namespace {

struct Position {
    int lo;
    int hi;
    double frac;
};

Position positionOf(std::size_t n, double p) {
    if (!(p >= 0.0 && p <= 100.0)) {
        throw std::invalid_argument("percentile " + std::to_string(p) + " is outside [0, 100]");
    }
    const double h = static_cast<double>(n - 1) * p / 100.0;
    const int lo = static_cast<int>(std::floor(h));
    const int hi = std::min(lo + 1, static_cast<int>(n) - 1);
    return {lo, hi, h - lo};
}

// Places every requested rank (sorted, unique) at its sorted position: the
// middle rank first, then each side, so the work is O(n log k) for k ranks.
void selectRanks(float* first, float* last, int offset, const int* rankBegin, const int* rankEnd) {
    if (rankBegin == rankEnd) return;
    const int* mid = rankBegin + (rankEnd - rankBegin) / 2;
    float* kth = first + (*mid - offset);
    std::nth_element(first, kth, last);
    selectRanks(first, kth, offset, rankBegin, mid);
    selectRanks(kth + 1, last, *mid + 1, mid + 1, rankEnd);
}

// For large inputs: bucket the values by a monotone map of their value
// (counting pass), then select only inside the few buckets that hold a
// requested rank. Returns the buffer in which every requested rank sits at
// its sorted position, or nullptr when the plain selection should be used.
const float* selectRanksBucketed(std::span<const float> values, PercentileScratch& scratch) {
    constexpr int kBuckets = 1024;
    constexpr std::size_t kMinSize = 512;
    const std::size_t n = values.size();
    if (n < kMinSize || n > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        return nullptr;
    }
    const Eigen::Map<const Eigen::ArrayXf> a(values.data(), static_cast<Eigen::Index>(n));
    const float lo = a.minCoeff();  // vectorised, unlike std::minmax_element
    const float scale = kBuckets / (a.maxCoeff() - lo);
    if (!std::isfinite(scale) || !std::isfinite(lo)) return nullptr;  // constant or infinite

    scratch.keys.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        // (v - lo) * scale is monotone in v, so bucket order is value order.
        scratch.keys[i] = static_cast<std::uint16_t>(
            std::min(static_cast<int>((values[i] - lo) * scale), kBuckets - 1));
    }
    std::vector<int>& start = scratch.bucketStart;
    start.assign(kBuckets + 1, 0);
    for (const std::uint16_t k : scratch.keys) ++start[k + 1];
    for (int b = 0; b < kBuckets; ++b) start[b + 1] += start[b];

    // cursor[b] >= 0 marks a bucket holding a requested rank.
    std::vector<int>& cursor = scratch.cursor;
    cursor.assign(kBuckets, -1);
    for (const int r : scratch.ranks) {
        const auto b = std::upper_bound(start.begin(), start.end(), r) - start.begin() - 1;
        cursor[static_cast<std::size_t>(b)] = start[static_cast<std::size_t>(b)];
    }
    scratch.gathered.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        int& c = cursor[scratch.keys[i]];
        if (c >= 0) scratch.gathered[static_cast<std::size_t>(c++)] = values[i];
    }
    float* g = scratch.gathered.data();
    auto rank = scratch.ranks.begin();
    while (rank != scratch.ranks.end()) {
        const auto b = std::upper_bound(start.begin(), start.end(), *rank) - start.begin() - 1;
        const int end = start[static_cast<std::size_t>(b) + 1];
        const auto last = std::lower_bound(rank, scratch.ranks.end(), end);
        const int first = start[static_cast<std::size_t>(b)];
        selectRanks(g + first, g + end, first, &*rank, &*rank + (last - rank));
        rank = last;
    }
    return g;
}

}  // namespace

void percentilesInPlace(std::span<float> values, std::span<const double> ps, std::span<double> out,
                        PercentileScratch& scratch) {
    if (out.size() != ps.size()) {
        throw std::invalid_argument("percentiles: output has " + std::to_string(out.size()) +
                                    " slots for " + std::to_string(ps.size()) + " percentiles");
    }
    if (values.empty()) {
        std::fill(out.begin(), out.end(), std::numeric_limits<double>::quiet_NaN());
        return;
    }
    std::vector<int>& ranks = scratch.ranks;
    ranks.clear();
    for (const double p : ps) {
        const Position pos = positionOf(values.size(), p);
        ranks.push_back(pos.lo);
        if (pos.frac > 0) ranks.push_back(pos.hi);
    }
    std::sort(ranks.begin(), ranks.end());
    ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());
    const float* ordered = selectRanksBucketed(values, scratch);
    if (ordered == nullptr) {
        selectRanks(values.data(), values.data() + values.size(), 0, ranks.data(),
                    ranks.data() + ranks.size());
        ordered = values.data();
    }
    for (std::size_t i = 0; i < ps.size(); ++i) {
        const Position pos = positionOf(values.size(), ps[i]);
        const double lo = ordered[pos.lo];
        const double hi = ordered[pos.hi];
        out[i] = pos.frac > 0 ? lo + pos.frac * (hi - lo) : lo;
    }
}

void computePercentiles(std::span<const float> values, std::span<const double> ps,
                        std::span<double> out, PercentileScratch& scratch) {
    scratch.values.resize(values.size());
    const auto end = std::copy_if(values.begin(), values.end(), scratch.values.begin(),
                                  [](float v) { return !std::isnan(v); });
    const auto n = static_cast<std::size_t>(end - scratch.values.begin());
    percentilesInPlace(std::span<float>(scratch.values.data(), n), ps, out, scratch);
}

std::vector<double> computePercentiles(std::span<const float> values, std::span<const double> ps) {
    PercentileScratch scratch;
    std::vector<double> out(ps.size());
    computePercentiles(values, ps, out, scratch);
    return out;
}

double percentileOfSorted(std::span<const float> sorted, double p) {
    if (sorted.empty()) return std::numeric_limits<double>::quiet_NaN();
    const Position pos = positionOf(sorted.size(), p);
    const double a = sorted[static_cast<std::size_t>(pos.lo)];
    const double b = sorted[static_cast<std::size_t>(pos.hi)];
    return pos.frac > 0 ? a + pos.frac * (b - a) : a;
}

StandardPercentiles standardPercentilesInPlace(std::span<float> values,
                                               PercentileScratch& scratch) {
    static constexpr double kLevels[] = {1, 5, 15, 25, 50, 75, 85, 95, 99};
    double out[9];
    percentilesInPlace(values, kLevels, out, scratch);
    return {out[0], out[1], out[2], out[3], out[4], out[5], out[6], out[7], out[8]};
}

StandardPercentiles recordedPercentilesInPlace(std::span<float> values,
                                               PercentileScratch& scratch) {
    static constexpr double kLevels[] = {1, 15, 50, 85, 99};
    double out[5];
    percentilesInPlace(values, kLevels, out, scratch);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    return {out[0], nan, out[1], nan, out[2], nan, out[3], nan, out[4]};
}

}  // namespace normlab::core
