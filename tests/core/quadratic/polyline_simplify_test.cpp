#include "core/quadratic/polyline_simplify.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace normlab::core {
namespace {

// Largest distance from any original point to the simplified line.
float worstError(const std::vector<Eigen::Vector2f>& original,
                 const std::vector<Eigen::Vector2f>& simplified) {
    float worst = 0.0f;
    for (const Eigen::Vector2f& p : original) {
        float best = std::numeric_limits<float>::max();
        for (std::size_t i = 0; i + 1 < simplified.size(); ++i) {
            const Eigen::Vector2f a = simplified[i], ab = simplified[i + 1] - a;
            const float t =
                std::clamp((p - a).dot(ab) / std::max(ab.squaredNorm(), 1e-30f), 0.0f, 1.0f);
            best = std::min(best, (p - (a + t * ab)).norm());
        }
        worst = std::max(worst, best);
    }
    return worst;
}

TEST(SimplifyPolyline, StraightRunsCollapseToTheirEnds) {
    std::vector<Eigen::Vector2f> line;
    for (int i = 0; i <= 100; ++i) line.emplace_back(0.01f * i, 2.0f + 0.03f * i);
    const auto kept = simplifyPolyline(line, 1e-4f);
    ASSERT_EQ(kept.size(), 2U);
    EXPECT_EQ(kept.front(), line.front());
    EXPECT_EQ(kept.back(), line.back());
}

TEST(SimplifyPolyline, AClosedEllipseKeepsItsShapeWithinTheTolerance) {
    // One point per grid cell, as marching squares traces a contour.
    std::vector<Eigen::Vector2f> loop;
    const int n = 800;
    for (int i = 0; i <= n; ++i) {
        const double t = 2.0 * std::numbers::pi * i / n;
        loop.emplace_back(static_cast<float>(5.0 * std::cos(t)),
                          static_cast<float>(1.0 * std::sin(t)));
    }
    const float tolerance = 0.005f;
    const auto kept = simplifyPolyline(loop, tolerance);
    EXPECT_EQ(kept.front(), loop.front());
    EXPECT_EQ(kept.back(), loop.back());  // still closed
    EXPECT_LT(kept.size(), loop.size() / 3);
    EXPECT_GT(kept.size(), 20U);
    EXPECT_LE(worstError(loop, kept), tolerance * 1.001f);
    // The sharp ends of the ellipse keep more points than its flat sides.
    int nearEnds = 0;
    for (const auto& p : kept) nearEnds += std::abs(p.x()) > 4.0f ? 1 : 0;
    EXPECT_GT(nearEnds, static_cast<int>(kept.size()) / 4);
}

TEST(SimplifyPolyline, ShortLinesAndNoToleranceAreLeftAlone) {
    const std::vector<Eigen::Vector2f> two{{0, 0}, {1, 1}};
    EXPECT_EQ(simplifyPolyline(two, 0.5f), two);
    const std::vector<Eigen::Vector2f> bent{{0, 0}, {1, 0.001f}, {2, 0}};
    EXPECT_EQ(simplifyPolyline(bent, 0.0f), bent);
    EXPECT_EQ(simplifyPolyline(bent, 0.01f).size(), 2U);
    EXPECT_EQ(simplifyPolyline(bent, 0.0001f).size(), 3U);
    EXPECT_TRUE(simplifyPolyline({}, 1.0f).empty());
}

}  // namespace
}  // namespace normlab::core
