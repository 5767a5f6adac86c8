#pragma once
// Santurkar et al. (2018), "How does batch normalization help optimization?":
// internal covariate shift measured as the change of a layer's gradient
// caused by the update of the layers below it. G is the layer's weight
// gradient now; G' is the same gradient, on the same batch, after every
// layer below has taken its SGD step (w -= lr * grad). A large ||G - G'||
// or a low cosine means the layer's optimisation problem moved under it.

#include <functional>

#include "core/nn/network.h"

namespace normlab::core {

struct IcsMeasure {
    int layer = 0;              // weighted layer, 1-based (hidden block l, or the output layer)
    double l2 = 0;              // ||G - G'||
    double relativeL2 = 0;      // ||G - G'|| / ||G||
    double cosine = 0;          // <G, G'> / (||G|| ||G'||)
};

// Runs forward and backward on the probe's batch and returns the loss.
template <class T>
using GradientFn = std::function<T(Network<T>&)>;

// `layer` counts weighted (dense/conv) layers from 1. The network is left
// exactly as it was. Throws std::out_of_range for a bad layer.
template <class T>
IcsMeasure measureIcs(Network<T>& net, int layer, double lr, const GradientFn<T>& gradients);

// Index in net.params() of the weight of weighted layer `layer` (1-based).
template <class T>
std::size_t weightIndex(const Network<T>& net, int layer);

}  // namespace normlab::core
