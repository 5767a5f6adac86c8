// normlab-cli run --profile: the phase table of a run, on a small synthetic set.
#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QTemporaryDir>

#include "cli_test_util.h"

namespace normlab::session {
namespace {

using test::runCli;
using test::set;

const QStringList kSmallData{"dataset=moons", "train_samples=400", "width=16"};

// The count column of a phase's row, or -1 when the row is missing.
qint64 countOf(const QString& table, const QString& phase) {
    for (const QString& line : table.split('\n')) {
        if (!line.startsWith("  " + phase + "  ")) continue;
        return line.split(QRegularExpression("\\s+"), Qt::SkipEmptyParts).last().toLongLong();
    }
    return -1;
}

TEST(ProfileCli, TwinRunCountsEveryStepEvaluationAndProbe) {
    QTemporaryDir dir;
    const auto r = runCli(
        QStringList{"run", "bn-paper", "--out", dir.filePath("run"), "--steps", "30", "--profile"} +
        set(kSmallData + QStringList{"eval_interval=10"}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith("profile (seconds)")) << r.out.toStdString();
    EXPECT_EQ(countOf(r.out, "data loading"), 1);
    EXPECT_EQ(countOf(r.out, "training steps"), 30);
    EXPECT_EQ(countOf(r.out, "evaluation"), 3);
    EXPECT_EQ(countOf(r.out, "probes/histograms"), 30);
    EXPECT_EQ(countOf(r.out, "snapshots"), 0);
    EXPECT_GE(countOf(r.out, "output"), 3);
    EXPECT_EQ(countOf(r.out, "start-up and other"), 1);
    EXPECT_TRUE(r.out.contains(QRegularExpression("total: [0-9.]+ s wall, [0-9.]+ s CPU")))
        << r.out.toStdString();
    EXPECT_FALSE(r.out.contains("sweep:"));
}

TEST(ProfileCli, SweepReportsItsScheduleAndNothingWithoutTheFlag) {
    QTemporaryDir dir;
    const QStringList sweep =
        set(kSmallData + QStringList{"batch_sizes=4,16,64", "epochs=1", "seeds=1", "workers=2"});
    const auto r =
        runCli(QStringList{"run", "batch-sweep", "--out", dir.filePath("a"), "--profile"} + sweep);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("phase times added up over the workers")) << r.out.toStdString();
    // 320 training rows: 80 + 20 + 5 updates.
    EXPECT_EQ(countOf(r.out, "training steps"), 105);
    EXPECT_TRUE(r.out.contains("sweep: 3 points on 2 workers")) << r.out.toStdString();

    const auto quiet =
        runCli(QStringList{"run", "batch-sweep", "--out", dir.filePath("b")} + sweep);
    ASSERT_EQ(quiet.exitCode, 0) << quiet.err.toStdString();
    EXPECT_TRUE(quiet.out.isEmpty()) << quiet.out.toStdString();
    test::expectOneLineError(runCli({"list", "--profile"}), 2, "takes no run options");
}

}  // namespace
}  // namespace normlab::session
