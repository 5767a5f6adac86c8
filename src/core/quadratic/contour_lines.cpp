#include "core/quadratic/contour_lines.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <unordered_map>

namespace normlab::core {

namespace {

// Cell edges: 0 bottom (c00-c10), 1 right (c10-c11), 2 top (c01-c11), 3 left (c00-c01).
// Each entry lists up to two edge pairs; -1 ends the list. Cases 5 and 10 are saddles.
constexpr int kEdges[16][4] = {
    {-1, -1, -1, -1}, {3, 0, -1, -1},   {0, 1, -1, -1},   {3, 1, -1, -1},
    {1, 2, -1, -1},   {-1, -1, -1, -1}, {0, 2, -1, -1},   {3, 2, -1, -1},
    {2, 3, -1, -1},   {0, 2, -1, -1},   {-1, -1, -1, -1}, {1, 2, -1, -1},
    {3, 1, -1, -1},   {0, 1, -1, -1},   {3, 0, -1, -1},   {-1, -1, -1, -1}};

struct Cell {
    float v00, v10, v11, v01;
    float x0, x1, y0, y1;
};

Eigen::Vector2f crossing(const Cell& cell, int edge, double level) {
    auto lerp = [level](float va, float vb, float pa, float pb) {
        const double t = (level - va) / (static_cast<double>(vb) - va);
        return static_cast<float>(pa + t * (pb - pa));
    };
    switch (edge) {
        case 0:
            return {lerp(cell.v00, cell.v10, cell.x0, cell.x1), cell.y0};
        case 1:
            return {cell.x1, lerp(cell.v10, cell.v11, cell.y0, cell.y1)};
        case 2:
            return {lerp(cell.v01, cell.v11, cell.x0, cell.x1), cell.y1};
        default:
            return {cell.x0, lerp(cell.v00, cell.v01, cell.y0, cell.y1)};
    }
}

void emitCell(const Cell& cell, double level, std::vector<ContourSegment>& out) {
    const int index = (cell.v00 > level ? 1 : 0) | (cell.v10 > level ? 2 : 0) |
                      (cell.v11 > level ? 4 : 0) | (cell.v01 > level ? 8 : 0);
    auto add = [&](int e0, int e1) {
        const Eigen::Vector2f a = crossing(cell, e0, level);
        const Eigen::Vector2f b = crossing(cell, e1, level);
        // A corner exactly on the level yields a zero-length piece; the neighbours draw the line.
        if (a != b) out.push_back({a, b});
    };
    if (index == 5 || index == 10) {
        const double centre =
            0.25 * (static_cast<double>(cell.v00) + cell.v10 + cell.v11 + cell.v01);
        // Joining the above corners (c00,c11 in case 5) cuts off the below ones.
        const bool cutBelow = (centre > level) == (index == 5);
        if (cutBelow) {
            add(0, 1);  // around c10
            add(2, 3);  // around c01
        } else {
            add(3, 0);  // around c00
            add(1, 2);  // around c11
        }
        return;
    }
    const int* e = kEdges[index];
    if (e[0] >= 0) add(e[0], e[1]);
}

struct PointKey {
    std::uint64_t operator()(const Eigen::Vector2f& p) const {
        std::uint32_t x = 0;
        std::uint32_t y = 0;
        // Adding +0 turns -0 into +0, which compares equal and must hash equal.
        const float px = p[0] + 0.0F;
        const float py = p[1] + 0.0F;
        std::memcpy(&x, &px, 4);
        std::memcpy(&y, &py, 4);
        return std::hash<std::uint64_t>{}((std::uint64_t{x} << 32) | y);
    }
};

}  // namespace

std::vector<ContourLevel> contourLines(const LossGrid& grid, std::span<const double> levels) {
    std::vector<double> sorted(levels.begin(), levels.end());
    std::sort(sorted.begin(), sorted.end());
    std::vector<ContourLevel> result(sorted.size());
    for (std::size_t k = 0; k < sorted.size(); ++k) result[k].value = sorted[k];
    if (sorted.empty() || grid.columns < 2 || grid.rows < 2) return result;

    std::vector<float> xs(static_cast<std::size_t>(grid.columns));
    for (int c = 0; c < grid.columns; ++c)
        xs[static_cast<std::size_t>(c)] = static_cast<float>(grid.w1(c));
    for (int r = 0; r + 1 < grid.rows; ++r) {
        const auto y0 = static_cast<float>(grid.w2(r));
        const auto y1 = static_cast<float>(grid.w2(r + 1));
        for (int c = 0; c + 1 < grid.columns; ++c) {
            const Cell cell{grid.at(c, r),
                            grid.at(c + 1, r),
                            grid.at(c + 1, r + 1),
                            grid.at(c, r + 1),
                            xs[static_cast<std::size_t>(c)],
                            xs[static_cast<std::size_t>(c + 1)],
                            y0,
                            y1};
            const float lo = std::min({cell.v00, cell.v10, cell.v11, cell.v01});
            const float hi = std::max({cell.v00, cell.v10, cell.v11, cell.v01});
            // A level crosses the cell when some corner is above it and some is not.
            auto it = std::lower_bound(sorted.begin(), sorted.end(), static_cast<double>(lo));
            for (; it != sorted.end() && *it < hi; ++it) {
                emitCell(cell, *it, result[static_cast<std::size_t>(it - sorted.begin())].segments);
            }
        }
    }
    for (auto& level : result) level.polylines = joinSegments(level.segments);
    return result;
}

std::vector<std::vector<Eigen::Vector2f>> joinSegments(
    const std::vector<ContourSegment>& segments) {
    // Each interior crossing point is shared by exactly two segments of one level.
    std::unordered_multimap<Eigen::Vector2f, std::size_t, PointKey> byEnd;
    byEnd.reserve(segments.size() * 2);
    for (std::size_t i = 0; i < segments.size(); ++i) {
        byEnd.emplace(segments[i].a, i);
        byEnd.emplace(segments[i].b, i);
    }
    std::vector<char> used(segments.size(), 0);
    auto nextFrom = [&](const Eigen::Vector2f& p, std::size_t current) -> std::ptrdiff_t {
        auto [first, last] = byEnd.equal_range(p);
        for (auto it = first; it != last; ++it) {
            if (it->second != current && !used[it->second])
                return static_cast<std::ptrdiff_t>(it->second);
        }
        return -1;
    };
    std::vector<std::vector<Eigen::Vector2f>> lines;
    for (std::size_t start = 0; start < segments.size(); ++start) {
        if (used[start]) continue;
        used[start] = 1;
        std::vector<Eigen::Vector2f> forward{segments[start].a, segments[start].b};
        // Grow from the b end, then from the a end, so open lines come out whole.
        for (int side = 0; side < 2; ++side) {
            std::size_t current = start;
            for (;;) {
                const Eigen::Vector2f tip = forward.back();
                const std::ptrdiff_t next = nextFrom(tip, current);
                if (next < 0) break;
                const auto n = static_cast<std::size_t>(next);
                used[n] = 1;
                forward.push_back(segments[n].a == tip ? segments[n].b : segments[n].a);
                current = n;
            }
            std::reverse(forward.begin(), forward.end());
        }
        lines.push_back(std::move(forward));
    }
    return lines;
}

std::vector<double> autoLevels(double minimum, double top, int count, LevelSpacing spacing) {
    if (count < 1) throw std::invalid_argument("contour levels: count must be >= 1");
    std::vector<double> levels;
    const double range = top - minimum;
    if (!(range > 0.0) || !std::isfinite(range)) return levels;
    levels.reserve(static_cast<std::size_t>(count));
    // The lowest level sits this far up the range; 1e-3 keeps the valley floor visible.
    constexpr double kLowest = 1e-3;
    for (int k = 0; k < count; ++k) {
        double fraction = 0.5;
        if (count > 1) {
            const double t = static_cast<double>(k) / (count - 1);  // 0 .. 1
            fraction = spacing == LevelSpacing::Logarithmic ? 0.9 * std::pow(kLowest, 1.0 - t)
                                                            : 0.9 * std::max(t * t, kLowest);
        }
        levels.push_back(minimum + range * fraction);
    }
    return levels;
}

}  // namespace normlab::core
