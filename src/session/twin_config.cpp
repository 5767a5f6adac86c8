#include "session/twin_config.h"

#include "core/nn/activation_kind.h"

namespace normlab::session {

core::NetworkSpec networkSpecFrom(const ExperimentConfig& c, core::Shape input, int outputs) {
    core::NetworkSpec spec;
    spec.input = input;
    spec.outputs = outputs;
    spec.model = core::fromName<core::ModelType>(c.getString("model").toStdString());
    spec.activation = core::fromName<core::ActivationKind>(c.getString("activation").toStdString());
    if (spec.model == core::ModelType::Cnn) {
        // conv3x3 -> BN -> ReLU, twice, each followed by pooling, then the output layer.
        const int channels = c.getInt("cnn_channels");
        spec.convChannels = {channels, channels * 2};
        spec.hidden.clear();
        if (c.has("cnn_dense") && c.getInt("cnn_dense") > 0) spec.hidden = {c.getInt("cnn_dense")};
        spec.activation = core::ActivationKind::Relu;
        spec.pooling = c.getString("pooling") == "avg" ? core::PoolKind::Average : core::PoolKind::Max;
    } else {
        spec.hidden.assign(static_cast<std::size_t>(c.getInt("depth")), c.getInt("width"));
    }
    spec.bnPlacement = core::fromName<core::BnPlacement>(c.getString("bn_placement").toStdString());
    spec.bnAffineLearnable = c.getString("affine") == "learnable";
    spec.bnMomentum = c.getDouble("bn_momentum");
    spec.bnEps = c.getDouble("bn_eps");
    if (c.has("groups")) spec.normGroups = c.getInt("groups");
    if (c.has("init")) {
        spec.init = core::fromName<core::InitKind>(c.getString("init").toStdString());
        spec.initStd = c.getDouble("init_std");
    }
    return spec;
}

core::NormKind twinNormaliserFrom(const ExperimentConfig& c) {
    return c.has("normaliser") ? core::fromName<core::NormKind>(c.getString("normaliser").toStdString())
                               : core::NormKind::Batch;
}

core::OptimizerOptions optimizerFrom(const ExperimentConfig& c) {
    core::OptimizerOptions o;
    o.kind = core::fromName<core::OptimizerKind>(c.getString("optimizer").toStdString());
    o.momentum = c.getDouble("momentum");
    if (c.has("lr")) o.learningRate = c.getDouble("lr");
    return o;
}

core::TwinConfig twinConfigFrom(const ExperimentConfig& c, core::Shape input, int outputs) {
    core::TwinConfig t;
    t.network = networkSpecFrom(c, input, outputs);
    t.scaling = core::fromName<core::ScalingKind>(c.getString("input_scaling").toStdString());
    t.optimizer = optimizerFrom(c);
    t.batchSize = c.getInt("batch_size");
    t.evalInterval = c.getInt("eval_interval");
    t.evalSamples = 0;  // the dataset is already cut to test_samples
    t.bnEvalUsesRunningStats = c.getString("bn_eval_mode") == "eval";
    t.seed = static_cast<std::uint64_t>(c.getInt("seed"));
    t.histogramBins = c.getInt("histogram_bins");
    t.saturationEps = c.getDouble("saturation_eps");
    t.landscapeProbes = c.getBool("ics_probe");
    t.normaliser = twinNormaliserFrom(c);
    if (c.has("noisy_bn")) {
        t.noisyBn = c.getBool("noisy_bn");
        t.noiseStrength = c.getDouble("bn_noise");
    }
    return t;
}

}  // namespace normlab::session
