#pragma once
// The batch-normalization lab's experiment: two networks identical in every
// way except one normaliser (batch norm by default; layer or group norm on
// request), built from the same seed (so the same initial weights), trained
// in lockstep on the same mini-batches. Every difference between them is the
// normaliser's doing. Optionally a third, "noisy BN"
// (Santurkar et al. 2018): the BN network with random per-unit shifts and
// scales injected after every BN layer at every step. The networks step side
// by side on a small thread pool; they share only the batch, so the numbers
// are the same as stepping them one after another.

#include <array>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/data/batch_iterator.h"
#include "core/data/dataset.h"
#include "core/data/scaler.h"
#include "core/lab/append_log.h"
#include "core/lab/experiment.h"
#include "core/lab/network_evaluation.h"
#include "core/lab/run_profile.h"
#include "core/nn/network.h"
#include "core/nn/optimizer.h"
#include "core/parallel/task_pool.h"
#include "core/probe/affine_summary.h"
#include "core/probe/distribution_drift.h"
#include "core/probe/layer_stats.h"
#include "core/probe/smoothness_probe.h"

namespace normlab::core {

struct TwinConfig {
    NetworkSpec network;  // `normaliser` is ignored: one twin has `normaliser` below, one none
    // The normalised twin's normaliser (not None); group norm takes network.normGroups.
    NormKind normaliser = NormKind::Batch;
    ScalingKind scaling = ScalingKind::None;
    OptimizerOptions optimizer{OptimizerKind::Sgd, 0.5};
    int batchSize = 60;
    int evalInterval = 100;              // steps between test-set evaluations and checkpoints
    int evalSamples = 0;                 // test samples per evaluation; 0 = the whole test set
    int trainEvalSamples = 2000;         // fixed training rows for the train accuracy
    bool bnEvalUsesRunningStats = true;  // false: the BN twin is evaluated in train mode
    std::uint64_t seed = 1;
    int histogramBins = 40;       // rounded up to even, so a range can double
    double saturationEps = 0.01;  // sigmoid saturated when within eps of 0 or 1
    int trackedLayer = 0;         // 1-based hidden block; 0 = the last hidden block
    int trackedUnit = 0;          // unit (or channel) of the tracked layer
    bool probes = true;           // per-step statistics; off only to measure their cost
    // Santurkar et al.'s ICS and smoothness measures at every checkpoint.
    // They cost several extra forward/backward passes, so they are opt-in.
    bool landscapeProbes = false;
    bool noisyBn = false;        // add the noisy-BN network (batch norm only)
    double noiseStrength = 1.0;  // UnitNoise strength s, in [0, kMaxNoiseStrength]
    static constexpr double kMaxNoiseStrength = 10.0;
    // Threads that step the networks, the caller included; 0 = one per
    // hardware thread. Any value gives the same numbers.
    int threads = 0;

