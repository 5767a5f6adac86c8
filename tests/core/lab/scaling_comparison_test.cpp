#include "core/lab/scaling_comparison.h"

#include <gtest/gtest.h>

#include <Eigen/Eigenvalues>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/lab/scaling_report.h"

namespace normlab::core {
namespace {

ScalingComparisonConfig smallConfig() {
    ScalingComparisonConfig c;
    c.data.samples = 300;
    c.data.correlation = 0.4;
    c.gridSize = 60;
    c.levels = 10;
    return c;
}

TEST(ScalingComparison, ZScoreConvergesInFewerStepsThanRawAtTheSameFraction) {
    ScalingComparisonConfig c = smallConfig();
    c.learningRateMode = LearningRateMode::FractionOfMaxStable;
    c.learningRate = 0.5;
    ScalingComparison lab(c);
    while (lab.steps() < 200000 && !lab.finished()) lab.step();
    const auto none = lab.run(ScalingKind::None).stepsToConverge();
    const auto minmax = lab.run(ScalingKind::MinMax).stepsToConverge();
    const auto zscore = lab.run(ScalingKind::ZScore).stepsToConverge();
    ASSERT_GT(zscore, 0);
    ASSERT_GT(none, 0);
    EXPECT_LT(zscore, none);
    // With an intercept, min-max of Gaussian features is close to z-score; never better.
    EXPECT_LE(zscore, minmax);
    EXPECT_LT(lab.model(ScalingKind::ZScore).quadratic.conditionNumber,
              lab.model(ScalingKind::None).quadratic.conditionNumber);
    // Every run used half of its own max stable rate.
    for (const ScalingKind kind : kComparedScalings) {
        EXPECT_DOUBLE_EQ(lab.learningRateFor(kind),
                         0.5 * lab.model(kind).quadratic.maxStableLearningRate);
    }
}

TEST(ScalingComparison, SnapshotsShareSurfacesAndKeepTheirOwnPath) {
    ScalingComparison lab(smallConfig());
    lab.step();
    const auto first = lab.comparisonSnapshot();
    lab.step();
    lab.step();
    const auto second = lab.comparisonSnapshot();
    EXPECT_EQ(first->step, 1);
    EXPECT_EQ(second->step, 3);
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(first->runs[i].surface.get(), second->runs[i].surface.get());
        EXPECT_EQ(first->runs[i].model.get(), second->runs[i].model.get());
        EXPECT_EQ(first->runs[i].path.size(), 2U);
        EXPECT_EQ(second->runs[i].path.size(), 4U);
        EXPECT_EQ(second->runs[i].scaling, kComparedScalings[i]);
        EXPECT_FALSE(second->runs[i].surface->contours.empty());
        EXPECT_EQ(second->runs[i].surface->grid.columns, 60);
        EXPECT_LE(second->runs[i].model->rawSample.rows(), 2000);
    }
    EXPECT_FALSE(second->surfaceDescription.empty());
}

TEST(ScalingComparison, LearningRateChangeReplaysPathsButKeepsTheSurface) {
    ScalingComparison lab(smallConfig());
    for (int i = 0; i < 20; ++i) lab.step();
    const auto before = lab.comparisonSnapshot();
    lab.setLearningRate(0.9);
    const auto after = lab.comparisonSnapshot();
    EXPECT_EQ(after->step, 20);
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(before->runs[i].surface.get(), after->runs[i].surface.get());
        ASSERT_EQ(after->runs[i].path.size(), 21U);
        EXPECT_NE(before->runs[i].path.back().w1, after->runs[i].path.back().w1);
    }
}

TEST(ScalingComparison, StartPointIsSharedAndDataChangesRebuildAndReset) {
    ScalingComparison lab(smallConfig());
    for (int i = 0; i < 5; ++i) lab.step();
    const auto before = lab.comparisonSnapshot();
    // A start inside every window keeps the framing.
    const Eigen::Vector2d inside = 0.5 * before->runs[0].model->quadratic.minimizer;
    const bool insideAll = before->runs[1].surface->window.contains(inside) &&
                           before->runs[2].surface->window.contains(inside);
    lab.setStart(inside);
    const auto moved = lab.comparisonSnapshot();
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(moved->runs[i].path[0].w1, inside[0]);
        EXPECT_EQ(moved->runs[i].path[0].w2, inside[1]);
    }
    EXPECT_EQ(moved->runs[0].surface.get(), before->runs[0].surface.get());
    if (insideAll) {
        EXPECT_EQ(moved->runs[2].surface.get(), before->runs[2].surface.get());
    }

    ScalingComparisonConfig c = lab.config();
    c.data.correlation = -0.6;
    lab.setConfig(c);
    const auto rebuilt = lab.comparisonSnapshot();
    EXPECT_EQ(rebuilt->step, 0);
    EXPECT_NE(rebuilt->runs[0].surface.get(), before->runs[0].surface.get());
    EXPECT_NE(rebuilt->runs[0].model.get(), before->runs[0].model.get());
}

