#pragma once
// Update rules for a two-parameter descent, one small class each. A rule turns
// a gradient into the step to add to the weights and keeps its own state.

#include <Eigen/Core>
#include <memory>
#include <string>
#include <string_view>

#include "core/enum_names.h"

namespace normlab::core {

enum class DescentKind { GradientDescent, Momentum, Adam };

// "sgd" reads as gradient descent too.
constexpr EnumNaming<DescentKind, 4> enumNaming(DescentKind /*value*/) {
    return {"optimizer",
            {{{DescentKind::GradientDescent, "gd"},
              {DescentKind::GradientDescent, "sgd"},
              {DescentKind::Momentum, "momentum"},
              {DescentKind::Adam, "adam"}}}};
}

struct OptimizerSettings {
    DescentKind kind = DescentKind::GradientDescent;
    double learningRate = 0.01;
    double momentum = 0.9;  // heavy-ball coefficient
    double beta1 = 0.9;     // Adam
    double beta2 = 0.999;
    double epsilon = 1e-8;
};

class DescentRule {
  public:
    virtual ~DescentRule() = default;
    [[nodiscard]] virtual Eigen::Vector2d delta(const Eigen::Vector2d& gradient) = 0;
};

class GradientDescentRule final : public DescentRule {
  public:
    explicit GradientDescentRule(double learningRate) : lr_(learningRate) {}
    Eigen::Vector2d delta(const Eigen::Vector2d& gradient) override { return -lr_ * gradient; }

  private:
    double lr_;
};

// v <- mu v - lr g; w <- w + v
class MomentumRule final : public DescentRule {
  public:
    MomentumRule(double learningRate, double momentum) : lr_(learningRate), mu_(momentum) {}
    Eigen::Vector2d delta(const Eigen::Vector2d& gradient) override {
        velocity_ = mu_ * velocity_ - lr_ * gradient;
        return velocity_;
    }

  private:
    double lr_;
    double mu_;
    Eigen::Vector2d velocity_ = Eigen::Vector2d::Zero();
};

// Kingma & Ba with bias correction.
class AdamRule final : public DescentRule {
  public:
    AdamRule(double learningRate, double beta1, double beta2, double epsilon)
        : lr_(learningRate), beta1_(beta1), beta2_(beta2), eps_(epsilon) {}
    Eigen::Vector2d delta(const Eigen::Vector2d& gradient) override;

  private:
    double lr_, beta1_, beta2_, eps_;
    double beta1Power_ = 1.0;
    double beta2Power_ = 1.0;
    Eigen::Vector2d m_ = Eigen::Vector2d::Zero();
    Eigen::Vector2d v_ = Eigen::Vector2d::Zero();
};

// Throws std::invalid_argument for a non-positive rate or coefficients out of range.
[[nodiscard]] std::unique_ptr<DescentRule> makeDescentRule(const OptimizerSettings& settings);

}  // namespace normlab::core
