#include "session/runners/builtin_runs.h"

#include <QDir>

#include "core/lab/batch_size_run.h"
#include "session/batch_sweep_plan.h"
#include "session/network_dataset.h"
#include "session/runners/headless_sweep.h"
#include "session/sweep_tables.h"

namespace normlab::session {

void runBatchSweep(const ExperimentConfig& config, const QString& outDir,
                   const ProgressCallback& progress, core::RunProfile* profile) {
    const std::shared_ptr<const core::Dataset> data = loadNetworkDatasetTimed(config, profile);
    const core::BatchSizeRunConfig base =
        batchSizeRunConfigFrom(config, data->shape, data->numClasses);
    // A bad point (a batch larger than the data, ...) fails before any runs.
    const std::vector<BatchSweepRun> runs = batchSweepRuns(data, base, batchSweepPoints(config));
    const SweepSnapshotPtr sweep =
        runSweepToEnd(batchSweepWork(data, runs), headlessWorkerCount(config), progress, profile);

    const core::PhaseTimer timer(profile, core::RunPhase::Output);
    const QDir dir(outDir);
    // An interrupted run writes the partial results it has.
    const std::vector<const core::BatchSizeResult*> results = batchResultsOf(*sweep, true);
    writeCsv(dir.filePath("sweep.csv"), batchSweepTable(results));
    writeCsv(dir.filePath("curves.csv"), batchCurvesTable(results));
    writeCsv(dir.filePath("lr_map.csv"), lrMapTable(results));
    if (progress) {
        double training = 0, measuring = 0;
        for (const core::BatchSizeResult* r : results) {
            training += r->wallSeconds;
            measuring += r->evalSeconds;
        }
        const auto total = static_cast<qint64>(results.size());
        progress({total, total,
                  QStringLiteral("summed over runs: training %1 s, evaluation %2 s")
                      .arg(training, 0, 'f', 1)
                      .arg(measuring, 0, 'f', 1)});
    }
}

}  // namespace normlab::session
