#include "core/data/regression_set.h"

#include <cmath>
#include <numbers>
#include <stdexcept>

namespace normlab::core {

double SyntheticNormalSampler::uniform() {
    // 53 random bits, shifted by half a step so the result is never 0.
    return (static_cast<double>(engine_() >> 11) + 0.5) * 0x1.0p-53;
}

double SyntheticNormalSampler::next() {
    if (hasSpare_) {
        hasSpare_ = false;
        return spare_;
    }
    const double radius = std::sqrt(-2.0 * std::log(uniform()));
    const double angle = 2.0 * std::numbers::pi * uniform();
    spare_ = radius * std::sin(angle);
    hasSpare_ = true;
    return radius * std::cos(angle);
}

void validate(const RegressionSetParams& p) {
    auto fail = [](const std::string& field, const std::string& expected) {
        throw std::invalid_argument("regression set: " + field + " must be " + expected);
    };
    for (int j = 0; j < 2; ++j) {
        const auto& f = p.features[static_cast<std::size_t>(j)];
        const std::string name = "features[" + std::to_string(j) + "]";
        if (!std::isfinite(f.mean)) fail(name + ".mean", "finite");
        if (!(f.stddev >= 0.0) || !std::isfinite(f.stddev)) fail(name + ".stddev", ">= 0");
    }
    if (!(p.correlation > -1.0 && p.correlation < 1.0)) fail("correlation", "in (-1, 1)");
    if (!(p.noiseStd >= 0.0) || !std::isfinite(p.noiseStd)) fail("noiseStd", ">= 0");
    if (!std::isfinite(p.weights[0]) || !std::isfinite(p.weights[1]) || !std::isfinite(p.bias)) {
        fail("weights and bias", "finite");
    }
    if (p.samples < 2 || p.samples > 1'000'000) fail("samples", "in [2, 1000000]");
}

RegressionSet makeRegressionSet(const RegressionSetParams& p) {
    validate(p);
    RegressionSet set;
    set.x.resize(p.samples, 2);
    set.y.resize(p.samples);
    set.featureNames = {p.features[0].name, p.features[1].name};
    set.targetName = p.targetName;
    SyntheticNormalSampler normal(p.seed);
    const double mix = std::sqrt(1.0 - p.correlation * p.correlation);
    for (int i = 0; i < p.samples; ++i) {
        const double z1 = normal.next();
        const double z2 = normal.next();
        const double e = normal.next();
        const double x1 = p.features[0].mean + p.features[0].stddev * z1;
        const double x2 =
            p.features[1].mean + p.features[1].stddev * (p.correlation * z1 + mix * z2);
        const auto xf1 = static_cast<float>(x1);
        const auto xf2 = static_cast<float>(x2);
        set.x(i, 0) = xf1;
        set.x(i, 1) = xf2;
        // The target is computed from the stored (rounded) features so it is exactly reproducible.
        set.y[i] =
            static_cast<float>(p.bias + p.weights[0] * xf1 + p.weights[1] * xf2 + p.noiseStd * e);
    }
    return set;
}

}  // namespace normlab::core