    // Throws std::invalid_argument naming the first bad field.
    void validate() const;
    // Hidden blocks (conv blocks first, then dense ones) and the units (or
    // channels) of block l, 1-based; 0 = the last; from the spec alone.
    [[nodiscard]] int hiddenBlocks() const;
    [[nodiscard]] int unitsOfBlock(int l) const;
    // The units trackedUnit may choose from.
    [[nodiscard]] int trackedLayerUnits() const { return unitsOfBlock(trackedLayer); }
};

// The numbers a view or CSV row needs about one layer at one step.
struct LayerSummary {
    double mean = 0, std = 0, p1 = 0, p15 = 0, p50 = 0, p85 = 0, p99 = 0;
    double saturatedFraction = 0, linearRegionFraction = 0, meanDerivativeRelative = 0;
};

struct EvalRecord {
    std::int64_t step = 0;
    double epoch = 0;
    double trainLoss = 0;  // mean mini-batch loss since the previous evaluation
    // On the first trainEvalSamples training rows, measured as the test
    // accuracy is (same mode, same step), so the generalisation gap compares
    // like with like.
    double trainAccuracy = 0;
    double testLoss = 0;
    double testAccuracy = 0;
};

struct StepProbe {
    std::int64_t step = 0;
    std::vector<LayerSummary> layers;  // index 0 = hidden block 1
    LayerSummary unit;                 // the tracked unit of the tracked layer
};

// Pre-activation histograms accumulated over one evaluation interval; step 0
// holds the values before any update. Each interval starts from the previous
// checkpoint's edges and widens them (bins merge in pairs) when values fall
// outside, so every finite value is counted and later ranges contain earlier ones.
struct HistogramCheckpoint {
    std::int64_t step = 0;
    std::vector<Histogram> layers;
};

struct AffineCheckpoint {
    std::int64_t step = 0;
    std::vector<AffineSummary> gamma, beta;  // per normaliser layer
};

// Is it really covariate shift? Measured on the last training batch.
struct LandscapeCheckpoint {
    std::int64_t step = 0;
    std::vector<IcsMeasure> ics;  // weighted layers 2 .. hidden + 1
    SmoothnessMeasure smoothness;
};

struct TwinModelState {
    std::string name;  // "bn", "plain" or "noisy" (the slot, whatever the normaliser)
    NormKind normaliser = NormKind::None;
    bool batchNorm = false;
    bool noisy = false;  // noise injected after every BN layer
    bool diverged = false;
    std::int64_t divergedAtStep = -1;   // the step it diverged at, when it has
    double divergedAtLearningRate = 0;  // the learning rate it diverged at
    AppendLog<EvalRecord> evals;
    AppendLog<StepProbe> probes;  // probes[0] is step 0, before any update
    AppendLog<HistogramCheckpoint> histograms;
    AppendLog<AffineCheckpoint> affine;        // empty for the plain twin
    AppendLog<LandscapeCheckpoint> landscape;  // empty unless landscapeProbes
    // Last step's statistics. A snapshot's are in full, with histograms; the
    // trainer's own copy has no histogram and only the recorded percentiles
    // (p1, p15, p50, p85, p99): the rest would cost as much again every
    // step, and only ~30 frames a second show it.
    std::vector<LayerStats> latest;
    // The latest probe against step 0, per hidden layer and for the tracked unit.
    std::vector<DistributionDrift> drift;
    DistributionDrift unitDrift;
    // The drift averaged over every step since step 0, per hidden layer.
    std::vector<MeanDrift> meanDrift;
};

struct TwinSnapshot final : Snapshot {
    TwinConfig config;
    int hiddenLayers = 0;
    // [kBn] = the normalised twin (config.normaliser), [kPlain] = plain,
    // [kNoisy] = noisy BN when config.noisyBn.
    std::vector<TwinModelState> models;
    double probeSeconds = 0;      // time spent probing so far
    double trainSeconds = 0;      // time spent in forward, backward and updates
    double landscapeSeconds = 0;  // time spent in the ICS and smoothness probes
};

class TwinTrainer final : public Experiment {
  public:
    static constexpr int kBn = 0;
    static constexpr int kPlain = 1;
    static constexpr int kNoisy = 2;
    static constexpr int kMaxModels = 3;

    // Throws std::invalid_argument for a bad config or a data set the
    // network cannot take.
    TwinTrainer(std::shared_ptr<const Dataset> data, const TwinConfig& config);

    void step() override;
    [[nodiscard]] std::int64_t stepsPerEpoch() const override;
    [[nodiscard]] std::shared_ptr<const Snapshot> snapshot() const override;
    [[nodiscard]] std::string datasetName() const override { return data_->name; }
    [[nodiscard]] std::optional<CommandRefusal> apply(const LabCommand& command) override;

    // Live changes, applied from the next step on.
    void setLearningRate(double lr);
    void setMomentum(double momentum);
    void setBatchSize(int batchSize);
    void setAffineLearnable(bool learnable);
    void setBnEvalUsesRunningStats(bool useRunning);
    void setLandscapeProbes(bool on) { config_.landscapeProbes = on; }
    // Throws std::invalid_argument outside [0, kMaxNoiseStrength].
    void setNoiseStrength(double strength);
    // Training, probe and evaluation times go into `profile` too (null: nowhere).
    void setProfile(RunProfile* profile) { profile_ = profile; }

    // Evaluates the networks on the test set now (also done every evalInterval).
    void evaluate() { evaluate(false); }

