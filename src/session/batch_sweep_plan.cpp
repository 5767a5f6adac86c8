#include "session/batch_sweep_plan.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "session/twin_config.h"

namespace normlab::session {

std::vector<core::LearningRateRule> lrRulesOf(const ExperimentConfig& c) {
    return namedValuesOf<core::LearningRateRule>(c, "lr_rule");
}

std::vector<bool> bnSettingsOf(const ExperimentConfig& c) {
    if (!c.getBool("bn")) return {false};
    if (c.getBool("also_without_bn")) return {false, true};
    return {true};
}

core::BatchSizeRunConfig batchSizeRunBaseFrom(const ExperimentConfig& c, core::Shape input,
                                              int outputs) {
    core::BatchSizeRunConfig r;
    r.network = networkSpecFrom(c, input, outputs);
    r.network.normaliser = core::NormKind::None;
    r.scaling = core::fromName<core::ScalingKind>(c.getString("input_scaling").toStdString());
    r.optimizer = optimizerFrom(c);
    r.baseLr = c.getDouble("base_lr");
    r.epochs = c.getDouble("epochs");
    r.seed = static_cast<std::uint64_t>(c.getInt("seed"));
    return r;
}

core::BatchSizeRunConfig batchSizeRunConfigFrom(const ExperimentConfig& c, core::Shape input,
                                                int outputs) {
    core::BatchSizeRunConfig r = batchSizeRunBaseFrom(c, input, outputs);
    r.lrRule = lrRulesOf(c).front();
    r.examples = c.getInt("examples");
    r.evalsPerEpoch = c.getInt("evals_per_epoch");
    r.curveTestSamples = c.getInt("curve_test_samples");
    return r;
}

std::vector<BatchSweepPoint> batchSweepPoints(const ExperimentConfig& c) {
    std::vector<BatchSweepPoint> points;
    const QList<double> grid = c.getDoubleList("lr_grid");
    const std::vector<bool> bnSettings = bnSettingsOf(c);
    const std::vector<std::uint64_t> seeds = seedsOf(c);
    const auto addSettings = [&](int size, core::LearningRateRule rule, double lr) {
        for (bool bn : bnSettings) {
            if (bn && size < 2) continue;  // BN has no batch variance at B = 1
            for (std::uint64_t seed : seeds) points.push_back({size, rule, bn, seed, lr});
        }
    };
    for (int size : c.getIntList("batch_sizes")) {
        if (grid.isEmpty())
            for (core::LearningRateRule rule : lrRulesOf(c)) addSettings(size, rule, 0);
        for (double lr : grid) addSettings(size, core::LearningRateRule::Constant, lr);
    }
    return points;
}

QList<double> lrMapRates() {
    QList<double> rates;
    for (int halfDecade = -6; halfDecade <= 0; ++halfDecade)
        rates << QString::number(std::pow(10.0, halfDecade / 2.0), 'g', 6).toDouble();
    return rates;
}

ExperimentConfig lrMapConfig(const ExperimentConfig& config) {
    ExperimentConfig map = config;
    QJsonArray grid;
    for (double lr : lrMapRates()) grid.append(lr);
    map.setValue("lr_grid", grid);
    map.setValue("seeds", 1);
    map.setValue("also_without_bn", false);
    if (bnSettingsOf(config).front() == false) map.setValue("bn", false);
    return map;
}

BatchSweepRun batchSweepRun(const core::BatchSizeRunConfig& base, const BatchSweepPoint& point) {
    BatchSweepRun run{point, base};
    run.config.batchSize = point.batchSize;
    run.config.lrRule = point.lrRule;
    if (point.fromLrGrid()) run.config.baseLr = point.baseLr;
    run.config.network.normaliser = point.batchNorm ? core::NormKind::Batch : core::NormKind::None;
    run.config.seed = point.seed;
    return run;
}

std::vector<BatchSweepRun> batchSweepRuns(const std::shared_ptr<const core::Dataset>& data,
                                          const core::BatchSizeRunConfig& base,
                                          const std::vector<BatchSweepPoint>& points) {
    std::vector<BatchSweepRun> runs;
    for (const BatchSweepPoint& point : points) {
        runs.push_back(batchSweepRun(base, point));
        try {
            (void)core::BatchSizeRun(data, runs.back().config);
        } catch (const std::exception& e) {
            throw std::invalid_argument("B = " + std::to_string(point.batchSize) + ": " + e.what());
        }
    }
    return runs;
}

std::vector<BatchSweepRun> notYetRun(std::vector<BatchSweepRun> planned,
                                     const std::vector<BatchSweepRun>& done, bool sameRate) {
    std::erase_if(planned, [&](const BatchSweepRun& p) {
        return std::any_of(done.begin(), done.end(), [&](const BatchSweepRun& d) {
            if (!sameRate) return d.point == p.point;
            const double a = d.config.learningRate(), b = p.config.learningRate();
            return d.point.batchSize == p.point.batchSize &&
                   d.point.batchNorm == p.point.batchNorm && d.point.seed == p.point.seed &&
                   std::abs(a - b) <= 1e-9 * std::abs(b);
        });
    });
    return planned;
}

double batchSweepPointCost(const core::Dataset& data, const core::BatchSizeRunConfig& config) {
    // A step costs about as much as this many examples more (gather, the
    // optimizer's pass over every weight, small-GEMM overheads), measured
    // on the batch-sweep preset: 30,000 steps of batch 2 take ~7x as long as
    // 937 steps of batch 64.
    constexpr double kStepOverheadExamples = 15;
    const int batch = std::max(1, config.batchSize);
    const std::int64_t perEpoch = std::max(1, data.train.size() / batch);
    const double steps =
        config.examples > 0
            ? static_cast<double>(config.examples / batch)
            : std::max(1.0, std::round(config.epochs * static_cast<double>(perEpoch)));
    // A forward pass alone is about a third of a training pass.
    const double curveRows = config.curveTestSamples > 0
                                 ? std::min(config.curveTestSamples, data.test.size())
                                 : data.test.size();
    const double evalExamples =
        (config.evalsPerEpoch * std::max(1.0, steps / static_cast<double>(perEpoch)) * curveRows +
         data.test.size() + std::min(config.trainEvalSamples, data.train.size())) /
        3.0;
    return steps * (kStepOverheadExamples + batch) + evalExamples;
}

SweepTask batchSweepTask(std::shared_ptr<const core::Dataset> data, const BatchSweepRun& run) {
    const BatchSweepPoint& point = run.point;
    SweepTask task;
    task.label = QStringLiteral("batch %1 %2 %3 seed %4")
                     .arg(point.batchSize)
                     .arg(point.fromLrGrid() ? QStringLiteral("lr %1").arg(point.baseLr)
                                             : QString::fromStdString(core::toString(point.lrRule)),
                          point.batchNorm ? QStringLiteral("bn") : QStringLiteral("plain"))
                     .arg(point.seed);
    task.cost = batchSweepPointCost(*data, run.config);
    // Built inside the run, so bad points fail as points, not while queueing.
    task.run = [data = std::move(data),
                config = run.config](const core::RunControl& control) -> SweepOutcome {
        return core::BatchSizeRun(data, config).run(control);
    };
    return task;
}

}  // namespace normlab::session
