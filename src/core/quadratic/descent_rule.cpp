#include "core/quadratic/descent_rule.h"

#include <cmath>
#include <stdexcept>

namespace normlab::core {

Eigen::Vector2d AdamRule::delta(const Eigen::Vector2d& gradient) {
    beta1Power_ *= beta1_;
    beta2Power_ *= beta2_;
    m_ = beta1_ * m_ + (1.0 - beta1_) * gradient;
    v_ = beta2_ * v_ + (1.0 - beta2_) * gradient.cwiseAbs2();
    const Eigen::Vector2d mHat = m_ / (1.0 - beta1Power_);
    const Eigen::Vector2d vHat = v_ / (1.0 - beta2Power_);
    return -lr_ * mHat.array() / (vHat.array().sqrt() + eps_);
}

std::unique_ptr<DescentRule> makeDescentRule(const OptimizerSettings& s) {
    if (!(s.learningRate > 0.0) || !std::isfinite(s.learningRate)) {
        throw std::invalid_argument("optimizer: learningRate must be a finite number > 0");
    }
    switch (s.kind) {
        case DescentKind::GradientDescent:
            return std::make_unique<GradientDescentRule>(s.learningRate);
        case DescentKind::Momentum:
            if (!(s.momentum >= 0.0 && s.momentum < 1.0)) {
                throw std::invalid_argument("optimizer: momentum must be in [0, 1)");
            }
            return std::make_unique<MomentumRule>(s.learningRate, s.momentum);
        case DescentKind::Adam:
            if (!(s.beta1 >= 0.0 && s.beta1 < 1.0) || !(s.beta2 >= 0.0 && s.beta2 < 1.0)) {
                throw std::invalid_argument("optimizer: Adam beta1 and beta2 must be in [0, 1)");
            }
            if (!(s.epsilon > 0.0)) throw std::invalid_argument("optimizer: epsilon must be > 0");
            return std::make_unique<AdamRule>(s.learningRate, s.beta1, s.beta2, s.epsilon);
    }
    throw std::invalid_argument("optimizer: unknown kind");
}

}  // namespace normlab::core
