#include "app/charts/model_palette.h"

#include <algorithm>
#include <cmath>

namespace normlab::app {

QColor modelShade(bool batchNorm, int variant) {
    const QColor base = modelColor(batchNorm);
    if (variant <= 0) return base;
    const int step = (variant + 1) / 2;
    return variant % 2 == 1 ? base.darker(100 + 45 * step) : base.lighter(100 + 35 * step);
}

QColor modelRamp(bool batchNorm, double t) {
    t = std::clamp(t, 0.0, 1.0);
    const QColor light = modelColor(batchNorm).lighter(145);
    const QColor dark = modelColor(batchNorm).darker(260);
    const auto mix = [t](int a, int b) { return static_cast<int>(std::lround(a + (b - a) * t)); };
    return {mix(light.red(), dark.red()), mix(light.green(), dark.green()),
            mix(light.blue(), dark.blue())};
}

}  // namespace normlab::app
