#include "core/probe/moments.h"

#include <Eigen/Core>
#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace normlab::core {

namespace {
using ArrayMap = Eigen::Map<const Eigen::ArrayXf>;
}

std::span<float> finiteCopy(std::span<const float> z, AlignedFloats& buffer,
                            std::int64_t& nonFinite) {
    buffer.resize(z.size());
    // Exponent bits all set means inf or NaN; this loop vectorises.
    std::uint32_t nonFiniteSeen = 0;
    for (std::size_t i = 0; i < z.size(); ++i) {
        const auto bits = std::bit_cast<std::uint32_t>(z[i]);
        nonFiniteSeen |= static_cast<std::uint32_t>((bits & 0x7f800000u) == 0x7f800000u);
        buffer[i] = z[i];
    }
    std::size_t n = z.size();
    if (nonFiniteSeen != 0) {
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
    // Float packet reductions vectorise; the two-pass form keeps the variance accurate.
    const float mean = a.sum() / static_cast<float>(m.count);
    m.mean = mean;
    m.std =
        std::sqrt(static_cast<double>((a - mean).square().sum()) / static_cast<double>(m.count));
    m.min = a.minCoeff();
    m.max = a.maxCoeff();
    return m;
}

}  // namespace normlab::core
