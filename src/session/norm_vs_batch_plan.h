#pragma once
// Turns a norm-vs-batch config into its points: one batch-size run per
// normaliser, batch size and seed, all with the same epochs, the same base
// learning rate under the same rule, and the same initial weights per seed.

#include <QString>
#include <cstdint>
#include <memory>
#include <vector>

#include "core/data/dataset.h"
#include "core/lab/batch_size_run.h"
#include "session/experiment_config.h"
#include "session/sweep_runner.h"
#include "session/sweep_snapshot.h"

namespace normlab::session {

struct NormVsBatchPoint {
    core::NormKind normaliser = core::NormKind::None;
    int batchSize = 32;
    std::uint64_t seed = 1;
};

// The config's `normalisers`, in the order listed (the schema has checked them).
[[nodiscard]] std::vector<core::NormKind> normalisersOf(const ExperimentConfig& config);
// Everything but the point's normaliser, batch size and seed.
[[nodiscard]] core::BatchSizeRunConfig normVsBatchRunConfigFrom(const ExperimentConfig& config,
                                                                core::Shape input, int outputs);
// normalisers x batch_sizes x seeds, normaliser major.
[[nodiscard]] std::vector<NormVsBatchPoint> normVsBatchPoints(const ExperimentConfig& config);
[[nodiscard]] core::BatchSizeRunConfig normVsBatchPointConfig(core::BatchSizeRunConfig base,
                                                              const NormVsBatchPoint& point);
[[nodiscard]] SweepTask normVsBatchTask(std::shared_ptr<const core::Dataset> data,
                                        const core::BatchSizeRunConfig& base,
                                        const NormVsBatchPoint& point);
// Every point of `config` on `data`, for a SweepSession or the headless pool
// (each result carries its normaliser, batch size and seed in its config).
// Throws std::invalid_argument before any run when a point cannot run.
[[nodiscard]] SweepWork normVsBatchWork(const std::shared_ptr<const core::Dataset>& data,
                                        const ExperimentConfig& config);

}  // namespace normlab::session
