#include "core/nn/initializer.h"

#include <cmath>
#include <numbers>
#include <stdexcept>

namespace normlab::core {

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
                      SeededRandom& sampler) {
    const double std = initStd(kind, fanIn, fanOut, gaussianStd);
    T* values = weight.data();
    for (Eigen::Index i = 0; i < weight.size(); ++i) {
        values[i] = static_cast<T>(std * sampler.normal());
    }
}

template void initializeWeight<float>(Matrix<float>&, int, int, InitKind, double, SeededRandom&);
template void initializeWeight<double>(Matrix<double>&, int, int, InitKind, double, SeededRandom&);

}  // namespace normlab::core
