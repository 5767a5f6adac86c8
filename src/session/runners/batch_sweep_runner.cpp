#include "session/runners/batch_sweep_runner.h"

#include <QDir>

#include "core/lab/batch_size_run.h"
#include "session/csv_writer.h"
#include "session/network_dataset.h"
#include "session/runners/headless_sweep.h"
#include "session/sweep_plan.h"

namespace normlab::session {

void BatchSweepRunner::run(const ExperimentConfig& config, const QString& outDir,
                           const ProgressCallback& progress) {
    std::shared_ptr<const core::Dataset> data;
    {
        const core::PhaseTimer timer(profile_, core::RunPhase::DataLoading);
        data = loadNetworkDataset(config);
    }
    const core::BatchSizeRunConfig base =
        batchSizeRunConfigFrom(config, data->shape, data->numClasses);
    std::vector<SweepTask> tasks;
    for (const BatchSweepPoint& point : batchSweepPoints(config)) {
        core::BatchSizeRunConfig check = base;
        check.batchSize = point.batchSize;
        check.network.normaliser = point.batchNorm ? core::NormKind::Batch : core::NormKind::None;
        (void)core::BatchSizeRun(data, check);  // a bad point fails before any runs
        tasks.push_back(batchSweepTask(data, base, point));
    }
    const std::vector<SweepPointStatus> points =
        runSweepToEnd(std::move(tasks), headlessWorkerCount(config), progress, profile_);

    const core::PhaseTimer timer(profile_, core::RunPhase::Output);
    const QDir dir(outDir);
    const bool bn = config.getBool("bn");
    QStringList header{"batch_size",
                       "lr_rule",
                       "lr",
                       "bn",
                       "seed",
                       "epochs",
                       "updates",
                       "final_train_accuracy",
                       "final_test_accuracy",
                       "final_test_loss",
                       "wall_seconds"};
    if (bn) header << "test_accuracy_bn_train_mode";
    header << "diverged";
    CsvWriter sweep(dir.filePath("sweep.csv"), header);
    CsvWriter curves(dir.filePath("curves.csv"),
                     {"batch_size", "lr_rule", "bn", "seed", "epoch", "updates", "test_accuracy",
                      "test_loss", "train_accuracy", "examples_seen", "wall_seconds"});
    for (const SweepPointStatus& p : points) {
        const auto& r = std::get<core::BatchSizeResult>(*p.outcome);
        const core::BatchSizeRunConfig& c = r.config;
        const QString rule = QString::fromStdString(core::toString(c.lrRule));
        const bool pointBn = c.network.usesBatchNorm();
        const auto seed = static_cast<qint64>(c.seed);
        QVariantList row{c.batchSize,
                         rule,
                         r.learningRate,
                         pointBn,
                         seed,
                         r.epochs,
                         qint64(r.updates),
                         r.finalTrainAccuracy,
                         r.finalTestAccuracy,
                         r.finalTestLoss,
                         r.wallSeconds};
        if (bn) row << r.testAccuracyBnTrainMode;
        row << r.diverged;
        sweep.writeRow(row);
        for (const core::BatchSizeCurvePoint& q : r.curve)
            curves.writeRow({c.batchSize, rule, pointBn, seed, q.epoch, qint64(q.updates),
                             q.testAccuracy, q.testLoss, q.trainAccuracy, qint64(q.examplesSeen),
                             q.wallSeconds});
    }
    sweep.close();
    curves.close();
}

}  // namespace normlab::session
