#pragma once
// A 2-D slice of the training loss around one solution w (Li et al. 2018,
// "Visualizing the Loss Landscape of Neural Nets"):
//     f(a, b) = loss(w + a d1 + b d2),   a, b in [-radius, radius],
// along two random Gaussian directions that are filter-normalised: every
// filter of a direction (a dense layer's incoming weights of one output unit,
// a conv layer's kernel of one output channel: one row of the weight matrix)
// is scaled to the norm of the same filter of w. A step of 1 along d1 then
// moves every filter by its own size, so slices of differently scaled
// solutions compare. Biases and normaliser parameters get no direction (zero),
// as in Li et al. Each grid point is a real evaluation of the network.

#include <cstdint>
#include <vector>

#include "core/data/dataset.h"
#include "core/data/scaler.h"
#include "core/lab/network_weights.h"
#include "core/lab/run_control.h"
#include "core/nn/network_spec.h"

namespace normlab::core {

struct SliceConfig {
    double radius = 1.0;     // a and b run over [-radius, radius]
    int pointsPerSide = 21;  // odd, so the centre (a = b = 0) is a grid point
    int samples = 2000;      // first training rows the loss is measured on (0 = all)
    std::uint64_t seed = 1;  // the two directions' random draw
    void validate() const;   // throws std::invalid_argument
};

struct SliceDirections {
    NetworkWeights d1, d2;  // in Network::params() order, shaped like w
};

// Two directions drawn from SeededRandom(seed), d1 in full before d2, each
// weight matrix in row-major order, then filter-normalised against `w`.
[[nodiscard]] SliceDirections sliceDirections(const NetworkSpec& spec, const NetworkWeights& w,
                                              std::uint64_t seed);

// Scales each filter (row) of every dense or conv weight of `direction` to
// the norm of the same row of `w`, and zeroes biases and normaliser
// parameters. Throws std::invalid_argument when the shapes differ from spec's.
void filterNormalise(const NetworkSpec& spec, const NetworkWeights& w, NetworkWeights& direction);

// The grid's coordinates along either axis: pointsPerSide values from
// -radius to radius, the middle one exactly 0.
[[nodiscard]] std::vector<double> sliceCoordinates(const SliceConfig& config);

struct SlicePoint {
    double a = 0;
    double b = 0;
    double trainLoss = 0;
    double trainAccuracy = 0;
};

struct LossSlice {
    std::vector<double> coordinates;  // sliceCoordinates(config)
    // Row-major, b outer: points[j * n + i] is at (coordinates[i], coordinates[j]).
    std::vector<SlicePoint> points;
    double baseLoss = 0;     // the centre's training loss, f(0, 0)
    bool complete = true;    // false when cancelled: the points not measured are NaN
};

// w + a d1 + b d2, each matrix computed in float as w + a d1 + b d2.
[[nodiscard]] NetworkWeights sliceWeights(const NetworkWeights& w, const SliceDirections& d,
                                          double a, double b);

// The slice around `w`; `threads` > 1 measures grid points in parallel, with
// the same numbers as one thread. The cancel flag is checked before every
// point; progress is reported from the calling thread.
//
// Networks with batch norm are refused (std::invalid_argument). Li et al.
// zero the BN directions and rely on filter normalisation for BN's scale
// invariance, but that invariance holds for batch statistics only: evaluated
// as a trained network is (eval mode), BN normalises with the running
// statistics gathered at w, which do not follow the perturbed filters, so the
// slice would mostly measure stale statistics; batch statistics would make the
// loss depend on the evaluation chunk instead, and re-estimating the running
// statistics costs a training pass per grid point. Layer and group norm keep
// no running statistics and are measured like plain networks.
[[nodiscard]] LossSlice lossSlice(const NetworkSpec& spec, const NetworkWeights& w,
                                  const Dataset& data, const Scaler& scaler,
                                  const SliceConfig& config, int threads = 1,
                                  const RunControl& control = {});

}  // namespace normlab::core
