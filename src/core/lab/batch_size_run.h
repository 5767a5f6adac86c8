#pragma once
// The batch-size lab's experiment: one network trained with mini-batches of B
// examples for a fixed budget of epochs (or examples seen), its learning rate
// set from B by a LearningRateRule. A sweep runs one of these per point; each
// is deterministic per (config, seed) whatever thread runs it.

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "core/data/dataset.h"
#include "core/data/scaler.h"
#include "core/lab/learning_rate_rule.h"
#include "core/lab/network_weights.h"
#include "core/lab/run_control.h"
#include "core/lab/running_stat_gap.h"
#include "core/nn/network_spec.h"
#include "core/nn/optimizer.h"

namespace normlab::core {

struct BatchSizeRunConfig {
    NetworkSpec network;  // input and outputs are taken from the data; the normaliser is honoured
    ScalingKind scaling = ScalingKind::MinMax;
    OptimizerOptions optimizer{OptimizerKind::Sgd, 0.01};  // learningRate comes from the rule
    int batchSize = 32;
    LearningRateRule lrRule = LearningRateRule::Linear;
    double baseLr = 1e-3;
    double epochs = 1.0;
    std::int64_t examples = 0;     // budget in examples seen; > 0 replaces `epochs`
    int evalsPerEpoch = 10;        // learning-curve points per epoch (plus one at the start)
    int curveTestSamples = 0;      // test rows per curve point; 0 = all (the final point uses all)
    int trainEvalSamples = 10000;  // fixed training subset for the final train accuracy
    // > 0: stop at the first curve point whose training loss (eval mode, on
    // the trainEvalSamples subset) is at most this; the budget is then a limit.
    double targetTrainLoss = 0;
    bool keepWeights = false;  // copy the final weights into the result
    int gapBatches = 0;            // BN nets: batches of B measuring the running-stat gap
    std::uint64_t seed = 1;

    [[nodiscard]] double learningRate() const {
        return scaledLearningRate(lrRule, baseLr, batchSize);
    }
    // Throws std::invalid_argument naming the first bad field.
    void validate() const;
};

struct BatchSizeCurvePoint {
    double epoch = 0;  // examples seen / training-set size
    std::int64_t updates = 0;
    std::int64_t examplesSeen = 0;
    double wallSeconds = 0;  // training time so far, evaluations excluded
    double testAccuracy = 0;
    double testLoss = 0;
    // Mean mini-batch accuracy since the previous point; NaN at the start.
    double trainAccuracy = std::numeric_limits<double>::quiet_NaN();
    // With a target training loss only: loss on the fixed training subset.
    double trainLoss = std::numeric_limits<double>::quiet_NaN();
};

struct BatchSizeResult {
    BatchSizeRunConfig config;
    double learningRate = 0;
    std::int64_t updates = 0;
    std::int64_t examplesSeen = 0;
    double epochs = 0;       // examples seen / training-set size
    double wallSeconds = 0;  // training time, evaluations excluded
    double evalSeconds = 0;  // time spent measuring (curve points and final numbers)
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    double finalTrainAccuracy = kNaN;  // eval mode, fixed training subset
    double finalTestAccuracy = kNaN;   // eval mode (BN: running statistics)
    double finalTestLoss = kNaN;
    // BN nets only: the test set in batches of B with BN in train mode (batch statistics).
    double testAccuracyBnTrainMode = kNaN;
    double testLossBnTrainMode = kNaN;
    // BN nets with gapBatches > 0: batch vs running statistics per BN layer at the end.
    std::vector<RunningStatGap> runningGap;
    bool diverged = false;
    std::string divergence;  // what happened, with a hint; empty when fine
    bool cancelled = false;  // stopped early: the final numbers are missing
    bool reachedTarget = false;         // targetTrainLoss was reached within the budget
    double finalTrainLoss = kNaN;       // eval mode, fixed training subset
    std::vector<BatchSizeCurvePoint> curve;
    NetworkWeights weights;  // keepWeights only
};

class BatchSizeRun {
  public:
    // Throws std::invalid_argument for a bad config or a data set the network
    // cannot take (a regression set, fewer training rows than one batch).
    BatchSizeRun(std::shared_ptr<const Dataset> data, const BatchSizeRunConfig& config);

    // Optimisation steps the budget allows, at least 1: epochs x whole batches
    // per epoch (rounded), or examples / B (rounded down).
    [[nodiscard]] std::int64_t totalSteps() const { return totalSteps_; }
    [[nodiscard]] std::int64_t stepsPerEpoch() const;

    // Trains to the budget. Cancellation is checked before every step and
    // returns a result with `cancelled` set. Numerical trouble never throws:
    // it ends the run with `diverged` set.
    [[nodiscard]] BatchSizeResult run(const RunControl& control = {});

  private:
    std::shared_ptr<const Dataset> data_;
    BatchSizeRunConfig config_;
    std::int64_t totalSteps_ = 0;
};

}  // namespace normlab::core
