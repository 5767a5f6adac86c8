// Batch-norm semantics beyond the gradients: PyTorch's running statistics,
// train versus eval, the batch-of-one refusal, frozen affine parameters.

#include "core/nn/batch_norm.h"

#include <gtest/gtest.h>

#include <string>

#include "core/nn/optimizer.h"
#include "gradient_check.h"

namespace normlab::core {
namespace {

using test::randomTensor;

TEST(BatchNorm, TrainModeNormalisesWithBatchStatistics) {
    BatchNorm<double> bn(3);
    const Tensor<double> x = randomTensor(6, Shape{3, 1, 1}, 1);
    Tensor<double> y;
    bn.forward(x, y, Mode::Train);
    const auto mean = y.data.colwise().mean();
    const auto var = (y.data.rowwise() - mean).array().square().colwise().mean();
    for (int c = 0; c < 3; ++c) {
        EXPECT_NEAR(mean(c), 0.0, 1e-12);
        // Biased variance plus eps in the denominator: slightly under one.
        const double xc = (x.data.col(c).array() - x.data.col(c).mean()).square().mean();
        EXPECT_NEAR(var(c), xc / (xc + 1e-5), 1e-12);
    }
}

TEST(BatchNorm, RunningStatisticsUseMomentumAndUnbiasedVariance) {
    BatchNorm<double> bn(2, BatchNormOptions{0.25, 1e-5, true});
    const Tensor<double> x = randomTensor(4, Shape{2, 1, 3}, 2);  // 12 values per channel
    Tensor<double> y;
    bn.forward(x, y, Mode::Train);
    for (int c = 0; c < 2; ++c) {
        const auto values = x.data.middleCols(c * 3, 3).array();
        const double mean = values.mean();
        const double unbiased = (values - mean).square().sum() / 11.0;
        EXPECT_NEAR(bn.runningMean()(0, c), 0.25 * mean, 1e-12);
        EXPECT_NEAR(bn.runningVar()(0, c), 0.75 + 0.25 * unbiased, 1e-12);
    }
}

TEST(BatchNorm, EvalModeUsesRunningStatisticsAndLeavesThemAlone) {
    BatchNorm<double> bn(2);
    bn.runningMean() << 1.0, -2.0;
    bn.runningVar() << 4.0, 0.25;
    bn.gamma() << 2.0, 1.0;
    bn.beta() << 0.5, 0.0;
    Tensor<double> x{Matrix<double>(1, 2), Shape{2, 1, 1}};
    x.data << 3.0, -1.0;
    Tensor<double> y;
    bn.forward(x, y, Mode::Eval);  // a single sample is fine in eval mode
    EXPECT_NEAR(y.data(0, 0), 2.0 * (3.0 - 1.0) / std::sqrt(4.0 + 1e-5) + 0.5, 1e-12);
    EXPECT_NEAR(y.data(0, 1), (-1.0 + 2.0) / std::sqrt(0.25 + 1e-5), 1e-12);
    EXPECT_EQ(bn.runningMean()(0, 0), 1.0);
    EXPECT_EQ(bn.runningVar()(0, 1), 0.25);
}

TEST(BatchNorm, RefusesATrainingBatchOfOneWithAClearMessage) {
    BatchNorm<float> dense(3);
    Tensor<float> one{Matrix<float>::Ones(1, 3), Shape{3, 1, 1}};
    Tensor<float> y;
    try {
        dense.forward(one, y, Mode::Train);
        FAIL() << "a batch of one was accepted";
    } catch (const std::invalid_argument& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("BatchNorm"), std::string::npos) << message;
        EXPECT_NE(message.find("batch 1"), std::string::npos) << message;
    }
    BatchNorm<float> perChannel(2);
    Tensor<float> pixel{Matrix<float>::Ones(1, 2), Shape{2, 1, 1}};
    EXPECT_THROW(perChannel.forward(pixel, y, Mode::Train), std::invalid_argument);
    // One sample with several pixels per channel has a usable variance.
    Tensor<float> image{Matrix<float>::Random(1, 8), Shape{2, 2, 2}};
    EXPECT_NO_THROW(perChannel.forward(image, y, Mode::Train));
}

TEST(BatchNorm, FrozenAffineParametersDoNotMoveUnderSgd) {
    BatchNorm<double> bn(3, BatchNormOptions{0.1, 1e-5, false});
    const Tensor<double> x = randomTensor(5, Shape{3, 1, 1}, 3);
    Tensor<double> y, dx;
    bn.forward(x, y, Mode::Train);
    bn.backward(randomTensor(5, Shape{3, 1, 1}, 4), &dx);
    EXPECT_GT(bn.gammaGrad().norm(), 0.0);  // gradients exist, they are just not applied
    Optimizer<double> sgd(OptimizerOptions{OptimizerKind::Sgd, 0.5});
    sgd.step(bn.params());
    EXPECT_EQ(bn.gamma(), Matrix<double>::Ones(1, 3));
    EXPECT_EQ(bn.beta(), Matrix<double>::Zero(1, 3));

    BatchNorm<double> learnable(3);
    learnable.forward(x, y, Mode::Train);
    learnable.backward(randomTensor(5, Shape{3, 1, 1}, 4), &dx);
    sgd.step(learnable.params());
    EXPECT_NE(learnable.gamma(), Matrix<double>::Ones(1, 3));
}

TEST(BatchNorm, RejectsBadOptionsAndShapes) {
    EXPECT_THROW(BatchNorm<double>(0), std::invalid_argument);
    EXPECT_THROW(BatchNorm<double>(2, BatchNormOptions{1.5, 1e-5, true}), std::invalid_argument);
    EXPECT_THROW(BatchNorm<double>(2, BatchNormOptions{0.1, 0.0, true}), std::invalid_argument);
    BatchNorm<double> bn(2);
    EXPECT_THROW((void)bn.outputShape(Shape{3, 1, 1}), std::invalid_argument);
}

}  // namespace
}  // namespace normlab::core