    [[nodiscard]] std::int64_t steps() const { return step_; }
    [[nodiscard]] const TwinConfig& config() const { return config_; }
    [[nodiscard]] int modelCount() const { return modelCount_; }
    [[nodiscard]] int threads() const { return pool_.threads(); }
    [[nodiscard]] const TwinModelState& model(int i) const { return state_[i]; }
    [[nodiscard]] Network<float>& network(int i) { return *nets_[i]; }

  private:
    // Wall and CPU time of one phase of one model in the current step.
    struct PhaseSeconds {
        double wall = 0, cpu = 0;
    };
    // Adds the time from construction to destruction to `into`.
    class Timed {
      public:
        // The thread's CPU clock is a system call (about a microsecond in
        // a VM), so it is read only while a run is being profiled.
        Timed(PhaseSeconds& into, bool withCpu);
        ~Timed();
        Timed(const Timed&) = delete;
        Timed& operator=(const Timed&) = delete;

      private:
        PhaseSeconds& into_;
        std::chrono::steady_clock::time_point wallStart_;
        double cpuStart_;
    };
    static constexpr int kTrainingPhase = 0, kProbePhase = 1, kEvaluationPhase = 2;
    void addToProfile(RunPhase phase, int index);

    // One model's training step, on whichever pool thread runs it.
    void trainModel(int model, int worker);
    // Every layer of a model that just stepped, then its tracked unit and
    // drift, on the worker that stepped it.
    void probeModel(int model, int worker);
    void probeLayer(int model, int layer, int worker);
    void finishProbe(int model, int worker);
    void probe(int model);  // every layer on the calling thread (step 0)
    void probeStart();
    void restartPending(int model);
    void markDiverged(TwinModelState& state) const;
    // The landscape probes (when due) and every evaluation chunk of every
    // model as one set of tasks, the records then written in model order.
    void evaluate(bool withLandscape);
    void checkpoint(int model);
    void measureLandscape(int model);
    [[nodiscard]] int trackedLayer() const;

    std::shared_ptr<const Dataset> data_;
    TwinConfig config_;
    Scaler scaler_;
    BatchIterator batches_;
    int modelCount_ = 2;
    TaskPool pool_;
    // Everything below indexed by model is touched only by that model's
    // tasks, and within a step's probes only by that model and layer's task;
    // whatever is indexed by worker only by that pool thread.
    std::vector<std::unique_ptr<NetworkEvaluator>> evaluators_;  // per worker, a mirror per model
    std::array<std::unique_ptr<Network<float>>, kMaxModels> nets_;
    std::array<std::unique_ptr<Optimizer<float>>, kMaxModels> optimizers_;
    std::array<TwinModelState, kMaxModels> state_;
    // Running sums since the last evaluation.
    std::array<double, kMaxModels> lossSum_{};
    int stepsSinceEval_ = 0;
    std::array<std::vector<Histogram>, kMaxModels> pending_;  // histograms being accumulated
    // Last step's pre-activations per model and layer, binned when a snapshot is taken.
    std::array<std::vector<std::vector<float>>, kMaxModels> latestValues_;
    std::array<StepProbe, kMaxModels> probing_;  // this step's probe record, filled per layer
    std::vector<ProbeScratch> scratch_;          // per worker
    std::array<bool, kMaxModels> stepped_{};
    std::array<Evaluation, kMaxModels> testResult_{}, trainResult_{};
    // Seconds per model (per worker for probes), added up at snapshot time.
    std::array<double, kMaxModels> trainSeconds_{}, landscapeSeconds_{};
    std::vector<double> probeSeconds_;
    SeededRandom noiseRandom_;  // the noisy network's only random numbers
    std::int64_t step_ = 0;
    Tensor<float> batch_;
    std::vector<int> labels_;
    RunProfile* profile_ = nullptr;
    std::vector<std::array<PhaseSeconds, 3>> phaseTimes_;  // per worker
};

// Summarises one layer's full statistics as a compact record.
LayerSummary summarize(const LayerStats& stats);
ProbeActivation probeActivation(ActivationKind kind);

}  // namespace normlab::core
