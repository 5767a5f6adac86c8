#include "session/runners/init_sweep_runner.h"

#include <QDir>

#include "core/lab/init_sweep_point.h"
#include "session/csv_writer.h"
#include "session/network_dataset.h"
#include "session/runners/headless_sweep.h"
#include "session/sweep_plan.h"

namespace normlab::session {

void InitSweepRunner::run(const ExperimentConfig& config, const QString& outDir,
                          const ProgressCallback& progress) {
    std::shared_ptr<const core::Dataset> data;
    {
        const core::PhaseTimer timer(profile_, core::RunPhase::DataLoading);
        data = loadNetworkDataset(config);
    }
    const core::TwinConfig twin = initSweepTwinConfigFrom(config, data->shape, data->numClasses);
    const std::int64_t steps = config.getInt("steps");
    (void)core::TwinTrainer(data, twin);  // a bad config fails before any runs
    std::vector<SweepTask> tasks;
    for (const InitSweepStdPoint& point : initSweepPoints(config))
        tasks.push_back(initSweepTask(data, twin, steps, point));
    const std::vector<SweepPointStatus> points =
        runSweepToEnd(std::move(tasks), headlessWorkerCount(config), progress, profile_);

    const core::PhaseTimer timer(profile_, core::RunPhase::Output);
    CsvWriter csv(QDir(outDir).filePath("init_sweep.csv"),
                  {"init_std", "model", "seed", "final_test_accuracy", "diverged"});
    for (const SweepPointStatus& p : points) {
        const auto& r = std::get<core::InitSweepResult>(*p.outcome);
        const auto seed = static_cast<qint64>(r.seed);
        csv.writeRow({r.initStd, QStringLiteral("bn"), seed, r.bnTestAccuracy, r.bnDiverged});
        csv.writeRow(
            {r.initStd, QStringLiteral("plain"), seed, r.plainTestAccuracy, r.plainDiverged});
    }
    csv.close();
}

}  // namespace normlab::session
