#include "core/lab/learning_rate_rule.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace normlab::core {
namespace {

TEST(LearningRateRule, ConstantIgnoresTheBatchSize) {
    for (int b : {1, 2, 64, 1024})
        EXPECT_DOUBLE_EQ(scaledLearningRate(LearningRateRule::Constant, 0.05, b), 0.05);
}

TEST(LearningRateRule, LinearKeepsTheStepPerExampleConstant) {
    EXPECT_DOUBLE_EQ(scaledLearningRate(LearningRateRule::Linear, 1e-3, 1), 1e-3);
    EXPECT_DOUBLE_EQ(scaledLearningRate(LearningRateRule::Linear, 1e-3, 16), 0.016);
    EXPECT_DOUBLE_EQ(scaledLearningRate(LearningRateRule::Linear, 1e-3, 1024), 1.024);
    // lr / B is the same for every B.
    EXPECT_DOUBLE_EQ(scaledLearningRate(LearningRateRule::Linear, 0.002, 256) / 256,
                     scaledLearningRate(LearningRateRule::Linear, 0.002, 8) / 8);
}

TEST(LearningRateRule, SqrtScalesWithTheRootOfTheBatchSize) {
    EXPECT_DOUBLE_EQ(scaledLearningRate(LearningRateRule::Sqrt, 0.01, 1), 0.01);
    EXPECT_DOUBLE_EQ(scaledLearningRate(LearningRateRule::Sqrt, 0.01, 64), 0.08);
    EXPECT_NEAR(scaledLearningRate(LearningRateRule::Sqrt, 0.01, 2), 0.01 * std::sqrt(2.0), 1e-15);
    // Quadrupling B doubles the rate.
    EXPECT_DOUBLE_EQ(scaledLearningRate(LearningRateRule::Sqrt, 0.3, 400),
                     2 * scaledLearningRate(LearningRateRule::Sqrt, 0.3, 100));
}

TEST(LearningRateRule, RejectsBadInputs) {
    EXPECT_THROW((void)scaledLearningRate(LearningRateRule::Linear, 0.01, 0),
                 std::invalid_argument);
    EXPECT_THROW((void)scaledLearningRate(LearningRateRule::Linear, 0.0, 8), std::invalid_argument);
    EXPECT_THROW((void)scaledLearningRate(LearningRateRule::Sqrt, NAN, 8), std::invalid_argument);
    EXPECT_THROW((void)fromName<LearningRateRule>("quadratic"), std::invalid_argument);
}

TEST(LearningRateRule, NamesRoundTrip) {
    for (LearningRateRule r :
         {LearningRateRule::Constant, LearningRateRule::Linear, LearningRateRule::Sqrt})
        EXPECT_EQ(fromName<LearningRateRule>(toString(r)), r);
}

}  // namespace
}  // namespace normlab::core
