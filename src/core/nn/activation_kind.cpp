#include "core/nn/activation_kind.h"

#include <stdexcept>

namespace normlab::core {

std::string toString(ActivationKind kind) {
    switch (kind) {
        case ActivationKind::Sigmoid:
            return "sigmoid";
        case ActivationKind::Tanh:
            return "tanh";
        case ActivationKind::Relu:
            return "relu";
        case ActivationKind::Identity:
            return "identity";
    }
    throw std::invalid_argument("ActivationKind: unknown enum value");
}

ActivationKind activationKindFromString(std::string_view name) {
    for (auto kind : {ActivationKind::Sigmoid, ActivationKind::Tanh, ActivationKind::Relu,
                      ActivationKind::Identity}) {
        if (name == toString(kind)) return kind;
    }
    throw std::invalid_argument("activation: expected one of sigmoid, tanh, relu, identity, got '" +
                                std::string(name) + "'");
}

}  // namespace normlab::core
