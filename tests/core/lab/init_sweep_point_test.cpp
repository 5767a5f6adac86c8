#include "core/lab/init_sweep_point.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>

#include "moons_data.h"

namespace normlab::core {
namespace {

std::shared_ptr<const Dataset> moons() { return test::moonsData(400); }

TwinConfig twin() {
    TwinConfig c;
    c.network = NetworkSpec::mlp(Shape{2, 1, 1}, 2, 16, 2);
    c.optimizer.learningRate = 0.5;
    c.batchSize = 16;
    c.seed = 3;
    return c;
}

TEST(InitSweepPoint, ReportsBothTwinsFinalAccuracy) {
    const InitSweepResult r = InitSweepPoint(moons(), twin(), 0.5, 200).run();
    EXPECT_EQ(r.steps, 200);
    EXPECT_DOUBLE_EQ(r.initStd, 0.5);
    EXPECT_EQ(r.seed, 3u);
    EXPECT_FALSE(r.cancelled);
    EXPECT_GT(r.bnTestAccuracy, 0.7);
    EXPECT_GT(r.plainTestAccuracy, 0.5);
    EXPECT_LE(r.plainTestAccuracy, 1.0);
}

TEST(InitSweepPoint, MatchesATwinTrainedByHand) {
    TwinConfig c = twin();
    c.network.initStd = 0.05;
    c.probes = false;
    TwinTrainer trainer(moons(), c);
    for (int i = 0; i < 50; ++i) trainer.step();
    trainer.evaluate();
    const InitSweepResult r = InitSweepPoint(moons(), twin(), 0.05, 50).run();
    EXPECT_EQ(r.bnTestAccuracy, trainer.model(TwinTrainer::kBn).evals.back().testAccuracy);
    EXPECT_EQ(r.plainTestAccuracy, trainer.model(TwinTrainer::kPlain).evals.back().testAccuracy);
}

TEST(InitSweepPoint, CancelledPointHasNoAccuracy) {
    std::atomic<bool> cancel{true};
    RunControl control;
    control.cancel = &cancel;
    const InitSweepResult r = InitSweepPoint(moons(), twin(), 1.0, 100).run(control);
    EXPECT_TRUE(r.cancelled);
    EXPECT_EQ(r.steps, 0);
    EXPECT_TRUE(std::isnan(r.bnTestAccuracy));
}

TEST(InitSweepPoint, RejectsBadStdAndSteps) {
    EXPECT_THROW(InitSweepPoint(moons(), twin(), 0.0, 10), std::invalid_argument);
    EXPECT_THROW(InitSweepPoint(moons(), twin(), 1.0, 0), std::invalid_argument);
}

}  // namespace
}  // namespace normlab::core
