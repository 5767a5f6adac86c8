#pragma once
// Shared pieces of the network labs: fitting the input scaler on a training
// split without materialising it, and measuring networks on a split in
// chunks (so 10,000 Fashion-MNIST images never form one float matrix).

#include <limits>
#include <memory>
#include <span>
#include <vector>

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

// Measures networks on a split in large chunks through the training
// kernels. Each network is run on a mirror: a copy of its weights and batch-
// norm running statistics whose layer buffers stay sized for the chunk, so
// the network's own buffers keep their training batch size and, once the
// mirror exists, an evaluation allocates nothing (when the rows divide into
// equal chunks). Networks evaluated together share each chunk's gather and
// scaling: the BN twins read the test set once.
class NetworkEvaluator {
  public:
    explicit NetworkEvaluator(int chunkSize);

    // out[i] = loss and accuracy of nets[i] in modes[i] on the first
    // `samples` rows of `split` (0 = all), scaled by `scaler`. In train mode
    // each chunk is a batch whose own statistics batch norm uses (the
    // network's running statistics are never touched); a trailing chunk of
    // one row is skipped for such a network (one sample has no variance).
    void evaluate(std::span<Network<float>* const> nets, std::span<const Mode> modes,
                  const Split& split, const Scaler& scaler, int samples, std::span<Evaluation> out);
    // One network.
    [[nodiscard]] Evaluation evaluate(Network<float>& net, Mode mode, const Split& split,
                                      const Scaler& scaler, int samples);

    [[nodiscard]] int chunkSize() const { return chunk_; }

  private:
    Network<float>& mirror(std::size_t i, const Network<float>& net);

    int chunk_;
    std::vector<std::unique_ptr<Network<float>>> mirrors_;
    std::vector<double> lossSums_, correct_;
    std::vector<int> counted_;
    Tensor<float> x_;
    std::vector<int> rows_, labels_;
    SoftmaxCrossEntropy<float> loss_;
};

// Rows per evaluation chunk: large enough for GEMM speed, small enough that
// a CNN's im2col buffers stay a few megabytes.
[[nodiscard]] int evaluationChunkSize(const NetworkSpec& spec);

// One evaluation of one network with an evaluator of its own (a one-off
// probe; a loop that evaluates often keeps a NetworkEvaluator instead).
[[nodiscard]] Evaluation evaluateNetwork(Network<float>& net, const Split& split,
                                         const Scaler& scaler, Mode mode, int samples,
                                         int chunkSize);

}  // namespace normlab::core
