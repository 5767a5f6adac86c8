#pragma once
// The nonlinearities a network can use, with stable names for configs and CSV.

#include <string>
#include <string_view>

namespace normlab::core {

enum class ActivationKind { Sigmoid, Tanh, Relu, Identity };

[[nodiscard]] std::string toString(ActivationKind kind);
// Accepts "sigmoid", "tanh", "relu", "identity"; throws std::invalid_argument otherwise.
[[nodiscard]] ActivationKind activationKindFromString(std::string_view name);

}  // namespace normlab::core
