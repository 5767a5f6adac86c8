#pragma once
// How far batch norm's batch statistics stray from its running averages, per
// layer: the mechanism behind BN's small-batch failure. Training normalises
// every batch with its own mean and variance, evaluation with the running
// averages; when batches are small the two disagree, and the network has
// learned to expect the former.

#include <cstdint>
#include <vector>

#include "core/data/dataset.h"
#include "core/data/scaler.h"
#include "core/nn/network.h"

namespace normlab::core {

struct RunningStatGap {
    int layer = 0;  // hidden block, 1-based
    // Means over channels and batches, in units of the running standard
    // deviation sqrt(running_var + eps):
    double meanGap = 0;  // |batch mean - running mean| / running std
    double stdGap = 0;   // |sqrt((batch var + eps) / (running var + eps)) - 1|
};

// Measured on `batches` seeded batches of `batchSize` rows of `split` in train
// mode (as training saw them), with the running statistics held fixed. One
// entry per batch-norm layer; empty for a network without batch norm.
// Throws std::invalid_argument for a batch size below 2 or above the split.
[[nodiscard]] std::vector<RunningStatGap> measureRunningStatGap(Network<float>& net,
                                                                const Split& split,
                                                                const Scaler& scaler, int batchSize,
                                                                int batches, std::uint64_t seed);

}  // namespace normlab::core