TEST(ScalingComparison, ADivergedRunStopsAloneAndTheSnapshotDivergesOnlyWhenAllHave) {
    ScalingComparisonConfig c = smallConfig();
    ScalingComparison probe(c);
    c.learningRateMode = LearningRateMode::SameForAll;
    // Half as much again as the z-scored run's max stable rate: far above the
    // raw run's, far below the min-max one's.
    c.learningRate = probe.model(ScalingKind::ZScore).quadratic.maxStableLearningRate * 1.5;
    ScalingComparison lab(c);
    for (int i = 0; i < 3000 && !lab.run(ScalingKind::ZScore).diverged(); ++i) lab.step();
    for (int i = 0; i < 50; ++i) lab.step();
    const auto snap = lab.comparisonSnapshot();
    const ScalingRunState& z = snap->runs[scalingIndex(ScalingKind::ZScore)];
    const ScalingRunState& m = snap->runs[scalingIndex(ScalingKind::MinMax)];
    ASSERT_TRUE(z.diverged);
    EXPECT_GT(z.divergedAtStep, 0);
    EXPECT_EQ(static_cast<std::int64_t>(z.path.size()), z.divergedAtStep + 1);  // stopped there
    EXPECT_DOUBLE_EQ(z.learningRate, c.learningRate);
    EXPECT_FALSE(m.diverged);
    EXPECT_EQ(m.divergedAtStep, -1);
    EXPECT_EQ(static_cast<std::int64_t>(m.path.size()), snap->step + 1);  // went on
    EXPECT_FALSE(snap->diverged);
    EXPECT_TRUE(snap->divergence.empty());

    // Above every run's limit: all three stop, and only then the whole lab.
    c.learningRateMode = LearningRateMode::FractionOfMaxStable;
    c.learningRate = 1.3;
    ScalingComparison all(c);
    for (int i = 0; i < 3000 && !all.finished(); ++i) all.step();
    const auto done = all.comparisonSnapshot();
    EXPECT_TRUE(done->diverged);
    EXPECT_NE(done->divergence.find("zscore"), std::string::npos) << done->divergence;
}

TEST(ScalingComparison, AStepIsAStepWhenEveryRunHasDivergedAndALowerRateCatchesUpToIt) {
    ScalingComparisonConfig c = smallConfig();
    c.learningRateMode = LearningRateMode::FractionOfMaxStable;
    c.learningRate = 1.3;  // above every run's limit
    ScalingComparison lab(c);
    for (int i = 0; i < 3000 && !lab.finished(); ++i) lab.step();
    const auto stopped = lab.comparisonSnapshot();
    ASSERT_TRUE(stopped->diverged);
    // The lab's clock goes on; the runs stay where they diverged.
    for (int i = 0; i < 3; ++i) lab.step();
    const auto later = lab.comparisonSnapshot();
    EXPECT_EQ(lab.steps(), stopped->step + 3);
    EXPECT_EQ(later->step, stopped->step + 3);
    EXPECT_TRUE(later->diverged);
    for (std::size_t i = 0; i < later->runs.size(); ++i) {
        EXPECT_EQ(later->runs[i].path.size(), stopped->runs[i].path.size()) << i;
        EXPECT_EQ(later->runs[i].divergedAtStep, stopped->runs[i].divergedAtStep) << i;
    }
    // A stable rate replays every run to the clock.
    lab.setLearningRate(0.5);
    const auto replayed = lab.comparisonSnapshot();
    EXPECT_FALSE(replayed->diverged);
    EXPECT_EQ(replayed->step, later->step);
    for (const ScalingRunState& run : replayed->runs)
        EXPECT_EQ(static_cast<std::int64_t>(run.path.size()), replayed->step + 1);
}

TEST(ScalingComparison, UserDataReplacesTheSyntheticSet) {
    ScalingComparisonConfig c = smallConfig();
    c.userX.resize(5, 2);
    c.userX << 50, 1, 80, 2, 120, 3, 160, 3, 200, 5;
    c.userY.resize(5);
    c.userY << 150, 230, 330, 420, 540;
    c.userFeatureNames = {"area_m2", "rooms"};
    c.userDataName = "house_prices.csv";
    ScalingComparison lab(c);
    EXPECT_EQ(lab.datasetName(), "house_prices.csv");
    EXPECT_EQ(lab.rawFeatures(), c.userX);
    EXPECT_EQ(lab.model(ScalingKind::MinMax).scaledSample.maxCoeff(), 1.0F);
    c.userY.resize(4);
    EXPECT_THROW(ScalingComparison{c}, std::invalid_argument);
}

std::vector<std::vector<std::string>> readCsv(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::vector<std::vector<std::string>> rows;
    std::string line;
    while (std::getline(in, line)) {
        std::vector<std::string> fields;
        std::stringstream ss(line);
        std::string f;
        while (std::getline(ss, f, ',')) fields.push_back(f);
        rows.push_back(fields);
    }
    return rows;
}

