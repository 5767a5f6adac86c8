// The sequential network: structure from the spec, whole-network gradients,
// probe taps, seeded initialisation and bit-identical determinism.

#include "core/nn/network.h"

#include <gtest/gtest.h>

#include "core/nn/activation.h"
#include "core/nn/dense.h"
#include "core/nn/optimizer.h"
#include "gradient_check.h"
#include "network_gradient_check.h"

namespace normlab::core {
namespace {

using test::checkNetworkGradients;
using test::expectGradientMatches;
using test::randomTensor;

NetworkSpec smallMlp(bool batchNorm) {
    NetworkSpec spec = NetworkSpec::mlp(Shape{4, 1, 1}, 2, 5, 3);
    spec.normaliser = batchNorm ? NormKind::Batch : NormKind::None;
    spec.init = InitKind::Xavier;
    return spec;
}

NetworkSpec smallCnn(bool batchNorm, PoolKind pooling) {
    NetworkSpec spec;
    spec.model = ModelType::Cnn;
    spec.input = Shape{1, 6, 6};
    spec.convChannels = {2, 3};
    spec.hidden = {4};
    spec.outputs = 3;
    spec.activation = ActivationKind::Tanh;
    spec.normaliser = batchNorm ? NormKind::Batch : NormKind::None;
    spec.pooling = pooling;
    spec.init = InitKind::He;
    return spec;
}

TEST(Network, MlpGradientsWithAndWithoutBatchNorm) {
    for (bool bn : {false, true}) {
        for (auto placement : {BnPlacement::BeforeActivation, BnPlacement::AfterActivation}) {
            NetworkSpec spec = smallMlp(bn);
            spec.bnPlacement = placement;
            auto net = Network<double>::build(spec, 5);
            checkNetworkGradients(net, randomTensor(6, spec.input, 6), {0, 1, 2, 2, 1, 0});
        }
    }
}

TEST(Network, CnnGradientsWithBatchNormAndBothPoolings) {
    for (auto pooling : {PoolKind::Max, PoolKind::Average}) {
        auto spec = smallCnn(true, pooling);
        auto net = Network<double>::build(spec, 9);
        checkNetworkGradients(net, randomTensor(3, spec.input, 10), {2, 0, 1});
    }
}

TEST(Network, RegressionGradientsThroughMse) {
    NetworkSpec spec = smallMlp(false);
    spec.outputs = 2;
    auto net = Network<double>::build(spec, 3);
    const Tensor<double> x = randomTensor(4, spec.input, 4);
    const Matrix<double> targets = test::randomMatrix(4, 2, 5);
    net.forwardBackwardMse(x, targets);
    const Matrix<double> analytic = *net.params()[0].grad;
    expectGradientMatches("dense1.weight", *net.params()[0].value, analytic, [&] {
        MseLoss<double> mse;
        return mse.forward(net.forward(x, Mode::Train).data, targets);
    });
}

TEST(Network, StructureFollowsTheSpec) {
    auto plain = Network<float>::build(NetworkSpec::mlp(Shape{784, 1, 1}, 3, 100, 10), 1);
    EXPECT_EQ(plain.parameterCount(), 784 * 100 + 100 + 2 * (100 * 100 + 100) + 100 * 10 + 10);
    EXPECT_EQ(plain.hiddenBlockCount(), 3);
    EXPECT_EQ(plain.batchNorm(1), nullptr);
    EXPECT_EQ(plain.params()[0].name, "dense1.weight");
    EXPECT_EQ(plain.params()[1].name, "dense1.bias");

    NetworkSpec spec = NetworkSpec::mlp(Shape{784, 1, 1}, 3, 100, 10);
    spec.normaliser = NormKind::Batch;
    auto bn = Network<float>::build(spec, 1);
    // No bias before BN; gamma and beta instead: same count.
    EXPECT_EQ(bn.parameterCount(), plain.parameterCount() - 300 + 600);
    EXPECT_EQ(bn.params()[1].name, "bn1.gamma");
    ASSERT_NE(bn.batchNorm(3), nullptr);
    EXPECT_THROW((void)bn.batchNorm(4), std::out_of_range);
    EXPECT_THROW((void)bn.preActivation(0), std::out_of_range);

    spec.bnPlacement = BnPlacement::AfterActivation;
    auto after = Network<float>::build(spec, 1);
    EXPECT_EQ(after.params()[1].name, "dense1.bias");

    auto cnn = Network<float>::build(smallCnn(true, PoolKind::Max), 1);
    EXPECT_EQ(cnn.hiddenBlockCount(), 3);  // two conv blocks and one dense
    EXPECT_EQ(cnn.params()[0].name, "conv1.weight");
    EXPECT_EQ(cnn.outputShape(), (Shape{3, 1, 1}));
}

TEST(Network, TapsExposePreActivationsAndActivations) {
    for (auto placement : {BnPlacement::BeforeActivation, BnPlacement::AfterActivation}) {
        NetworkSpec spec = smallMlp(true);
        spec.bnPlacement = placement;
        auto net = Network<double>::build(spec, 2);
        net.forward(randomTensor(8, spec.input, 3), Mode::Train);
        for (int l = 1; l <= net.hiddenBlockCount(); ++l) {
            const auto& pre = net.preActivation(l).data;
            Matrix<double> expected;
            Activation<double>::apply(ActivationKind::Sigmoid, pre, expected);
            EXPECT_EQ(net.activation(l).data, expected);
            const double meanAbs = pre.colwise().mean().cwiseAbs().maxCoeff();
            if (placement == BnPlacement::BeforeActivation) {
                EXPECT_LT(meanAbs, 1e-9);  // normalised input of the nonlinearity
            }
        }
    }
}

TEST(Network, SameSeedGivesIdenticalWeightsWithAndWithoutBatchNorm) {
    NetworkSpec plainSpec = NetworkSpec::mlp(Shape{20, 1, 1}, 3, 7, 4);
    NetworkSpec bnSpec = plainSpec;
    bnSpec.normaliser = NormKind::Batch;
    auto plain = Network<float>::build(plainSpec, 42);
    auto bn = Network<float>::build(bnSpec, 42);
    auto other = Network<float>::build(plainSpec, 43);
    auto weights = [](const Network<float>& net) {
        std::vector<Matrix<float>> out;
        for (const auto& p : net.params()) {
            if (p.name.ends_with(".weight")) out.push_back(*p.value);
        }
        return out;
    };
    ASSERT_EQ(weights(plain).size(), 4u);
    EXPECT_EQ(weights(plain), weights(bn));
    EXPECT_NE(weights(plain)[0], weights(other)[0]);
    // Gaussian std is honoured: N(0, 1) weights have a sample std near 1.
    const Matrix<float> w = weights(plain)[0];
    const double mean = w.mean();
    const double std = std::sqrt((w.array() - mean).square().mean());
    EXPECT_NEAR(std, 1.0, 0.2);
}

TEST(Network, TrainingIsBitIdenticalForTheSameSeed) {
    auto run = [](std::uint64_t seed) {
        NetworkSpec spec = smallCnn(true, PoolKind::Max);
        auto net = Network<float>::build(spec, seed);
        Optimizer<float> adam(OptimizerOptions{OptimizerKind::Adam, 0.01});
        const Tensor<double> xd = randomTensor(5, spec.input, 77);
        const Tensor<float> x{xd.data.cast<float>(), xd.shape};
        std::vector<float> losses;
        for (int step = 0; step < 5; ++step) {
            losses.push_back(net.forwardBackward(x, {0, 1, 2, 1, 0}));
            adam.step(net.params());
        }
        return losses;
    };
    EXPECT_EQ(run(11), run(11));
    EXPECT_NE(run(11), run(12));
}

TEST(Network, FrozenAffineBatchNormStaysAtOneAndZeroWhileWeightsTrain) {
    NetworkSpec spec = smallMlp(true);
    spec.bnAffineLearnable = false;
    auto net = Network<double>::build(spec, 4);
    const Matrix<double> before = *net.params()[0].value;
    Optimizer<double> sgd(OptimizerOptions{OptimizerKind::Sgd, 0.5});
    const Tensor<double> x = randomTensor(6, spec.input, 5);
    for (int step = 0; step < 3; ++step) {
        net.forwardBackward(x, {0, 1, 2, 0, 1, 2});
        sgd.step(net.params());
    }
    EXPECT_NE(*net.params()[0].value, before);
    for (int l = 1; l <= net.hiddenBlockCount(); ++l) {
        EXPECT_EQ(net.batchNorm(l)->gamma(), Matrix<double>::Ones(1, 5));
        EXPECT_EQ(net.batchNorm(l)->beta(), Matrix<double>::Zero(1, 5));
        EXPECT_GT(net.batchNorm(l)->runningMean().cwiseAbs().sum(), 0.0);
    }
}

TEST(Network, AllFiniteDetectsDivergence) {
    auto net = Network<float>::build(smallMlp(false), 1);
    EXPECT_TRUE(net.allFinite());
    (*net.params()[2].value)(0, 0) = std::numeric_limits<float>::quiet_NaN();
    EXPECT_FALSE(net.allFinite());
    (*net.params()[2].value)(0, 0) = std::numeric_limits<float>::max();  // large, but finite
    EXPECT_TRUE(net.allFinite());
    Matrix<float>& last = *net.params().back().value;
    for (const float bad :
         {std::numeric_limits<float>::infinity(), -std::numeric_limits<float>::infinity()}) {
        last(last.rows() - 1, last.cols() - 1) = bad;
        EXPECT_FALSE(net.allFinite());
    }
}

TEST(Network, RejectsBadSpecsAndInputs) {
    NetworkSpec spec = smallMlp(false);
    spec.hidden = {5, 0};
    EXPECT_THROW(Network<float>::build(spec, 1), std::invalid_argument);
    spec = smallCnn(false, PoolKind::Max);
    spec.input = Shape{1, 3, 3};
    EXPECT_THROW(Network<float>::build(spec, 1), std::invalid_argument);
    auto net = Network<float>::build(smallMlp(false), 1);
    Tensor<float> wrong{Matrix<float>::Zero(2, 5), Shape{5, 1, 1}};
    EXPECT_THROW(net.forward(wrong, Mode::Eval), std::invalid_argument);
    EXPECT_THROW((void)fromName<ModelType>("rnn"), std::invalid_argument);
    EXPECT_THROW((void)fromName<InitKind>("uniform"), std::invalid_argument);
    EXPECT_EQ(fromName<BnPlacement>(toString(BnPlacement::AfterActivation)),
              BnPlacement::AfterActivation);
}

TEST(Initializer, StandardDeviationsFollowTheirDefinitions) {
    EXPECT_DOUBLE_EQ(initStd(InitKind::Gaussian, 10, 20, 0.3), 0.3);
    EXPECT_DOUBLE_EQ(initStd(InitKind::Xavier, 10, 20, 0.3), std::sqrt(2.0 / 30.0));
    EXPECT_DOUBLE_EQ(initStd(InitKind::He, 10, 20, 0.3), std::sqrt(2.0 / 10.0));
    SeededRandom sampler(123);
    double sum = 0, sumSq = 0;
    const int n = 20000;
    for (int i = 0; i < n; ++i) {
        const double z = sampler.normal();
        sum += z;
        sumSq += z * z;
    }
    EXPECT_NEAR(sum / n, 0.0, 0.03);
    EXPECT_NEAR(sumSq / n, 1.0, 0.04);
}

TEST(Optimizer, MomentumFollowsPyTorchConvention) {
    Matrix<double> value = Matrix<double>::Constant(1, 1, 1.0);
    Matrix<double> grad = Matrix<double>::Constant(1, 1, 2.0);
    std::vector<ParamRef<double>> params{{"p", &value, &grad, true}};
    Optimizer<double> opt(OptimizerOptions{OptimizerKind::Momentum, 0.1, 0.5});
    opt.step(params);  // v = 2, p = 1 - 0.2
    EXPECT_NEAR(value(0, 0), 0.8, 1e-15);
    opt.step(params);  // v = 0.5 * 2 + 2 = 3, p = 0.8 - 0.3
    EXPECT_NEAR(value(0, 0), 0.5, 1e-15);
    opt.setLearningRate(0.0);
    opt.step(params);
    EXPECT_NEAR(value(0, 0), 0.5, 1e-15);
    EXPECT_THROW(opt.setMomentum(1.0), std::invalid_argument);
    EXPECT_THROW(opt.setLearningRate(-1.0), std::invalid_argument);
}

TEST(Optimizer, AdamFirstStepMovesByTheLearningRate) {
    Matrix<double> value = Matrix<double>::Constant(1, 2, 1.0);
    Matrix<double> grad(1, 2);
    grad << 3.0, -0.01;
    Matrix<double> frozen = Matrix<double>::Ones(1, 1), frozenGrad = Matrix<double>::Ones(1, 1);
    std::vector<ParamRef<double>> params{{"p", &value, &grad, true},
                                         {"f", &frozen, &frozenGrad, false}};
    Optimizer<double> adam(OptimizerOptions{OptimizerKind::Adam, 0.01});
    adam.step(params);
    EXPECT_NEAR(value(0, 0), 0.99, 1e-8);
    EXPECT_NEAR(value(0, 1), 1.01, 1e-6);
    EXPECT_EQ(frozen(0, 0), 1.0);
    EXPECT_EQ(fromName<OptimizerKind>("adam"), OptimizerKind::Adam);
}

}  // namespace
}  // namespace normlab::core
