#include "core/lab/learning_rate_rule.h"

#include <cmath>
#include <stdexcept>

namespace normlab::core {

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
