#include "core/lab/network_evaluation.h"

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <utility>
#include <vector>

namespace normlab::core {

namespace {

// Evaluating in train mode must not move the running statistics.
class RunningStatsGuard {
  public:
    explicit RunningStatsGuard(Network<float>& net) : net_(net) {
        for (int l = 1; l <= net.hiddenBlockCount(); ++l)
            if (const BatchNorm<float>* bn = net.batchNorm(l))
                saved_.emplace_back(bn->runningMean(), bn->runningVar());
    }
    ~RunningStatsGuard() {
        std::size_t i = 0;
        for (int l = 1; l <= net_.hiddenBlockCount(); ++l)
            if (BatchNorm<float>* bn = net_.batchNorm(l)) {
                bn->runningMean() = std::move(saved_[i].first);
                bn->runningVar() = std::move(saved_[i].second);
                ++i;
            }
    }
    RunningStatsGuard(const RunningStatsGuard&) = delete;
    RunningStatsGuard& operator=(const RunningStatsGuard&) = delete;

  private:
    Network<float>& net_;
    std::vector<std::pair<Matrix<float>, Matrix<float>>> saved_;
};

}  // namespace

Scaler fitScaler(ScalingKind kind, const Split& train) {
    Scaler scaler(kind);
    if (kind == ScalingKind::None) return scaler;
    constexpr int kChunk = 4096;
    const int n = train.size();
    std::vector<int> rows;
    Matrix<float> chunk;
    for (int start = 0; start < n; start += kChunk) {
        rows.resize(static_cast<std::size_t>(std::min(kChunk, n - start)));
        for (std::size_t i = 0; i < rows.size(); ++i) rows[i] = start + static_cast<int>(i);
        train.gather(rows, chunk);
        scaler.partialFit(chunk);
    }
    return scaler;
}

Evaluation evaluateNetwork(Network<float>& net, const Split& split, const Scaler& scaler, Mode mode,
                           int samples, int chunkSize) {
    if (chunkSize < 1) throw std::invalid_argument("evaluation chunk size must be at least 1");
    int n = samples > 0 ? std::min(samples, split.size()) : split.size();
    if (mode == Mode::Train && n > 1 && n % chunkSize == 1) --n;
    Evaluation result;
    if (n == 0) return result;

    std::optional<RunningStatsGuard> guard;
    if (mode == Mode::Train) guard.emplace(net);
    Tensor<float> x;
    x.shape = net.spec().input;
    std::vector<int> rows, labels;
    SoftmaxCrossEntropy<float> loss;
    double lossSum = 0, correct = 0;
    for (int start = 0; start < n; start += chunkSize) {
        const int count = std::min(chunkSize, n - start);
        rows.resize(static_cast<std::size_t>(count));
        for (int i = 0; i < count; ++i) rows[static_cast<std::size_t>(i)] = start + i;
        split.gather(rows, x.data);
        scaler.transform(x.data);
        split.gatherLabels(rows, labels);
        const Tensor<float>& logits = net.forward(x, mode);
        lossSum += static_cast<double>(loss.forward(logits.data, labels)) * count;
        correct += loss.correct();
    }
    result.loss = lossSum / n;
    result.accuracy = correct / n;
    result.samples = n;
    return result;
}

}  // namespace normlab::core
