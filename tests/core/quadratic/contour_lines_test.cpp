#include "core/quadratic/contour_lines.h"

#include <gtest/gtest.h>

#include <cmath>

namespace normlab::core {
namespace {

LossGrid circleGrid(int n) {
    LossGrid g;
    g.window = {-2.0, 2.0, -2.0, 2.0};
    g.columns = n;
    g.rows = n;
    g.values.resize(static_cast<std::size_t>(n * n));
    for (int r = 0; r < n; ++r) {
        for (int c = 0; c < n; ++c) {
            g.values[static_cast<std::size_t>(r * n + c)] =
                static_cast<float>(g.w1(c) * g.w1(c) + g.w2(r) * g.w2(r));
        }
    }
    return g;
}

TEST(ContourLines, CircleContoursLieAtTheRightRadiusAndClose) {
    const int n = 101;
    const LossGrid grid = circleGrid(n);
    const double spacing = 4.0 / (n - 1);
    const std::vector<double> levels{0.25, 1.0, 2.25};
    const auto contours = contourLines(grid, levels);
    ASSERT_EQ(contours.size(), 3U);
    for (const auto& level : contours) {
        const double radius = std::sqrt(level.value);
        ASSERT_FALSE(level.segments.empty());
        for (const auto& s : level.segments) {
            // Linear interpolation of r^2 along an edge errs by at most ~spacing^2 / r.
            EXPECT_NEAR(s.a.cast<double>().norm(), radius, spacing * spacing / radius + 1e-5);
            EXPECT_NEAR(s.b.cast<double>().norm(), radius, spacing * spacing / radius + 1e-5);
        }
        // The segments make one closed loop of the right length.
        ASSERT_EQ(level.polylines.size(), 1U);
        const auto& loop = level.polylines[0];
        EXPECT_EQ(loop.front(), loop.back());
        EXPECT_EQ(loop.size(), level.segments.size() + 1);
        double length = 0.0;
        for (std::size_t i = 1; i < loop.size(); ++i) length += (loop[i] - loop[i - 1]).norm();
        EXPECT_NEAR(length, 2.0 * M_PI * radius, 0.01 * 2.0 * M_PI * radius);
    }
}

TEST(ContourLines, SaddleCellsFollowTheCentreValue) {
    LossGrid g;
    g.window = {0.0, 1.0, 0.0, 1.0};
    g.columns = 2;
    g.rows = 2;
    // Corners c00 and c11 high, c10 and c01 low: a saddle at level 0.5.
    g.values = {1.0F, 0.0F, 0.0F, 1.0F};   // row 0: c00, c10; row 1: c01, c11
    const std::vector<double> below{0.4};  // centre 0.5 above: the high corners join
    const auto joined = contourLines(g, below);
    ASSERT_EQ(joined[0].segments.size(), 2U);
    for (const auto& s : joined[0].segments) {
        // Each segment cuts off a low corner, (1,0) or (0,1): x + y far from 1 on one side.
        const Eigen::Vector2f mid = 0.5F * (s.a + s.b);
        EXPECT_GT(std::abs(mid.x() - mid.y()), 0.3F);
    }
    const std::vector<double> above{0.6};  // centre 0.5 below: the low corners join
    const auto split = contourLines(g, above);
    ASSERT_EQ(split[0].segments.size(), 2U);
    for (const auto& s : split[0].segments) {
        const Eigen::Vector2f mid = 0.5F * (s.a + s.b);
        EXPECT_GT(std::abs(mid.x() + mid.y() - 1.0F), 0.3F);  // near (0,0) or (1,1)
    }
}

TEST(ContourLines, LevelsOutsideTheGridRangeGiveNoSegments) {
    const LossGrid grid = circleGrid(21);
    const std::vector<double> levels{-1.0, 100.0};
    for (const auto& level : contourLines(grid, levels)) EXPECT_TRUE(level.segments.empty());
}

TEST(AutoLevels, AscendStrictlyInsideTheRangeAndCrowdTheMinimum) {
    for (const LevelSpacing spacing : {LevelSpacing::Logarithmic, LevelSpacing::Quadratic}) {
        const auto levels = autoLevels(10.0, 1010.0, 15, spacing);
        ASSERT_EQ(levels.size(), 15U);
        for (std::size_t i = 0; i < levels.size(); ++i) {
            EXPECT_GT(levels[i], 10.0);
            EXPECT_LT(levels[i], 1010.0);
            if (i > 0) {
                EXPECT_GT(levels[i], levels[i - 1]);
            }
        }
        // Denser near the minimum than at the top.
        EXPECT_LT(levels[1] - levels[0], levels[14] - levels[13]);
    }
    EXPECT_TRUE(autoLevels(5.0, 5.0, 4).empty());
    EXPECT_THROW((void)autoLevels(0.0, 1.0, 0), std::invalid_argument);
}

}  // namespace
}  // namespace normlab::core
