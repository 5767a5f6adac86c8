#include "core/data/regression_set.h"
#include "core/seeded_random.h"

#include <gtest/gtest.h>

#include <Eigen/QR>
#include <stdexcept>

namespace normlab::core {
namespace {

TEST(RegressionSet, SameSeedGivesIdenticalDataAndOtherSeedsDiffer) {
    RegressionSetParams p;
    const RegressionSet a = makeRegressionSet(p);
    const RegressionSet b = makeRegressionSet(p);
    EXPECT_EQ(a.x, b.x);
    EXPECT_EQ(a.y, b.y);
    p.seed = 2;
    EXPECT_NE(makeRegressionSet(p).x, a.x);
}

TEST(RegressionSet, FeaturesHaveTheRequestedMeansScalesAndCorrelation) {
    RegressionSetParams p;
    p.samples = 200000;
    p.correlation = 0.6;
    const RegressionSet set = makeRegressionSet(p);
    const Matrix<double> x = set.x.cast<double>();
    const Eigen::RowVector2d mean = x.colwise().mean();
    const Matrix<double> c = x.rowwise() - mean;
    const Eigen::Matrix2d cov = c.transpose() * c / static_cast<double>(p.samples);
    EXPECT_NEAR(mean[0], 100.0, 0.5);
    EXPECT_NEAR(mean[1], 3.0, 0.02);
    EXPECT_NEAR(std::sqrt(cov(0, 0)), 40.0, 0.4);
    EXPECT_NEAR(std::sqrt(cov(1, 1)), 1.0, 0.01);
    EXPECT_NEAR(cov(0, 1) / std::sqrt(cov(0, 0) * cov(1, 1)), 0.6, 0.01);
    // Least squares recovers the true weights.
    Matrix<double> design(p.samples, 3);
    design << x, Eigen::VectorXd::Ones(p.samples);
    const Eigen::Vector3d w = design.colPivHouseholderQr().solve(set.y.cast<double>());
    EXPECT_NEAR(w[0], 2.5, 0.02);
    EXPECT_NEAR(w[1], 15.0, 0.2);
}

TEST(RegressionSet, BadParametersNameTheField) {
    RegressionSetParams p;
    p.correlation = 1.0;
    try {
        (void)makeRegressionSet(p);
        FAIL() << "expected an error";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("correlation"), std::string::npos);
    }
    p = {};
    p.samples = 1;
    EXPECT_THROW((void)makeRegressionSet(p), std::invalid_argument);
    p = {};
    p.features[1].stddev = -1;
    EXPECT_THROW((void)makeRegressionSet(p), std::invalid_argument);
}

TEST(SeededRandomNormal, HasZeroMeanAndUnitVariance) {
    SeededRandom normal(7);
    double sum = 0.0;
    double sumSq = 0.0;
    const int n = 100000;
    for (int i = 0; i < n; ++i) {
        const double z = normal.normal();
        sum += z;
        sumSq += z * z;
    }
    EXPECT_NEAR(sum / n, 0.0, 0.02);
    EXPECT_NEAR(sumSq / n, 1.0, 0.02);
}

}  // namespace
}  // namespace normlab::core
