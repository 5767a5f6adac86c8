#include "core/probe/distribution_drift.h"

#include <gtest/gtest.h>

#include <limits>

namespace normlab::core {
namespace {

TEST(DistributionDrift, InUnitsOfTheStartingBandWidth) {
    // Start: band [-1, 1] (width 2), median 0. Now: band [1, 5], median 2.
    const DistributionDrift d = driftSince(-1, 0, 1, 1, 2, 5);
    ASSERT_TRUE(d.valid);
    EXPECT_DOUBLE_EQ(d.startWidth, 2.0);
    EXPECT_DOUBLE_EQ(d.median, 1.0);
    EXPECT_DOUBLE_EQ(d.lower, 1.0);
    EXPECT_DOUBLE_EQ(d.upper, 2.0);
    EXPECT_DOUBLE_EQ(d.band, 2.0);
    EXPECT_DOUBLE_EQ(d.widthRatio, 2.0);
}

TEST(DistributionDrift, ShrinkingBandMovesItsEdgesInward) {
    const DistributionDrift d = driftSince(-2, 0, 2, -1, -0.5, 0.5);
    EXPECT_DOUBLE_EQ(d.median, -0.125);
    EXPECT_DOUBLE_EQ(d.lower, 0.25);
    EXPECT_DOUBLE_EQ(d.upper, -0.375);
    EXPECT_DOUBLE_EQ(d.band, 0.375);
    EXPECT_DOUBLE_EQ(d.widthRatio, 0.375);
}

TEST(DistributionDrift, NoWidthOrNoNumberIsNotADrift) {
    EXPECT_FALSE(driftSince(1, 1, 1, 0, 2, 3).valid);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    EXPECT_FALSE(driftSince(-1, 0, 1, nan, 0, 1).valid);
}

}  // namespace
}  // namespace normlab::core
