#pragma once
// Shared pieces of the network labs: fitting the input scaler on a training
// split without materialising it, and measuring a network on a split in
// chunks (so 10,000 Fashion-MNIST images never form one float matrix).

#include <limits>

#include "core/data/dataset.h"
#include "core/data/scaler.h"
#include "core/nn/network.h"

namespace normlab::core {

// Fits a scaler of `kind` on every row of `train`, 4096 rows at a time.
[[nodiscard]] Scaler fitScaler(ScalingKind kind, const Split& train);

struct Evaluation {
    double loss = std::numeric_limits<double>::quiet_NaN();      // mean cross-entropy
    double accuracy = std::numeric_limits<double>::quiet_NaN();  // fraction correct
    int samples = 0;                                             // rows measured
};

// Loss and accuracy of `net` on the first `samples` rows of `split` (0 = all),
// scaled by `scaler`, `chunkSize` rows per forward pass. In train mode each
// chunk is a batch whose own statistics batch norm uses; the running
// statistics are restored afterwards, and a trailing single row is skipped
// (one sample has no batch variance).
[[nodiscard]] Evaluation evaluateNetwork(Network<float>& net, const Split& split,
                                         const Scaler& scaler, Mode mode, int samples,
                                         int chunkSize);

}  // namespace normlab::core
