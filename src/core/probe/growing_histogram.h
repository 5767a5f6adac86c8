#pragma once
// A histogram whose range grows with the data instead of dropping what falls
// outside: the bin width doubles (pairs of bins merge) and the range extends
// towards the new values, so every count already taken stays exact.

#include <span>

#include "core/probe/histogram.h"

namespace normlab::core {

// Widens `h` (evenly spaced, an even number of bins) until [lo, hi] lies
// inside it. Throws std::invalid_argument for an odd bin count or a range
// that is not finite.
void growToCover(Histogram& h, double lo, double hi);

// growToCover() for the finite values, then counts them all; only NaN and
// infinities end up outside the bins (as invalid, underflow or overflow).
void addGrowing(Histogram& h, std::span<const float> values, double finiteMin, double finiteMax);

}  // namespace normlab::core
