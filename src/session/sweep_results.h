#pragma once
// A sweep's finished points as the "results" block of its experiment file,
// and back: what each point was and everything it measured, so the reopened
// sweep draws its curves without running again. Numbers are kept exactly
// (shortest round-trip JSON; a missing measurement, NaN, is null). A
// batch-size sweep's runs are "batch_sweep" (a run's settings beyond its
// point are the file's params, through the same batchSweepRun() the sweep
// planned it with); an init-std sweep's points are "init_sweep".

#include <QJsonObject>
#include <optional>
#include <vector>

#include "session/experiment_config.h"
#include "session/sweep_snapshot.h"

namespace normlab::session {

// {"batch_sweep": {...}} with the sweep's finished batch runs and
// {"init_sweep": {...}} with its finished init-std points, in point order;
// empty when none has finished.
[[nodiscard]] QJsonObject sweepResults(const SweepSnapshot& sweep);

struct RestoredSweep {
    std::vector<SweepPlanEntry> plan;
    std::vector<SweepOutcome> outcomes;  // outcomes[i] is plan[i]'s
};
// The points `config.results` holds for its kind: a batch-sweep's
// "batch_sweep", an init-sweep's "init_sweep" (none without that block).
// Throws ConfigError naming the first bad field, e.g.
// "results.batch_sweep.runs[2].curve[5]: expected 8 numbers".
[[nodiscard]] RestoredSweep restoredSweep(const ExperimentConfig& config);
// The same for a page opening a file: nullopt, with the problem in `problem`,
// instead of the throw.
[[nodiscard]] std::optional<RestoredSweep> restoredSweep(const ExperimentConfig& config,
                                                         QString* problem);

}  // namespace normlab::session
