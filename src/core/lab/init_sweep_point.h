#pragma once
// One point of the batch-normalization lab's initialisation sweep: the BN and
// plain twins trained in lockstep from Gaussian weights of one standard
// deviation, reporting where each ends up. BN's accuracy should stay flat
// across stds where the plain network's collapses.

#include <cstdint>
#include <limits>
#include <memory>

#include "core/data/dataset.h"
#include "core/lab/run_control.h"
#include "core/lab/twin_trainer.h"

namespace normlab::core {

struct InitSweepResult {
    double initStd = 0;
    std::uint64_t seed = 0;
    std::int64_t steps = 0;  // steps actually taken
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    double bnTestAccuracy = kNaN;  // NaN when that twin diverged or the run was cancelled
    double plainTestAccuracy = kNaN;
    bool bnDiverged = false;
    bool plainDiverged = false;
    bool cancelled = false;
    double wallSeconds = 0;
};

class InitSweepPoint {
  public:
    // `twin` supplies everything but the initialisation (Gaussian with
    // `initStd`); probes are switched off, only the final accuracy is kept.
    // Throws std::invalid_argument for a bad config, std or step count.
    InitSweepPoint(std::shared_ptr<const Dataset> data, const TwinConfig& twin, double initStd,
                   std::int64_t steps);

    // Trains both twins for the given steps and evaluates them once at the
    // end. Cancellation is checked before every step.
    [[nodiscard]] InitSweepResult run(const RunControl& control = {});

  private:
    std::shared_ptr<const Dataset> data_;
    TwinConfig config_;
    std::int64_t steps_;
};

}  // namespace normlab::core
