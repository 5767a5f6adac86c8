#include "core/probe/percentiles.h"

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
void selectRanks(float* first, float* last, int offset, const int* rankBegin,
                 const int* rankEnd) {
    if (rankBegin == rankEnd) return;
    const int* mid = rankBegin + (rankEnd - rankBegin) / 2;
    float* kth = first + (*mid - offset);
    std::nth_element(first, kth, last);
    selectRanks(first, kth, offset, rankBegin, mid);
    selectRanks(kth + 1, last, *mid + 1, mid + 1, rankEnd);
}

}  // namespace

void percentilesInPlace(std::span<float> values, std::span<const double> ps, std::span<double> out,
                        std::vector<int>& rankScratch) {
    if (out.size() != ps.size()) {
        throw std::invalid_argument("percentiles: output has " + std::to_string(out.size()) +
                                    " slots for " + std::to_string(ps.size()) + " percentiles");
    }
    if (values.empty()) {
        std::fill(out.begin(), out.end(), std::numeric_limits<double>::quiet_NaN());
        return;
    }
    rankScratch.clear();
    for (const double p : ps) {
        const Position pos = positionOf(values.size(), p);
        rankScratch.push_back(pos.lo);
        if (pos.frac > 0) rankScratch.push_back(pos.hi);
    }
    std::sort(rankScratch.begin(), rankScratch.end());
    rankScratch.erase(std::unique(rankScratch.begin(), rankScratch.end()), rankScratch.end());
    selectRanks(values.data(), values.data() + values.size(), 0, rankScratch.data(),
                rankScratch.data() + rankScratch.size());
    for (std::size_t i = 0; i < ps.size(); ++i) {
        const Position pos = positionOf(values.size(), ps[i]);
        const double a = values[static_cast<std::size_t>(pos.lo)];
        const double b = values[static_cast<std::size_t>(pos.hi)];
        out[i] = pos.frac > 0 ? a + pos.frac * (b - a) : a;
    }
}

void computePercentiles(std::span<const float> values, std::span<const double> ps,
                        std::span<double> out, PercentileScratch& scratch) {
    scratch.values.resize(values.size());
    const auto end = std::copy_if(values.begin(), values.end(), scratch.values.begin(),
                                  [](float v) { return !std::isnan(v); });
    const auto n = static_cast<std::size_t>(end - scratch.values.begin());
    percentilesInPlace(std::span<float>(scratch.values.data(), n), ps, out, scratch.ranks);
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
                                               std::vector<int>& rankScratch) {
    static constexpr double kLevels[] = {1, 5, 15, 25, 50, 75, 85, 95, 99};
    double out[9];
    percentilesInPlace(values, kLevels, out, rankScratch);
    return {out[0], out[1], out[2], out[3], out[4], out[5], out[6], out[7], out[8]};
}

}  // namespace normlab::core
