#include "core/lab/batch_size_run.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <optional>
#include <sstream>
#include <stdexcept>

#include "core/data/batch_iterator.h"
#include "core/lab/network_evaluation.h"
#include "core/nn/network.h"

namespace normlab::core {

namespace {

using Clock = std::chrono::steady_clock;

void require(bool ok, const std::string& message) {
    if (!ok) throw std::invalid_argument(message);
}

std::string divergenceMessage(const BatchSizeResult& r) {
    std::ostringstream message;
    message << "Batch size " << r.config.batchSize << ": the network diverged after " << r.updates
            << " updates (its loss or weights are no longer finite) at learning rate "
            << r.learningRate << ". Lower base_lr or use a gentler lr rule.";
    return message.str();
}

}  // namespace

void BatchSizeRunConfig::validate() const {
    network.validate();
    require(batchSize >= 1 && batchSize <= 4096,
            "batch_size: " + std::to_string(batchSize) + " is out of range [1, 4096]");
    require(!network.usesBatchNorm() || batchSize >= 2,
            "batch_size: batch norm needs at least two samples per batch, got 1");
    (void)learningRate();  // throws for a bad base rate
    require(epochs > 0 && std::isfinite(epochs), "epochs: must be a positive number");
    require(examples >= 0, "examples: must be 0 (use epochs) or positive");
    require(evalsPerEpoch >= 1, "evals_per_epoch: must be at least 1");
    require(curveTestSamples >= 0, "curve_test_samples: must be 0 (all) or positive");
    require(trainEvalSamples >= 1, "train_eval_samples: must be at least 1");
    require(targetTrainLoss >= 0 && std::isfinite(targetTrainLoss),
            "target_train_loss: must be 0 (off) or a positive number");
    require(gapBatches >= 0, "gap_batches: must be 0 (none) or positive");
}

BatchSizeRun::BatchSizeRun(std::shared_ptr<const Dataset> data, const BatchSizeRunConfig& config)
    : data_(std::move(data)), config_(config) {
    require(data_ != nullptr, "no data set");
    data_->validate();
    require(data_->isClassification(), "the batch-size lab needs a classification set");
    config_.network.input = data_->shape;
    config_.network.outputs = data_->numClasses;
    config_.validate();
    require(data_->train.size() >= config_.batchSize,
            "batch_size: " + std::to_string(config_.batchSize) + " is larger than the " +
                std::to_string(data_->train.size()) + " training samples");
    // Whole batches only, as BatchIterator drops each epoch's short last batch.
    const std::int64_t steps =
        config_.examples > 0 ? config_.examples / config_.batchSize
                             : std::llround(config_.epochs * static_cast<double>(stepsPerEpoch()));
    totalSteps_ = std::max<std::int64_t>(1, steps);
}

std::int64_t BatchSizeRun::stepsPerEpoch() const {
    return std::max<std::int64_t>(1, data_->train.size() / config_.batchSize);
}

BatchSizeResult BatchSizeRun::run(const RunControl& control) {
    BatchSizeResult result;
    result.config = config_;
    result.learningRate = config_.learningRate();

    const Split& train = data_->train;
    const Split& test = data_->test;
    const int trainSize = train.size();
    const int batchSize = config_.batchSize;
    const Scaler scaler = fitScaler(config_.scaling, train);
    Network<float> net = Network<float>::build(config_.network, config_.seed);
    OptimizerOptions options = config_.optimizer;
    options.learningRate = result.learningRate;
    Optimizer<float> optimizer(options);
    BatchIterator batches(trainSize, config_.seed ^ 0x5eedba7c4ULL, true);
    NetworkEvaluator evaluator(evaluationChunkSize(config_.network));
    const std::int64_t perEpoch = stepsPerEpoch();

    double trainSeconds = 0;
    double evalSeconds = 0;
    double accuracySum = 0;
    int stepsSinceCurve = 0;
    const bool toTarget = config_.targetTrainLoss > 0;
    const auto addCurvePoint = [&](std::int64_t step, bool last) {
        const auto start = Clock::now();
        BatchSizeCurvePoint p;
        p.updates = step;
        p.examplesSeen = step * batchSize;
        p.epoch = static_cast<double>(p.examplesSeen) / trainSize;
        p.wallSeconds = trainSeconds;
        const PhaseTimer timer(control.profile, RunPhase::Evaluation);
        const Evaluation e =
            evaluator.evaluate(net, Mode::Eval, test, scaler, last ? 0 : config_.curveTestSamples);
        p.testAccuracy = e.accuracy;
        p.testLoss = e.loss;
        if (stepsSinceCurve > 0) p.trainAccuracy = accuracySum / stepsSinceCurve;
        if (toTarget)
            p.trainLoss =
                evaluator.evaluate(net, Mode::Eval, train, scaler, config_.trainEvalSamples).loss;
        accuracySum = 0;
        stepsSinceCurve = 0;
        result.curve.push_back(p);
        evalSeconds += std::chrono::duration<double>(Clock::now() - start).count();
        return e;
    };
    addCurvePoint(0, false);

    Tensor<float> batch;
    batch.shape = data_->shape;
    std::vector<int> labels;
    int reportedPercent = 0;
    for (std::int64_t step = 1; step <= totalSteps_; ++step) {
        if (control.cancelled()) {
            result.cancelled = true;
            break;
        }
        const auto start = Clock::now();
        std::optional<PhaseTimer> timer(std::in_place, control.profile, RunPhase::Training);
        const std::vector<int>& rows = batches.next(batchSize);
        train.gather(rows, batch.data);
        scaler.transform(batch.data);
        train.gatherLabels(rows, labels);
        const float loss = net.forwardBackward(batch, labels, Mode::Train);
        if (!std::isfinite(loss)) {
            result.diverged = true;
            break;
        }
        optimizer.step(net.params());
        accuracySum += net.crossEntropy().accuracy();
        ++stepsSinceCurve;
        trainSeconds += std::chrono::duration<double>(Clock::now() - start).count();
        timer.reset();
        result.updates = step;

        bool last = step == totalSteps_;
        const bool curveDue = (step * config_.evalsPerEpoch) / perEpoch >
                              ((step - 1) * config_.evalsPerEpoch) / perEpoch;
        if (curveDue || last) {
            // Checking every weight each step would cost more than a small batch's update.
            if (!net.allFinite()) {
                result.diverged = true;
                break;
            }
            Evaluation e = addCurvePoint(step, last);
            if (!std::isfinite(e.loss)) {
                result.diverged = true;
                break;
            }
            if (toTarget && !last && result.curve.back().trainLoss <= config_.targetTrainLoss) {
                // Reached early: the final numbers use the whole test set.
                result.curve.pop_back();
                e = addCurvePoint(step, true);
                last = true;
            }
            if (last) {
                result.finalTestAccuracy = e.accuracy;
                result.finalTestLoss = e.loss;
                control.report(1.0);
                break;
            }
        }
        const int percent = static_cast<int>(step * 100 / totalSteps_);
        if (percent != reportedPercent) {
            reportedPercent = percent;
            control.report(static_cast<double>(step) / static_cast<double>(totalSteps_));
        }
    }

    result.examplesSeen = result.updates * batchSize;
    result.epochs = static_cast<double>(result.examplesSeen) / trainSize;
    result.wallSeconds = trainSeconds;
    result.evalSeconds = evalSeconds;
    if (result.diverged) {
        result.finalTestAccuracy = result.finalTestLoss = BatchSizeResult::kNaN;
        result.divergence = divergenceMessage(result);
        return result;
    }
    if (result.cancelled) return result;

    const auto start = Clock::now();
    {
        const PhaseTimer timer(control.profile, RunPhase::Evaluation);
        const Evaluation onTrain =
            evaluator.evaluate(net, Mode::Eval, train, scaler, config_.trainEvalSamples);
        result.finalTrainAccuracy = onTrain.accuracy;
        result.finalTrainLoss = onTrain.loss;
        result.reachedTarget = toTarget && onTrain.loss <= config_.targetTrainLoss;
        if (config_.network.usesBatchNorm()) {
            const Evaluation batchStats =
                NetworkEvaluator(batchSize).evaluate(net, Mode::Train, test, scaler, 0);
            result.testAccuracyBnTrainMode = batchStats.accuracy;
            result.testLossBnTrainMode = batchStats.loss;
            result.runningGap = measureRunningStatGap(net, train, scaler, batchSize,
                                                      config_.gapBatches, config_.seed ^ 0x9a9ULL);
        }
    }
    result.evalSeconds += std::chrono::duration<double>(Clock::now() - start).count();
    if (config_.keepWeights) result.weights = weightsOf(net);
    return result;
}

}  // namespace normlab::core
