#pragma once
// Headless bn-twin runs (the bn-paper preset and its variants): trains the
// BN and plain twins and writes metrics.csv, layers.csv, units.csv,
// histograms.csv and, with ics_probe, landscape.csv.

#include "session/experiment_runner.h"

namespace normlab::session {

class BnTwinRunner final : public ExperimentRunner {
public:
    void run(const ExperimentConfig& config, const QString& outDir,
             const ProgressCallback& progress) override;
};

}  // namespace normlab::session
