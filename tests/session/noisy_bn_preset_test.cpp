// The bn-noisy preset on Fashion-MNIST (Santurkar et al.'s decisive
// experiment): over three seeds the noisy-BN network's last-hidden-layer
// inputs sit farther from where they started than the plain network's
// (median and 15-85% band, averaged over every step, in step-0 band widths),
// yet its test accuracy stays within a few points of the BN network's.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <filesystem>

#include "core/data/idx_loader.h"
#include "core/lab/twin_trainer.h"
#include "session/experiment_config.h"
#include "session/network_dataset.h"
#include "session/twin_config.h"

namespace normlab::session {
namespace {

using core::TwinTrainer;

// Test accuracy over the last five evaluations: one evaluation of a sigmoid
// network at lr 0.5 jumps by a point or two from one to the next.
double lateAccuracy(const core::TwinModelState& state) {
    const std::size_t n = state.evals.size();
    const std::size_t k = std::min<std::size_t>(5, n);
    double sum = 0;
    for (std::size_t i = n - k; i < n; ++i) sum += state.evals[i].testAccuracy;
    return sum / static_cast<double>(k);
}

TEST(NoisyBnPreset, ShiftsMoreThanPlainAndTrainsLikeBn) {
    if (!std::filesystem::exists(core::kFashionMnistDefaultDir))
        GTEST_SKIP() << "Fashion-MNIST is not installed";
    ExperimentConfig config = loadPreset("bn-noisy");
    ASSERT_TRUE(config.getBool("noisy_bn"));
    config.setValue("test_samples", 2000);
    config.setValue("ics_probe", false);  // the smoothness probes are not what is measured here
    const auto data = loadNetworkDataset(config);
    const qint64 steps = config.getInt("steps");
    for (int seed = 1; seed <= 3; ++seed) {
        SCOPED_TRACE("seed " + std::to_string(seed));
        config.setValue("seed", seed);
        TwinTrainer trainer(data, twinConfigFrom(config, data->shape, data->numClasses));
        ASSERT_EQ(trainer.modelCount(), 3);
        for (qint64 i = 0; i < steps; ++i) trainer.step();
        const core::MeanDrift plain = trainer.model(TwinTrainer::kPlain).meanDrift.back();
        const core::MeanDrift noisy = trainer.model(TwinTrainer::kNoisy).meanDrift.back();
        const core::MeanDrift bn = trainer.model(TwinTrainer::kBn).meanDrift.back();
        const double accBn = lateAccuracy(trainer.model(TwinTrainer::kBn));
        const double accPlain = lateAccuracy(trainer.model(TwinTrainer::kPlain));
        const double accNoisy = lateAccuracy(trainer.model(TwinTrainer::kNoisy));
        std::printf(
            "seed %d: mean drift median/band plain %.2f/%.2f bn %.2f/%.2f noisy %.2f/%.2f; "
            "late test accuracy plain %.3f bn %.3f noisy %.3f\n",
            seed, plain.median, plain.band, bn.median, bn.band, noisy.median, noisy.band,
            accPlain, accBn, accNoisy);
        EXPECT_GT(noisy.median, 1.5 * plain.median);
        EXPECT_GT(noisy.band, 2 * plain.band);
        EXPECT_LT(std::abs(accNoisy - accBn), 0.03);
    }
}

}  // namespace
}  // namespace normlab::session
