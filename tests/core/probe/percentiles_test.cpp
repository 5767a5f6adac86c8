#include "core/probe/percentiles.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

namespace normlab::core {
namespace {

std::vector<float> randomValues(std::size_t n, unsigned seed, bool heavyTail = false) {
    std::mt19937 engine(seed);
    std::normal_distribution<float> normal(0.3f, 1.7f);
    std::cauchy_distribution<float> cauchy(0.0f, 1.0f);
    std::vector<float> v(n);
    for (auto& x : v) x = heavyTail ? cauchy(engine) : normal(engine);
    return v;
}

void expectMatchesSorted(const std::vector<float>& values) {
    const std::vector<double> ps = {0, 0.5, 1, 5, 15, 25, 33.3, 50, 75, 85, 95, 99, 99.9, 100};
    std::vector<float> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    PercentileScratch scratch;
    std::vector<double> out(ps.size());
    // Twice on the same scratch: reuse must not change the answer.
    for (int round = 0; round < 2; ++round) {
        computePercentiles(values, ps, out, scratch);
        for (std::size_t i = 0; i < ps.size(); ++i) {
            EXPECT_DOUBLE_EQ(out[i], percentileOfSorted(sorted, ps[i]))
                << "p" << ps[i] << " of " << values.size() << " values";
        }
    }
}

TEST(Percentiles, NumpyLinearInterpolationOnHandValues) {
    const std::vector<float> v = {4, 1, 3, 2};  // sorted 1 2 3 4
    const std::vector<double> ps = {0, 25, 50, 90, 100};
    const std::vector<double> out = computePercentiles(v, ps);
    // numpy.percentile([1,2,3,4], [0,25,50,90,100]) = 1, 1.75, 2.5, 3.7, 4
    EXPECT_DOUBLE_EQ(out[0], 1.0);
    EXPECT_DOUBLE_EQ(out[1], 1.75);
    EXPECT_DOUBLE_EQ(out[2], 2.5);
    EXPECT_NEAR(out[3], 3.7, 1e-12);
    EXPECT_DOUBLE_EQ(out[4], 4.0);
}

TEST(Percentiles, MatchSortedArrayOnSmallInputs) {
    for (const std::size_t n : {1u, 2u, 3u, 10u, 60u, 511u})
        expectMatchesSorted(randomValues(n, 1));
}

TEST(Percentiles, MatchSortedArrayOnLargeInputs) {
    // Large inputs go through bucketed selection; heavy tails crowd most values in one bucket.
    expectMatchesSorted(randomValues(6000, 2));
    expectMatchesSorted(randomValues(25600, 3, /*heavyTail=*/true));
    std::vector<float> ties(5000, 1.0f);
    ties[17] = -3.0f;
    ties[4000] = 8.0f;
    expectMatchesSorted(ties);
    expectMatchesSorted(std::vector<float>(1000, 2.5f));
}

TEST(Percentiles, InfinitiesAreOrderedAndNaNsLeftOut) {
    std::vector<float> v = randomValues(2000, 4);
    v[3] = std::numeric_limits<float>::infinity();
    v[9] = -std::numeric_limits<float>::infinity();
    std::vector<float> withNan = v;
    withNan.push_back(std::numeric_limits<float>::quiet_NaN());
    const std::vector<double> ps = {0, 50, 100};
    const std::vector<double> a = computePercentiles(withNan, ps);
    const std::vector<double> b = computePercentiles(v, ps);
    EXPECT_EQ(a, b);
    EXPECT_TRUE(std::isinf(a[0]) && a[0] < 0);
    EXPECT_TRUE(std::isinf(a[2]) && a[2] > 0);
    const std::vector<float> onlyNan = {std::numeric_limits<float>::quiet_NaN()};
    EXPECT_TRUE(std::isnan(computePercentiles(onlyNan, ps)[1]));
}

TEST(Percentiles, RejectsLevelsOutsideZeroToHundred) {
    const std::vector<float> v = {1, 2};
    const std::vector<double> bad = {101};
    EXPECT_THROW((void)computePercentiles(v, bad), std::invalid_argument);
}

TEST(Percentiles, StandardSetIsOrdered) {
    std::vector<float> v = randomValues(3000, 5);
    PercentileScratch scratch;
    const StandardPercentiles p = standardPercentilesInPlace(v, scratch);
    EXPECT_LT(p.p1, p.p5);
    EXPECT_LT(p.p15, p.p25);
    EXPECT_LT(p.p50, p.p75);
    EXPECT_LT(p.p95, p.p99);
    EXPECT_NEAR(p.p50, 0.3, 0.1);
}

TEST(Percentiles, RecordedSetEqualsTheStandardOnesAndLeavesTheRestNaN) {
    for (const bool heavyTail : {false, true}) {
        std::vector<float> a = randomValues(6000, 8, heavyTail);
        std::vector<float> b = a;
        PercentileScratch scratch;
        const StandardPercentiles all = standardPercentilesInPlace(a, scratch);
        const StandardPercentiles recorded = recordedPercentilesInPlace(b, scratch);
        EXPECT_EQ(recorded.p1, all.p1);
        EXPECT_EQ(recorded.p15, all.p15);
        EXPECT_EQ(recorded.p50, all.p50);
        EXPECT_EQ(recorded.p85, all.p85);
        EXPECT_EQ(recorded.p99, all.p99);
        EXPECT_TRUE(std::isnan(recorded.p5));
        EXPECT_TRUE(std::isnan(recorded.p25));
        EXPECT_TRUE(std::isnan(recorded.p75));
        EXPECT_TRUE(std::isnan(recorded.p95));
    }
}

}  // namespace
}  // namespace normlab::core
