#pragma once
// Turns a same-loss config into the runs and probes of the comparison; the
// CLI and the lab page build the same ones.

#include <cstdint>
#include <memory>
#include <vector>

#include "core/data/dataset.h"
#include "core/lab/batch_size_run.h"
#include "core/lab/epsilon_sharpness.h"
#include "core/lab/loss_slice.h"
#include "core/lab/weight_interpolation.h"
#include "session/experiment_config.h"
#include "session/sweep_runner.h"

namespace normlab::session {

enum class SameLossModel { Small = 0, Large = 1 };

// One model of one seed: trained to the target with its weights kept.
[[nodiscard]] core::BatchSizeRunConfig sameLossRunConfig(const ExperimentConfig& config,
                                                         core::Shape input, int outputs,
                                                         SameLossModel model, std::uint64_t seed);
[[nodiscard]] std::vector<std::uint64_t> sameLossSeeds(const ExperimentConfig& config);
[[nodiscard]] core::InterpolationConfig interpolationConfigFrom(const ExperimentConfig& config);
[[nodiscard]] core::SharpnessConfig sharpnessConfigFrom(const ExperimentConfig& config);
// The 2-D slice around each model of `seed`: both models of a seed draw the
// same Gaussian directions (then filter-normalised against each solution).
[[nodiscard]] core::SliceConfig sliceConfigFrom(const ExperimentConfig& config,
                                                std::uint64_t seed);
[[nodiscard]] SweepTask sameLossTask(std::shared_ptr<const core::Dataset> data,
                                     const core::BatchSizeRunConfig& run, SameLossModel model);

}  // namespace normlab::session
