// normlab-cli run same-loss on a tiny synthetic set: slice.csv holds the
// configured grid for each model, its centre is the model's training loss,
// and a grid without a centre is refused before any training.
#include <gtest/gtest.h>

#include <QTemporaryDir>

#include "cli_test_util.h"
#include "sweep_table.h"

namespace normlab::session {
namespace {

using test::columnBy;
using test::runCli;
using test::set;

QStringList tinyRun() {
    return set({"dataset=moons", "train_samples=300", "depth=1", "width=8", "small_batch=8",
                "large_batch=100", "small_lr=0.01", "large_lr=0.01", "target_train_loss=0.5",
                "max_epochs=20", "train_eval_samples=300", "interpolation_points=3",
                "sharpness_steps=2", "sharpness_samples=300", "seeds=1", "slice_radius=0.5",
                "slice_points=5", "slice_samples=300"});
}

TEST(SameLossCli, WritesTheConfiguredSliceGridForEachModel) {
    QTemporaryDir dir;
    const QString out = dir.filePath("same");
    const auto r = runCli(QStringList{"run", "same-loss", "--out", out} + tinyRun(), 120000);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = test::readLines(out + "/slice.csv");
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.front(), "seed,model,batch_size,a,b,train_loss,train_accuracy");
    const auto a = columnBy(out + "/slice.csv", "model", "a");
    const auto b = columnBy(out + "/slice.csv", "model", "b");
    const auto loss = columnBy(out + "/slice.csv", "model", "train_loss");
    const auto trainLoss = columnBy(out + "/same_loss.csv", "model", "train_loss");
    for (const char* model : {"small", "large"}) {
        SCOPED_TRACE(model);
        ASSERT_EQ(a[model].size(), 25);  // 5 x 5
        EXPECT_DOUBLE_EQ(a[model].front(), -0.5);
        EXPECT_DOUBLE_EQ(b[model].front(), -0.5);
        EXPECT_DOUBLE_EQ(a[model][4], 0.5);
        EXPECT_DOUBLE_EQ(b[model][4], -0.5);
        EXPECT_DOUBLE_EQ(b[model].back(), 0.5);
        // The centre (row 2, column 2) is the solution, measured on the same rows.
        EXPECT_EQ(a[model][12], 0.0);
        EXPECT_EQ(b[model][12], 0.0);
        EXPECT_NEAR(loss[model][12], trainLoss[model].front(), 1e-5);
    }
}

TEST(SameLossCli, RefusesAGridWithoutACentre) {
    QTemporaryDir dir;
    const auto r = runCli(QStringList{"run", "same-loss", "--out", dir.filePath("x")} + tinyRun() +
                          set({"slice_points=4"}));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("slice_points")) << r.err.toStdString();
}

}  // namespace
}  // namespace normlab::session
