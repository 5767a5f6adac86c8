#pragma once
// Headless initialisation sweeps: the BN and plain twins trained from each
// initial weight std and seed, in parallel, writing init_sweep.csv.

#include "session/experiment_runner.h"

namespace normlab::session {

class InitSweepRunner final : public ExperimentRunner {
  public:
    void run(const ExperimentConfig& config, const QString& outDir,
             const ProgressCallback& progress) override;
};

}  // namespace normlab::session
