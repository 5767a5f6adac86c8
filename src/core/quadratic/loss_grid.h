#pragma once
// The loss sampled on a regular (w1, w2) grid for heatmaps and contour lines.
// Values come from the quadratic form, a few multiply-adds per point, never
// from a sum over samples.

#include <Eigen/Core>
#include <vector>

#include "core/quadratic/quadratic_loss.h"

namespace normlab::core {

struct GridWindow {
    double w1Min = -1.0;
    double w1Max = 1.0;
    double w2Min = -1.0;
    double w2Max = 1.0;

    [[nodiscard]] bool contains(const Eigen::Vector2d& w) const {
        return w[0] >= w1Min && w[0] <= w1Max && w[1] >= w2Min && w[1] <= w2Max;
    }
};

// A window framing the start point, the minimiser and every gradient-descent
// path from that start at a rate below 2 / lambda_max: such a path never
// grows the start's offset from the minimiser along either eigen-direction,
// so it stays inside the rectangle of those two offsets. The window is that
// rectangle's bounding box with a margin (a start on the minimum still gets
// a small bowl around it).
[[nodiscard]] GridWindow frameWindow(const QuadraticLoss& loss, const Eigen::Vector2d& start);

// A square around the centre of `frame`, `factor` times its longer side: room
// for an equal-scale plot of the frame whatever the shape of the plot area.
[[nodiscard]] GridWindow squareAround(const GridWindow& frame, double factor);
// True when `inner` lies inside `outer`.
[[nodiscard]] bool windowContains(const GridWindow& outer, const GridWindow& inner);

struct LossGrid {
    GridWindow window;
    int columns = 0;            // samples along w1
    int rows = 0;               // samples along w2
    std::vector<float> values;  // row-major: values[r * columns + c] at (w1(c), w2(r))
    float minValue = 0.0F;
    float maxValue = 0.0F;

    [[nodiscard]] double w1(int c) const;
    [[nodiscard]] double w2(int r) const;
    [[nodiscard]] float at(int c, int r) const {
        return values[static_cast<std::size_t>(r) * static_cast<std::size_t>(columns) +
                      static_cast<std::size_t>(c)];
    }
};

// columns, rows >= 2; throws std::invalid_argument otherwise.
[[nodiscard]] LossGrid evaluateLossGrid(const QuadraticLoss& loss, const GridWindow& window,
                                        int columns, int rows);

}  // namespace normlab::core
