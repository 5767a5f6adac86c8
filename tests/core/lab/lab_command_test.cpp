// Typed live commands: each lab's experiment applies its own, refuses a bad
// value with a structured refusal and changes nothing then, and refuses
// another lab's command.

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "core/lab/lab_command.h"
#include "core/lab/scaling_comparison.h"
#include "core/lab/twin_trainer.h"
#include "moons_data.h"

namespace normlab::core {
namespace {

using Reason = CommandRefusal::Reason;

TwinConfig twinConfig() {
    TwinConfig c;
    c.network = NetworkSpec::mlp(Shape{2, 1, 1}, 2, 8, 2);
    c.optimizer.learningRate = 0.1;
    c.batchSize = 16;
    c.evalInterval = 10;
    c.seed = 3;
    return c;
}

LabCommand twin(TwinCommand c) { return LabCommand{c}; }
LabCommand scaling(ScalingCommand c) { return LabCommand{c}; }

TEST(LabCommand, TwinTrainerAppliesItsCommands) {
    TwinTrainer trainer(test::moonsData(200), twinConfig());
    EXPECT_FALSE(trainer.apply(twin(TwinLearningRate{0.03})));
    EXPECT_FALSE(trainer.apply(twin(TwinBatchSize{40})));
    EXPECT_FALSE(trainer.apply(twin(TwinMomentum{0.5})));
    EXPECT_FALSE(trainer.apply(twin(TwinNoiseStrength{2.5})));
    EXPECT_FALSE(trainer.apply(twin(TwinEvalUsesRunningStats{false})));
    EXPECT_FALSE(trainer.apply(twin(TwinLandscapeProbes{true})));
    EXPECT_DOUBLE_EQ(trainer.config().optimizer.learningRate, 0.03);
    EXPECT_EQ(trainer.config().batchSize, 40);
    EXPECT_DOUBLE_EQ(trainer.config().optimizer.momentum, 0.5);
    EXPECT_DOUBLE_EQ(trainer.config().noiseStrength, 2.5);
    EXPECT_FALSE(trainer.config().bnEvalUsesRunningStats);
    EXPECT_TRUE(trainer.config().landscapeProbes);
}

TEST(LabCommand, ABatchLargerThanTheTrainingSetIsRefusedAndTheRunKeepsItsSize) {
    const auto data = test::moonsData(200);
    TwinTrainer trainer(data, twinConfig());
    const auto trainSize = static_cast<double>(data->train.size());
    const std::optional<CommandRefusal> refusal =
        trainer.apply(twin(TwinBatchSize{static_cast<int>(trainSize) + 1}));
    ASSERT_TRUE(refusal);
    EXPECT_EQ(refusal->field, "batch_size");
    EXPECT_EQ(refusal->reason, Reason::AboveMaximum);
    EXPECT_EQ(refusal->requested, trainSize + 1);
    EXPECT_EQ(refusal->limit, trainSize);
    EXPECT_EQ(refusal->kept, 16);
    EXPECT_EQ(trainer.config().batchSize, 16);
    trainer.step();  // and it still trains
    EXPECT_EQ(trainer.steps(), 1);
}

TEST(LabCommand, TwinTrainerRefusesBadValuesAndChangesNothing) {
    TwinTrainer trainer(test::moonsData(200), twinConfig());
    const auto lr = trainer.apply(twin(TwinLearningRate{-1.0}));
    ASSERT_TRUE(lr);
    EXPECT_EQ(lr->field, "lr");
    EXPECT_EQ(lr->reason, Reason::NotPositive);
    EXPECT_EQ(lr->kept, 0.1);
    const auto nan = trainer.apply(twin(TwinLearningRate{std::nan("")}));
    ASSERT_TRUE(nan);
    EXPECT_EQ(nan->reason, Reason::NotFinite);
    const auto noise = trainer.apply(twin(TwinNoiseStrength{11.0}));
    ASSERT_TRUE(noise);
    EXPECT_EQ(noise->field, "bn_noise");
    EXPECT_EQ(noise->limit, TwinConfig::kMaxNoiseStrength);
    const auto small = trainer.apply(twin(TwinBatchSize{1}));
    ASSERT_TRUE(small);
    EXPECT_EQ(small->reason, Reason::BelowMinimum);
    EXPECT_EQ(small->limit, 2.0);
    EXPECT_DOUBLE_EQ(trainer.config().optimizer.learningRate, 0.1);
    EXPECT_DOUBLE_EQ(trainer.config().noiseStrength, twinConfig().noiseStrength);
    EXPECT_EQ(trainer.config().batchSize, 16);
}

TEST(LabCommand, EachExperimentRefusesTheOtherLabsCommands) {
    TwinTrainer trainer(test::moonsData(200), twinConfig());
    const auto toTwins = trainer.apply(scaling(ScalingBatchSize{8}));
    ASSERT_TRUE(toTwins);
    EXPECT_EQ(toTwins->reason, Reason::NotThisLab);
    EXPECT_EQ(trainer.config().batchSize, 16);
    ScalingComparisonConfig c;
    c.data.samples = 200;
    c.gridSize = 20;
    ScalingComparison lab(c);
    const auto toScaling = lab.apply(twin(TwinBatchSize{8}));
    ASSERT_TRUE(toScaling);
    EXPECT_EQ(toScaling->reason, Reason::NotThisLab);
    EXPECT_EQ(lab.config().batchSize, c.batchSize);
}

TEST(LabCommand, ScalingRateSetsModeAndRateTogetherAsTheSettersDo) {
    ScalingComparisonConfig c;
    c.data.samples = 200;
    c.gridSize = 20;
    ScalingComparison commanded(c);
    ScalingComparison direct(c);
    for (int i = 0; i < 15; ++i) {
        commanded.step();
        direct.step();
    }
    EXPECT_FALSE(commanded.apply(scaling(ScalingRate{LearningRateMode::SameForAll, 0.004})));
    direct.setLearningRateMode(LearningRateMode::SameForAll);
    direct.setLearningRate(0.004);
    EXPECT_FALSE(commanded.apply(scaling(ScalingStart{1.5, -2.0})));
    direct.setStart(Eigen::Vector2d(1.5, -2.0));
    EXPECT_EQ(commanded.config().learningRateMode, LearningRateMode::SameForAll);
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_EQ(commanded.run(kComparedScalings[i]).position(),
                  direct.run(kComparedScalings[i]).position());

    const auto refused = commanded.apply(scaling(ScalingRate{LearningRateMode::FractionOfMaxStable, 0.0}));
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->field, "fraction");
    EXPECT_EQ(refused->reason, Reason::NotPositive);
    EXPECT_EQ(refused->kept, 0.004);
    EXPECT_EQ(commanded.config().learningRateMode, LearningRateMode::SameForAll);
    const auto start = commanded.apply(scaling(ScalingStart{std::numeric_limits<double>::infinity(), 0}));
    ASSERT_TRUE(start);
    EXPECT_EQ(start->field, "start_w1");
    EXPECT_EQ(commanded.config().start.x(), 1.5);
}

TEST(LabCommand, AlternativesAndFieldsNameWhatACommandSets) {
    EXPECT_EQ(alternativeOf(twin(TwinLearningRate{0.1})), alternativeOf(twin(TwinLearningRate{0.2})));
    EXPECT_NE(alternativeOf(twin(TwinLearningRate{0.1})), alternativeOf(twin(TwinMomentum{0.1})));
    EXPECT_NE(alternativeOf(twin(TwinBatchSize{8})), alternativeOf(scaling(ScalingBatchSize{8})));
    EXPECT_EQ(fieldOf(twin(TwinBatchSize{8})), "batch_size");
    EXPECT_EQ(fieldOf(scaling(ScalingRate{LearningRateMode::SameForAll, 0.1})), "lr");
    EXPECT_EQ(fieldOf(scaling(ScalingRate{LearningRateMode::FractionOfMaxStable, 0.1})),
              "fraction");
}

}  // namespace
}  // namespace normlab::core
