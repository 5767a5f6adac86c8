#pragma once
// What a norm-vs-batch sweep measured, per normaliser and batch size over
// seeds: the test error, batch norm's batch-vs-running statistics gap per
// layer, and who is ahead at the smallest batch size. The views draw and
// word these numbers; nothing here is assumed about the outcome.

#include <map>
#include <vector>

#include "core/lab/batch_size_run.h"

namespace normlab::core {

// Batch norm appears twice: evaluated with its running statistics (as
// deployed) and with each test batch's own statistics.
enum class NormSeries { None, BatchRunning, BatchBatchStats, Layer, Group };

struct SeedSpread {
    double mean = 0, min = 0, max = 0;
    int count = 0;
    [[nodiscard]] double range() const { return max - min; }
};
// Mean, min and max of `values` (count 0 when empty).
[[nodiscard]] SeedSpread spreadOver(const std::vector<double>& values);

struct SmallBatchVerdict {
    bool valid = false;  // at least two series share a batch size
    int smallBatch = 0;  // the smallest B every series has
    int largeBatch = 0;  // the largest B every series has
    NormSeries leader = NormSeries::None;    // lowest mean test error at smallBatch
    NormSeries runnerUp = NormSeries::None;  // the next one
    double margin = 0;         // runner-up's mean error minus the leader's
    double seedSpread = 0;     // the larger seed range (max - min) of the two
    [[nodiscard]] bool beyondSpread() const { return margin > seedSpread; }
};

struct NormVsBatchSummary {
    // Test error (1 - accuracy) per series and batch size, over seeds.
    std::map<NormSeries, std::map<int, SeedSpread>> error;
    // Batch norm's mean |mu_B - mu_run| / sigma_run per layer (1-based) and B.
    std::map<int, std::map<int, SeedSpread>> runningGap;
    SmallBatchVerdict verdict;
    // Diverged runs, left out of the means.
    int diverged = 0;

    [[nodiscard]] const SeedSpread* at(NormSeries series, int batchSize) const;
};

// Non-null results of finished runs; the order does not matter.
[[nodiscard]] NormVsBatchSummary summarizeNormVsBatch(
    const std::vector<const BatchSizeResult*>& results);

}  // namespace normlab::core
