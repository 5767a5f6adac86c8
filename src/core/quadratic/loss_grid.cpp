#include "core/quadratic/loss_grid.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace normlab::core {

namespace {

// Half-extent along each axis of the ellipse {w : loss(w) - loss_min <= delta}.
Eigen::Vector2d ellipseHalfExtent(const QuadraticLoss& loss, double delta) {
    const Eigen::Matrix2d& a = loss.secondMoment();
    const double det = a(0, 0) * a(1, 1) - a(0, 1) * a(1, 0);
    if (!(det > 0.0) || !(delta > 0.0)) {
        return {std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity()};
    }
    // diag(A^-1) = (a22, a11) / det
    return {std::sqrt(delta * a(1, 1) / det), std::sqrt(delta * a(0, 0) / det)};
}

}  // namespace

GridWindow frameWindow(const QuadraticLoss& loss, const Eigen::Vector2d& start) {
    const Eigen::Vector2d& centre = loss.minimizer();
    const Eigen::Vector2d direct = (start - centre).cwiseAbs();
    // A start on (or next to) the minimum still gets a window wide enough to show the bowl.
    const double scale = std::max({direct[0], direct[1], 0.05 * (1.0 + centre.norm())});
    Eigen::Vector2d half = ellipseHalfExtent(loss, loss.loss(start) - loss.minLoss());
    for (int j = 0; j < 2; ++j) {
        // At least the start itself, at most a few times the wider of the two offsets.
        half[j] = std::clamp(std::isfinite(half[j]) ? half[j] : 0.0, direct[j], 3.0 * scale);
        half[j] = std::max(half[j], 0.25 * scale);
        half[j] *= 1.15;
    }
    return {centre[0] - half[0], centre[0] + half[0], centre[1] - half[1], centre[1] + half[1]};
}

double LossGrid::w1(int c) const {
    return window.w1Min + (window.w1Max - window.w1Min) * c / (columns - 1);
}

double LossGrid::w2(int r) const {
    return window.w2Min + (window.w2Max - window.w2Min) * r / (rows - 1);
}

LossGrid evaluateLossGrid(const QuadraticLoss& loss, const GridWindow& window, int columns,
                          int rows) {
    if (columns < 2 || rows < 2 || columns > 4096 || rows > 4096) {
        throw std::invalid_argument("loss grid: size must be in [2, 4096] per axis, got " +
                                    std::to_string(columns) + " x " + std::to_string(rows));
    }
    if (!(window.w1Max > window.w1Min) || !(window.w2Max > window.w2Min)) {
        throw std::invalid_argument("loss grid: window must have max > min on both axes");
    }
    LossGrid grid;
    grid.window = window;
    grid.columns = columns;
    grid.rows = rows;
    grid.values.resize(static_cast<std::size_t>(columns) * static_cast<std::size_t>(rows));
    const Eigen::Matrix2d& a = loss.secondMoment();
    const Eigen::Vector2d& wStar = loss.minimizer();
    const double base = loss.minLoss();
    std::vector<double> d1(static_cast<std::size_t>(columns));
    for (int c = 0; c < columns; ++c) d1[static_cast<std::size_t>(c)] = grid.w1(c) - wStar[0];
    float lo = std::numeric_limits<float>::infinity();
    float hi = -lo;
    for (int r = 0; r < rows; ++r) {
        const double d2 = grid.w2(r) - wStar[1];
        // loss = base + a11 d1^2 + 2 a12 d1 d2 + a22 d2^2, with the d2 terms hoisted.
        const double rowConst = base + a(1, 1) * d2 * d2;
        const double cross = 2.0 * a(0, 1) * d2;
        float* out = grid.values.data() + static_cast<std::size_t>(r) * columns;
        for (int c = 0; c < columns; ++c) {
            const double x = d1[static_cast<std::size_t>(c)];
            const auto v = static_cast<float>(rowConst + x * (a(0, 0) * x + cross));
            out[c] = v;
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    grid.minValue = lo;
    grid.maxValue = hi;
    return grid;
}

}  // namespace normlab::core
