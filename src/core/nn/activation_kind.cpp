#include "core/nn/activation_kind.h"

#include "core/nn/enum_names.h"

namespace normlab::core {

namespace {

constexpr EnumNames<ActivationKind, 4> kNames{{{ActivationKind::Sigmoid, "sigmoid"},
                                               {ActivationKind::Tanh, "tanh"},
                                               {ActivationKind::Relu, "relu"},
                                               {ActivationKind::Identity, "identity"}}};

}  // namespace

std::string toString(ActivationKind kind) { return enumName(kNames, kind); }

ActivationKind activationKindFromString(std::string_view name) {
    return enumFromName(kNames, name, "activation");
}

}  // namespace normlab::core
