#include "core/lab/run_verdict.h"

#include <algorithm>
#include <cmath>

namespace normlab::core {

double underTrainedAccuracy(int classes) {
    const double chance = 1.0 / std::max(2, classes);
    return chance + 0.25 * (1.0 - chance);
}

RunVerdict verdictOf(const BatchSizeResult& r) {
    if (r.diverged || !std::isfinite(r.finalTestLoss)) return RunVerdict::Diverged;
    // Worse than the network before its first update: the loss blew up.
    if (!r.curve.empty() && std::isfinite(r.curve.front().testLoss) &&
        r.finalTestLoss > r.curve.front().testLoss)
        return RunVerdict::Diverged;
    if (!(r.finalTrainAccuracy >= underTrainedAccuracy(r.config.network.outputs)))
        return RunVerdict::UnderTrained;
    return RunVerdict::Trained;
}

}  // namespace normlab::core
