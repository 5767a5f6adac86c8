#include "core/probe/growing_histogram.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace normlab::core {

namespace {

// Doubles the bin width, keeping the lower edge (extend right) or the upper
// edge (extend left). With an even bin count old bin i folds into new bin
// i / 2 (right) or (bins + i) / 2 (left), so no count moves between values.
void doubleRange(Histogram& h, bool extendLeft) {
    const int bins = h.bins();
    const double lo = h.edges.front();
    const double width = h.edges.back() - lo;
    const double newLo = extendLeft ? lo - width : lo;
    std::vector<std::int64_t> counts(static_cast<std::size_t>(bins), 0);
    const int offset = extendLeft ? bins : 0;
    for (int i = 0; i < bins; ++i)
        counts[static_cast<std::size_t>((offset + i) / 2)] += h.counts[static_cast<std::size_t>(i)];
    Histogram grown = Histogram::uniform(bins, newLo, newLo + 2 * width);
    grown.counts = std::move(counts);
    grown.underflow = h.underflow;
    grown.overflow = h.overflow;
    grown.invalid = h.invalid;
    h = std::move(grown);
}

}  // namespace

void growToCover(Histogram& h, double lo, double hi) {
    if (h.bins() < 2 || h.bins() % 2 != 0)
        throw std::invalid_argument("growing histogram: " + std::to_string(h.bins()) +
                                    " bins, expected an even number");
    if (!std::isfinite(lo) || !std::isfinite(hi) || hi < lo)
        throw std::invalid_argument("growing histogram: [" + std::to_string(lo) + ", " +
                                    std::to_string(hi) + "] is not a finite range");
    // Each doubling at least doubles the width, so this ends within ~2000 rounds
    // even from the narrowest double range to the widest.
    while (lo < h.edges.front() || hi > h.edges.back()) {
        const bool left = lo < h.edges.front() &&
                          (hi <= h.edges.back() ||
                           h.edges.front() - lo > hi - h.edges.back());
        doubleRange(h, left);
    }
}

void addGrowing(Histogram& h, std::span<const float> values, double finiteMin, double finiteMax) {
    if (std::isfinite(finiteMin) && std::isfinite(finiteMax) && finiteMin <= finiteMax)
        growToCover(h, finiteMin, finiteMax);
    h.add(values);
}

}  // namespace normlab::core
