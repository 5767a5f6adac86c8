// The batch-vs-running-statistics gap: zero when a batch is the population
// the running averages were taken from, larger for smaller batches, and the
// running statistics are left as they were.

#include "core/lab/running_stat_gap.h"

#include <gtest/gtest.h>

#include "core/lab/network_evaluation.h"
#include "moons_data.h"

namespace normlab::core {
namespace {

Network<float> bnNet(NormKind kind) {
    NetworkSpec spec = NetworkSpec::mlp(Shape{2, 1, 1}, 2, 8, 2);
    spec.normaliser = kind;
    spec.activation = ActivationKind::Relu;
    spec.init = InitKind::He;
    return Network<float>::build(spec, 3);
}

// Running statistics = the statistics of the whole split (momentum 1).
void setRunningStatsToPopulation(Network<float>& net, const Split& split) {
    for (int l = 1; l <= net.hiddenBlockCount(); ++l) net.batchNorm(l)->setMomentum(1.0);
    Tensor<float> all{split.features.toFloat(), Shape{2, 1, 1}};
    net.forward(all, Mode::Train);
    for (int l = 1; l <= net.hiddenBlockCount(); ++l) {
        BatchNorm<float>& bn = *net.batchNorm(l);
        bn.runningVar() = bn.lastVar();  // biased, as the batch's own
        bn.setMomentum(0.1);
    }
}

TEST(RunningStatGap, GrowsAsTheBatchShrinksAndVanishesForThePopulation) {
    const auto data = test::moonsData(600);
    const Split& train = data->train;
    auto net = bnNet(NormKind::Batch);
    setRunningStatsToPopulation(net, train);
    const Matrix<float> meanBefore = net.batchNorm(2)->runningMean();
    const Scaler none;

    const auto whole = measureRunningStatGap(net, train, none, train.size(), 2, 1);
    ASSERT_EQ(whole.size(), 2u);
    EXPECT_EQ(whole[0].layer, 1);
    EXPECT_EQ(whole[1].layer, 2);
    for (const RunningStatGap& g : whole) {
        EXPECT_LT(g.meanGap, 1e-4);
        EXPECT_LT(g.stdGap, 1e-4);
    }
    const auto small = measureRunningStatGap(net, train, none, 2, 50, 1);
    const auto medium = measureRunningStatGap(net, train, none, 32, 50, 1);
    for (std::size_t l = 0; l < 2; ++l) {
        EXPECT_GT(small[l].meanGap, 2 * medium[l].meanGap) << "layer " << l + 1;
        EXPECT_GT(small[l].stdGap, 2 * medium[l].stdGap) << "layer " << l + 1;
        EXPECT_GT(medium[l].meanGap, 10 * whole[l].meanGap) << "layer " << l + 1;
    }
    EXPECT_EQ(net.batchNorm(2)->runningMean(), meanBefore);
    EXPECT_DOUBLE_EQ(net.batchNorm(2)->options().momentum, 0.1);
}

TEST(RunningStatGap, IsEmptyWithoutBatchNormAndRejectsBadBatchSizes) {
    const auto data = test::moonsData(100);
    const Scaler none;
    for (NormKind kind : {NormKind::None, NormKind::Layer, NormKind::Group}) {
        auto net = bnNet(kind);
        EXPECT_TRUE(measureRunningStatGap(net, data->train, none, 4, 3, 1).empty());
    }
    auto net = bnNet(NormKind::Batch);
    EXPECT_THROW((void)measureRunningStatGap(net, data->train, none, 1, 3, 1),
                 std::invalid_argument);
    EXPECT_THROW((void)measureRunningStatGap(net, data->train, none, data->train.size() + 1, 3, 1),
                 std::invalid_argument);
}

}  // namespace
}  // namespace normlab::core
