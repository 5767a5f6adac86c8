#include "session/runners/builtin_runs.h"

#include <QDir>

#include "session/csv_writer.h"
#include "session/network_dataset.h"
#include "session/norm_vs_batch_plan.h"
#include "session/runners/headless_sweep.h"
#include "session/sweep_plan.h"

namespace normlab::session {

void runNormVsBatch(const ExperimentConfig& config, const QString& outDir,
                    const ProgressCallback& progress, core::RunProfile* /*profile*/) {
    const auto data = loadNetworkDataset(config);
    const std::vector<SweepPointStatus> points =
        runSweepToEnd(normVsBatchWork(data, config), headlessWorkerCount(config), progress)
            ->points;

    const QDir dir(outDir);
    CsvWriter sweep(
        dir.filePath("norm_sweep.csv"),
        {"normaliser", "batch_size", "seed", "final_test_accuracy", "final_test_loss", "updates"});
    CsvWriter gaps(dir.filePath("running_gap.csv"),
                   {"batch_size", "seed", "layer", "mean_gap", "std_gap"});
    for (const SweepPointStatus& p : points) {
        const auto& r = std::get<core::BatchSizeResult>(*p.outcome);
        const core::BatchSizeRunConfig& c = r.config;
        const auto seed = static_cast<qint64>(c.seed);
        const QString name = QString::fromStdString(core::toString(c.network.normaliser));
        sweep.writeRow(
            {name, c.batchSize, seed, r.finalTestAccuracy, r.finalTestLoss, qint64(r.updates)});
        if (!c.network.usesBatchNorm()) continue;
        sweep.writeRow({QStringLiteral("batch_batch_stats"), c.batchSize, seed,
                        r.testAccuracyBnTrainMode, r.testLossBnTrainMode, qint64(r.updates)});
        for (const core::RunningStatGap& g : r.runningGap)
            gaps.writeRow({c.batchSize, seed, g.layer, g.meanGap, g.stdGap});
    }
    sweep.close();
    gaps.close();
}

}  // namespace normlab::session
