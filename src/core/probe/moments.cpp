#include "core/probe/moments.h"

#include <Eigen/Core>
#include <algorithm>
#include <cmath>
#include <limits>

namespace normlab::core {

namespace {
using ArrayMap = Eigen::Map<const Eigen::ArrayXf>;
}

std::span<float> finiteCopy(std::span<const float> z, std::vector<float>& buffer,
                            std::int64_t& nonFinite) {
    buffer.resize(z.size());
    const ArrayMap all(z.data(), static_cast<Eigen::Index>(z.size()));
    std::size_t n = z.size();
    if (all.allFinite()) {
        std::copy(z.begin(), z.end(), buffer.begin());
    } else {
        n = static_cast<std::size_t>(std::copy_if(z.begin(), z.end(), buffer.begin(),
                                                  [](float v) { return std::isfinite(v); }) -
                                     buffer.begin());
    }
    nonFinite = static_cast<std::int64_t>(z.size() - n);
    return {buffer.data(), n};
}

Moments moments(std::span<const float> finite, std::int64_t nonFinite) {
    Moments m;
    m.count = static_cast<std::int64_t>(finite.size());
    m.nonFinite = nonFinite;
    if (finite.empty()) {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        m.mean = m.std = m.min = m.max = nan;
        return m;
    }
    const ArrayMap a(finite.data(), static_cast<Eigen::Index>(finite.size()));
    m.mean = a.cast<double>().sum() / static_cast<double>(m.count);
    m.std = std::sqrt((a.cast<double>() - m.mean).square().sum() / static_cast<double>(m.count));
    m.min = a.minCoeff();
    m.max = a.maxCoeff();
    return m;
}

}  // namespace normlab::core
