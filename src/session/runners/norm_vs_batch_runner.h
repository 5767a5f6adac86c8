#pragma once
// Headless norm-vs-batch sweeps: every normaliser at every batch size and
// seed, writing norm_sweep.csv (one row per run; batch norm twice, evaluated
// with running and with batch statistics) and running_gap.csv (batch norm's
// batch vs running statistics per layer at the end of training).

#include "session/experiment_runner.h"

namespace normlab::session {

class NormVsBatchRunner final : public ExperimentRunner {
  public:
    void run(const ExperimentConfig& config, const QString& outDir,
             const ProgressCallback& progress) override;
};

}  // namespace normlab::session
