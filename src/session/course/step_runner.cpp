#include "session/course/step_runner.h"

#include <QElapsedTimer>
#include <algorithm>
#include <memory>

#include "core/lab/twin_trainer.h"
#include "session/feature_scaling_config.h"
#include "session/network_dataset.h"
#include "session/batch_sweep_plan.h"
#include "session/sweep_plan.h"
#include "session/sweep_runner.h"
#include "session/twin_config.h"

namespace normlab::session::course {

ExperimentConfig stepConfig(const CourseStep& step, std::uint64_t seed) {
    ExperimentConfig config = loadPreset(step.preset);
    if (seed > 0) config.setValue(QStringLiteral("seed"), QJsonValue(static_cast<qint64>(seed)));
    return config;
}

namespace {

StepRun runSweep(const ExperimentConfig& config) {
    StepRun result;
    const std::shared_ptr<const core::Dataset> data = loadNetworkDataset(config);
    QElapsedTimer clock;
    clock.start();
    const core::BatchSizeRunConfig base = batchSizeRunConfigFrom(config, data->shape, data->numClasses);
    SweepRunner runner(headlessWorkerCount(config));
    for (const BatchSweepRun& run : batchSweepRuns(data, base, batchSweepPoints(config)))
        runner.add(batchSweepTask(data, run));
    runner.wait();
    std::vector<core::BatchSizeResult> runs;
    for (const SweepPointStatus& p : runner.points()) {
        if (p.state == SweepPointState::Failed)
            throw std::runtime_error(p.label.toStdString() + ": " + p.error.toStdString());
        if (p.outcome) runs.push_back(std::get<core::BatchSizeResult>(*p.outcome));
    }
    result.measures = measureBatchSweep(runs);
    result.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    return result;
}

}  // namespace

QMap<std::int64_t, StepRun> runCheckpoints(const ExperimentConfig& config,
                                           QList<std::int64_t> checkpoints) {
    std::sort(checkpoints.begin(), checkpoints.end());
    std::unique_ptr<core::Experiment> experiment;
    QElapsedTimer clock;
    if (config.kind == QLatin1String("feature-scaling")) {
        clock.start();
        experiment = std::make_unique<core::ScalingComparison>(scalingComparisonConfigFrom(config));
    } else {
        const std::shared_ptr<const core::Dataset> data = loadNetworkDataset(config);
        clock.start();
        experiment = std::make_unique<core::TwinTrainer>(
            data, twinConfigFrom(config, data->shape, data->numClasses));
    }
    QMap<std::int64_t, StepRun> runs;
    std::int64_t done = 0;
    for (const std::int64_t checkpoint : checkpoints) {
        for (; done < checkpoint; ++done) experiment->step();
        runs[checkpoint] = {measureSnapshot(*experiment->snapshot()),
                            static_cast<double>(clock.nsecsElapsed()) / 1e9};
    }
    return runs;
}

StepRun runStep(const CourseStep& step, std::uint64_t seed) {
    const ExperimentConfig config = stepConfig(step, seed);
    if (step.checkpoint.sweep) return runSweep(config);
    return runCheckpoints(config, {step.checkpoint.steps}).value(step.checkpoint.steps);
}

}  // namespace normlab::session::course
