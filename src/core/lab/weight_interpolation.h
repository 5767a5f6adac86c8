#pragma once
// The loss along the straight line through two solutions of the same
// network, w(alpha) = (1 - alpha) w_a + alpha w_b (Goodfellow et al. 2015;
// Keskar et al. 2017, Fig. 3): alpha 0 is w_a, 1 is w_b, and alpha outside
// [0, 1] extrapolates beyond either end. Each point is a real evaluation of
// the network at those weights.

#include <vector>

#include "core/data/dataset.h"
#include "core/data/scaler.h"
#include "core/lab/network_weights.h"
#include "core/nn/network_spec.h"

namespace normlab::core {

struct InterpolationPoint {
    double alpha = 0;
    double trainLoss = 0;
    double trainAccuracy = 0;
    double testLoss = 0;
    double testAccuracy = 0;
};

struct InterpolationConfig {
    double alphaMin = -0.5;
    double alphaMax = 1.5;
    int points = 21;          // evenly spaced, both ends included
    int trainSamples = 5000;  // first rows of the training split (0 = all)
    int testSamples = 0;      // first rows of the test split (0 = all)
    void validate() const;    // throws std::invalid_argument
};

[[nodiscard]] std::vector<double> interpolationAlphas(const InterpolationConfig& config);

// Loss of the network at one point of the line, on the first `samples` rows.
[[nodiscard]] InterpolationPoint evaluateInterpolated(const NetworkSpec& spec,
                                                      const NetworkWeights& a,
                                                      const NetworkWeights& b, double alpha,
                                                      const Dataset& data, const Scaler& scaler,
                                                      const InterpolationConfig& config);

// The whole line. Points are independent; `threads` > 1 measures them in parallel.
[[nodiscard]] std::vector<InterpolationPoint> interpolateWeights(
    const NetworkSpec& spec, const NetworkWeights& a, const NetworkWeights& b, const Dataset& data,
    const Scaler& scaler, const InterpolationConfig& config, int threads = 1);

}  // namespace normlab::core
