#include "core/lab/learning_rate_rule.h"

#include <cmath>
#include <stdexcept>

namespace normlab::core {

std::string toString(LearningRateRule rule) {
    switch (rule) {
        case LearningRateRule::Constant:
            return "constant";
        case LearningRateRule::Linear:
            return "linear";
        case LearningRateRule::Sqrt:
            return "sqrt";
    }
    return "constant";
}

LearningRateRule learningRateRuleFromString(std::string_view text) {
    if (text == "constant") return LearningRateRule::Constant;
    if (text == "linear") return LearningRateRule::Linear;
    if (text == "sqrt") return LearningRateRule::Sqrt;
    throw std::invalid_argument("lr_rule: \"" + std::string(text) +
                                "\" is not one of constant, linear, sqrt");
}

double scaledLearningRate(LearningRateRule rule, double baseLr, int batchSize) {
    if (batchSize < 1)
        throw std::invalid_argument("batch_size: " + std::to_string(batchSize) +
                                    " must be at least 1");
    if (!(baseLr > 0) || !std::isfinite(baseLr))
        throw std::invalid_argument("base_lr: must be a positive number");
    switch (rule) {
        case LearningRateRule::Constant:
            return baseLr;
        case LearningRateRule::Linear:
            return baseLr * batchSize;
        case LearningRateRule::Sqrt:
            return baseLr * std::sqrt(static_cast<double>(batchSize));
    }
    return baseLr;
}

}  // namespace normlab::core
