#include "core/quadratic/polyline_simplify.h"

#include <algorithm>
#include <utility>

namespace normlab::core {

namespace {

// Distance from p to the segment a-b.
float distanceToSegment(const Eigen::Vector2f& p, const Eigen::Vector2f& a,
                        const Eigen::Vector2f& b) {
    const Eigen::Vector2f ab = b - a;
    const float length2 = ab.squaredNorm();
    if (length2 == 0.0f) return (p - a).norm();
    const float t = std::clamp((p - a).dot(ab) / length2, 0.0f, 1.0f);
    return (p - (a + t * ab)).norm();
}

}  // namespace

std::vector<Eigen::Vector2f> simplifyPolyline(const std::vector<Eigen::Vector2f>& points,
                                              float tolerance) {
    if (points.size() < 3 || !(tolerance > 0.0f)) return points;
    std::vector<bool> keep(points.size(), false);
    keep.front() = keep.back() = true;
    // An explicit stack: a contour can have thousands of points.
    std::vector<std::pair<std::size_t, std::size_t>> spans{{0, points.size() - 1}};
    while (!spans.empty()) {
        const auto [first, last] = spans.back();
        spans.pop_back();
        float farthest = -1.0f;
        std::size_t at = first;
        for (std::size_t i = first + 1; i < last; ++i) {
            const float d = distanceToSegment(points[i], points[first], points[last]);
            if (d > farthest) {
                farthest = d;
                at = i;
            }
        }
        if (farthest > tolerance) {
            keep[at] = true;
            spans.emplace_back(first, at);
            spans.emplace_back(at, last);
        }
    }
    std::vector<Eigen::Vector2f> kept;
    for (std::size_t i = 0; i < points.size(); ++i)
        if (keep[i]) kept.push_back(points[i]);
    return kept;
}

}  // namespace normlab::core
