#pragma once
// Headless batch-size sweeps: one run per batch size and seed, in parallel,
// writing sweep.csv (one row per run), curves.csv (the learning curves) and
// lr_map.csv (one cell per batch size and lr, over the seeds).

#include "session/experiment_runner.h"

namespace normlab::session {

class BatchSweepRunner final : public ExperimentRunner {
  public:
    void run(const ExperimentConfig& config, const QString& outDir,
             const ProgressCallback& progress) override;
};

}  // namespace normlab::session
