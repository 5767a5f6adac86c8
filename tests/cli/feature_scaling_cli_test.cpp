// normlab-cli run feature-scaling: the three runs' numbers, paths and data on disk.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "cli_test_util.h"
#include "session/resource_paths.h"

namespace normlab::session {
namespace {

using test::readLines;
using test::runCli;
using test::set;

QString housePrices() {
    for (const QString& dir : resourceDirs())
        if (QFile::exists(dir + "/data/house_prices.csv")) return dir + "/data/house_prices.csv";
    ADD_FAILURE() << "house_prices.csv not found";
    return {};
}

QStringList csvSettings(const QString& feature1) {
    return {"dataset=csv", "data_path=" + housePrices(), "csv_feature1=" + feature1,
            "csv_feature2=rooms", "csv_target=price_k"};
}

// Row of `scaling` in scaling.csv, split into fields.
QStringList summaryRow(const QStringList& lines, const QString& scaling) {
    for (const QString& line : lines)
        if (line.startsWith(scaling + ',')) return line.split(',');
    ADD_FAILURE() << "no row for " << scaling.toStdString();
    return {};
}

TEST(FeatureScalingCli, WritesSummaryPathsAndData) {
    QTemporaryDir dir;
    const QString out = dir.filePath("run");
    const auto r = runCli(QStringList{"run", "feature-scaling", "--out", out, "--steps", "300"} +
                          set({"n_samples=50"}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    const QStringList summary = readLines(out + "/scaling.csv");
    ASSERT_EQ(summary.size(), 4);
    const QStringList header = summary[0].split(',');
    for (const char* column : {"scaling", "kappa", "lambda_min", "lambda_max", "max_stable_lr",
                               "steps_to_converge", "final_loss"})
        EXPECT_TRUE(header.contains(column)) << column;
    // The raw features are on very different scales; z-scoring makes the bowl round.
    const int kappa = static_cast<int>(header.indexOf("kappa"));
    const double kappaNone = summaryRow(summary, "none")[kappa].toDouble();
    const double kappaZ = summaryRow(summary, "zscore")[kappa].toDouble();
    EXPECT_GT(kappaNone, 10.0 * kappaZ);
    EXPECT_LT(kappaZ, 2.0);

    for (const char* scaling : {"none", "minmax", "zscore"}) {
        const QStringList path = readLines(out + "/path_" + scaling + ".csv");
        ASSERT_GE(path.size(), 2) << scaling;
        EXPECT_EQ(path[0], "step,w1,w2,loss");
        // Every run starts at the default start, (12, -10).
        EXPECT_TRUE(path[1].startsWith("0,12,-10,")) << path[1].toStdString();
        // Gradient descent below the stable rate never raises the exact loss.
        EXPECT_LT(path.last().split(',')[3].toDouble(), path[1].split(',')[3].toDouble());
    }
    const QStringList data = readLines(out + "/data.csv");
    EXPECT_EQ(data.size(), 1 + 50);
    EXPECT_EQ(data[0].split(',').size(), 3);
}

TEST(FeatureScalingCli, ReadsThreeNamedColumnsOfACsv) {
    QTemporaryDir dir;
    const QString out = dir.filePath("run");
    const auto r = runCli(QStringList{"run", "feature-scaling", "--out", out, "--steps", "200"} +
                          set(csvSettings("area_m2")));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList data = readLines(out + "/data.csv");
    const QStringList source = readLines(housePrices());
    ASSERT_EQ(data.size(), source.size());
    EXPECT_EQ(data[0], "area_m2,rooms,price_k");
    // The file's first house (area, rooms, price; age left out), as the floats used.
    const QStringList first = source[1].split(',');
    const QStringList written = data[1].split(',');
    ASSERT_EQ(written.size(), 3);
    EXPECT_FLOAT_EQ(written[0].toDouble(), first[0].toDouble());
    EXPECT_FLOAT_EQ(written[1].toDouble(), first[1].toDouble());
    EXPECT_FLOAT_EQ(written[2].toDouble(), first[3].toDouble());
    EXPECT_EQ(readLines(out + "/scaling.csv").size(), 4);
}

TEST(FeatureScalingCli, UnknownColumnIsOneLineNamingTheColumns) {
    QTemporaryDir dir;
    const auto r = runCli(QStringList{"run", "feature-scaling", "--out", dir.filePath("run")} +
                          set(csvSettings("area_m3")));
    test::expectOneLineError(r, 2, "no column \"area_m3\"");
    EXPECT_TRUE(r.err.contains("area_m2, rooms, age_years, price_k")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("did you mean \"area_m2\"")) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath("run/scaling.csv")));
}

}  // namespace
}  // namespace normlab::session
