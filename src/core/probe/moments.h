#pragma once
// Shared first step of every probe summary: keep the finite values in a
// scratch buffer and measure their mean, spread and range.

#include <cstdint>
#include <span>
#include <vector>

#include "core/probe/percentiles.h"

namespace normlab::core {

struct Moments {
    std::int64_t count = 0;                      // finite values
    std::int64_t nonFinite = 0;                  // NaN or infinite values dropped
    double mean = 0, std = 0, min = 0, max = 0;  // NaN when count is 0
};

// Copies the finite values of z into buffer; returns the filled part.
std::span<float> finiteCopy(std::span<const float> z, AlignedFloats& buffer,
                            std::int64_t& nonFinite);

// Population std (divides by n), accumulated in double.
[[nodiscard]] Moments moments(std::span<const float> finite, std::int64_t nonFinite);

template <typename Summary>
void copyMoments(const Moments& m, Summary& s) {
    s.count = m.count;
    s.nonFinite = m.nonFinite;
    s.mean = m.mean;
    s.std = m.std;
    s.min = m.min;
    s.max = m.max;
}

}  // namespace normlab::core
