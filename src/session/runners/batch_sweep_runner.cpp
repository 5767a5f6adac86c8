#include "session/runners/batch_sweep_runner.h"

#include <QDir>
#include <algorithm>
#include <cmath>
#include <map>

#include "core/lab/batch_size_run.h"
#include "core/lab/run_verdict.h"
#include "session/csv_writer.h"
#include "session/network_dataset.h"
#include "session/runners/headless_sweep.h"
#include "session/sweep_plan.h"

namespace normlab::session {

namespace {

// One cell per (batch size, lr): a CLI sweep shares its BN setting and budget,
// so a cell's runs differ only in their seed. Flagged runs are counted, not
// averaged; each batch size's best cell is marked (the tuned-lr curve).
void writeLrMap(const QString& path, const std::vector<SweepPointStatus>& points) {
    struct Cell {
        const core::BatchSizeResult* first = nullptr;
        int runs = 0, diverged = 0, underTrained = 0;
        QList<double> accuracies;
        [[nodiscard]] double mean() const {
            double sum = 0;
            for (double a : accuracies) sum += a;
            return accuracies.isEmpty() ? std::nan("") : sum / accuracies.size();
        }
    };
    std::map<std::pair<int, double>, Cell> cells;
    for (const SweepPointStatus& p : points) {
        const auto& r = std::get<core::BatchSizeResult>(*p.outcome);
        Cell& cell = cells[{r.config.batchSize, r.learningRate}];
        if (!cell.first) cell.first = &r;
        ++cell.runs;
        switch (core::verdictOf(r)) {
            case core::RunVerdict::Diverged:
                ++cell.diverged;
                break;
            case core::RunVerdict::UnderTrained:
                ++cell.underTrained;
                break;
            case core::RunVerdict::Trained:
                cell.accuracies << r.finalTestAccuracy;
                break;
        }
    }
    std::map<int, double> bestLr;
    for (const auto& [key, cell] : cells) {
        if (cell.accuracies.isEmpty()) continue;
        const auto known = bestLr.find(key.first);
        if (known == bestLr.end() || cell.mean() > cells[{key.first, known->second}].mean())
            bestLr[key.first] = key.second;
    }
    CsvWriter csv(path, {"batch_size", "lr", "bn", "epochs", "examples", "runs", "trained_runs",
                         "diverged_runs", "under_trained_runs", "mean_test_accuracy",
                         "min_test_accuracy", "max_test_accuracy", "best_lr_for_batch_size"});
    for (const auto& [key, cell] : cells) {
        const core::BatchSizeRunConfig& c = cell.first->config;
        const bool any = !cell.accuracies.isEmpty();
        const auto [lo, hi] = std::minmax_element(cell.accuracies.begin(), cell.accuracies.end());
        const auto best = bestLr.find(key.first);
        csv.writeRow({key.first, key.second, c.network.usesBatchNorm(), c.epochs,
                      qint64(c.examples), cell.runs, qint64(cell.accuracies.size()),
                      cell.diverged, cell.underTrained, cell.mean(),
                      any ? *lo : std::nan(""), any ? *hi : std::nan(""),
                      best != bestLr.end() && best->second == key.second});
    }
    csv.close();
}

}  // namespace

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
    writeLrMap(dir.filePath("lr_map.csv"), points);
    if (progress) {
        double training = 0, measuring = 0;
        for (const SweepPointStatus& p : points) {
            const auto& r = std::get<core::BatchSizeResult>(*p.outcome);
            training += r.wallSeconds;
            measuring += r.evalSeconds;
        }
        const auto total = static_cast<qint64>(points.size());
        progress({total, total,
                  QStringLiteral("summed over runs: training %1 s, evaluation %2 s")
                      .arg(training, 0, 'f', 1)
                      .arg(measuring, 0, 'f', 1)});
    }
}

}  // namespace normlab::session
