#pragma once
// A batch-size sweep's finished runs as the "results" block of its experiment
// file, and back: what each run was (its point) and everything it measured,
// so the reopened sweep draws its curves without running again. Numbers are
// kept exactly (shortest round-trip JSON; a missing measurement, NaN, is null).
// A run's settings beyond its point (network, data, budget) are the file's
// params, through the same batchSweepRun() the sweep planned it with.

#include <QJsonObject>
#include <vector>

#include "session/experiment_config.h"
#include "session/sweep_snapshot.h"

namespace normlab::session {

// {"batch_sweep": {...}} with the sweep's finished batch runs, in point
// order; empty when none has finished.
[[nodiscard]] QJsonObject batchSweepResults(const SweepSnapshot& sweep);

struct RestoredSweep {
    std::vector<SweepPlanEntry> plan;
    std::vector<SweepOutcome> outcomes;  // outcomes[i] is plan[i]'s
};
// The runs `config.results` holds (none when it has no "batch_sweep").
// Throws ConfigError naming the first bad field, e.g.
// "results.batch_sweep.runs[2].curve[5]: expected 8 numbers".
[[nodiscard]] RestoredSweep restoredBatchSweep(const ExperimentConfig& config);

}  // namespace normlab::session
