#pragma once
// Keskar et al. (2017)'s epsilon-sharpness of a solution w: the largest
// relative rise of the training loss f within the box
//     C = { y : |y_i| <= epsilon (|w_i| + 1) },
//     sharpness = 100 (max_{y in C} f(w + y) - f(w)) / (1 + f(w)).
// The maximum is searched by projected sign-gradient ascent (each step moves
// every weight by a fraction of its box half-width towards a higher loss and
// clips to the box), so the number is a lower bound on the true maximum, the
// same for every solution it is compared across.

#include <vector>

#include "core/data/dataset.h"
#include "core/data/scaler.h"
#include "core/lab/network_weights.h"
#include "core/lab/run_control.h"
#include "core/nn/network_spec.h"

namespace normlab::core {

struct SharpnessConfig {
    double epsilon = 1e-3;  // relative box half-width
    int steps = 10;         // ascent steps; each moves 2/steps of a half-width
    int samples = 2000;     // first training rows the loss is measured on (0 = all)
    void validate() const;  // throws std::invalid_argument
};

struct SharpnessResult {
    double baseLoss = 0;  // f(w)
    double maxLoss = 0;   // the largest f(w + y) found in the box
    double sharpness = 0;
    std::vector<double> lossPerStep;  // f at each iterate, the start first
};

// Mean cross-entropy of `net` on the first `samples` rows; with `gradients`
// also the mean gradient, one matrix per parameter in params() order.
double lossAndGradient(Network<float>& net, const Split& split, const Scaler& scaler, int samples,
                       NetworkWeights* gradients);

// Throws std::invalid_argument for a network with batch norm: its loss does
// not change when a layer's weights are scaled, so a box relative to the
// weights measures nothing comparable.
[[nodiscard]] SharpnessResult epsilonSharpness(const NetworkSpec& spec,
                                               const NetworkWeights& weights, const Dataset& data,
                                               const Scaler& scaler, const SharpnessConfig& config,
                                               const RunControl& control = {});

}  // namespace normlab::core
