#include "core/data/regression_set.h"

#include "core/seeded_random.h"

#include <cmath>
#include <numbers>
#include <stdexcept>

namespace normlab::core {

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
    SeededRandom normal(p.seed);
    const double mix = std::sqrt(1.0 - p.correlation * p.correlation);
    for (int i = 0; i < p.samples; ++i) {
        const double z1 = normal.normal();
        const double z2 = normal.normal();
        const double e = normal.normal();
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
