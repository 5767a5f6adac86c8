#include "session/sweep_plan.h"

#include <algorithm>
#include <cmath>
#include <thread>

#include "core/lab/init_sweep_point.h"
#include "session/twin_config.h"

namespace normlab::session {

namespace {

std::vector<std::uint64_t> seedsOf(const ExperimentConfig& config) {
    std::vector<std::uint64_t> seeds;
    const auto first = static_cast<std::uint64_t>(config.getInt("seed"));
    for (int i = 0; i < config.getInt("seeds"); ++i) seeds.push_back(first + i);
    return seeds;
}

}  // namespace

int headlessWorkerCount(const ExperimentConfig& config) {
    const int requested = config.getInt("workers");
    if (requested > 0) return requested;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

core::BatchSizeRunConfig batchSizeRunConfigFrom(const ExperimentConfig& c, core::Shape input,
                                                int outputs) {
    core::BatchSizeRunConfig r;
    r.network = networkSpecFrom(c, input, outputs);
    r.network.normaliser = c.getBool("bn") ? core::NormKind::Batch : core::NormKind::None;
    r.scaling = core::scalingKindFromString(c.getString("input_scaling").toStdString());
    r.optimizer = optimizerFrom(c);
    r.lrRule = core::learningRateRuleFromString(c.getString("lr_rule").toStdString());
    r.baseLr = c.getDouble("base_lr");
    r.epochs = c.getDouble("epochs");
    r.examples = c.getInt("examples");
    r.evalsPerEpoch = c.getInt("evals_per_epoch");
    r.curveTestSamples = c.getInt("curve_test_samples");
    r.seed = static_cast<std::uint64_t>(c.getInt("seed"));
    return r;
}

std::vector<BatchSweepPoint> batchSweepPoints(const ExperimentConfig& c) {
    std::vector<BatchSweepPoint> points;
    const auto rule = core::learningRateRuleFromString(c.getString("lr_rule").toStdString());
    const QList<double> grid = c.getDoubleList("lr_grid");
    for (int size : c.getIntList("batch_sizes")) {
        if (grid.isEmpty())
            for (std::uint64_t seed : seedsOf(c))
                points.push_back({size, rule, c.getBool("bn"), seed});
        for (double lr : grid)
            for (std::uint64_t seed : seedsOf(c))
                points.push_back(
                    {size, core::LearningRateRule::Constant, c.getBool("bn"), seed, lr});
    }
    return points;
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

SweepTask batchSweepTask(std::shared_ptr<const core::Dataset> data, core::BatchSizeRunConfig base,
                         const BatchSweepPoint& point) {
    base.batchSize = point.batchSize;
    base.lrRule = point.lrRule;
    if (point.baseLr > 0) base.baseLr = point.baseLr;
    base.network.normaliser = point.batchNorm ? core::NormKind::Batch : core::NormKind::None;
    base.seed = point.seed;
    SweepTask task;
    task.label = QStringLiteral("batch %1 %2 %3 seed %4")
                     .arg(point.batchSize)
                     .arg(point.baseLr > 0 ? QStringLiteral("lr %1").arg(point.baseLr)
                                           : QString::fromStdString(core::toString(point.lrRule)),
                          point.batchNorm ? QStringLiteral("bn") : QStringLiteral("plain"))
                     .arg(point.seed);
    task.cost = batchSweepPointCost(*data, base);
    // Built inside the run, so bad points fail as points, not while queueing.
    task.run = [data = std::move(data), base](const core::RunControl& control) -> SweepOutcome {
        return core::BatchSizeRun(data, base).run(control);
    };
    return task;
}

core::TwinConfig initSweepTwinConfigFrom(const ExperimentConfig& c, core::Shape input,
                                         int outputs) {
    core::TwinConfig t;
    t.network = networkSpecFrom(c, input, outputs);
    t.scaling = core::scalingKindFromString(c.getString("input_scaling").toStdString());
    t.optimizer = optimizerFrom(c);
    t.batchSize = c.getInt("batch_size");
    t.bnEvalUsesRunningStats = c.getString("bn_eval_mode") == "eval";
    t.seed = static_cast<std::uint64_t>(c.getInt("seed"));
    return t;
}

std::vector<InitSweepStdPoint> initSweepPoints(const ExperimentConfig& c) {
    std::vector<InitSweepStdPoint> points;
    for (double std : c.getDoubleList("init_stds"))
        for (std::uint64_t seed : seedsOf(c)) points.push_back({std, seed});
    return points;
}

SweepTask initSweepTask(std::shared_ptr<const core::Dataset> data, core::TwinConfig base,
                        std::int64_t steps, const InitSweepStdPoint& point) {
    base.seed = point.seed;
    SweepTask task;
    task.label = QStringLiteral("init std %1 seed %2").arg(point.initStd).arg(point.seed);
    task.run = [data = std::move(data), base, steps,
                initStd = point.initStd](const core::RunControl& control) -> SweepOutcome {
        return core::InitSweepPoint(data, base, initStd, steps).run(control);
    };
    return task;
}

}  // namespace normlab::session
