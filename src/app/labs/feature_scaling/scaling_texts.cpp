#include "app/labs/feature_scaling/scaling_texts.h"

#include <algorithm>
#include <cmath>

namespace normlab::app {

QString ScalingTexts::name(std::size_t index) {
    switch (index) {
        case 0:
            return tr("No scaling");
        case 1:
            return tr("Min-max scaling");
        default:
            return tr("Z-score scaling");
    }
}

QString ScalingTexts::shortName(std::size_t index) {
    switch (index) {
        case 0:
            return tr("none");
        case 1:
            return tr("min-max");
        default:
            return tr("z-score");
    }
}

QString ScalingTexts::number(double v) {
    const double a = std::abs(v);
    if (!std::isfinite(v)) return QString::number(v);
    if (a == 0.0 || (a >= 1e-3 && a < 1e5)) {
        const int decimals = a == 0.0 ? 0 : std::clamp(2 - int(std::floor(std::log10(a))), 0, 5);
        return QString::number(v, 'f', decimals);
    }
    return QString::number(v, 'e', 2);
}

}  // namespace normlab::app
