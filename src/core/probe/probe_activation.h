#pragma once
// The nonlinearities the probes know the derivative of.

#include <cmath>

namespace normlab::core {

enum class ProbeActivation { Sigmoid, Tanh, Relu, Identity };

// Largest value of the derivative over z (0.25 for the sigmoid at 0).
[[nodiscard]] constexpr double maxDerivative(ProbeActivation a) {
    return a == ProbeActivation::Sigmoid ? 0.25 : 1.0;
}

// |z| beyond which sigmoid(z) lies within eps of 0 or 1: ln(1/eps - 1).
[[nodiscard]] inline double sigmoidSaturationThreshold(double eps) {
    return std::log(1.0 / eps - 1.0);
}

}  // namespace normlab::core
