#pragma once
// What the sweeps share (their seeds, their worker count headless) and the
// plan of an init-std sweep; the batch-size sweep's plan is in
// batch_sweep_plan.h.

#include <cstdint>
#include <memory>
#include <vector>

#include "core/data/dataset.h"
#include "core/lab/twin_trainer.h"
#include "session/experiment_config.h"
#include "session/sweep_runner.h"

namespace normlab::session {

struct InitSweepStdPoint {
    double initStd = 1.0;
    std::uint64_t seed = 1;
    friend bool operator==(const InitSweepStdPoint&, const InitSweepStdPoint&) = default;
};

// seed, seed + 1, ... (`seeds` of them).
[[nodiscard]] std::vector<std::uint64_t> seedsOf(const ExperimentConfig& config);
// Workers for a sweep with no window to keep responsive: the config's
// `workers`, or every core when it is 0.
[[nodiscard]] int headlessWorkerCount(const ExperimentConfig& config);

// The twin of an init-sweep config (the init std and seed come per point).
[[nodiscard]] core::TwinConfig initSweepTwinConfigFrom(const ExperimentConfig& config,
                                                       core::Shape input, int outputs);
// init_stds x seeds, std major.
[[nodiscard]] std::vector<InitSweepStdPoint> initSweepPoints(const ExperimentConfig& config);
[[nodiscard]] SweepTask initSweepTask(std::shared_ptr<const core::Dataset> data,
                                      core::TwinConfig base, std::int64_t steps,
                                      const InitSweepStdPoint& point);

}  // namespace normlab::session
