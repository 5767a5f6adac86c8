#pragma once
// What one group of a batch-size sweep (one lr rule and BN setting, one
// budget) measured, per batch size over its seeds: the numbers the lab's
// lesson states. Flagged runs (diverged, under-trained) are counted apart and
// left out of the accuracy statistics.

#include <cstdint>
#include <vector>

#include "core/lab/batch_size_run.h"

namespace normlab::core {

struct BatchSizeStats {
    int batchSize = 0;
    int trained = 0;  // runs in mean/min/max
    int diverged = 0;
    int underTrained = 0;
    double mean = BatchSizeResult::kNaN;  // final test accuracy over the trained runs
    double min = BatchSizeResult::kNaN;
    double max = BatchSizeResult::kNaN;
    std::int64_t updates = 0;  // of the first run (the same for every seed)
};

struct BatchSweepSummary {
    std::vector<BatchSizeStats> sizes;  // ascending batch size
    int best = -1;                      // index of the highest mean, -1 when none trained
    // Index of the highest mean among batch sizes in [lo, hi], or -1.
    [[nodiscard]] int bestIn(int lo, int hi) const;
    [[nodiscard]] const BatchSizeStats* find(int batchSize) const;
};

[[nodiscard]] BatchSweepSummary summarizeSweep(const std::vector<const BatchSizeResult*>& runs);

// Every trained seed of `a` beats every trained seed of `b` (their min-max
// error bars do not overlap).
[[nodiscard]] bool beatsEverySeed(const BatchSizeStats& a, const BatchSizeStats& b);

}  // namespace normlab::core
