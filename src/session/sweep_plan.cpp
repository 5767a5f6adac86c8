#include "session/sweep_plan.h"

#include <algorithm>
#include <cmath>
#include <thread>

#include "core/lab/init_sweep_point.h"
#include "session/twin_config.h"

namespace normlab::session {

std::vector<std::uint64_t> seedsOf(const ExperimentConfig& config) {
    std::vector<std::uint64_t> seeds;
    const auto first = static_cast<std::uint64_t>(config.getInt("seed"));
    for (int i = 0; i < config.getInt("seeds"); ++i) seeds.push_back(first + i);
    return seeds;
}

int headlessWorkerCount(const ExperimentConfig& config) {
    const int requested = config.getInt("workers");
    if (requested > 0) return requested;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

core::TwinConfig initSweepTwinConfigFrom(const ExperimentConfig& c, core::Shape input,
                                         int outputs) {
    core::TwinConfig t;
    t.network = networkSpecFrom(c, input, outputs);
    t.scaling = core::fromName<core::ScalingKind>(c.getString("input_scaling").toStdString());
    t.optimizer = optimizerFrom(c);
    t.batchSize = c.getInt("batch_size");
    t.bnEvalUsesRunningStats = c.getString("bn_eval_mode") == "eval";
    t.normaliser = twinNormaliserFrom(c);
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
