#pragma once
// Headless output of the feature-scaling lab, so anyone can recompute the
// numbers: runs the comparison until every run has converged or diverged (or
// maxSteps), then writes
//   DIR/scaling.csv        scaling,kappa,lambda_min,lambda_max,max_stable_lr,
//                          steps_to_converge,final_loss,learning_rate,diverged
//                          (steps_to_converge is -1 when not reached)
//   DIR/path_<scaling>.csv step,w1,w2,loss
//   DIR/data.csv           the two raw features and the target actually used
// Numbers are written with enough digits to round-trip.

#include <cstdint>
#include <filesystem>

#include "core/lab/run_control.h"
#include "core/lab/scaling_comparison.h"

namespace normlab::core {

struct ScalingReportResult {
    std::int64_t steps = 0;  // steps taken by the comparison
    bool finished = false;   // every run converged or diverged
};

// Runs `comparison` from its current state. Throws std::runtime_error naming
// the path when DIR cannot be created or a file cannot be written. A cancel
// stops the steps early; what was computed is still written.
ScalingReportResult writeScalingReport(ScalingComparison& comparison,
                                       const std::filesystem::path& dir,
                                       std::int64_t maxSteps = 20000,
                                       const RunControl& control = {});

}  // namespace normlab::core
