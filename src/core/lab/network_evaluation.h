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

// Running sums over chunks, added in chunk order: split over threads and
// added up in the same order, they give the same Evaluation bit for bit.
struct EvaluationSums {
    double loss = 0;     // sum of chunk mean loss x chunk rows
    double correct = 0;  // rows classified correctly
    int counted = 0;     // rows measured

    void add(const EvaluationSums& chunk);
    [[nodiscard]] Evaluation result() const;
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

    // The same measure a chunk at a time, for spreading one network's
    // evaluation over threads (one evaluator per thread): chunks() counts the
    // chunks of `samples` rows (0 = all); mirror slot i takes net's current
    // state with prepare(); evaluateChunk() measures chunk c of it.
    [[nodiscard]] int chunks(const Split& split, int samples) const;
    void prepare(std::size_t i, const Network<float>& net) { (void)mirror(i, net); }
    [[nodiscard]] EvaluationSums evaluateChunk(std::size_t i, Mode mode, const Split& split,
                                               const Scaler& scaler, int samples, int c);
    // Chunk c through mirrors[k] in modes[k] into out[k], gathered and scaled
    // once for all of them.
    void evaluateChunk(std::span<const std::size_t> mirrors, std::span<const Mode> modes,
                       const Split& split, const Scaler& scaler, int samples, int c,
                       std::span<EvaluationSums> out);

  private:
    Network<float>& mirror(std::size_t i, const Network<float>& net);
    void gatherChunk(const Split& split, const Scaler& scaler, int start, int count);
    [[nodiscard]] EvaluationSums forwardChunk(std::size_t i, Mode mode, int count, int n);

    int chunk_;
    std::vector<std::unique_ptr<Network<float>>> mirrors_;
    std::vector<EvaluationSums> sums_;
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
