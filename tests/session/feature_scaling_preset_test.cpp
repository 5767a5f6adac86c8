// The shipped feature-scaling preset shows what the lesson is about: the raw
// features zig-zag down a narrow valley and take many times the steps of the
// scaled ones, which reach the raw features' own least-squares fit.
#include <gtest/gtest.h>

#include <cmath>

#include "core/lab/scaling_comparison.h"
#include "session/experiment_config.h"
#include "session/feature_scaling_config.h"
#include "session/resource_paths.h"

namespace normlab::session {
namespace {

// Turns of the path: consecutive steps pointing more than 90 degrees apart.
int directionChanges(const core::PathView& path) {
    int changes = 0;
    for (std::size_t i = 2; i < path.size(); ++i) {
        const double ax = path[i - 1].w1 - path[i - 2].w1, ay = path[i - 1].w2 - path[i - 2].w2;
        const double bx = path[i].w1 - path[i - 1].w1, by = path[i].w2 - path[i - 1].w2;
        if (ax * bx + ay * by < 0.0) ++changes;
    }
    return changes;
}

TEST(FeatureScalingPreset, IsTheSchemaDefaultsTheAppStartsWith) {
    const ExperimentConfig preset = loadPreset("feature-scaling");
    const ExperimentConfig defaults = ExperimentConfig::defaults("feature-scaling");
    for (const FieldSpec& field : defaults.schema().fields)
        EXPECT_EQ(preset.value(field.key), defaults.value(field.key)) << field.key.toStdString();
    EXPECT_TRUE(preset.getBool("intercept"));
}

TEST(FeatureScalingPreset, RawZigZagsAndTakesOverTwentyTimesTheStepsOfZScore) {
    for (const int seed : {1, 2, 3, 4}) {
        SCOPED_TRACE(seed);
        ExperimentConfig config = loadPreset("feature-scaling");
        config.setValue("seed", seed);
        core::ScalingComparison lab(scalingComparisonConfigFrom(config));
        while (lab.steps() < config.getInt("steps") && !lab.finished()) lab.step();
        ASSERT_TRUE(lab.finished()) << "not finished in the preset's steps";

        const core::DescentPath& raw = lab.run(core::ScalingKind::None);
        const core::DescentPath& zscore = lab.run(core::ScalingKind::ZScore);
        const core::DescentPath& minmax = lab.run(core::ScalingKind::MinMax);
        const double rawMin = lab.model(core::ScalingKind::None).quadratic.minLoss;
        for (const core::DescentPath* run : {&raw, &zscore, &minmax}) {
            EXPECT_FALSE(run->diverged());
            EXPECT_GT(run->stepsToConverge(), 1);  // never a one-step Newton jump
        }
        EXPECT_GE(directionChanges(raw.path()), 10);
        EXPECT_GT(raw.stepsToConverge(), 20 * zscore.stepsToConverge());
        EXPECT_GT(raw.stepsToConverge(), minmax.stepsToConverge());
        // Both scalings fit the raw features' least-squares minimum.
        EXPECT_NEAR(zscore.currentLoss(), rawMin, 0.01 * rawMin);
        EXPECT_NEAR(minmax.currentLoss(), rawMin, 0.01 * rawMin);
        // Large but readable: the valley is some 20 times longer than wide.
        const double kappa = lab.model(core::ScalingKind::None).quadratic.conditionNumber;
        EXPECT_GT(kappa, 100.0);
        EXPECT_LT(kappa, 2000.0);
    }
}

}  // namespace
}  // namespace normlab::session
