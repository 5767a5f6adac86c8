#include "core/lab/twin_trainer.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <stdexcept>
#include <thread>

#include "core/lab/network_evaluation.h"
#include "core/nn/group_norm.h"
#include "core/probe/growing_histogram.h"
#include "core/probe/network_state.h"

namespace normlab::core {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

TwinTrainer::Timed::Timed(PhaseSeconds& into, bool withCpu)
    : into_(into), wallStart_(Clock::now()), cpuStart_(withCpu ? threadCpuSeconds() : -1) {}

TwinTrainer::Timed::~Timed() {
    into_.wall += secondsSince(wallStart_);
    if (cpuStart_ >= 0) into_.cpu += threadCpuSeconds() - cpuStart_;
}

namespace {

void require(bool ok, const std::string& message) {
    if (!ok) throw std::invalid_argument(message);
}

// Columns of `z` that belong to one unit: one column for a dense layer, a
// channel's whole feature map for a conv layer.
std::span<const float> unitValues(const Tensor<float>& z, int unit, std::vector<float>& buffer) {
    const int spatial = z.shape.spatial();
    const auto rows = z.data.rows();
    buffer.resize(static_cast<std::size_t>(rows * spatial));
    for (Eigen::Index r = 0; r < rows; ++r)
        std::copy_n(z.data.row(r).data() + static_cast<Eigen::Index>(unit) * spatial, spatial,
                    buffer.begin() + r * spatial);
    return buffer;
}

std::span<const float> allValues(const Matrix<float>& m) {
    return {m.data(), static_cast<std::size_t>(m.size())};
}

int evenBins(int bins) { return bins + bins % 2; }

// No more threads than networks, nor than the machine has.
int poolThreads(const TwinConfig& config) {
    const int models = config.noisyBn ? 3 : 2;
    const int hardware = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    return std::min(models, config.threads > 0 ? config.threads : hardware);
}

// One model's per-layer buffers sized for a step's probes, which then fill
// them a layer at a time.
void startRecord(int layers, std::int64_t step, std::vector<LayerStats>& latest,
                 std::vector<std::vector<float>>& values, std::vector<Histogram>& pending,
                 StepProbe& record) {
    const auto n = static_cast<std::size_t>(layers);
    latest.resize(n);
    values.resize(n);
    pending.resize(n);
    record = StepProbe{};
    record.step = step;
    record.layers.resize(n);
}

DistributionDrift driftBetween(const LayerSummary& start, const LayerSummary& now) {
    return driftSince(start.p15, start.p50, start.p85, now.p15, now.p50, now.p85);
}

}  // namespace

ProbeActivation probeActivation(ActivationKind kind) {
    switch (kind) {
        case ActivationKind::Sigmoid:
            return ProbeActivation::Sigmoid;
        case ActivationKind::Tanh:
            return ProbeActivation::Tanh;
        case ActivationKind::Relu:
            return ProbeActivation::Relu;
        case ActivationKind::Identity:
            return ProbeActivation::Identity;
    }
    return ProbeActivation::Identity;
}

LayerSummary summarize(const LayerStats& s) {
    LayerSummary out;
    out.mean = s.mean;
    out.std = s.std;
    out.p1 = s.percentiles.p1;
    out.p15 = s.percentiles.p15;
    out.p50 = s.percentiles.p50;
    out.p85 = s.percentiles.p85;
    out.p99 = s.percentiles.p99;
    out.saturatedFraction = s.saturatedFraction;
    out.linearRegionFraction = s.linearRegionFraction;
    out.meanDerivativeRelative = s.meanDerivativeRelative;
    return out;
}

void TwinConfig::validate() const {
    require(normaliser != NormKind::None,
            "normaliser: the normalised twin needs batch, layer or group norm");
    NetworkSpec normalised = network;
    normalised.normaliser = normaliser;
    normalised.validate();
    require(!noisyBn || normaliser == NormKind::Batch,
            "noisy_bn: the noisy network injects noise after batch norm; it needs normaliser "
            "batch, not " +
                toString(normaliser));
    require(batchSize >= 2 && batchSize <= 4096,
            "batch_size: " + std::to_string(batchSize) +
                " is out of range [2, 4096] (batch norm needs at least two samples)");
    require(evalInterval >= 1, "eval_interval: must be at least 1");
    require(evalSamples >= 0, "eval_samples: must be 0 (all) or positive");
    require(trainEvalSamples >= 0, "train_eval_samples: must be 0 (all) or positive");
    require(histogramBins >= 2 && histogramBins <= 400, "histogram_bins: out of range [2, 400]");
    require(saturationEps > 0 && saturationEps < 0.5, "saturation_eps: out of range (0, 0.5)");
    require(optimizer.learningRate > 0 && std::isfinite(optimizer.learningRate),
            "lr: must be a positive number");
    require(noiseStrength >= 0 && noiseStrength <= kMaxNoiseStrength,
            "bn_noise: " + std::to_string(noiseStrength) + " is out of range [0, 10]");
    require(threads >= 0, "threads: must be 0 (one per hardware thread) or positive");
    const int depth = hiddenBlocks();
    require(trackedLayer >= 0 && trackedLayer <= depth,
            "tracked_layer: " + std::to_string(trackedLayer) + " is out of range [0, " +
                std::to_string(depth) + "]");
    const int units = trackedLayerUnits();
    require(trackedUnit >= 0 && trackedUnit < units,
            "tracked_unit: " + std::to_string(trackedUnit) + " is out of range [0, " +
                std::to_string(units - 1) + "]");
}

int TwinConfig::hiddenBlocks() const {
    return static_cast<int>(network.hidden.size()) +
           (network.model == ModelType::Cnn ? static_cast<int>(network.convChannels.size()) : 0);
}

int TwinConfig::unitsOfBlock(int l) const {
    const int blocks = hiddenBlocks();
    if (blocks == 0) return 0;
    const int block = std::clamp(l == 0 ? blocks : l, 1, blocks);
    const int conv =
        network.model == ModelType::Cnn ? static_cast<int>(network.convChannels.size()) : 0;
    return block <= conv ? network.convChannels[static_cast<std::size_t>(block - 1)]
                         : network.hidden[static_cast<std::size_t>(block - conv - 1)];
}

TwinTrainer::TwinTrainer(std::shared_ptr<const Dataset> data, const TwinConfig& config)
    : data_(std::move(data)),
      config_(config),
      scaler_(config.scaling),
      batches_(data_ ? data_->train.size() : 0, config.seed ^ 0x5eedba7c4ULL, true),
      pool_(poolThreads(config)),
      noiseRandom_(config.seed ^ 0x901535bdULL) {
    require(data_ != nullptr, "no data set");
    config_.validate();
    data_->validate();
    require(data_->isClassification(), "the batch-normalization lab needs a classification set");
    require(data_->train.size() >= config_.batchSize,
            "batch_size: " + std::to_string(config_.batchSize) + " is larger than the " +
                std::to_string(data_->train.size()) + " training samples");
    config_.network.input = data_->shape;
    config_.network.outputs = data_->numClasses;

    // Fitted on the training split only.
    scaler_ = fitScaler(config_.scaling, data_->train);

    modelCount_ = config_.noisyBn ? 3 : 2;
    for (int m = 0; m < modelCount_; ++m) {
        NetworkSpec spec = config_.network;
        spec.normaliser = (m == kPlain) ? NormKind::None : config_.normaliser;
        spec.noiseAfterNorm = m == kNoisy;
        // Same seed for all: only weights draw random numbers (the noise has
        // its own generator), so the networks start from identical weights.
        nets_[m] = std::make_unique<Network<float>>(Network<float>::build(spec, config_.seed));
        optimizers_[m] = std::make_unique<Optimizer<float>>(config_.optimizer);
        state_[m].name = m == kBn ? "bn" : m == kPlain ? "plain" : "noisy";
        state_[m].normaliser = spec.normaliser;
        state_[m].batchNorm = spec.usesBatchNorm();
        state_[m].noisy = spec.noiseAfterNorm;
    }
    const auto workers = static_cast<std::size_t>(pool_.threads());
    for (std::size_t w = 0; w < workers; ++w)
        evaluators_.push_back(
            std::make_unique<NetworkEvaluator>(evaluationChunkSize(config_.network)));
    scratch_.resize(workers);
    probeSeconds_.assign(workers, 0.0);
    phaseTimes_.resize(workers);
    if (config_.probes) probeStart();
}

void TwinTrainer::probeStart() {
    // Step 0: the first training rows through the initial networks, in train
    // mode (BN on batch statistics, as a training step sees them). The running
    // statistics this forward pass moves are put back.
    std::vector<int> rows(static_cast<std::size_t>(config_.batchSize));
    for (int i = 0; i < config_.batchSize; ++i) rows[static_cast<std::size_t>(i)] = i;
    data_->train.gather(rows, batch_.data);
    batch_.shape = data_->shape;
    scaler_.transform(batch_.data);
    // The noisy network starts noise-free (scale 1, shift 0): at step 0 it is
    // the BN network, the start both are measured from.
    for (int m = 0; m < modelCount_; ++m) {
        const NetworkState<float> keep(*nets_[m]);
        nets_[m]->forward(batch_, Mode::Train);
        probe(m);
        state_[m].histograms.push(HistogramCheckpoint{0, pending_[m]});
        restartPending(m);
    }
}

int TwinTrainer::trackedLayer() const {
    return config_.trackedLayer == 0 ? nets_[kBn]->hiddenBlockCount() : config_.trackedLayer;
}

std::int64_t TwinTrainer::stepsPerEpoch() const {
    return std::max<std::int64_t>(1, data_->train.size() / config_.batchSize);
}

void TwinTrainer::setLearningRate(double lr) {
    require(lr > 0 && std::isfinite(lr), "lr: must be a positive number");
    config_.optimizer.learningRate = lr;
    for (int m = 0; m < modelCount_; ++m) optimizers_[m]->setLearningRate(lr);
}

void TwinTrainer::setMomentum(double momentum) {
    config_.optimizer.momentum = momentum;
    for (int m = 0; m < modelCount_; ++m) optimizers_[m]->setMomentum(momentum);
}

void TwinTrainer::setBatchSize(int batchSize) {
    require(batchSize >= 2 && batchSize <= data_->train.size(),
            "batch_size: must be between 2 and the number of training samples");
    config_.batchSize = batchSize;
}

void TwinTrainer::setAffineLearnable(bool learnable) {
    config_.network.bnAffineLearnable = learnable;
    for (int m = 0; m < modelCount_; ++m)
        if (state_[m].normaliser != NormKind::None)
            nets_[m]->setNormaliserAffineLearnable(learnable);
}

void TwinTrainer::setNoiseStrength(double strength) {
    require(strength >= 0 && strength <= TwinConfig::kMaxNoiseStrength,
            "bn_noise: must be between 0 and 10");
    config_.noiseStrength = strength;
}

void TwinTrainer::setBnEvalUsesRunningStats(bool useRunning) {
    config_.bnEvalUsesRunningStats = useRunning;
}

void TwinTrainer::markDiverged(TwinModelState& state) const {
    if (state.diverged) return;
    state.diverged = true;
    state.divergedAtStep = step_;
    state.divergedAtLearningRate = config_.optimizer.learningRate;
}

void TwinTrainer::step() {
    for (auto& phases : phaseTimes_) phases = {};
    {
        const Timed timed(phaseTimes_[0][kTrainingPhase], profile_ != nullptr);
        const std::vector<int>& rows = batches_.next(config_.batchSize);
        data_->train.gather(rows, batch_.data);
        batch_.shape = data_->shape;
        scaler_.transform(batch_.data);
        data_->train.gatherLabels(rows, labels_);
    }
    ++step_;
    ++stepsSinceEval_;
    // The networks share only batch_ and labels_, read-only from here on.
    // Each network is probed by the task that stepped it, while its values
    // are still in that core's cache, and without a second hand-out.
    pool_.run(modelCount_, [this](int m, int worker) {
        trainModel(m, worker);
        if (config_.probes) probeModel(m, worker);
    });
    if (step_ % config_.evalInterval == 0) evaluate(config_.landscapeProbes);
    // One profile entry per phase and step, whichever threads did the work.
    addToProfile(RunPhase::Training, kTrainingPhase);
    addToProfile(RunPhase::Probes, kProbePhase);
}

void TwinTrainer::addToProfile(RunPhase phase, int index) {
    if (profile_ == nullptr) return;
    double wall = 0, cpu = 0;
    for (const auto& phases : phaseTimes_) {
        wall += phases[static_cast<std::size_t>(index)].wall;
        cpu += phases[static_cast<std::size_t>(index)].cpu;
    }
    profile_->add(phase, wall, cpu);
}

void TwinTrainer::trainModel(int m, int worker) {
    stepped_[m] = false;
    if (state_[m].diverged) return;
    Network<float>& net = *nets_[m];
    const auto trainStart = Clock::now();
    const Timed timed(phaseTimes_[static_cast<std::size_t>(worker)][kTrainingPhase],
                      profile_ != nullptr);
    if (m == kNoisy)
        for (int l = 1; l <= net.hiddenBlockCount(); ++l)
            if (UnitNoise<float>* noise = net.noise(l))
                noise->draw(noiseRandom_, config_.noiseStrength);
    const float loss = net.forwardBackward(batch_, labels_, Mode::Train);
    if (std::isfinite(loss)) {
        optimizers_[m]->step(net.params());
        lossSum_[m] += loss;
        stepped_[m] = true;
        if (!net.allFinite()) markDiverged(state_[m]);
    } else {
        markDiverged(state_[m]);
    }
    trainSeconds_[m] += secondsSince(trainStart);
}

void TwinTrainer::probeModel(int m, int worker) {
    if (!stepped_[m] || state_[m].diverged) return;
    const auto start = Clock::now();
    const Timed timed(phaseTimes_[static_cast<std::size_t>(worker)][kProbePhase],
                      profile_ != nullptr);
    const int layers = nets_[m]->hiddenBlockCount();
    startRecord(layers, step_, state_[m].latest, latestValues_[m], pending_[m], probing_[m]);
    for (int l = 1; l <= layers; ++l) probeLayer(m, l, worker);
    finishProbe(m, worker);
    probeSeconds_[static_cast<std::size_t>(worker)] += secondsSince(start);
}

void TwinTrainer::measureLandscape(int m) {
    Network<float>& net = *nets_[m];
    const GradientFn<float> gradients = [this](Network<float>& n) {
        return n.forwardBackward(batch_, labels_, Mode::Train);
    };
    const double lr = config_.optimizer.learningRate;
    LandscapeCheckpoint record;
    record.step = step_;
    for (int layer = 2; layer <= net.hiddenBlockCount() + 1; ++layer)
        record.ics.push_back(measureIcs(net, layer, lr, gradients));
    record.smoothness = measureSmoothness(net, lr, gradients);
    state_[m].landscape.push(std::move(record));
}

void TwinTrainer::probe(int m) {
    const int layers = nets_[m]->hiddenBlockCount();
    startRecord(layers, step_, state_[m].latest, latestValues_[m], pending_[m], probing_[m]);
    for (int l = 1; l <= layers; ++l) probeLayer(m, l, 0);
    finishProbe(m, 0);
}

void TwinTrainer::probeLayer(int m, int l, int worker) {
    const auto layer = static_cast<std::size_t>(l - 1);
    LayerStatsOptions options;
    options.saturationThreshold = sigmoidSaturationThreshold(config_.saturationEps);
    options.histogram = false;       // binned in snapshot(), from latestValues_
    options.allPercentiles = false;  // so are the percentiles the record does not keep
    const Tensor<float>& z = nets_[m]->preActivation(l);
    LayerStats& stats = state_[m].latest[layer];
    stats = summarizeLayer(z.data, probeActivation(config_.network.activation), options,
                           scratch_[static_cast<std::size_t>(worker)]);
    probing_[m].layers[layer] = summarize(stats);
    const std::span<const float> values = allValues(z.data);
    latestValues_[m][layer].assign(values.begin(), values.end());

    Histogram& pending = pending_[m][layer];
    if (pending.counts.empty()) {
        // The first batch's own range; later values widen it.
        const bool any = stats.count > 0;
        pending = Histogram::uniform(evenBins(config_.histogramBins), any ? stats.min : 0.0,
                                     any ? stats.max : 0.0);
    }
    addGrowing(pending, values, stats.min, stats.max);
}

void TwinTrainer::finishProbe(int m, int worker) {
    TwinModelState& state = state_[m];
    StepProbe& record = probing_[m];
    LayerStatsOptions options;
    options.saturationThreshold = sigmoidSaturationThreshold(config_.saturationEps);
    options.histogram = false;
    options.allPercentiles = false;
    ProbeScratch& scratch = scratch_[static_cast<std::size_t>(worker)];
    const Tensor<float>& tracked = nets_[m]->preActivation(trackedLayer());
    record.unit =
        summarize(summarizeLayer(unitValues(tracked, config_.trackedUnit, scratch.column),
                                 probeActivation(config_.network.activation), options, scratch));
    if (!state.probes.empty()) {
        const StepProbe& start = state.probes[0];
        state.drift.resize(record.layers.size());
        state.meanDrift.resize(record.layers.size());
        for (std::size_t l = 0; l < record.layers.size() && l < start.layers.size(); ++l) {
            state.drift[l] = driftBetween(start.layers[l], record.layers[l]);
            state.meanDrift[l].add(state.drift[l]);
        }
        state.unitDrift = driftBetween(start.unit, record.unit);
    }
    state.probes.push(std::move(record));
}

void TwinTrainer::restartPending(int m) {
    // The next interval starts on this one's edges, so checkpoints compare.
    for (Histogram& h : pending_[m])
        h = Histogram::uniform(h.bins(), h.edges.front(), h.edges.back());
}

void TwinTrainer::checkpoint(int m) {
    TwinModelState& state = state_[m];
    if (!pending_[m].empty()) {
        state.histograms.push(HistogramCheckpoint{step_, pending_[m]});
        restartPending(m);
    }
    if (state.normaliser == NormKind::None) return;
    Network<float>& net = *nets_[m];
    AffineCheckpoint affine;
    affine.step = step_;
    for (int l = 1; l <= net.hiddenBlockCount(); ++l) {
        const auto add = [&](const Matrix<float>& gamma, const Matrix<float>& beta) {
            affine.gamma.push_back(summarizeAffine(allValues(gamma), {}, scratch_[0]));
            affine.beta.push_back(summarizeAffine(allValues(beta), {}, scratch_[0]));
        };
        if (const BatchNorm<float>* bn = net.batchNorm(l))
            add(bn->gamma(), bn->beta());
        else if (const auto* gn = dynamic_cast<const GroupNorm<float>*>(net.normaliser(l)))
            add(gn->gamma(), gn->beta());  // layer norm is a group norm too
    }
    state.affine.push(std::move(affine));
}

void TwinTrainer::evaluate(bool withLandscape) {
    for (auto& phases : phaseTimes_) phases[kEvaluationPhase] = {};
    // Every worker's mirrors take the networks' state before a landscape
    // probe (which tries steps on the network itself) starts.
    for (const auto& evaluator : evaluators_)
        for (int m = 0; m < modelCount_; ++m)
            if (!state_[m].diverged) evaluator->prepare(static_cast<std::size_t>(m), *nets_[m]);
    // Tasks, longest first: the landscape probes, then every chunk of the
    // test and the training rows, each chunk gathered and scaled once and
    // run through every live model.
    struct Task {
        int model;  // landscape only
        int split;  // -1: landscape, 0: test, 1: train
        int chunk;
    };
    std::vector<Task> tasks;
    std::vector<std::size_t> live;
    std::vector<Mode> modes;
    for (int m = 0; m < modelCount_; ++m) {
        if (state_[m].diverged) continue;
        live.push_back(static_cast<std::size_t>(m));
        const bool trainMode = state_[m].batchNorm && !config_.bnEvalUsesRunningStats;
        modes.push_back(trainMode ? Mode::Train : Mode::Eval);
        if (withLandscape) tasks.push_back({m, -1, 0});
    }
    const Split* splits[] = {&data_->test, &data_->train};
    const int samples[] = {config_.evalSamples, config_.trainEvalSamples};
    // sums[k][c][i]: split k, chunk c, live model i.
    std::array<std::vector<std::vector<EvaluationSums>>, 2> sums;
    if (!live.empty()) {
        for (int k = 0; k < 2; ++k) {
            const int chunks = evaluators_[0]->chunks(*splits[k], samples[k]);
            sums[static_cast<std::size_t>(k)].assign(static_cast<std::size_t>(chunks),
                                                     std::vector<EvaluationSums>(live.size()));
            for (int c = 0; c < chunks; ++c) tasks.push_back({-1, k, c});
        }
    }
    pool_.run(static_cast<int>(tasks.size()), [&](int i, int worker) {
        const Task& t = tasks[static_cast<std::size_t>(i)];
        const auto w = static_cast<std::size_t>(worker);
        if (t.split < 0) {
            const auto start = Clock::now();
            const Timed timed(phaseTimes_[w][kProbePhase], profile_ != nullptr);
            measureLandscape(t.model);
            landscapeSeconds_[t.model] += secondsSince(start);
            return;
        }
        const Timed timed(phaseTimes_[w][kEvaluationPhase], profile_ != nullptr);
        const auto k = static_cast<std::size_t>(t.split);
        evaluators_[w]->evaluateChunk(live, modes, *splits[k], scaler_, samples[k], t.chunk,
                                      sums[k][static_cast<std::size_t>(t.chunk)]);
    });
    addToProfile(RunPhase::Evaluation, kEvaluationPhase);
    for (int m = 0; m < modelCount_; ++m) {
        TwinModelState& state = state_[m];
        EvalRecord record;
        record.step = step_;
        record.epoch = batches_.epoch();
        record.trainLoss = stepsSinceEval_ > 0 ? lossSum_[m] / stepsSinceEval_ : std::nan("");
        lossSum_[m] = 0;
        if (state.diverged) continue;
        // Added up in chunk order, as one evaluator on one thread would.
        const auto i = static_cast<std::size_t>(
            std::find(live.begin(), live.end(), static_cast<std::size_t>(m)) - live.begin());
        EvaluationSums test, train;
        for (const auto& chunk : sums[0]) test.add(chunk[i]);
        for (const auto& chunk : sums[1]) train.add(chunk[i]);
        testResult_[m] = test.result();
        trainResult_[m] = train.result();
        record.trainAccuracy = trainResult_[m].accuracy;
        record.testLoss = testResult_[m].loss;
        record.testAccuracy = testResult_[m].accuracy;
        if (!std::isfinite(record.testLoss)) markDiverged(state);
        state.evals.push(record);
        checkpoint(m);
    }
    stepsSinceEval_ = 0;
}

std::shared_ptr<const Snapshot> TwinTrainer::snapshot() const {
    auto snap = std::make_shared<TwinSnapshot>();
    snap->step = step_;
    snap->epoch = batches_.epoch();
    snap->config = config_;
    snap->hiddenLayers = nets_[kBn]->hiddenBlockCount();
    snap->models.assign(state_.begin(), state_.begin() + modelCount_);
    // The step's probe kept only the recorded percentiles; a snapshot, some
    // 30 a second at most, summarises its latest values in full.
    LayerStatsOptions full;
    full.saturationThreshold = sigmoidSaturationThreshold(config_.saturationEps);
    full.histogram = false;
    HistogramOptions binning;
    binning.bins = config_.histogramBins;
    binning.range = HistogramRange::MinMax;
    ProbeScratch scratch;
    for (int m = 0; m < modelCount_; ++m) {
        std::vector<LayerStats>& latest = snap->models[static_cast<std::size_t>(m)].latest;
        for (std::size_t l = 0; l < latest.size() && l < latestValues_[m].size(); ++l) {
            LayerStats& stats = latest[l];
            if (stats.count == 0 && stats.nonFinite == 0) continue;
            stats = summarizeLayer(latestValues_[m][l], probeActivation(config_.network.activation),
                                   full, scratch);
            stats.histogram = makeHistogram(latestValues_[m][l], binning, stats.min, stats.max,
                                            stats.percentiles);
        }
    }
    for (const double seconds : probeSeconds_) snap->probeSeconds += seconds;
    for (int m = 0; m < modelCount_; ++m) {
        snap->trainSeconds += trainSeconds_[m];
        snap->landscapeSeconds += landscapeSeconds_[m];
    }
    // What diverged is the models' own record (step, learning rate); the
    // app words it. `divergence` names the networks, so a second network
    // diverging is a new event.
    for (const TwinModelState& s : snap->models) {
        if (!s.diverged) continue;
        snap->diverged = true;
        if (!snap->divergence.empty()) snap->divergence += ',';
        snap->divergence += s.name;
    }
    return snap;
}

}  // namespace normlab::core
