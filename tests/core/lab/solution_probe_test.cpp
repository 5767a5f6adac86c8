// The probes of a finished solution: the run that stops at a target training
// loss and hands over its weights, the loss along the line between two
// solutions (checked against direct evaluations), epsilon-sharpness (its
// gradient, its box, its number), the verdict that flags runs, and the sweep
// summary the lesson is worded from.
#include <gtest/gtest.h>

#include <cmath>

#include "core/lab/batch_size_run.h"
#include "core/lab/batch_sweep_summary.h"
#include "core/lab/epsilon_sharpness.h"
#include "core/lab/network_evaluation.h"
#include "core/lab/run_verdict.h"
#include "core/lab/weight_interpolation.h"
#include "moons_data.h"

namespace normlab::core {
namespace {

BatchSizeRunConfig moonsRun(int batchSize, double lr) {
    BatchSizeRunConfig c;
    c.network = NetworkSpec::mlp(Shape{2, 1, 1}, 2, 16, 2);
    c.network.activation = ActivationKind::Relu;
    c.network.init = InitKind::He;
    c.batchSize = batchSize;
    c.lrRule = LearningRateRule::Constant;
    c.baseLr = lr;
    c.epochs = 200;
    c.evalsPerEpoch = 2;
    c.keepWeights = true;
    c.seed = 3;
    return c;
}

struct Solutions {
    std::shared_ptr<const Dataset> data = test::moonsData(600);
    BatchSizeResult small, large;
    Solutions() {
        BatchSizeRunConfig s = moonsRun(8, 0.05), l = moonsRun(240, 0.3);
        s.targetTrainLoss = l.targetTrainLoss = 0.25;
        small = BatchSizeRun(data, s).run();
        large = BatchSizeRun(data, l).run();
    }
};

const Solutions& solutions() {
    static const Solutions s;
    return s;
}

TEST(TargetLoss, StopsAtTheFirstCheckBelowTheTargetAndKeepsTheWeights) {
    const Solutions& s = solutions();
    for (const BatchSizeResult* r : {&s.small, &s.large}) {
        EXPECT_TRUE(r->reachedTarget);
        EXPECT_LE(r->finalTrainLoss, 0.25);
        EXPECT_LT(r->epochs, 200.0);  // stopped early
        ASSERT_GE(r->curve.size(), 2u);
        EXPECT_LE(r->curve.back().trainLoss, 0.25);
        for (std::size_t i = 0; i + 1 < r->curve.size(); ++i)
            EXPECT_GT(r->curve[i].trainLoss, 0.25) << "point " << i;
        // The kept weights are the final network: they give its loss.
        const Scaler scaler = fitScaler(r->config.scaling, s.data->train);
        Network<float> net = networkWithWeights(r->config.network, r->weights);
        EXPECT_NEAR(evaluateNetwork(net, s.data->train, scaler, Mode::Eval, 0, 1000).loss,
                    r->finalTrainLoss, 1e-6);
    }
    // The large batch needs far fewer updates per epoch, so more epochs.
    EXPECT_GT(s.large.epochs, s.small.epochs);
}

TEST(TargetLoss, AnUnreachableTargetRunsTheWholeBudget) {
    BatchSizeRunConfig c = moonsRun(16, 0.01);
    c.epochs = 1;
    c.targetTrainLoss = 1e-4;
    const BatchSizeResult r = BatchSizeRun(test::moonsData(600), c).run();
    EXPECT_FALSE(r.reachedTarget);
    EXPECT_EQ(r.updates, 30);
}

TEST(WeightInterpolation, PointsAreDirectEvaluationsOfTheMixedWeights) {
    const Solutions& s = solutions();
    const Scaler scaler = fitScaler(s.small.config.scaling, s.data->train);
    InterpolationConfig config;
    config.points = 9;  // alpha -0.5, -0.25, ..., 1.5
    config.trainSamples = 0;
    const auto line = interpolateWeights(s.small.config.network, s.small.weights, s.large.weights,
                                         *s.data, scaler, config, 2);
    ASSERT_EQ(line.size(), 9u);
    EXPECT_DOUBLE_EQ(line.front().alpha, -0.5);
    EXPECT_DOUBLE_EQ(line[2].alpha, 0.0);
    EXPECT_DOUBLE_EQ(line.back().alpha, 1.5);
    // The ends are the two solutions themselves.
    EXPECT_NEAR(line[2].trainLoss, s.small.finalTrainLoss, 1e-6);
    EXPECT_NEAR(line[6].trainLoss, s.large.finalTrainLoss, 1e-6);
    EXPECT_NEAR(line[2].testLoss, s.small.finalTestLoss, 1e-6);
    EXPECT_NEAR(line[6].testAccuracy, s.large.finalTestAccuracy, 1e-12);
    // alpha = 1.5 by hand: w = -0.5 w_small + 1.5 w_large.
    NetworkWeights w = s.small.weights;
    for (std::size_t i = 0; i < w.size(); ++i)
        w[i] = -0.5f * s.small.weights[i] + 1.5f * s.large.weights[i];
    Network<float> net = networkWithWeights(s.small.config.network, w);
    EXPECT_NEAR(line.back().trainLoss,
                evaluateNetwork(net, s.data->train, scaler, Mode::Eval, 0, 1000).loss, 1e-6);
    EXPECT_NEAR(line.back().testLoss,
                evaluateNetwork(net, s.data->test, scaler, Mode::Eval, 0, 1000).loss, 1e-6);
    // Same numbers on one thread.
    const auto serial = interpolateWeights(s.small.config.network, s.small.weights, s.large.weights,
                                           *s.data, scaler, config, 1);
    for (std::size_t i = 0; i < line.size(); ++i) EXPECT_EQ(serial[i].trainLoss, line[i].trainLoss);
}

TEST(WeightInterpolation, RefusesSolutionsOfDifferentNetworks) {
    const Solutions& s = solutions();
    NetworkWeights wrong = s.small.weights;
    wrong.pop_back();
    const Scaler scaler = fitScaler(s.small.config.scaling, s.data->train);
    EXPECT_THROW((void)evaluateInterpolated(s.small.config.network, s.small.weights, wrong, 0.5,
                                            *s.data, scaler, {}),
                 std::invalid_argument);
    InterpolationConfig one;
    one.points = 1;
    EXPECT_THROW((void)interpolationAlphas(one), std::invalid_argument);
}

TEST(EpsilonSharpness, GradientMatchesFiniteDifferences) {
    const Solutions& s = solutions();
    const Scaler scaler = fitScaler(s.small.config.scaling, s.data->train);
    Network<float> net = networkWithWeights(s.small.config.network, s.small.weights);
    NetworkWeights g;
    (void)lossAndGradient(net, s.data->train, scaler, 0, &g);
    Matrix<float>& w = *net.params()[0].value;
    for (const auto& [r, c] : {std::pair{0, 0}, std::pair{1, 5}, std::pair{0, 11}}) {
        const float keep = w(r, c);
        const float h = 1e-2f;
        w(r, c) = keep + h;
        const double up = lossAndGradient(net, s.data->train, scaler, 0, nullptr);
        w(r, c) = keep - h;
        const double down = lossAndGradient(net, s.data->train, scaler, 0, nullptr);
        w(r, c) = keep;
        EXPECT_NEAR((up - down) / (2 * h), g[0](r, c), 2e-3) << r << "," << c;
    }
}

TEST(EpsilonSharpness, AscentRaisesTheLossWithinTheBox) {
    const Solutions& s = solutions();
    const Scaler scaler = fitScaler(s.small.config.scaling, s.data->train);
    SharpnessConfig config;
    config.epsilon = 1e-2;
    config.steps = 8;
    config.samples = 0;
    const SharpnessResult r =
        epsilonSharpness(s.small.config.network, s.small.weights, *s.data, scaler, config);
    ASSERT_EQ(r.lossPerStep.size(), 9u);
    EXPECT_NEAR(r.baseLoss, s.small.finalTrainLoss, 1e-6);
    EXPECT_GT(r.maxLoss, r.baseLoss);
    EXPECT_NEAR(r.sharpness, 100 * (r.maxLoss - r.baseLoss) / (1 + r.baseLoss), 1e-9);
    // A larger box can only find a higher loss (the ascent from the same start).
    config.epsilon = 5e-2;
    EXPECT_GT(epsilonSharpness(s.small.config.network, s.small.weights, *s.data, scaler, config)
                  .sharpness,
              r.sharpness);
}

TEST(EpsilonSharpness, RefusesBatchNormNetworksAndBadSettings) {
    const Solutions& s = solutions();
    const Scaler scaler = fitScaler(s.small.config.scaling, s.data->train);
    NetworkSpec bn = s.small.config.network;
    bn.normaliser = NormKind::Batch;
    EXPECT_THROW((void)epsilonSharpness(bn, s.small.weights, *s.data, scaler, {}),
                 std::invalid_argument);
    SharpnessConfig bad;
    bad.epsilon = 0;
    EXPECT_THROW(bad.validate(), std::invalid_argument);
}

BatchSizeResult fakeRun(int batchSize, double test, double train, double startLoss,
                        double finalLoss) {
    BatchSizeResult r;
    r.config.batchSize = batchSize;
    r.config.network.outputs = 10;
    r.finalTestAccuracy = test;
    r.finalTrainAccuracy = train;
    r.finalTestLoss = finalLoss;
    BatchSizeCurvePoint start;
    start.testLoss = startLoss;
    r.curve.push_back(start);
    r.updates = 1000 / batchSize;
    return r;
}

TEST(RunVerdict, FlagsBlownUpAndNearChanceRuns) {
    EXPECT_DOUBLE_EQ(underTrainedAccuracy(10), 0.325);
    EXPECT_EQ(verdictOf(fakeRun(8, 0.8, 0.85, 2.3, 0.5)), RunVerdict::Trained);
    EXPECT_EQ(verdictOf(fakeRun(8, 0.11, 0.11, 2.3, 40.0)), RunVerdict::Diverged);
    EXPECT_EQ(verdictOf(fakeRun(8, 0.2, 0.2, 2.3, 2.1)), RunVerdict::UnderTrained);
    BatchSizeResult nan = fakeRun(8, 0.8, 0.8, 2.3, 0.5);
    nan.diverged = true;
    EXPECT_EQ(verdictOf(nan), RunVerdict::Diverged);
}

TEST(BatchSweepSummary, StatisticsOverTrainedSeedsOnly) {
    std::vector<BatchSizeResult> runs{
        fakeRun(16, 0.82, 0.85, 2.3, 0.5), fakeRun(16, 0.84, 0.86, 2.3, 0.5),
        fakeRun(1024, 0.70, 0.70, 2.3, 0.9), fakeRun(1024, 0.72, 0.72, 2.3, 0.9),
        fakeRun(1024, 0.1, 0.1, 2.3, 50.0)};
    std::vector<const BatchSizeResult*> pointers;
    for (const BatchSizeResult& r : runs) pointers.push_back(&r);
    const BatchSweepSummary s = summarizeSweep(pointers);
    ASSERT_EQ(s.sizes.size(), 2u);
    EXPECT_EQ(s.best, 0);
    const BatchSizeStats* big = s.find(1024);
    ASSERT_NE(big, nullptr);
    EXPECT_EQ(big->trained, 2);
    EXPECT_EQ(big->diverged, 1);
    EXPECT_NEAR(big->mean, 0.71, 1e-12);
    EXPECT_EQ(big->updates, 0);  // 1000 / 1024
    EXPECT_TRUE(beatsEverySeed(s.sizes[0], *big));
    EXPECT_FALSE(beatsEverySeed(*big, s.sizes[0]));
    EXPECT_EQ(s.bestIn(8, 32), 0);
    EXPECT_EQ(s.bestIn(32, 512), -1);
}

}  // namespace
}  // namespace normlab::core
