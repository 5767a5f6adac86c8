#pragma once
// Fewer points for a line drawn on screen: Ramer-Douglas-Peucker keeps the
// points that carry the shape and drops those within `tolerance` of the
// chord between their neighbours, so a contour traced one point per grid
// cell is drawn with a fraction of its points and no visible change.

#include <Eigen/Core>
#include <vector>

namespace normlab::core {

// The first and last points are always kept (a closed loop stays closed).
// Every dropped point lies within `tolerance` of the simplified line.
[[nodiscard]] std::vector<Eigen::Vector2f> simplifyPolyline(
    const std::vector<Eigen::Vector2f>& points, float tolerance);

}  // namespace normlab::core
