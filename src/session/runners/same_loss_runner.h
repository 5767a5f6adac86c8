#pragma once
// Headless same-training-loss comparisons (Keskar et al. 2017): per seed a
// small-batch and a large-batch model trained until their training loss
// reaches the target, then probed. Writes same_loss.csv (one row per model),
// curves.csv, interpolation.csv (the loss along w(alpha)) and sharpness.csv
// (the loss at each ascent step in the epsilon box).

#include "session/experiment_runner.h"

namespace normlab::session {

class SameLossRunner final : public ExperimentRunner {
  public:
    void run(const ExperimentConfig& config, const QString& outDir,
             const ProgressCallback& progress) override;
};

}  // namespace normlab::session
