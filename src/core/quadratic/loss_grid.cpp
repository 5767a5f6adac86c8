#include "core/quadratic/loss_grid.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace normlab::core {

GridWindow frameWindow(const QuadraticLoss& loss, const Eigen::Vector2d& start) {
    const Eigen::Vector2d& centre = loss.minimizer();
    const Eigen::Vector2d offset = start - centre;
    const SymmetricEigen2& eigen = loss.hessianEigen();
    // Each eigen-component of the offset only shrinks (or flips sign) under a
    // stable step: the path stays in the box of +-|component| along both.
    const double along[2] = {std::abs(offset.dot(eigen.vMax)), std::abs(offset.dot(eigen.vMin))};
    Eigen::Vector2d half = along[0] * eigen.vMax.cwiseAbs() + along[1] * eigen.vMin.cwiseAbs();
    const double floor = std::max(0.05 * (1.0 + centre.norm()), 0.02 * half.maxCoeff());
    for (int j = 0; j < 2; ++j) half[j] = 1.1 * std::max(half[j], floor);
    return {centre[0] - half[0], centre[0] + half[0], centre[1] - half[1], centre[1] + half[1]};
}

GridWindow squareAround(const GridWindow& frame, double factor) {
    const double side =
        factor * std::max(frame.w1Max - frame.w1Min, frame.w2Max - frame.w2Min) / 2.0;
    const double c1 = (frame.w1Min + frame.w1Max) / 2.0;
    const double c2 = (frame.w2Min + frame.w2Max) / 2.0;
    return {c1 - side, c1 + side, c2 - side, c2 + side};
}

bool windowContains(const GridWindow& outer, const GridWindow& inner) {
    return inner.w1Min >= outer.w1Min && inner.w1Max <= outer.w1Max &&
           inner.w2Min >= outer.w2Min && inner.w2Max <= outer.w2Max;
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
