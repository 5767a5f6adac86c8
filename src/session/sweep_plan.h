#pragma once
// Turns a batch-sweep or init-sweep config into the points a SweepRunner
// runs. The GUI builds the same tasks, one at a time when a student adds a
// point.

#include <QString>
#include <cstdint>
#include <memory>
#include <vector>

#include "core/data/dataset.h"
#include "core/lab/batch_size_run.h"
#include "core/lab/twin_trainer.h"
#include "session/experiment_config.h"
#include "session/sweep_runner.h"

namespace normlab::session {

struct BatchSweepPoint {
    int batchSize = 32;
    core::LearningRateRule lrRule = core::LearningRateRule::Linear;
    bool batchNorm = false;
    std::uint64_t seed = 1;
    double baseLr = 0;  // > 0: replaces the config's base_lr (an lr-grid point)
};

struct InitSweepStdPoint {
    double initStd = 1.0;
    std::uint64_t seed = 1;
};

// Workers for a sweep with no window to keep responsive: the config's
// `workers`, or every core when it is 0.
[[nodiscard]] int headlessWorkerCount(const ExperimentConfig& config);

// Everything but the point's batch size, lr rule, BN and seed.
[[nodiscard]] core::BatchSizeRunConfig batchSizeRunConfigFrom(const ExperimentConfig& config,
                                                              core::Shape input, int outputs);
// batch_sizes x seeds (seed, seed + 1, ...), batch size major, with the
// config's lr_rule and bn; with an lr_grid, batch_sizes x lr_grid x seeds at
// those constant rates.
[[nodiscard]] std::vector<BatchSweepPoint> batchSweepPoints(const ExperimentConfig& config);
// Expected work of one batch-size run, in examples passed through the
// network (the SweepTask cost that orders a sweep longest first).
[[nodiscard]] double batchSweepPointCost(const core::Dataset& data,
                                         const core::BatchSizeRunConfig& config);
[[nodiscard]] SweepTask batchSweepTask(std::shared_ptr<const core::Dataset> data,
                                       core::BatchSizeRunConfig base, const BatchSweepPoint& point);

// The twin of an init-sweep config (the init std and seed come per point).
[[nodiscard]] core::TwinConfig initSweepTwinConfigFrom(const ExperimentConfig& config,
                                                       core::Shape input, int outputs);
// init_stds x seeds, std major.
[[nodiscard]] std::vector<InitSweepStdPoint> initSweepPoints(const ExperimentConfig& config);
[[nodiscard]] SweepTask initSweepTask(std::shared_ptr<const core::Dataset> data,
                                      core::TwinConfig base, std::int64_t steps,
                                      const InitSweepStdPoint& point);

}  // namespace normlab::session
