#include "session/same_loss_plan.h"

#include "session/twin_config.h"

namespace normlab::session {

core::BatchSizeRunConfig sameLossRunConfig(const ExperimentConfig& c, core::Shape input,
                                           int outputs, SameLossModel model, std::uint64_t seed) {
    const bool small = model == SameLossModel::Small;
    core::BatchSizeRunConfig r;
    r.network = networkSpecFrom(c, input, outputs);
    r.network.normaliser = core::NormKind::None;  // sharpness in a box relative to the weights needs a plain net
    r.scaling = core::fromName<core::ScalingKind>(c.getString("input_scaling").toStdString());
    r.optimizer = optimizerFrom(c);
    r.batchSize = c.getInt(small ? "small_batch" : "large_batch");
    r.lrRule = core::LearningRateRule::Constant;
    r.baseLr = c.getDouble(small ? "small_lr" : "large_lr");
    r.epochs = c.getDouble("max_epochs");
    r.evalsPerEpoch = c.getInt("evals_per_epoch");
    r.curveTestSamples = 2000;
    r.trainEvalSamples = c.getInt("train_eval_samples");
    r.targetTrainLoss = c.getDouble("target_train_loss");
    r.keepWeights = true;
    r.seed = seed;
    return r;
}

std::vector<std::uint64_t> sameLossSeeds(const ExperimentConfig& c) {
    std::vector<std::uint64_t> seeds;
    for (int i = 0; i < c.getInt("seeds"); ++i)
        seeds.push_back(static_cast<std::uint64_t>(c.getInt("seed")) + i);
    return seeds;
}

core::InterpolationConfig interpolationConfigFrom(const ExperimentConfig& c) {
    core::InterpolationConfig i;
    i.points = c.getInt("interpolation_points");
    i.trainSamples = c.getInt("train_eval_samples");
    return i;
}

core::SharpnessConfig sharpnessConfigFrom(const ExperimentConfig& c) {
    core::SharpnessConfig s;
    s.epsilon = c.getDouble("sharpness_epsilon");
    s.steps = c.getInt("sharpness_steps");
    s.samples = c.getInt("sharpness_samples");
    return s;
}

core::SliceConfig sliceConfigFrom(const ExperimentConfig& c, std::uint64_t seed) {
    core::SliceConfig s;
    s.radius = c.getDouble("slice_radius");
    s.pointsPerSide = c.getInt("slice_points");
    s.samples = c.getInt("slice_samples");
    s.seed = seed;
    return s;
}

SweepTask sameLossTask(std::shared_ptr<const core::Dataset> data,
                       const core::BatchSizeRunConfig& run, SameLossModel model) {
    SweepTask task;
    task.label =
        QStringLiteral("%1 batch %2 seed %3")
            .arg(model == SameLossModel::Small ? QStringLiteral("small") : QStringLiteral("large"))
            .arg(run.batchSize)
            .arg(run.seed);
    task.run = [data = std::move(data), run](const core::RunControl& control) -> SweepOutcome {
        return core::BatchSizeRun(data, run).run(control);
    };
    return task;
}

}  // namespace normlab::session
