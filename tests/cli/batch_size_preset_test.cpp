// The batch-size lab's shipped presets on the real Fashion-MNIST, over their
// three seeds: each shows its effect with a margin larger than the seeds'
// spread.
#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include "cli_test_util.h"
#include "session/same_loss_result.h"
#include "sweep_table.h"

namespace normlab::session {
namespace {

using test::columnBy;
using test::runCli;
using test::set;
using test::spreadOf;

bool haveFashionMnist() {
    return QFileInfo::exists("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz");
}

// Equal epochs, constant lr. Only the five batch sizes the claim is about are
// run: every point is an independent seeded run, so these are the very runs
// of the full preset (the sweep tests check that points do not depend on each
// other or on the worker count).
TEST(BatchSizePreset, SmallBatchesBeatLargeOnesByMoreThanTheSeedSpread) {
    if (!haveFashionMnist()) GTEST_SKIP() << "Fashion-MNIST is not installed";
    QTemporaryDir dir;
    const QString out = dir.filePath("sweep");
    const auto r = runCli(
        QStringList{"run", "batch-sweep", "--out", out} + set({"batch_sizes=8,16,32,512,1024"}),
        300000);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto accuracy = columnBy(out + "/sweep.csv", "batch_size", "final_test_accuracy");
    const auto diverged = columnBy(out + "/sweep.csv", "batch_size", "diverged");
    ASSERT_EQ(accuracy.size(), 5);
    for (const auto& runs : accuracy) ASSERT_EQ(runs.size(), 3);  // three seeds
    for (const auto& flags : diverged)
        for (double d : flags) EXPECT_EQ(d, 0.0);

    QString best;
    for (const char* b : {"8", "16", "32"})
        if (best.isEmpty() || spreadOf(accuracy[b]).mean > spreadOf(accuracy[best]).mean) best = b;
    const test::SeedSpread small = spreadOf(accuracy[best]);
    for (const char* large : {"512", "1024"}) {
        const test::SeedSpread big = spreadOf(accuracy[large]);
        SCOPED_TRACE("B = " + best.toStdString() + " vs B = " + large);
        // Every seed of the best small batch beats every seed of the large one.
        EXPECT_GT(small.min, big.max);
        EXPECT_GT(small.mean - big.mean, (small.max - small.min) + (big.max - big.min));
    }
}

// Same training loss: the whole shipped preset, three seeds.
TEST(SameLossPreset, BothReachTheTargetAndTheLargeBatchIsSharper) {
    if (!haveFashionMnist()) GTEST_SKIP() << "Fashion-MNIST is not installed";
    QTemporaryDir dir;
    const QString out = dir.filePath("same");
    const auto r = runCli({"run", "same-loss", "--out", out}, 300000);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString summary = out + "/same_loss.csv";
    const auto reached = columnBy(summary, "model", "reached_target");
    const auto trainLoss = columnBy(summary, "model", "train_loss");
    const auto testLoss = columnBy(summary, "model", "test_loss");
    const auto sharpness = columnBy(summary, "model", "sharpness");
    ASSERT_EQ(sharpness["small"].size(), 3);
    ASSERT_EQ(sharpness["large"].size(), 3);
    QFile file(summary);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(file.readAll()).count(",true,"), 6);  // reached_target, 6 models
    for (int seed = 0; seed < 3; ++seed) {
        SCOPED_TRACE("seed " + std::to_string(seed + 1));
        EXPECT_LE(trainLoss["small"][seed], 0.1);
        EXPECT_LE(trainLoss["large"][seed], 0.1);
        EXPECT_GT(sharpness["large"][seed], sharpness["small"][seed]);
    }
    // The line's ends are the two solutions: the same losses as measured directly.
    const auto alpha = columnBy(out + "/interpolation.csv", "seed", "alpha");
    const auto lineTrain = columnBy(out + "/interpolation.csv", "seed", "train_loss");
    const auto lineTest = columnBy(out + "/interpolation.csv", "seed", "test_loss");
    ASSERT_EQ(alpha.size(), 3);
    for (int seed = 0; seed < 3; ++seed) {
        const QString key = QString::number(seed + 1);
        ASSERT_EQ(alpha[key].size(), 21);
        EXPECT_DOUBLE_EQ(alpha[key].front(), -0.5);
        EXPECT_DOUBLE_EQ(alpha[key].back(), 1.5);
        const int zero = 5, one = 15;  // alpha 0 and 1 among -0.5, -0.4, ..., 1.5
        EXPECT_NEAR(alpha[key][zero], 0.0, 1e-12);
        EXPECT_NEAR(alpha[key][one], 1.0, 1e-12);
        EXPECT_NEAR(lineTrain[key][zero], trainLoss["small"][seed], 1e-5);
        EXPECT_NEAR(lineTrain[key][one], trainLoss["large"][seed], 1e-5);
        EXPECT_NEAR(lineTest[key][zero], testLoss["small"][seed], 1e-5);
        EXPECT_NEAR(lineTest[key][one], testLoss["large"][seed], 1e-5);
    }
    const auto steps = columnBy(out + "/sharpness.csv", "model", "loss");
    EXPECT_EQ(steps["small"].size(), 3 * 11);  // the start and ten ascent steps per seed

    // The 2-D slices: around the large-batch solution the training loss rises
    // more on average, by a fifth at least (measured: 1.3x to 2.0x over the
    // three seeds), and each slice's centre is its solution's training loss.
    const SameLossResult result = readSameLossResult(out);
    ASSERT_EQ(result.slicePoints, 21);
    for (int seed = 1; seed <= 3; ++seed) {
        SCOPED_TRACE("seed " + std::to_string(seed));
        double rise[2] = {0, 0};
        for (const bool large : {false, true}) {
            double centre = -1, sum = 0;
            int n = 0;
            for (const SameLossSlicePoint& p : result.slice) {
                if (p.seed != seed || p.large != large) continue;
                sum += p.trainLoss;
                ++n;
                if (p.a == 0 && p.b == 0) centre = p.trainLoss;
            }
            ASSERT_EQ(n, 21 * 21);
            ASSERT_GE(centre, 0.0);
            EXPECT_NEAR(centre, trainLoss[large ? "large" : "small"][seed - 1], 1e-5);
            rise[large] = sum / n - centre;
        }
        EXPECT_GT(rise[1], 1.2 * rise[0]) << "small " << rise[0] << ", large " << rise[1];
    }
}

}  // namespace
}  // namespace normlab::session
