#include "core/lab/network_evaluation.h"

#include <algorithm>
#include <stdexcept>
#include <vector>

namespace normlab::core {

Scaler fitScaler(ScalingKind kind, const Split& train) {
    Scaler scaler(kind);
    if (kind == ScalingKind::None) return scaler;
    // Small chunks: each is held as float and as double while it is fitted, and
    // sweeps fit on every worker at once (4096 rows of 784 pixels took ~60 MB).
    constexpr int kChunk = 512;
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

int evaluationChunkSize(const NetworkSpec& spec) {
    return spec.model == ModelType::Cnn ? 250 : 1000;
}

NetworkEvaluator::NetworkEvaluator(int chunkSize) : chunk_(chunkSize) {
    if (chunkSize < 1) throw std::invalid_argument("evaluation chunk size must be at least 1");
}

Network<float>& NetworkEvaluator::mirror(std::size_t i, const Network<float>& net) {
    if (mirrors_.size() <= i) mirrors_.resize(i + 1);
    std::unique_ptr<Network<float>>& m = mirrors_[i];
    if (!m || !m->sameShapeAs(net))
        m = std::make_unique<Network<float>>(Network<float>::build(net.spec(), 0));
    m->copyStateFrom(net);
    return *m;
}

Evaluation NetworkEvaluator::evaluate(Network<float>& net, Mode mode, const Split& split,
                                      const Scaler& scaler, int samples) {
    Network<float>* nets[] = {&net};
    const Mode modes[] = {mode};
    Evaluation out[1];
    evaluate(nets, modes, split, scaler, samples, out);
    return out[0];
}

void EvaluationSums::add(const EvaluationSums& chunk) {
    loss += chunk.loss;
    correct += chunk.correct;
    counted += chunk.counted;
}

Evaluation EvaluationSums::result() const {
    Evaluation out;
    if (counted == 0) return out;
    out.loss = loss / counted;
    out.accuracy = correct / counted;
    out.samples = counted;
    return out;
}

namespace {

int rowsMeasured(const Split& split, int samples) {
    return samples > 0 ? std::min(samples, split.size()) : split.size();
}

}  // namespace

int NetworkEvaluator::chunks(const Split& split, int samples) const {
    const int n = rowsMeasured(split, samples);
    return (n + chunk_ - 1) / chunk_;
}

void NetworkEvaluator::gatherChunk(const Split& split, const Scaler& scaler, int start,
                                   int count) {
    rows_.resize(static_cast<std::size_t>(count));
    for (int r = 0; r < count; ++r) rows_[static_cast<std::size_t>(r)] = start + r;
    split.gather(rows_, x_.data);
    scaler.transform(x_.data);
    split.gatherLabels(rows_, labels_);
}

EvaluationSums NetworkEvaluator::forwardChunk(std::size_t i, Mode mode, int count, int n) {
    EvaluationSums sums;
    if (mode == Mode::Train && count == 1 && n > 1) return sums;
    Network<float>& net = *mirrors_[i];
    x_.shape = net.spec().input;
    const Tensor<float>& logits = net.forward(x_, mode);
    sums.loss = static_cast<double>(loss_.forward(logits.data, labels_)) * count;
    sums.correct = loss_.correct();
    sums.counted = count;
    return sums;
}

EvaluationSums NetworkEvaluator::evaluateChunk(std::size_t i, Mode mode, const Split& split,
                                               const Scaler& scaler, int samples, int c) {
    const std::size_t mirrors[] = {i};
    const Mode modes[] = {mode};
    EvaluationSums out[1];
    evaluateChunk(mirrors, modes, split, scaler, samples, c, out);
    return out[0];
}

void NetworkEvaluator::evaluateChunk(std::span<const std::size_t> mirrors,
                                     std::span<const Mode> modes, const Split& split,
                                     const Scaler& scaler, int samples, int c,
                                     std::span<EvaluationSums> out) {
    if (modes.size() != mirrors.size() || out.size() != mirrors.size())
        throw std::invalid_argument("NetworkEvaluator: one mode and one result per mirror");
    for (const std::size_t i : mirrors)
        if (i >= mirrors_.size() || !mirrors_[i])
            throw std::invalid_argument("NetworkEvaluator: prepare the mirror before evaluating");
    const int n = rowsMeasured(split, samples);
    const int start = c * chunk_;
    if (c < 0 || start >= n) throw std::invalid_argument("NetworkEvaluator: no such chunk");
    const int count = std::min(chunk_, n - start);
    gatherChunk(split, scaler, start, count);
    for (std::size_t k = 0; k < mirrors.size(); ++k)
        out[k] = forwardChunk(mirrors[k], modes[k], count, n);
}

void NetworkEvaluator::evaluate(std::span<Network<float>* const> nets, std::span<const Mode> modes,
                                const Split& split, const Scaler& scaler, int samples,
                                std::span<Evaluation> out) {
    if (modes.size() != nets.size() || out.size() != nets.size())
        throw std::invalid_argument("NetworkEvaluator: one mode and one result per network");
    const int n = rowsMeasured(split, samples);
    for (Evaluation& e : out) e = Evaluation{};
    if (n == 0 || nets.empty()) return;
    sums_.assign(nets.size(), EvaluationSums{});
    for (std::size_t i = 0; i < nets.size(); ++i) (void)mirror(i, *nets[i]);
    for (int start = 0; start < n; start += chunk_) {
        const int count = std::min(chunk_, n - start);
        gatherChunk(split, scaler, start, count);
        for (std::size_t i = 0; i < nets.size(); ++i)
            sums_[i].add(forwardChunk(i, modes[i], count, n));
    }
    for (std::size_t i = 0; i < nets.size(); ++i) out[i] = sums_[i].result();
}

Evaluation evaluateNetwork(Network<float>& net, const Split& split, const Scaler& scaler,
                           Mode mode, int samples, int chunkSize) {
    return NetworkEvaluator(chunkSize).evaluate(net, mode, split, scaler, samples);
}

}  // namespace normlab::core
