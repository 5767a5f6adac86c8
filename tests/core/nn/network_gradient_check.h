#pragma once
// Central-difference check of every parameter gradient of a whole network
// under its mean softmax cross-entropy, in double.

#include <vector>

#include "core/nn/network.h"
#include "gradient_check.h"

namespace normlab::core::test {

inline void checkNetworkGradients(Network<double>& net, const Tensor<double>& x,
                                  const std::vector<int>& labels) {
    net.forwardBackward(x, labels);
    std::vector<Matrix<double>> analytic;
    for (const auto& p : net.params()) analytic.push_back(*p.grad);
    auto loss = [&] {
        SoftmaxCrossEntropy<double> ce;
        return ce.forward(net.forward(x, Mode::Train).data, labels);
    };
    for (std::size_t i = 0; i < analytic.size(); ++i) {
        expectGradientMatches(net.params()[i].name, *net.params()[i].value, analytic[i], loss);
    }
}

}  // namespace normlab::core::test
