#include "core/nn/initializer.h"

#include <cmath>
#include <numbers>
#include <stdexcept>

#include "core/nn/enum_names.h"

namespace normlab::core {

namespace {

constexpr EnumNames<InitKind, 3> kInitNames{
    {{InitKind::Gaussian, "gaussian"}, {InitKind::Xavier, "xavier"}, {InitKind::He, "he"}}};

}  // namespace

std::string toString(InitKind kind) { return enumName(kInitNames, kind); }

InitKind initKindFromString(std::string_view name) {
    return enumFromName(kInitNames, name, "init");
}

double NormalSampler::next() {
    if (hasSpare_) {
        hasSpare_ = false;
        return spare_;
    }
    constexpr double kUnit = 1.0 / 9007199254740992.0;                     // 2^-53
    const double u1 = static_cast<double>((engine_() >> 11) + 1) * kUnit;  // (0, 1]
    const double u2 = static_cast<double>(engine_() >> 11) * kUnit;        // [0, 1)
    const double radius = std::sqrt(-2.0 * std::log(u1));
    const double angle = 2.0 * std::numbers::pi * u2;
    spare_ = radius * std::sin(angle);
    hasSpare_ = true;
    return radius * std::cos(angle);
}

double initStd(InitKind kind, int fanIn, int fanOut, double gaussianStd) {
    switch (kind) {
        case InitKind::Gaussian:
            return gaussianStd;
        case InitKind::Xavier:
            return std::sqrt(2.0 / static_cast<double>(fanIn + fanOut));
        case InitKind::He:
            return std::sqrt(2.0 / static_cast<double>(fanIn));
    }
    throw std::invalid_argument("InitKind: unknown enum value");
}

template <class T>
void initializeWeight(Matrix<T>& weight, int fanIn, int fanOut, InitKind kind, double gaussianStd,
                      NormalSampler& sampler) {
    const double std = initStd(kind, fanIn, fanOut, gaussianStd);
    T* values = weight.data();
    for (Eigen::Index i = 0; i < weight.size(); ++i) {
        values[i] = static_cast<T>(std * sampler.next());
    }
}

template void initializeWeight<float>(Matrix<float>&, int, int, InitKind, double, NormalSampler&);
template void initializeWeight<double>(Matrix<double>&, int, int, InitKind, double, NormalSampler&);

}  // namespace normlab::core
