#include "core/quadratic/descent_path.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

namespace normlab::core {

MiniBatchSampler::MiniBatchSampler(int samples, int batchSize, std::uint64_t seed)
    : order_(static_cast<std::size_t>(std::max(samples, 0))), batchSize_(batchSize), engine_(seed) {
    if (samples < 1) throw std::invalid_argument("mini-batch sampler: need at least 1 sample");
    if (batchSize < 1) throw std::invalid_argument("mini-batch sampler: batchSize must be >= 1");
    std::iota(order_.begin(), order_.end(), 0);
    shuffle();
}

void MiniBatchSampler::shuffle() {
    // Fisher-Yates with our own bounded draw: std::shuffle differs between libraries.
    for (std::size_t i = order_.size(); i > 1; --i) {
        const auto j = static_cast<std::size_t>(engine_() % i);
        std::swap(order_[i - 1], order_[j]);
    }
    cursor_ = 0;
}

const int* MiniBatchSampler::next(int& count) {
    if (cursor_ >= order_.size()) shuffle();
    const std::size_t remaining = order_.size() - cursor_;
    count =
        static_cast<int>(std::min<std::size_t>(remaining, static_cast<std::size_t>(batchSize_)));
    const int* batch = order_.data() + cursor_;
    cursor_ += static_cast<std::size_t>(count);
    return batch;
}

int MiniBatchSampler::batchesPerEpoch() const {
    return static_cast<int>((order_.size() + static_cast<std::size_t>(batchSize_) - 1) /
                            static_cast<std::size_t>(batchSize_));
}

DescentPath::DescentPath(std::shared_ptr<const QuadraticLoss> loss, const DescentSettings& settings,
                         const Eigen::Vector2d& start)
    : loss_(std::move(loss)), settings_(settings), w_(start) {
    if (!loss_) throw std::invalid_argument("descent path: no loss given");
    if (!start.allFinite()) throw std::invalid_argument("descent path: start must be finite");
    if (settings.batchSize < 0) throw std::invalid_argument("descent path: batchSize must be >= 0");
    if (!(settings.tolerance > 0.0))
        throw std::invalid_argument("descent path: tolerance must be > 0");
    rule_ = makeDescentRule(settings.optimizer);
    if (settings.batchSize > 0) {
        sampler_ =
            std::make_unique<MiniBatchSampler>(loss_->samples(), settings.batchSize, settings.seed);
    }
    initialLoss_ = currentLoss_ = loss_->loss(w_);
    initialDistance_ = (w_ - loss_->minimizer()).norm();
    record();
}

void DescentPath::record() {
    history_.append({steps_, w_[0], w_[1], currentLoss_});
    if (stepsToConverge_ < 0 && !diverged_) {
        const double gap0 = initialLoss_ - loss_->minLoss();
        const double gap = currentLoss_ - loss_->minLoss();
        const double distance = (w_ - loss_->minimizer()).norm();
        const bool atStart = gap0 <= 0.0 || initialDistance_ <= 0.0;
        if (atStart || (gap <= settings_.tolerance * gap0 &&
                        distance <= settings_.tolerance * initialDistance_))
            stepsToConverge_ = steps_;
    }
}

bool DescentPath::step() {
    if (diverged_) return false;
    Eigen::Vector2d g;
    if (sampler_) {
        int count = 0;
        const int* rows = sampler_->next(count);
        g = loss_->batchGradient(w_, rows, count);
    } else {
        g = loss_->gradient(w_);
    }
    w_ += rule_->delta(g);
    ++steps_;
    currentLoss_ = loss_->loss(w_);
    const double limit = settings_.divergenceFactor * std::max(initialLoss_, 1e-300);
    if (!w_.allFinite() || !std::isfinite(currentLoss_) || currentLoss_ > limit) diverged_ = true;
    record();
    return !diverged_;
}

void DescentPath::run(std::int64_t steps) {
    for (std::int64_t i = 0; i < steps && step(); ++i) {
    }
}

double theoreticalSteps(double kappa, double tolerance) {
    if (!std::isfinite(kappa)) return std::numeric_limits<double>::infinity();
    if (kappa <= 1.0 + 1e-12) return 1.0;
    // log1p keeps the digits when kappa is huge and (kappa+1)/(kappa-1) is close to 1.
    const double perStep = std::log1p(2.0 / (kappa - 1.0));
    return std::max(1.0, std::ceil(std::log(1.0 / tolerance) / perStep));
}

double optimalMomentumRate(double kappa) {
    if (!std::isfinite(kappa)) return 1.0;
    const double root = std::sqrt(std::max(kappa, 1.0));
    return (root - 1.0) / (root + 1.0);
}

double optimalMomentum(double kappa) {
    const double rate = optimalMomentumRate(kappa);
    return rate * rate;
}

}  // namespace normlab::core