TEST(ScalingComparison, BundledHousePricesShowTheNarrowValley) {
    const auto rows = readCsv(std::filesystem::path(NORMLAB_TEST_DATA_DIR) / ".." / ".." /
                              "resources" / "data" / "house_prices.csv");
    ASSERT_GT(rows.size(), 50U);
    ASSERT_EQ(rows[0], (std::vector<std::string>{"area_m2", "rooms", "age_years", "price_k"}));
    ScalingComparisonConfig c = smallConfig();
    const auto n = static_cast<Eigen::Index>(rows.size() - 1);
    c.userX.resize(n, 2);
    c.userY.resize(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        const auto& r = rows[static_cast<std::size_t>(i + 1)];
        c.userX(i, 0) = std::stof(r[0]);
        c.userX(i, 1) = std::stof(r[1]);
        c.userY[i] = std::stof(r[3]);
    }
    ScalingComparison lab(c);
    const double raw = lab.model(ScalingKind::None).quadratic.conditionNumber;
    const double z = lab.model(ScalingKind::ZScore).quadratic.conditionNumber;
    EXPECT_GT(raw, 100.0);
    EXPECT_LT(z, 20.0);
    EXPECT_GT(z, 1.5);  // area and rooms are correlated, so not perfectly round
}

TEST(ScalingReport, WritesTheFilesAndDataCsvReproducesKappa) {
    const auto dir = std::filesystem::temp_directory_path() / "normlab_scaling_report_test";
    std::filesystem::remove_all(dir);
    ScalingComparison lab(smallConfig());
    const ScalingReportResult result = writeScalingReport(lab, dir / "nested", 50000);
    EXPECT_TRUE(result.finished);

    const auto summary = readCsv(dir / "nested" / "scaling.csv");
    ASSERT_EQ(summary.size(), 4U);
    const std::vector<std::string> head(summary[0].begin(), summary[0].begin() + 7);
    EXPECT_EQ(head, (std::vector<std::string>{"scaling", "kappa", "lambda_min", "lambda_max",
                                              "max_stable_lr", "steps_to_converge", "final_loss"}));

    const auto data = readCsv(dir / "nested" / "data.csv");
    ASSERT_EQ(data.size(), 301U);
    EXPECT_EQ(data[0], (std::vector<std::string>{"area_m2", "rooms", "price_k"}));
    Matrix<double> x(300, 2);
    for (int i = 0; i < 300; ++i) {
        x(i, 0) = std::stod(data[static_cast<std::size_t>(i + 1)][0]);
        x(i, 1) = std::stod(data[static_cast<std::size_t>(i + 1)][1]);
    }
    for (std::size_t r = 1; r < 4; ++r) {
        const std::string& name = summary[r][0];
        EXPECT_EQ(name, toString(kComparedScalings[r - 1]));
        // Recompute the Hessian of the scaled, centred data independently.
        Matrix<double> s = x;
        for (int j = 0; j < 2; ++j) {
            auto col = s.col(j);
            if (name == "minmax")
                col = (col.array() - col.minCoeff()) / (col.maxCoeff() - col.minCoeff());
            if (name == "zscore") {
                const double m = col.mean();
                col = (col.array() - m) / std::sqrt((col.array() - m).square().mean());
            }
        }
        s.rowwise() -= s.colwise().mean();
        const Eigen::Matrix2d h = 2.0 * s.transpose() * s / 300.0;
        const Eigen::SelfAdjointEigenSolver<Eigen::Matrix2d> eig(h);
        EXPECT_NEAR(std::stod(summary[r][1]) / (eig.eigenvalues()[1] / eig.eigenvalues()[0]), 1.0,
                    1e-4);
        EXPECT_NEAR(std::stod(summary[r][3]) / eig.eigenvalues()[1], 1.0, 1e-5);
        EXPECT_NEAR(std::stod(summary[r][4]) * eig.eigenvalues()[1], 2.0, 1e-5);

        const auto path = readCsv(dir / "nested" / ("path_" + name + ".csv"));
        EXPECT_EQ(path[0], (std::vector<std::string>{"step", "w1", "w2", "loss"}));
        const long steps = std::stol(summary[r][5]);
        ASSERT_GT(steps, 0);
        ASSERT_GE(path.size(), static_cast<std::size_t>(steps + 2));
        EXPECT_EQ(std::stod(summary[r][6]), std::stod(path.back()[3]));
    }
    std::filesystem::remove_all(dir);
}

TEST(ScalingReport, UnwritableDirectoryThrowsWithThePath) {
    const auto file = std::filesystem::temp_directory_path() / "normlab_scaling_not_a_dir";
    std::ofstream(file) << "x";
    ScalingComparison lab(smallConfig());
    try {
        (void)writeScalingReport(lab, file / "out", 10);
        FAIL() << "expected an error";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("normlab_scaling_not_a_dir"), std::string::npos);
    }
    std::filesystem::remove(file);
}

}  // namespace
}  // namespace normlab::core
