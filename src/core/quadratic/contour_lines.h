#pragma once
// Contour lines of a sampled function by marching squares. A grid point counts
// as "above" a level when its value is strictly greater. The two ambiguous
// (saddle) cases are resolved by the cell-centre average: when the centre is
// above, the two above corners are joined. Segments are also joined into
// polylines for drawing as paths.

#include <Eigen/Core>
#include <span>
#include <vector>

#include "core/quadratic/loss_grid.h"

namespace normlab::core {

struct ContourSegment {
    Eigen::Vector2f a;
    Eigen::Vector2f b;
};

struct ContourLevel {
    double value = 0.0;
    std::vector<ContourSegment> segments;                 // in (w1, w2) coordinates
    std::vector<std::vector<Eigen::Vector2f>> polylines;  // the same lines, joined
};

// levels need not be sorted; returned in ascending order of value.
[[nodiscard]] std::vector<ContourLevel> contourLines(const LossGrid& grid,
                                                     std::span<const double> levels);

enum class LevelSpacing {
    Logarithmic,  // offsets above the minimum grow geometrically: shows the valley floor
    Quadratic,    // offsets grow with k^2: equally spaced rings on a round bowl
};

// `count` levels strictly between `minimum` and `top`, denser towards the minimum.
[[nodiscard]] std::vector<double> autoLevels(double minimum, double top, int count,
                                             LevelSpacing spacing = LevelSpacing::Logarithmic);

// Join segments sharing end points (exactly, as marching squares produces them).
[[nodiscard]] std::vector<std::vector<Eigen::Vector2f>> joinSegments(
    const std::vector<ContourSegment>& segments);

}  // namespace normlab::core
