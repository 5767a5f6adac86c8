#pragma once
// Weight initialisation from a seeded stream. Only weights are drawn (biases
// start at 0, gamma at 1, beta at 0), so two networks built from one seed that
// differ only in batch norm start from bit-identical weights.

#include <cstdint>
#include <random>
#include <string>
#include <string_view>

#include "core/enum_names.h"
#include "core/seeded_random.h"
#include "core/tensor.h"

namespace normlab::core {

enum class InitKind { Gaussian, Xavier, He };

constexpr EnumNaming<InitKind, 3> enumNaming(InitKind /*value*/) {
    return {
        "init",
        {{{InitKind::Gaussian, "gaussian"}, {InitKind::Xavier, "xavier"}, {InitKind::He, "he"}}}};
}

// Standard normal numbers by Box-Muller on a 64-bit Mersenne Twister; unlike
// std::normal_distribution the sequence is the same with every standard library.
// Standard deviation each kind uses: Gaussian -> gaussianStd, Xavier (Glorot
// normal) -> sqrt(2 / (fanIn + fanOut)), He (Kaiming normal) -> sqrt(2 / fanIn).
[[nodiscard]] double initStd(InitKind kind, int fanIn, int fanOut, double gaussianStd);

// Fills `weight` in row-major order from `sampler`.
template <class T>
void initializeWeight(Matrix<T>& weight, int fanIn, int fanOut, InitKind kind, double gaussianStd,
                      SeededRandom& sampler);

}  // namespace normlab::core
