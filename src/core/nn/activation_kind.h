#pragma once
// The nonlinearities a network can use, with stable names for configs and CSV.

#include <string>
#include <string_view>

#include "core/enum_names.h"

namespace normlab::core {

enum class ActivationKind { Sigmoid, Tanh, Relu, Identity };

constexpr EnumNaming<ActivationKind, 4> enumNaming(ActivationKind /*value*/) {
    return {"activation",
            {{{ActivationKind::Sigmoid, "sigmoid"},
              {ActivationKind::Tanh, "tanh"},
              {ActivationKind::Relu, "relu"},
              {ActivationKind::Identity, "identity"}}}};
}

}  // namespace normlab::core
