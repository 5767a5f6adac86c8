#pragma once
// How the batch-size lab picks a learning rate for a batch size B: the same
// rate for every B, a rate proportional to B (each example moves the weights
// by the same amount, Goyal et al. 2017), or proportional to sqrt(B) (the
// gradient noise stays constant, Hoffer et al. 2017).

#include <string>
#include <string_view>

#include "core/enum_names.h"

namespace normlab::core {

enum class LearningRateRule { Constant, Linear, Sqrt };

constexpr EnumNaming<LearningRateRule, 3> enumNaming(LearningRateRule /*value*/) {
    return {"lr_rule",
            {{{LearningRateRule::Constant, "constant"},
              {LearningRateRule::Linear, "linear"},
              {LearningRateRule::Sqrt, "sqrt"}}}};
}

// base_lr, base_lr * B or base_lr * sqrt(B). Throws std::invalid_argument for
// B < 1 or a base rate that is not positive and finite.
[[nodiscard]] double scaledLearningRate(LearningRateRule rule, double baseLr, int batchSize);

}  // namespace normlab::core
