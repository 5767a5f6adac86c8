// normlab-cli run for the bn-twin kind, on a small synthetic set.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include "cli_test_util.h"

namespace normlab::session {
namespace {

using test::readLines;
using test::runCli;

const QStringList kSmallTwin{"--steps", "30",  "--set", "dataset=moons", "--set",
                             "train_samples=400", "--set", "depth=2",   "--set", "width=16",
                             "--set", "batch_size=16", "--set", "eval_interval=10"};

TEST(BnTwinRunner, WritesMetricsLayersAndHistogramsForBothModels) {
    QTemporaryDir dir;
    const QString out = dir.filePath("run");
    const auto r = runCli(QStringList{"run", "bn-paper", "--out", out} + kSmallTwin);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    const QStringList metrics = readLines(out + "/metrics.csv");
    ASSERT_EQ(metrics.size(), 1 + 3 * 2);  // evaluations at steps 10, 20, 30 for bn and plain
    EXPECT_TRUE(metrics[0].startsWith("step,model,epoch,train_loss,train_accuracy,test_loss,test_accuracy"));
    EXPECT_TRUE(metrics[1].startsWith("10,bn,"));
    EXPECT_TRUE(metrics[2].startsWith("10,plain,"));

    const QStringList layers = readLines(out + "/layers.csv");
    EXPECT_TRUE(layers[0].startsWith("step,model,layer,p15,p50,p85,mean,std,saturated_fraction"));
    // Step 0 (before any update) and 3 evaluations x 2 models x 2 layers.
    EXPECT_EQ(layers.size(), 1 + 4 * 2 * 2);
    EXPECT_TRUE(layers[1].startsWith("0,bn,1,"));
    EXPECT_TRUE(layers[2].startsWith("0,bn,2,"));
    EXPECT_TRUE(layers[3].startsWith("10,bn,1,"));

    const QStringList histograms = readLines(out + "/histograms.csv");
    EXPECT_EQ(histograms[0], "step,model,layer,bin_lo,bin_hi,count");
    EXPECT_EQ(histograms.size(), 1 + 4 * 2 * 2 * 40);  // step 0 and 3 checkpoints, 40 bins
    EXPECT_TRUE(histograms[1].startsWith("0,bn,1,"));
    // Step 0 counts one batch; each later checkpoint every pre-activation of its 10 steps.
    const auto countOf = [&](qsizetype first) {
        qint64 total = 0;
        for (const QString& row : histograms.mid(first, 40))
            total += row.section(',', 5, 5).toLongLong();
        return total;
    };
    EXPECT_EQ(countOf(1), 16 * 16);
    EXPECT_EQ(countOf(1 + 2 * 40), 10 * 16 * 16);

    EXPECT_TRUE(QFile::exists(out + "/units.csv"));
    EXPECT_FALSE(QFile::exists(out + "/landscape.csv"));
    EXPECT_TRUE(QFile::exists(out + "/config.json"));
}

TEST(BnTwinRunner, IcsProbeAddsLandscapeRows) {
    QTemporaryDir dir;
    const QString out = dir.filePath("run");
    const auto r = runCli(QStringList{"run", "bn-paper", "--out", out, "--set", "ics_probe=true"} +
                          kSmallTwin);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList rows = readLines(out + "/landscape.csv");
    EXPECT_TRUE(rows[0].startsWith("step,model,layer,ics_l2"));
    EXPECT_EQ(rows.size(), 1 + 3 * 2 * 2);  // 3 checkpoints x 2 models x layers 2 and 3
}

TEST(BnTwinRunner, MissingDataFolderIsAOneLineError) {
    QTemporaryDir dir;
    const auto r = runCli({"run", "bn-paper", "--out", dir.filePath("run"), "--set", "dataset=idx",
                           "--set", "data_path=/nonexistent/folder"});
    // A data folder is input like any field: exit 2, and nothing is left in --out.
    test::expectOneLineError(r, 2, "/nonexistent/folder");
    EXPECT_FALSE(QFileInfo::exists(dir.filePath("run")));
}

}  // namespace
}  // namespace normlab::session
