#include "core/probe/distribution_drift.h"

#include <algorithm>
#include <cmath>

namespace normlab::core {

DistributionDrift driftSince(double startP15, double startP50, double startP85, double nowP15,
                             double nowP50, double nowP85) {
    DistributionDrift d;
    d.startWidth = startP85 - startP15;
    const bool finite = std::isfinite(startP15) && std::isfinite(startP50) &&
                        std::isfinite(startP85) && std::isfinite(nowP15) &&
                        std::isfinite(nowP50) && std::isfinite(nowP85);
    if (!finite || !(d.startWidth > 0)) return d;
    d.valid = true;
    d.median = (nowP50 - startP50) / d.startWidth;
    d.lower = (nowP15 - startP15) / d.startWidth;
    d.upper = (nowP85 - startP85) / d.startWidth;
    d.band = std::max(std::abs(d.lower), std::abs(d.upper));
    d.widthRatio = (nowP85 - nowP15) / d.startWidth;
    return d;
}

void MeanDrift::add(const DistributionDrift& d) {
    if (!d.valid) return;
    ++steps;
    const double n = static_cast<double>(steps);
    median += (std::abs(d.median) - median) / n;
    band += (d.band - band) / n;
}

}  // namespace normlab::core
