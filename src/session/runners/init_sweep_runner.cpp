#include "session/runners/builtin_runs.h"

#include <QDir>

#include "core/lab/init_sweep_point.h"
#include "session/network_dataset.h"
#include "session/runners/headless_sweep.h"
#include "session/sweep_plan.h"
#include "session/sweep_tables.h"

namespace normlab::session {

void runInitSweep(const ExperimentConfig& config, const QString& outDir,
                  const ProgressCallback& progress, core::RunProfile* profile) {
    const std::shared_ptr<const core::Dataset> data = loadNetworkDatasetTimed(config, profile);
    const core::TwinConfig twin = initSweepTwinConfigFrom(config, data->shape, data->numClasses);
    const std::int64_t steps = config.getInt("steps");
    (void)core::TwinTrainer(data, twin);  // a bad config fails before any runs
    const SweepSnapshotPtr sweep =
        runSweepToEnd(initSweepWork(data, twin, steps, initSweepPoints(config)),
                      headlessWorkerCount(config), progress, profile);

    const core::PhaseTimer timer(profile, core::RunPhase::Output);
    writeCsv(QDir(outDir).filePath("init_sweep.csv"), initSweepTable(initResultsOf(*sweep, true)));
}

}  // namespace normlab::session
