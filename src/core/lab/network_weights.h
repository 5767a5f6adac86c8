#pragma once
// A network's weights as plain matrices, in Network::params() order: what a
// finished run hands over so its solution can be probed (interpolated,
// perturbed) after the run's own network is gone.

#include <vector>

#include "core/nn/network.h"

namespace normlab::core {

using NetworkWeights = std::vector<Matrix<float>>;

[[nodiscard]] NetworkWeights weightsOf(const Network<float>& net);
// Throws std::invalid_argument when the count or a shape differs from net's.
void loadWeights(Network<float>& net, const NetworkWeights& weights);
// A fresh network of `spec` holding `weights`.
[[nodiscard]] Network<float> networkWithWeights(const NetworkSpec& spec,
                                                const NetworkWeights& weights);

}  // namespace normlab::core
