#include "core/lab/batch_sweep_summary.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/lab/run_verdict.h"

namespace normlab::core {

int BatchSweepSummary::bestIn(int lo, int hi) const {
    int best = -1;
    for (int i = 0; i < static_cast<int>(sizes.size()); ++i) {
        const BatchSizeStats& s = sizes[static_cast<std::size_t>(i)];
        if (s.batchSize < lo || s.batchSize > hi || s.trained == 0) continue;
        if (best < 0 || s.mean > sizes[static_cast<std::size_t>(best)].mean) best = i;
    }
    return best;
}

const BatchSizeStats* BatchSweepSummary::find(int batchSize) const {
    for (const BatchSizeStats& s : sizes)
        if (s.batchSize == batchSize) return &s;
    return nullptr;
}

BatchSweepSummary summarizeSweep(const std::vector<const BatchSizeResult*>& runs) {
    std::map<int, BatchSizeStats> bySize;
    std::map<int, double> sums;
    for (const BatchSizeResult* r : runs) {
        const int b = r->config.batchSize;
        BatchSizeStats& s = bySize[b];
        if (s.batchSize == 0) {
            s.batchSize = b;
            s.updates = r->updates;
        }
        switch (verdictOf(*r)) {
            case RunVerdict::Diverged:
                ++s.diverged;
                continue;
            case RunVerdict::UnderTrained:
                ++s.underTrained;
                continue;
            case RunVerdict::Trained:
                break;
        }
        const double a = r->finalTestAccuracy;
        s.min = s.trained == 0 ? a : std::min(s.min, a);
        s.max = s.trained == 0 ? a : std::max(s.max, a);
        sums[b] += a;
        ++s.trained;
    }
    BatchSweepSummary summary;
    for (auto& [b, s] : bySize) {
        if (s.trained > 0) s.mean = sums[b] / s.trained;
        summary.sizes.push_back(s);
    }
    summary.best = summary.bestIn(0, 1 << 30);
    return summary;
}

bool beatsEverySeed(const BatchSizeStats& a, const BatchSizeStats& b) {
    return a.trained > 0 && b.trained > 0 && a.min > b.max;
}

}  // namespace normlab::core
