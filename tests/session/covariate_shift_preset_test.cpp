// The bn-covariate-shift preset on Fashion-MNIST: over three seeds the plain
// network's last-hidden-layer inputs drift more than twice as far as the BN
// network's (median and 15-85% band, in step-0 band widths), and no
// histogram checkpoint drops a value.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

#include "core/data/idx_loader.h"
#include "core/lab/twin_trainer.h"
#include "session/experiment_config.h"
#include "session/network_dataset.h"
#include "session/twin_config.h"

namespace normlab::session {
namespace {

using core::TwinTrainer;

TEST(CovariateShiftPreset, PlainDriftsMoreThanTwiceAsFarAsBn) {
    if (!std::filesystem::exists(core::kFashionMnistDefaultDir))
        GTEST_SKIP() << "Fashion-MNIST is not installed";
    ExperimentConfig config = loadPreset("bn-covariate-shift");
    // The drift needs no test accuracy: a small test split keeps the evaluations cheap.
    config.setValue("test_samples", 500);
    const auto data = loadNetworkDataset(config);
    const qint64 steps = config.getInt("steps");
    for (int seed = 1; seed <= 3; ++seed) {
        SCOPED_TRACE("seed " + std::to_string(seed));
        config.setValue("seed", seed);
        const core::TwinConfig twin = twinConfigFrom(config, data->shape, data->numClasses);
        TwinTrainer trainer(data, twin);
        for (qint64 i = 0; i < steps; ++i) trainer.step();
        const core::DistributionDrift bn = trainer.model(TwinTrainer::kBn).drift.back();
        const core::DistributionDrift plain = trainer.model(TwinTrainer::kPlain).drift.back();
        ASSERT_TRUE(bn.valid && plain.valid);
        std::printf("seed %d: median drift plain %.2f bn %.2f, band drift plain %.2f bn %.2f\n",
                    seed, plain.median, bn.median, plain.band, bn.band);
        EXPECT_GT(std::abs(plain.median), 2 * std::abs(bn.median));
        EXPECT_GT(plain.band, 2 * bn.band);
        // A large fraction of the starting band, not a twitch.
        EXPECT_GT(plain.band, 0.5);
        for (int m : {TwinTrainer::kBn, TwinTrainer::kPlain})
            for (std::size_t k = 0; k < trainer.model(m).histograms.size(); ++k)
                for (const core::Histogram& h : trainer.model(m).histograms[k].layers)
                    EXPECT_EQ(h.underflow + h.overflow + h.invalid, 0) << "checkpoint " << k;
    }
}

}  // namespace
}  // namespace normlab::session
