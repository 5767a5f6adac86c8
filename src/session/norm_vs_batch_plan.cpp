#include "session/norm_vs_batch_plan.h"

#include "session/batch_sweep_plan.h"

namespace normlab::session {

std::vector<core::NormKind> normalisersOf(const ExperimentConfig& config) {
    return namedValuesOf<core::NormKind>(config, "normalisers");
}

core::BatchSizeRunConfig normVsBatchRunConfigFrom(const ExperimentConfig& c, core::Shape input,
                                                  int outputs) {
    core::BatchSizeRunConfig r = batchSizeRunBaseFrom(c, input, outputs);
    r.lrRule = core::fromName<core::LearningRateRule>(c.getString("lr_rule").toStdString());
    // Only the final numbers are reported: one curve point per epoch on a small test sample.
    r.evalsPerEpoch = 1;
    r.curveTestSamples = 500;
    r.gapBatches = c.getInt("gap_batches");
    return r;
}

std::vector<NormVsBatchPoint> normVsBatchPoints(const ExperimentConfig& c) {
    std::vector<NormVsBatchPoint> points;
    for (core::NormKind kind : normalisersOf(c))
        for (int size : c.getIntList("batch_sizes"))
            for (std::uint64_t seed : seedsOf(c)) points.push_back({kind, size, seed});
    return points;
}

core::BatchSizeRunConfig normVsBatchPointConfig(core::BatchSizeRunConfig base,
                                                const NormVsBatchPoint& point) {
    base.network.normaliser = point.normaliser;
    base.batchSize = point.batchSize;
    base.seed = point.seed;
    return base;
}

SweepTask normVsBatchTask(std::shared_ptr<const core::Dataset> data,
                          const core::BatchSizeRunConfig& base, const NormVsBatchPoint& point) {
    SweepTask task;
    task.label = QStringLiteral("%1 norm batch %2 seed %3")
                     .arg(QString::fromStdString(core::toString(point.normaliser)))
                     .arg(point.batchSize)
                     .arg(point.seed);
    task.run = [data = std::move(data), config = normVsBatchPointConfig(base, point)](
                   const core::RunControl& control) -> SweepOutcome {
        return core::BatchSizeRun(data, config).run(control);
    };
    return task;
}

SweepWork normVsBatchWork(const std::shared_ptr<const core::Dataset>& data,
                          const ExperimentConfig& config) {
    const core::BatchSizeRunConfig base =
        normVsBatchRunConfigFrom(config, data->shape, data->numClasses);
    SweepWork work;
    for (const NormVsBatchPoint& point : normVsBatchPoints(config)) {
        (void)core::BatchSizeRun(data, normVsBatchPointConfig(base, point));  // fail before runs
        work.tasks.push_back(normVsBatchTask(data, base, point));
    }
    return work;
}

}  // namespace normlab::session
