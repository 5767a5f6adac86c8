#pragma once
// SGD, SGD with momentum and Adam, following PyTorch's update rules:
// momentum keeps v = mu * v + g and steps p -= lr * v; Adam uses bias-corrected
// moments with PyTorch's defaults. Frozen (non-trainable) parameters are skipped.

#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.h"
#include "core/nn/layer.h"

namespace normlab::core {

enum class OptimizerKind { Sgd, Momentum, Adam };

constexpr EnumNaming<OptimizerKind, 3> enumNaming(OptimizerKind /*value*/) {
    return {"optimizer",
            {{{OptimizerKind::Sgd, "sgd"},
              {OptimizerKind::Momentum, "momentum"},
              {OptimizerKind::Adam, "adam"}}}};
}

struct OptimizerOptions {
    OptimizerKind kind = OptimizerKind::Sgd;
    double learningRate = 0.01;
    double momentum = 0.9;  // Momentum only
    double beta1 = 0.9;     // Adam only
    double beta2 = 0.999;
    double epsilon = 1e-8;
};

template <class T>
class Optimizer {
  public:
    explicit Optimizer(const OptimizerOptions& options);

    // Applies one update from the gradients in `params`. The list must be the
    // same (same order and sizes) on every call: per-parameter state follows it.
    void step(const std::vector<ParamRef<T>>& params);

    void setLearningRate(double learningRate);
    void setMomentum(double momentum);
    [[nodiscard]] const OptimizerOptions& options() const { return options_; }

  private:
    OptimizerOptions options_;
    std::vector<Matrix<T>> first_, second_;
    long long steps_ = 0;
};

extern template class Optimizer<float>;
extern template class Optimizer<double>;

}  // namespace normlab::core
