#pragma once
// Whether a finished batch-size run can be read as a generalisation result:
// a run whose loss blew up, or whose training accuracy stayed near chance,
// says nothing about how well a trained model generalises, so the views flag
// it instead of plotting it as a poor test accuracy.

#include "core/lab/batch_size_run.h"

namespace normlab::core {

enum class RunVerdict {
    Trained,
    UnderTrained,  // training accuracy near chance: too few or too small updates
    Diverged,      // non-finite, or the final test loss above the untrained network's
};

// Near chance: below chance + a quarter of the way from chance to 100 %
// (32.5 % for ten classes).
[[nodiscard]] double underTrainedAccuracy(int classes);

// The class count is the network's outputs.
[[nodiscard]] RunVerdict verdictOf(const BatchSizeResult& result);

}  // namespace normlab::core
