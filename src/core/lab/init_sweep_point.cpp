#include "core/lab/init_sweep_point.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <stdexcept>

namespace normlab::core {

InitSweepPoint::InitSweepPoint(std::shared_ptr<const Dataset> data, const TwinConfig& twin,
                               double initStd, std::int64_t steps)
    : data_(std::move(data)), config_(twin), steps_(steps) {
    if (!(initStd > 0) || !std::isfinite(initStd))
        throw std::invalid_argument("init_std: must be a positive number");
    if (steps < 1) throw std::invalid_argument("steps: must be at least 1");
    config_.network.init = InitKind::Gaussian;
    config_.network.initStd = initStd;
    config_.probes = false;
    config_.landscapeProbes = false;
    config_.threads = 1;  // a sweep already runs one point per core
    // Only the final evaluation matters; evaluate() is called after the last step.
    config_.evalInterval = static_cast<int>(std::min<std::int64_t>(steps + 1, 1 << 30));
    config_.validate();
}

InitSweepResult InitSweepPoint::run(const RunControl& control) {
    const auto start = std::chrono::steady_clock::now();
    InitSweepResult result;
    result.initStd = config_.network.initStd;
    result.seed = config_.seed;
    TwinTrainer trainer(data_, config_);
    trainer.setProfile(control.profile);
    const auto& bn = trainer.model(TwinTrainer::kBn);
    const auto& plain = trainer.model(TwinTrainer::kPlain);
    int reportedPercent = 0;
    for (std::int64_t step = 1; step <= steps_; ++step) {
        if (control.cancelled()) {
            result.cancelled = true;
            break;
        }
        trainer.step();
        if (bn.diverged && plain.diverged) break;  // nothing left to train
        const int percent = static_cast<int>(step * 100 / steps_);
        if (percent != reportedPercent) {
            reportedPercent = percent;
            control.report(static_cast<double>(step) / static_cast<double>(steps_));
        }
    }
    result.steps = trainer.steps();
    if (!result.cancelled) {
        trainer.evaluate();
        if (!bn.diverged && !bn.evals.empty()) result.bnTestAccuracy = bn.evals.back().testAccuracy;
        if (!plain.diverged && !plain.evals.empty())
            result.plainTestAccuracy = plain.evals.back().testAccuracy;
    }
    result.bnDiverged = bn.diverged;
    result.plainDiverged = plain.diverged;
    result.wallSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

}  // namespace normlab::core
