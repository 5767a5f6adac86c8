#pragma once
// How far a distribution moved since a starting point, in units of its
// starting 15-85% band width: the covariate-shift read-out.

#include <cstdint>

#include "core/probe/percentiles.h"

namespace normlab::core {

struct DistributionDrift {
    bool valid = false;   // false when the starting band has no width
    double median = 0;    // (p50 - p50 at start) / start width, signed
    double lower = 0;     // (p15 - p15 at start) / start width, signed
    double upper = 0;     // (p85 - p85 at start) / start width, signed
    double band = 0;      // max(|lower|, |upper|): how far the band's edges moved
    double widthRatio = 1;  // band width now / band width at start
    double startWidth = 0;  // the unit: p85 - p15 at the start
};

// The mean distance from the start over every step so far: the drift of a
// distribution that jumps about (noisy BN) and of one that wanders off
// (plain) on one scale.
struct MeanDrift {
    double median = 0;  // mean |median drift|
    double band = 0;    // mean band drift
    std::int64_t steps = 0;
    void add(const DistributionDrift& d);
};

// `start` and `now` hold p15, p50 and p85 of the same quantity.
[[nodiscard]] DistributionDrift driftSince(double startP15, double startP50, double startP85,
                                           double nowP15, double nowP50, double nowP85);

}  // namespace normlab::core
