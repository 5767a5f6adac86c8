// Group norm and layer norm: per-sample statistics, the same in training and
// evaluation, gradients against central differences of the whole-batch loss.

#include "core/nn/group_norm.h"

#include <gtest/gtest.h>

#include "core/nn/layer_norm.h"
#include "core/nn/optimizer.h"
#include "gradient_check.h"

namespace normlab::core {
namespace {

using test::checkLayerGradients;
using test::randomMatrix;
using test::randomTensor;

struct GroupCase {
    int groups;
    Shape shape;
};

class GroupNormGradient : public ::testing::TestWithParam<GroupCase> {};

TEST_P(GroupNormGradient, MatchesNumericWithLearnedAffine) {
    const GroupCase c = GetParam();
    GroupNorm<double> norm(c.groups, c.shape.channels);
    norm.gamma() = randomMatrix(1, c.shape.channels, 21, 1.5);
    norm.beta() = randomMatrix(1, c.shape.channels, 22);
    checkLayerGradients(norm, randomTensor(3, c.shape, 23), Mode::Train);
}

TEST_P(GroupNormGradient, MatchesNumericForASingleSample) {
    const GroupCase c = GetParam();
    GroupNorm<double> norm(c.groups, c.shape.channels);
    norm.gamma() = randomMatrix(1, c.shape.channels, 24);
    checkLayerGradients(norm, randomTensor(1, c.shape, 25), Mode::Eval);
}

// G = 1 (layer norm over C, H, W), a middle G, G = C (instance norm), and an
// (N, C) input.
INSTANTIATE_TEST_SUITE_P(Groups, GroupNormGradient,
                         ::testing::Values(GroupCase{1, Shape{4, 3, 2}},
                                           GroupCase{2, Shape{4, 3, 2}},
                                           GroupCase{3, Shape{6, 2, 2}},
                                           GroupCase{4, Shape{4, 3, 2}},
                                           GroupCase{2, Shape{6, 1, 1}}));

TEST(LayerNormGradient, MatchesNumericOnFeatures) {
    LayerNorm<double> norm(5);
    norm.gamma() = randomMatrix(1, 5, 31, 2.0);
    norm.beta() = randomMatrix(1, 5, 32);
    checkLayerGradients(norm, randomTensor(4, Shape{5, 1, 1}, 33), Mode::Train);
}

TEST(GroupNorm, EachGroupOfEachSampleHasMeanZeroAndUnitVariance) {
    GroupNorm<double> norm(2, 4, GroupNormOptions{1e-12, true});
    const Tensor<double> x = randomTensor(3, Shape{4, 2, 3}, 41);
    Tensor<double> y;
    norm.forward(x, y, Mode::Train);
    ASSERT_EQ(y.shape, x.shape);
    for (Eigen::Index i = 0; i < 3; ++i) {
        for (int g = 0; g < 2; ++g) {
            const Eigen::ArrayXd group = y.data.row(i).segment(g * 12, 12).transpose().array();
            EXPECT_NEAR(group.mean(), 0.0, 1e-12);
            EXPECT_NEAR((group - group.mean()).square().mean(), 1.0, 1e-9);  // biased
        }
    }
}

TEST(GroupNorm, ASampleIsNormalisedAloneWhateverItsBatch) {
    GroupNorm<double> norm(2, 4);
    norm.gamma() = randomMatrix(1, 4, 42);
    norm.beta() = randomMatrix(1, 4, 43);
    const Tensor<double> batch = randomTensor(5, Shape{4, 2, 2}, 44);
    Tensor<double> all, one, eval;
    norm.forward(batch, all, Mode::Train);
    norm.forward(batch, eval, Mode::Eval);
    EXPECT_EQ(all.data, eval.data);  // no running statistics: eval is train
    const Tensor<double> third{batch.data.row(2), batch.shape};
    norm.forward(third, one, Mode::Train);
    EXPECT_LT((one.data.row(0) - all.data.row(2)).cwiseAbs().maxCoeff(), 1e-14);
}

TEST(LayerNorm, IsGroupNormWithOneGroup) {
    LayerNorm<double> ln(6);
    GroupNorm<double> gn(1, 6);
    EXPECT_EQ(ln.kind(), "layernorm");
    EXPECT_EQ(ln.groups(), 1);
    const Tensor<double> x = randomTensor(3, Shape{6, 1, 1}, 45);
    Tensor<double> a, b;
    ln.forward(x, a, Mode::Train);
    gn.forward(x, b, Mode::Train);
    EXPECT_EQ(a.data, b.data);
}

TEST(GroupNorm, FloatAgreesWithDouble) {
    GroupNorm<double> d(2, 4);
    GroupNorm<float> f(2, 4);
    d.gamma() = randomMatrix(1, 4, 46);
    f.gamma() = d.gamma().cast<float>();
    const Tensor<double> x = randomTensor(3, Shape{4, 3, 3}, 47);
    const Tensor<double> dy = randomTensor(3, Shape{4, 3, 3}, 48);
    Tensor<double> yd, dxd;
    Tensor<float> yf, dxf;
    d.forward(x, yd, Mode::Train);
    d.backward(dy, &dxd);
    const Tensor<float> xf{x.data.cast<float>(), x.shape};
    f.forward(xf, yf, Mode::Train);
    f.backward(Tensor<float>{dy.data.cast<float>(), dy.shape}, &dxf);
    EXPECT_LT((yf.data.cast<double>() - yd.data).cwiseAbs().maxCoeff(), 1e-5);
    EXPECT_LT((dxf.data.cast<double>() - dxd.data).cwiseAbs().maxCoeff(), 1e-4);
    EXPECT_LT((f.gammaGrad().cast<double>() - d.gammaGrad()).cwiseAbs().maxCoeff(), 1e-4);
}

TEST(GroupNorm, FrozenAffineParametersDoNotMoveUnderSgd) {
    GroupNorm<double> frozen(2, 4, GroupNormOptions{1e-5, false});
    GroupNorm<double> learnable(2, 4);
    const Tensor<double> x = randomTensor(3, Shape{4, 2, 2}, 49);
    const Tensor<double> dy = randomTensor(3, Shape{4, 2, 2}, 50);
    Optimizer<double> sgd(OptimizerOptions{OptimizerKind::Sgd, 0.5});
    for (GroupNorm<double>* norm : {&frozen, &learnable}) {
        Tensor<double> y, dx;
        norm->forward(x, y, Mode::Train);
        norm->backward(dy, &dx);
        EXPECT_GT(norm->gammaGrad().norm(), 0.0);
        sgd.step(norm->params());
    }
    EXPECT_EQ(frozen.gamma(), Matrix<double>::Ones(1, 4));
    EXPECT_EQ(frozen.beta(), Matrix<double>::Zero(1, 4));
    EXPECT_NE(learnable.gamma(), Matrix<double>::Ones(1, 4));
    EXPECT_NE(learnable.beta(), Matrix<double>::Zero(1, 4));
}

TEST(GroupNorm, RejectsBadOptionsAndShapes) {
    EXPECT_THROW(GroupNorm<double>(1, 0), std::invalid_argument);
    EXPECT_THROW(GroupNorm<double>(0, 4), std::invalid_argument);
    EXPECT_THROW(GroupNorm<double>(3, 4), std::invalid_argument);  // 3 does not divide 4
    EXPECT_THROW(GroupNorm<double>(2, 4, GroupNormOptions{0.0, true}), std::invalid_argument);
    EXPECT_THROW(LayerNorm<double>(0), std::invalid_argument);
    GroupNorm<double> norm(2, 4);
    Tensor<double> y;
    EXPECT_THROW(norm.forward(randomTensor(2, Shape{6, 1, 1}, 1), y, Mode::Train),
                 std::invalid_argument);
    Tensor<double> wrongColumns{randomMatrix(2, 5, 2), Shape{4, 1, 1}};
    EXPECT_THROW(norm.forward(wrongColumns, y, Mode::Train), std::invalid_argument);
    try {
        (void)GroupNorm<double>(3, 4);
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("divide the 4 channels, got 3"), std::string::npos)
            << e.what();
    }
}

}  // namespace
}  // namespace normlab::core
