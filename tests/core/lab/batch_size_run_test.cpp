#include "core/lab/batch_size_run.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <numeric>
#include <thread>

#include "core/data/idx_loader.h"
#include "moons_data.h"

namespace normlab::core {
namespace {

std::shared_ptr<const Dataset> moons() { return test::moonsData(600); }

BatchSizeRunConfig smallConfig(int batchSize) {
    BatchSizeRunConfig c;
    c.network = NetworkSpec::mlp(Shape{2, 1, 1}, 2, 16, 2);
    c.network.activation = ActivationKind::Relu;
    c.network.init = InitKind::He;
    c.batchSize = batchSize;
    c.lrRule = LearningRateRule::Linear;
    c.baseLr = 0.01;
    c.epochs = 2;
    c.evalsPerEpoch = 4;
    c.seed = 5;
    return c;
}

// Everything but the wall-clock times.
void expectSameResult(const BatchSizeResult& a, const BatchSizeResult& b) {
    EXPECT_EQ(a.updates, b.updates);
    EXPECT_EQ(a.finalTestAccuracy, b.finalTestAccuracy);
    EXPECT_EQ(a.finalTestLoss, b.finalTestLoss);
    EXPECT_EQ(a.finalTrainAccuracy, b.finalTrainAccuracy);
    ASSERT_EQ(a.curve.size(), b.curve.size());
    for (std::size_t i = 0; i < a.curve.size(); ++i) {
        EXPECT_EQ(a.curve[i].updates, b.curve[i].updates);
        EXPECT_EQ(a.curve[i].testLoss, b.curve[i].testLoss);
    }
}

TEST(BatchSizeRun, TrainsForTheBudgetAndRecordsACurve) {
    const auto data = moons();  // 480 training rows
    BatchSizeRun run(data, smallConfig(16));
    EXPECT_EQ(run.stepsPerEpoch(), 30);
    EXPECT_EQ(run.totalSteps(), 60);
    const BatchSizeResult r = run.run();
    EXPECT_FALSE(r.diverged);
    EXPECT_FALSE(r.cancelled);
    EXPECT_DOUBLE_EQ(r.learningRate, 0.16);
    EXPECT_EQ(r.updates, 60);
    EXPECT_EQ(r.examplesSeen, 960);
    EXPECT_DOUBLE_EQ(r.epochs, 2.0);
    // A point at the start and evals_per_epoch per epoch.
    ASSERT_EQ(r.curve.size(), 1u + 8u);
    EXPECT_EQ(r.curve.front().updates, 0);
    EXPECT_TRUE(std::isnan(r.curve.front().trainAccuracy));
    EXPECT_EQ(r.curve.back().updates, 60);
    for (std::size_t i = 1; i < r.curve.size(); ++i) {
        EXPECT_GT(r.curve[i].updates, r.curve[i - 1].updates);
        EXPECT_GE(r.curve[i].wallSeconds, r.curve[i - 1].wallSeconds);
        EXPECT_EQ(r.curve[i].examplesSeen, r.curve[i].updates * 16);
        EXPECT_GE(r.curve[i].trainAccuracy, 0.0);
    }
    EXPECT_EQ(r.finalTestAccuracy, r.curve.back().testAccuracy);
    EXPECT_GT(r.finalTestAccuracy, 0.75);  // moons are easy: well above chance
    EXPECT_GT(r.finalTrainAccuracy, 0.75);
    EXPECT_LT(r.finalTestLoss, r.curve.front().testLoss);
    EXPECT_TRUE(std::isnan(r.testAccuracyBnTrainMode));  // no BN
}

TEST(BatchSizeRun, BudgetInExamplesRoundsDownToWholeBatches) {
    BatchSizeRunConfig c = smallConfig(16);
    c.examples = 1000;
    EXPECT_EQ(BatchSizeRun(moons(), c).totalSteps(), 62);
    c.examples = 3;
    EXPECT_EQ(BatchSizeRun(moons(), c).totalSteps(), 1);
}

TEST(BatchSizeRun, SameSeedSameNumbersOnAnyThread) {
    const auto data = moons();
    const BatchSizeResult here = BatchSizeRun(data, smallConfig(8)).run();
    BatchSizeResult there;
    std::thread([&] { there = BatchSizeRun(data, smallConfig(8)).run(); }).join();
    expectSameResult(here, there);

    BatchSizeRunConfig other = smallConfig(8);
    other.seed = 6;
    EXPECT_NE(BatchSizeRun(data, other).run().finalTestLoss, here.finalTestLoss);
}

TEST(BatchSizeRun, CancelStopsWithinAStep) {
    const auto data = moons();
    std::atomic<bool> cancel{false};
    RunControl control;
    control.cancel = &cancel;
    control.progress = [&](double fraction) {
        if (fraction >= 0.25) cancel = true;
    };
    BatchSizeRun run(data, smallConfig(4));
    const BatchSizeResult r = run.run(control);
    EXPECT_TRUE(r.cancelled);
    EXPECT_GT(r.updates, 0);
    EXPECT_LE(r.updates, run.totalSteps() / 4 + 1);
    EXPECT_TRUE(std::isnan(r.finalTestAccuracy));

    cancel = true;
    EXPECT_EQ(BatchSizeRun(data, smallConfig(4)).run(control).updates, 0);
}

TEST(BatchSizeRun, DivergenceIsFlaggedNotThrown) {
    BatchSizeRunConfig c = smallConfig(16);
    c.scaling = ScalingKind::None;
    c.lrRule = LearningRateRule::Constant;
    c.baseLr = 1e6;
    c.network.init = InitKind::Gaussian;
    c.network.initStd = 5;
    BatchSizeResult r;
    ASSERT_NO_THROW(r = BatchSizeRun(moons(), c).run());
    EXPECT_TRUE(r.diverged);
    EXPECT_FALSE(r.divergence.empty());
    EXPECT_TRUE(std::isnan(r.finalTestAccuracy));
    EXPECT_LT(r.updates, 60);
}

TEST(BatchSizeRun, BatchNormNetReportsTrainModeTestAccuracy) {
    BatchSizeRunConfig c = smallConfig(8);
    c.network.normaliser = NormKind::Batch;
    const BatchSizeResult r = BatchSizeRun(moons(), c).run();
    ASSERT_FALSE(r.diverged);
    EXPECT_GE(r.testAccuracyBnTrainMode, 0.0);
    EXPECT_LE(r.testAccuracyBnTrainMode, 1.0);
    EXPECT_GT(r.finalTestAccuracy, 0.75);
}

TEST(BatchSizeRun, RejectsBadConfigs) {
    BatchSizeRunConfig c = smallConfig(1);
    c.network.normaliser = NormKind::Batch;
    EXPECT_THROW(BatchSizeRun(moons(), c), std::invalid_argument);
    c = smallConfig(1000);  // more than the 480 training rows
    EXPECT_THROW(BatchSizeRun(moons(), c), std::invalid_argument);
    c = smallConfig(8);
    c.epochs = 0;
    EXPECT_THROW(BatchSizeRun(moons(), c), std::invalid_argument);
    EXPECT_THROW(BatchSizeRun(nullptr, smallConfig(8)), std::invalid_argument);
}

// Masters & Luschi's observation at a fixed budget of epochs with linear
// scaling: small batches reach better test accuracy than large ones.
TEST(BatchSizeRun, SmallBatchesBeatLargeOnFashionMnistAtEqualEpochs) {
    if (!std::filesystem::exists(kFashionMnistDefaultDir))
        GTEST_SKIP() << "Fashion-MNIST is not installed at " << kFashionMnistDefaultDir;
    auto data = std::make_shared<Dataset>(loadFashionMnist());
    std::vector<int> rows(10000);
    std::iota(rows.begin(), rows.end(), 0);
    data->train = data->train.subset(rows);
    rows.resize(2000);
    data->test = data->test.subset(rows);

    BatchSizeRunConfig c;
    c.network = NetworkSpec::mlp(data->shape, 2, 64, 10);
    c.network.activation = ActivationKind::Relu;
    c.network.init = InitKind::He;
    c.lrRule = LearningRateRule::Linear;
    c.baseLr = 1e-3;
    c.epochs = 1;
    c.evalsPerEpoch = 1;
    c.trainEvalSamples = 2000;
    for (std::uint64_t seed : {1, 2, 3}) {
        c.seed = seed;
        c.batchSize = 16;
        const BatchSizeResult small = BatchSizeRun(data, c).run();
        c.batchSize = 1024;
        const BatchSizeResult large = BatchSizeRun(data, c).run();
        std::printf("seed %d: batch 16 %.3f, batch 1024 %.3f\n", static_cast<int>(seed),
                    small.finalTestAccuracy, large.finalTestAccuracy);
        EXPECT_GT(small.finalTestAccuracy, large.finalTestAccuracy + 0.2)
            << "seed " << seed << ": batch 16 " << small.finalTestAccuracy << ", batch 1024 "
            << large.finalTestAccuracy;
    }
}

}  // namespace
}  // namespace normlab::core
