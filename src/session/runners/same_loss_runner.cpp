#include "session/runners/builtin_runs.h"

#include <QDir>
#include <QElapsedTimer>
#include <array>
#include <cmath>
#include <exception>
#include <thread>

#include "core/lab/network_evaluation.h"
#include "session/csv_writer.h"
#include "session/network_dataset.h"
#include "session/runners/headless_sweep.h"
#include "session/same_loss_plan.h"
#include "session/sweep_plan.h"

namespace normlab::session {

namespace {

QString modelName(int model) {
    return model == static_cast<int>(SameLossModel::Small) ? QStringLiteral("small")
                                                           : QStringLiteral("large");
}

}  // namespace

void runSameLoss(const ExperimentConfig& config, const QString& outDir,
                 const ProgressCallback& progress, core::RunProfile* /*profile*/) {
    QElapsedTimer clock;
    clock.start();
    const auto data = loadNetworkDataset(config);
    const std::vector<std::uint64_t> seeds = sameLossSeeds(config);
    std::vector<SweepTask> tasks;
    for (std::uint64_t seed : seeds)
        for (SameLossModel model : {SameLossModel::Small, SameLossModel::Large}) {
            const core::BatchSizeRunConfig run =
                sameLossRunConfig(config, data->shape, data->numClasses, model, seed);
            (void)core::BatchSizeRun(data, run);  // a bad config fails before any runs
            sliceConfigFrom(config, seed).validate();
            tasks.push_back(sameLossTask(data, run, model));
        }
    const int workers = headlessWorkerCount(config);
    const std::vector<SweepPointStatus> points =
        runSweepToEnd({{}, std::move(tasks)}, workers, progress)->points;
    const double trainingSeconds = clock.elapsed() / 1000.0;

    const QDir dir(outDir);
    CsvWriter summary(dir.filePath("same_loss.csv"),
                      {"seed", "model", "batch_size", "lr", "target_train_loss", "reached_target",
                       "epochs", "updates", "train_loss", "train_accuracy", "test_loss",
                       "test_accuracy", "gap", "sharpness", "sharpness_base_loss",
                       "sharpness_max_loss", "train_seconds", "eval_seconds", "diverged"});
    CsvWriter curves(dir.filePath("curves.csv"),
                     {"seed", "model", "batch_size", "epoch", "updates", "train_loss",
                      "test_accuracy", "test_loss", "wall_seconds"});
    CsvWriter line(dir.filePath("interpolation.csv"),
                   {"seed", "alpha", "train_loss", "train_accuracy", "test_loss", "test_accuracy"});
    CsvWriter box(dir.filePath("sharpness.csv"), {"seed", "model", "batch_size", "step", "loss"});
    CsvWriter slices(dir.filePath("slice.csv"),
                     {"seed", "model", "batch_size", "a", "b", "train_loss", "train_accuracy"});

    const core::InterpolationConfig lineConfig = interpolationConfigFrom(config);
    const core::SharpnessConfig boxConfig = sharpnessConfigFrom(config);
    QElapsedTimer probeClock;
    probeClock.start();
    double sliceSeconds = 0;
    for (std::size_t s = 0; s < seeds.size(); ++s) {
        const auto& small = std::get<core::BatchSizeResult>(*points[2 * s].outcome);
        const auto& large = std::get<core::BatchSizeResult>(*points[2 * s + 1].outcome);
        const qint64 seed = static_cast<qint64>(seeds[s]);
        const bool usable = !small.diverged && !large.diverged;
        const core::Scaler scaler = core::fitScaler(small.config.scaling, data->train);

        // The two boxes in parallel, then the line over every worker.
        std::array<core::SharpnessResult, 2> sharp{};
        if (usable) {
            std::exception_ptr failure;
            std::thread other([&] {
                try {
                    sharp[1] = core::epsilonSharpness(large.config.network, large.weights, *data,
                                                      scaler, boxConfig);
                } catch (...) {
                    failure = std::current_exception();
                }
            });
            try {
                sharp[0] = core::epsilonSharpness(small.config.network, small.weights, *data,
                                                  scaler, boxConfig);
            } catch (...) {
                other.join();
                throw;
            }
            other.join();
            if (failure) std::rethrow_exception(failure);
            for (const core::InterpolationPoint& p :
                 core::interpolateWeights(small.config.network, small.weights, large.weights, *data,
                                          scaler, lineConfig, workers))
                line.writeRow(
                    {seed, p.alpha, p.trainLoss, p.trainAccuracy, p.testLoss, p.testAccuracy});
            // The 2-D slices, each over every worker.
            QElapsedTimer sliceClock;
            sliceClock.start();
            const core::SliceConfig sliceConfig = sliceConfigFrom(config, seeds[s]);
            for (int m = 0; m < 2; ++m) {
                const core::BatchSizeResult& r = m == 0 ? small : large;
                const core::LossSlice slice = core::lossSlice(r.config.network, r.weights, *data,
                                                              scaler, sliceConfig, workers);
                for (const core::SlicePoint& p : slice.points)
                    slices.writeRow({seed, modelName(m), r.config.batchSize, p.a, p.b,
                                     p.trainLoss, p.trainAccuracy});
            }
            sliceSeconds += sliceClock.elapsed() / 1000.0;
        }
        for (int m = 0; m < 2; ++m) {
            const core::BatchSizeResult& r = m == 0 ? small : large;
            const core::SharpnessResult& h = sharp[static_cast<std::size_t>(m)];
            const QVariant nan = std::nan("");
            summary.writeRow(
                {seed, modelName(m), r.config.batchSize, r.learningRate, r.config.targetTrainLoss,
                 r.reachedTarget, r.epochs, qint64(r.updates), r.finalTrainLoss,
                 r.finalTrainAccuracy, r.finalTestLoss, r.finalTestAccuracy,
                 r.finalTrainAccuracy - r.finalTestAccuracy, usable ? QVariant(h.sharpness) : nan,
                 usable ? QVariant(h.baseLoss) : nan, usable ? QVariant(h.maxLoss) : nan,
                 r.wallSeconds, r.evalSeconds, r.diverged});
            for (const core::BatchSizeCurvePoint& q : r.curve)
                curves.writeRow({seed, modelName(m), r.config.batchSize, q.epoch, qint64(q.updates),
                                 q.trainLoss, q.testAccuracy, q.testLoss, q.wallSeconds});
            for (std::size_t k = 0; k < h.lossPerStep.size(); ++k)
                box.writeRow({seed, modelName(m), r.config.batchSize, qint64(k), h.lossPerStep[k]});
            if (progress)
                progress({qint64(s + 1), qint64(seeds.size()),
                          QStringLiteral("seed %1 %2 (B = %3): %4 after %5 epochs, test acc %6, "
                                         "sharpness %7")
                              .arg(seed)
                              .arg(modelName(m))
                              .arg(r.config.batchSize)
                              .arg(r.reachedTarget ? QStringLiteral("reached the target")
                                                   : QStringLiteral("did NOT reach the target"))
                              .arg(r.epochs, 0, 'f', 2)
                              .arg(r.finalTestAccuracy, 0, 'f', 4)
                              .arg(h.sharpness, 0, 'g', 4)});
        }
    }
    summary.close();
    curves.close();
    line.close();
    box.close();
    slices.close();
    if (progress)
        progress({qint64(seeds.size()), qint64(seeds.size()),
                  QStringLiteral("training %1 s (wall), probes %2 s (wall), of which 2-D slices "
                                 "%3 s")
                      .arg(trainingSeconds, 0, 'f', 1)
                      .arg(probeClock.elapsed() / 1000.0, 0, 'f', 1)
                      .arg(sliceSeconds, 0, 'f', 1)});
}

}  // namespace normlab::session
