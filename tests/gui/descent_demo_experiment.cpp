#include "descent_demo_experiment.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "core/lab/scaling_comparison.h"

namespace normlab::app {

namespace {
constexpr double kScale2 = 3.0;  // the second feature's spread
constexpr double kTrueW1 = 1.5;
constexpr double kTrueW2 = -0.8;

// Keeps every other entry: the histories stay bounded and evenly thinned.
void halve(std::vector<double>& values) {
    std::size_t out = 0;
    for (std::size_t i = 0; i < values.size(); i += 2) values[out++] = values[i];
    values.resize(out);
}
}  // namespace

DescentDemoExperiment::DescentDemoExperiment(double learningRate, int batchSize, std::uint32_t seed)
    : rng_(seed), learningRate_(learningRate), batchSize_(batchSize) {
    if (!(learningRate > 0.0) || !std::isfinite(learningRate))
        throw std::invalid_argument("learning rate must be a positive number");
    if (batchSize < 1 || batchSize > kSamples)
        throw std::invalid_argument("batch size must be between 1 and 512");
    std::normal_distribution<double> normal(0.0, 1.0);
    for (int i = 0; i < kSamples; ++i) {
        x1_.push_back(normal(rng_));
        x2_.push_back(kScale2 * normal(rng_));
        y_.push_back(kTrueW1 * x1_.back() + kTrueW2 * x2_.back() + 0.2 * normal(rng_));
    }
    double loss = 0.0;  // the starting point, on the whole data set
    for (int i = 0; i < kSamples; ++i) {
        const double r = w1_ * x1_[i] + w2_ * x2_[i] - y_[i];
        loss += 0.5 * r * r;
    }
    record(loss / kSamples);
}

void DescentDemoExperiment::step() {
    std::uniform_int_distribution<int> pick(0, kSamples - 1);
    double g1 = 0.0, g2 = 0.0, loss = 0.0;
    for (int b = 0; b < batchSize_; ++b) {
        const int i = pick(rng_);
        const double r = w1_ * x1_[i] + w2_ * x2_[i] - y_[i];
        g1 += r * x1_[i];
        g2 += r * x2_[i];
        loss += 0.5 * r * r;
    }
    const double n = batchSize_;
    w1_ -= learningRate_ * g1 / n;
    w2_ -= learningRate_ * g2 / n;
    ++step_;
    record(loss / n);
}

void DescentDemoExperiment::record(double loss) {
    lastLoss_ = loss;
    if (step_ % recordStride_ != 0) return;
    historySteps_.push_back(static_cast<double>(step_));
    historyLoss_.push_back(loss);
    pathW1_.push_back(w1_);
    pathW2_.push_back(w2_);
    if (historySteps_.size() >= kHistoryCap) {
        for (auto* v : {&historySteps_, &historyLoss_, &pathW1_, &pathW2_}) halve(*v);
        recordStride_ *= 2;
    }
}

std::int64_t DescentDemoExperiment::stepsPerEpoch() const {
    return (kSamples + batchSize_ - 1) / batchSize_;
}

std::shared_ptr<const core::Snapshot> DescentDemoExperiment::snapshot() const {
    auto s = std::make_shared<DescentDemoSnapshot>();
    s->step = step_;
    s->epoch = static_cast<double>(step_) / static_cast<double>(stepsPerEpoch());
    s->loss = lastLoss_;
    s->learningRate = learningRate_;
    s->batchSize = batchSize_;
    s->historySteps = historySteps_;
    s->historyLoss = historyLoss_;
    s->pathW1 = pathW1_;
    s->pathW2 = pathW2_;
    // Hessian of the loss is diag(E[x1^2], E[x2^2]) ~ diag(1, 9).
    const double maxStable = 2.0 / (kScale2 * kScale2);
    if (!std::isfinite(lastLoss_) || !std::isfinite(w1_) || !std::isfinite(w2_) ||
        std::abs(lastLoss_) > 1e12) {
        s->diverged = true;
        s->divergence =
            "the loss of the linear model became non-finite; gradient descent is "
            "stable only for learning rates below about " +
            std::to_string(maxStable).substr(0, 4);
    }
    return s;
}

std::string DescentDemoExperiment::datasetName() const {
    return "synthetic regression (512 samples)";
}

std::optional<core::CommandRefusal> DescentDemoExperiment::apply(const core::LabCommand& command) {
    const auto* scaling = std::get_if<core::ScalingCommand>(&command.value);
    const auto* rate = scaling ? std::get_if<core::ScalingRate>(scaling) : nullptr;
    if (!rate || rate->mode != core::LearningRateMode::SameForAll) return core::notThisLab();
    if (auto refusal = core::refusalUnlessPositive("lr", rate->rate, learningRate_)) return refusal;
    learningRate_ = rate->rate;
    return std::nullopt;
}

}  // namespace normlab::app
