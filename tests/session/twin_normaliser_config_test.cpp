// The bn-twin and init-sweep kinds' normaliser choice: file <-> config <->
// engine config, and the cross-field refusals.
#include <gtest/gtest.h>

#include "config_test_util.h"
#include "session/sweep_plan.h"
#include "session/twin_config.h"

namespace normlab::session {
namespace {

using test::bnTwinJson;
using test::configErrorOf;

TEST(TwinNormaliserConfig, DefaultsToBatchNormAndReachesTheEngine) {
    const ExperimentConfig c = ExperimentConfig::defaults("bn-twin");
    EXPECT_EQ(c.getString("normaliser"), "batch");
    EXPECT_EQ(twinConfigFrom(c, core::Shape{2, 1, 1}, 2).normaliser, core::NormKind::Batch);
    const ExperimentConfig g =
        ExperimentConfig::fromJson(bnTwinJson(R"("normaliser": "group", "groups": 4)"));
    const core::TwinConfig t = twinConfigFrom(g, core::Shape{2, 1, 1}, 2);
    EXPECT_EQ(t.normaliser, core::NormKind::Group);
    EXPECT_EQ(t.network.normGroups, 4);
    EXPECT_NO_THROW(t.validate());
}

TEST(TwinNormaliserConfig, SavedAndOpenedLosslessly) {
    ExperimentConfig c = ExperimentConfig::defaults("bn-twin");
    c.setValue("normaliser", "layer");
    c.setValue("groups", 5);
    const ExperimentConfig back = ExperimentConfig::fromJson(c.toJson());
    EXPECT_EQ(back.getString("normaliser"), "layer");
    EXPECT_EQ(back.getInt("groups"), 5);
    EXPECT_EQ(back.toJson(), c.toJson());
}

TEST(TwinNormaliserConfig, InitSweepTakesTheNormaliserToo) {
    ExperimentConfig c = ExperimentConfig::defaults("init-sweep");
    c.setValue("normaliser", "layer");
    EXPECT_EQ(initSweepTwinConfigFrom(c, core::Shape{2, 1, 1}, 2).normaliser,
              core::NormKind::Layer);
}

TEST(TwinNormaliserConfig, RefusesUnknownNormaliserGroupsThatDoNotDivideAndNoisyNonBatch) {
    EXPECT_TRUE(configErrorOf([] {
                    ExperimentConfig::fromJson(bnTwinJson(R"("normaliser": "none")"));
                }).contains("normaliser"));
    const QString groups = configErrorOf([] {
        ExperimentConfig::fromJson(
            bnTwinJson(R"("normaliser": "group", "groups": 3, "width": 100)"));
    });
    EXPECT_TRUE(groups.contains("groups")) << groups;
    EXPECT_TRUE(groups.contains("100")) << groups;
    // The same G with batch norm chosen is not a problem: it is not used.
    EXPECT_NO_THROW(ExperimentConfig::fromJson(bnTwinJson(R"("groups": 3, "width": 100)")));
    const QString noisy = configErrorOf([] {
        ExperimentConfig::fromJson(bnTwinJson(R"("normaliser": "layer", "noisy_bn": true)"));
    });
    EXPECT_TRUE(noisy.contains("noisy_bn")) << noisy;
    EXPECT_TRUE(noisy.contains("layer")) << noisy;
}

}  // namespace
}  // namespace normlab::session
