#pragma once
// A CNN small enough for gradient checks and probes: two conv blocks on a
// 1 x 6 x 6 input, a 4-unit dense head, 3 classes.

#include "core/nn/network_spec.h"

namespace normlab::core::test {

inline NetworkSpec smallCnn(NormKind normaliser, int groups = 2) {
    NetworkSpec spec;
    spec.model = ModelType::Cnn;
    spec.input = Shape{1, 6, 6};
    spec.convChannels = {2, 4};
    spec.hidden = {4};
    spec.outputs = 3;
    spec.activation = ActivationKind::Tanh;
    spec.normaliser = normaliser;
    spec.normGroups = groups;
    spec.init = InitKind::He;
    return spec;
}

}  // namespace normlab::core::test
