#pragma once
// Headless feature-scaling comparison: the same regression fitted on raw,
// min-max and z-scored features, written as scaling.csv, path_<scaling>.csv
// and data.csv (see core/lab/scaling_report.h).

#include "session/experiment_runner.h"

namespace normlab::session {

class FeatureScalingRunner final : public ExperimentRunner {
  public:
    void run(const ExperimentConfig& config, const QString& outDir,
             const ProgressCallback& progress) override;
};

}  // namespace normlab::session
