// Every layer's backward pass against central differences, in double.

#include <gtest/gtest.h>

#include "core/nn/activation.h"
#include "core/nn/batch_norm.h"
#include "core/nn/conv2d.h"
#include "core/nn/dense.h"
#include "core/nn/mse_loss.h"
#include "core/nn/pool2d.h"
#include "core/nn/softmax_cross_entropy.h"
#include "gradient_check.h"

namespace normlab::core {
namespace {

using test::checkLayerGradients;
using test::expectGradientMatches;
using test::randomMatrix;
using test::randomTensor;

TEST(LayerGradient, DenseWithBias) {
    Dense<double> dense(5, 4, true);
    dense.weight() = randomMatrix(4, 5, 1);
    dense.bias() = randomMatrix(1, 4, 2);
    checkLayerGradients(dense, randomTensor(3, Shape{5, 1, 1}, 3), Mode::Train);
}

TEST(LayerGradient, DenseWithoutBias) {
    Dense<double> dense(5, 4, false);
    dense.weight() = randomMatrix(4, 5, 1);
    EXPECT_EQ(dense.params().size(), 1u);
    checkLayerGradients(dense, randomTensor(3, Shape{5, 1, 1}, 3), Mode::Train);
}

struct ConvCase {
    int padding;
    int stride;
    bool bias;
};

class ConvGradient : public ::testing::TestWithParam<ConvCase> {};

TEST_P(ConvGradient, MatchesNumeric) {
    const ConvCase c = GetParam();
    Conv2dOptions o;
    o.inChannels = 2;
    o.outChannels = 3;
    o.kernelHeight = 3;
    o.kernelWidth = 2;
    o.padding = c.padding;
    o.stride = c.stride;
    o.bias = c.bias;
    Conv2d<double> conv(o);
    conv.weight() = randomMatrix(3, 2 * 3 * 2, 11);
    if (c.bias) conv.bias() = randomMatrix(1, 3, 12);
    checkLayerGradients(conv, randomTensor(2, Shape{2, 5, 6}, 13), Mode::Train);
}

INSTANTIATE_TEST_SUITE_P(PaddingAndStride, ConvGradient,
                         ::testing::Values(ConvCase{0, 1, true}, ConvCase{1, 1, true},
                                           ConvCase{0, 2, false}, ConvCase{1, 2, true}));

TEST(Conv2dForward, MatchesADirectCrossCorrelation) {
    const Conv2dOptions o{2, 3, 3, 2, 2, 1, true};
    Conv2d<double> conv(o);
    conv.weight() = randomMatrix(3, 2 * 3 * 2, 14);
    conv.bias() = randomMatrix(1, 3, 15);
    const Tensor<double> x = randomTensor(2, Shape{2, 5, 6}, 16);
    Tensor<double> y;
    conv.forward(x, y, Mode::Eval);
    ASSERT_EQ(y.shape, (Shape{3, 3, 4}));
    for (int n = 0; n < 2; ++n) {
        for (int co = 0; co < 3; ++co) {
            for (int oy = 0; oy < 3; ++oy) {
                for (int ox = 0; ox < 4; ++ox) {
                    double sum = conv.bias()(0, co);
                    for (int ci = 0; ci < 2; ++ci) {
                        for (int ky = 0; ky < 3; ++ky) {
                            for (int kx = 0; kx < 2; ++kx) {
                                const int iy = oy * 2 - 1 + ky, ix = ox * 2 - 1 + kx;
                                if (iy < 0 || iy >= 5 || ix < 0 || ix >= 6) continue;
                                sum += conv.weight()(co, (ci * 3 + ky) * 2 + kx) *
                                       x.data(n, (ci * 5 + iy) * 6 + ix);
                            }
                        }
                    }
                    EXPECT_NEAR(y.data(n, (co * 3 + oy) * 4 + ox), sum, 1e-12);
                }
            }
        }
    }
}

TEST(LayerGradient, ConvOutputShapeFollowsPaddingAndStride) {
    Conv2d<double> conv(Conv2dOptions{1, 4, 3, 3, 2, 1, true});
    EXPECT_EQ(conv.outputShape(Shape{1, 7, 8}), (Shape{4, 4, 4}));
    EXPECT_THROW((void)conv.outputShape(Shape{2, 7, 8}), std::invalid_argument);
}

TEST(LayerGradient, MaxPool) {
    Pool2d<double> pool(PoolKind::Max, 2, 2);
    checkLayerGradients(pool, randomTensor(2, Shape{2, 4, 6}, 21), Mode::Train);
}

TEST(LayerGradient, AveragePoolOverlapping) {
    Pool2d<double> pool(PoolKind::Average, 3, 2);
    checkLayerGradients(pool, randomTensor(2, Shape{2, 5, 7}, 22), Mode::Train);
}

TEST(LayerGradient, MaxPoolPicksTheLargestValue) {
    Pool2d<double> pool(PoolKind::Max, 2, 2);
    Tensor<double> x{Matrix<double>(1, 4), Shape{1, 2, 2}};
    x.data << 1, 5, -2, 3;
    Tensor<double> y;
    pool.forward(x, y, Mode::Eval);
    EXPECT_EQ(y.data(0, 0), 5);
}

class ActivationGradient : public ::testing::TestWithParam<ActivationKind> {};

TEST_P(ActivationGradient, MatchesNumeric) {
    Activation<double> act(GetParam());
    checkLayerGradients(act, randomTensor(4, Shape{3, 1, 2}, 31), Mode::Train);
}

INSTANTIATE_TEST_SUITE_P(AllKinds, ActivationGradient,
                         ::testing::Values(ActivationKind::Sigmoid, ActivationKind::Tanh,
                                           ActivationKind::Relu, ActivationKind::Identity),
                         [](const auto& info) { return toString(info.param); });

TEST(ActivationKindNames, RoundTripAndRejectUnknown) {
    for (auto kind : {ActivationKind::Sigmoid, ActivationKind::Tanh, ActivationKind::Relu,
                      ActivationKind::Identity}) {
        EXPECT_EQ(fromName<ActivationKind>(toString(kind)), kind);
    }
    EXPECT_THROW((void)fromName<ActivationKind>("softplus"), std::invalid_argument);
}

struct BnCase {
    Shape shape;
    bool learnable;
    Mode mode;
};

class BatchNormGradient : public ::testing::TestWithParam<BnCase> {};

TEST_P(BatchNormGradient, MatchesWholeBatchLoss) {
    const BnCase c = GetParam();
    BatchNorm<double> bn(c.shape.channels, BatchNormOptions{0.1, 1e-5, c.learnable});
    bn.gamma() = randomMatrix(1, c.shape.channels, 41);
    bn.beta() = randomMatrix(1, c.shape.channels, 42);
    bn.runningMean() = randomMatrix(1, c.shape.channels, 43, 0.3);
    bn.runningVar().array() = randomMatrix(1, c.shape.channels, 44).array().abs() + 0.5;
    EXPECT_EQ(bn.params()[0].trainable, c.learnable);
    checkLayerGradients(bn, randomTensor(5, c.shape, 45), c.mode);
}

INSTANTIATE_TEST_SUITE_P(OneDAndPerChannel, BatchNormGradient,
                         ::testing::Values(BnCase{Shape{4, 1, 1}, true, Mode::Train},
                                           BnCase{Shape{4, 1, 1}, false, Mode::Train},
                                           BnCase{Shape{3, 2, 3}, true, Mode::Train},
                                           BnCase{Shape{3, 2, 3}, false, Mode::Train},
                                           BnCase{Shape{4, 1, 1}, true, Mode::Eval},
                                           BnCase{Shape{3, 2, 3}, true, Mode::Eval}));

TEST(LossGradient, SoftmaxCrossEntropy) {
    SoftmaxCrossEntropy<double> loss;
    Matrix<double> logits = randomMatrix(4, 5, 51, 3.0);
    const std::vector<int> labels{0, 4, 2, 2};
    loss.forward(logits, labels);
    Matrix<double> grad;
    loss.backward(grad);
    expectGradientMatches("dlogits", logits, grad, [&] {
        SoftmaxCrossEntropy<double> probe;
        return probe.forward(logits, labels);
    });
}

TEST(LossGradient, SoftmaxCrossEntropyIsStableForHugeLogitsAndCountsHits) {
    SoftmaxCrossEntropy<double> loss;
    Matrix<double> logits(2, 3);
    logits << 1000, 0, -1000, 0, 1000, 999;
    const double value = loss.forward(logits, {0, 2});
    EXPECT_TRUE(std::isfinite(value));
    EXPECT_NEAR(value, 0.5 * (1.0 + std::log1p(std::exp(-1.0))), 1e-12);
    EXPECT_EQ(loss.correct(), 1);
    EXPECT_DOUBLE_EQ(loss.accuracy(), 0.5);
    EXPECT_THROW(loss.forward(logits, {0, 3}), std::invalid_argument);
    EXPECT_THROW(loss.forward(logits, {0}), std::invalid_argument);
}

TEST(LossGradient, MeanSquaredError) {
    MseLoss<double> loss;
    Matrix<double> outputs = randomMatrix(3, 2, 61);
    const Matrix<double> targets = randomMatrix(3, 2, 62);
    const double value = loss.forward(outputs, targets);
    EXPECT_NEAR(value, (outputs - targets).squaredNorm() / 6.0, 1e-15);
    Matrix<double> grad;
    loss.backward(grad);
    expectGradientMatches("doutputs", outputs, grad, [&] {
        MseLoss<double> probe;
        return probe.forward(outputs, targets);
    });
    EXPECT_THROW(loss.forward(outputs, randomMatrix(2, 2, 63)), std::invalid_argument);
}

}  // namespace
}  // namespace normlab::core
