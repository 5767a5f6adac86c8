#include "core/probe/layer_stats.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "core/probe/affine_summary.h"

namespace normlab::core {
namespace {

double sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

TEST(LayerStats, SaturationThresholdFormula) {
    EXPECT_NEAR(sigmoidSaturationThreshold(0.5), 0.0, 1e-15);
    EXPECT_NEAR(sigmoidSaturationThreshold(0.01), std::log(99.0), 1e-12);
    // At the threshold the sigmoid is exactly eps away from 1.
    EXPECT_NEAR(sigmoid(sigmoidSaturationThreshold(0.05)), 0.95, 1e-12);
}

TEST(LayerStats, HandComputedValues) {
    // z = -4, -1, 0, 1, 4 (one unit per column, one sample).
    Matrix<float> z(1, 5);
    z << -4, -1, 0, 1, 4;
    LayerStatsOptions o;
    o.saturationThreshold = 3.0;
    ProbeScratch scratch;
    const LayerStats s = summarizeLayer(z, ProbeActivation::Sigmoid, o, scratch);
    EXPECT_EQ(s.count, 5);
    EXPECT_DOUBLE_EQ(s.mean, 0.0);
    EXPECT_NEAR(s.std, std::sqrt(34.0 / 5.0), 1e-6);
    EXPECT_DOUBLE_EQ(s.min, -4.0);
    EXPECT_DOUBLE_EQ(s.max, 4.0);
    EXPECT_DOUBLE_EQ(s.percentiles.p50, 0.0);
    EXPECT_NEAR(s.percentiles.p15, -2.2, 1e-6);  // position 0.6 between -4 and -1: -4 + 0.6 * 3
    EXPECT_DOUBLE_EQ(s.saturatedFraction, 0.4);
    EXPECT_DOUBLE_EQ(s.linearRegionFraction, 0.6);
    double d = 0;
    for (const double v : {-4.0, -1.0, 0.0, 1.0, 4.0}) d += sigmoid(v) * (1 - sigmoid(v));
    EXPECT_NEAR(s.meanDerivative, d / 5, 1e-6);
    EXPECT_NEAR(s.meanDerivativeRelative, d / 5 / 0.25, 1e-6);
    EXPECT_EQ(s.histogram.total(), 5);
}

TEST(LayerStats, DerivativesOfEachNonlinearity) {
    const std::vector<float> z = {-2.0f, 0.0f, 0.5f, 3.0f};
    double tanhD = 0;
    for (const float v : z) tanhD += 1 - std::tanh(v) * std::tanh(v);
    EXPECT_NEAR(meanDerivative(z, ProbeActivation::Tanh), tanhD / 4, 1e-6);
    EXPECT_DOUBLE_EQ(meanDerivative(z, ProbeActivation::Relu), 0.5);  // 0 is not > 0
    EXPECT_DOUBLE_EQ(meanDerivative(z, ProbeActivation::Identity), 1.0);
    const std::vector<float> zero = {0.0f};
    EXPECT_NEAR(meanDerivative(zero, ProbeActivation::Sigmoid), 0.25, 1e-7);
    // Far out the derivative underflows to zero instead of producing NaN.
    const std::vector<float> far = {-200.0f, 200.0f};
    EXPECT_EQ(meanDerivative(far, ProbeActivation::Sigmoid), 0.0);
    EXPECT_EQ(meanDerivative(far, ProbeActivation::Tanh), 0.0);
}

TEST(LayerStats, NonFiniteValuesAreCountedAndLeftOut) {
    const std::vector<float> z = {1.0f, std::numeric_limits<float>::quiet_NaN(), 3.0f,
                                  std::numeric_limits<float>::infinity()};
    ProbeScratch scratch;
    const LayerStats s = summarizeLayer(z, ProbeActivation::Identity, {}, scratch);
    EXPECT_EQ(s.count, 2);
    EXPECT_EQ(s.nonFinite, 2);
    EXPECT_DOUBLE_EQ(s.mean, 2.0);
    EXPECT_DOUBLE_EQ(s.percentiles.p50, 2.0);
    EXPECT_EQ(s.histogram.inRange(), 2);
}

TEST(LayerStats, UnitIsOneColumn) {
    Matrix<float> z(4, 3);
    z << 0, 10, 0,  //
        0, 20, 0,   //
        0, 30, 0,   //
        0, 40, 0;
    ProbeScratch scratch;
    const LayerStats s = summarizeUnit(z, 1, ProbeActivation::Relu, {}, scratch);
    EXPECT_EQ(s.count, 4);
    EXPECT_DOUBLE_EQ(s.mean, 25.0);
    EXPECT_DOUBLE_EQ(s.percentiles.p50, 25.0);
    EXPECT_DOUBLE_EQ(s.meanDerivative, 1.0);
    EXPECT_THROW((void)summarizeUnit(z, 3, ProbeActivation::Relu, {}, scratch), std::out_of_range);
}

TEST(LayerStats, LargeBatchAgreesWithDirectComputation) {
    std::mt19937 engine(3);
    std::normal_distribution<float> normal(1.0f, 2.0f);
    Matrix<float> z(60, 100);
    for (Eigen::Index i = 0; i < z.size(); ++i) z.data()[i] = normal(engine);
    ProbeScratch scratch;
    LayerStatsOptions o;
    o.histogram = false;
    const LayerStats s = summarizeLayer(z, ProbeActivation::Tanh, o, scratch);
    double sum = 0, sat = 0;
    for (Eigen::Index i = 0; i < z.size(); ++i) {
        sum += z.data()[i];
        sat += std::abs(z.data()[i]) > o.saturationThreshold;
    }
    EXPECT_NEAR(s.mean, sum / 6000, 1e-5);
    EXPECT_DOUBLE_EQ(s.saturatedFraction, sat / 6000);
    EXPECT_TRUE(s.histogram.counts.empty());
    EXPECT_LT(s.percentiles.p15, s.percentiles.p50);
    EXPECT_LT(s.percentiles.p50, s.percentiles.p85);
}

TEST(LayerStats, RecordedPercentilesOnlyUnlessAHistogramNeedsThemAll) {
    std::mt19937 engine(4);
    std::normal_distribution<float> normal(-0.5f, 3.0f);
    Matrix<float> z(60, 100);
    for (Eigen::Index i = 0; i < z.size(); ++i) z.data()[i] = normal(engine);
    ProbeScratch scratch;
    LayerStatsOptions o;
    o.histogram = false;
    const LayerStats all = summarizeLayer(z, ProbeActivation::Sigmoid, o, scratch);
    o.allPercentiles = false;
    const LayerStats recorded = summarizeLayer(z, ProbeActivation::Sigmoid, o, scratch);
    EXPECT_EQ(recorded.percentiles.p15, all.percentiles.p15);
    EXPECT_EQ(recorded.percentiles.p50, all.percentiles.p50);
    EXPECT_EQ(recorded.percentiles.p99, all.percentiles.p99);
    EXPECT_TRUE(std::isnan(recorded.percentiles.p25));
    EXPECT_EQ(recorded.mean, all.mean);
    EXPECT_EQ(recorded.meanDerivative, all.meanDerivative);
    // Freedman-Diaconis bins need the quartiles, so a histogram gets them all.
    o.histogram = true;
    const LayerStats binned = summarizeLayer(z, ProbeActivation::Sigmoid, o, scratch);
    EXPECT_EQ(binned.percentiles.p25, all.percentiles.p25);
    EXPECT_EQ(binned.percentiles.p75, all.percentiles.p75);
    EXPECT_EQ(binned.histogram.total(), 6000);
}

TEST(AffineSummary, GammaVector) {
    const std::vector<float> gamma = {1.0f, 1.0f, 2.0f, 0.0f};
    const AffineSummary s = summarizeAffine(gamma);
    EXPECT_EQ(s.count, 4);
    EXPECT_DOUBLE_EQ(s.mean, 1.0);
    EXPECT_NEAR(s.std, std::sqrt(0.5), 1e-7);
    EXPECT_DOUBLE_EQ(s.min, 0.0);
    EXPECT_DOUBLE_EQ(s.max, 2.0);
    EXPECT_DOUBLE_EQ(s.percentiles.p50, 1.0);
    EXPECT_EQ(s.histogram.total(), 4);
}

}  // namespace
}  // namespace normlab::core
