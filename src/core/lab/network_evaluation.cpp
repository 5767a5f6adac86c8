#include "core/lab/network_evaluation.h"

#include <algorithm>
#include <stdexcept>
#include <vector>

namespace normlab::core {

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

void NetworkEvaluator::evaluate(std::span<Network<float>* const> nets, std::span<const Mode> modes,
                                const Split& split, const Scaler& scaler, int samples,
                                std::span<Evaluation> out) {
    if (modes.size() != nets.size() || out.size() != nets.size())
        throw std::invalid_argument("NetworkEvaluator: one mode and one result per network");
    const int n = samples > 0 ? std::min(samples, split.size()) : split.size();
    for (Evaluation& e : out) e = Evaluation{};
    if (n == 0 || nets.empty()) return;
    lossSums_.assign(nets.size(), 0.0);
    correct_.assign(nets.size(), 0.0);
    counted_.assign(nets.size(), 0);
    for (std::size_t i = 0; i < nets.size(); ++i) (void)mirror(i, *nets[i]);

    x_.shape = nets.front()->spec().input;
    for (int start = 0; start < n; start += chunk_) {
        const int count = std::min(chunk_, n - start);
        rows_.resize(static_cast<std::size_t>(count));
        for (int r = 0; r < count; ++r) rows_[static_cast<std::size_t>(r)] = start + r;
        split.gather(rows_, x_.data);
        scaler.transform(x_.data);
        split.gatherLabels(rows_, labels_);
        for (std::size_t i = 0; i < nets.size(); ++i) {
            if (modes[i] == Mode::Train && count == 1 && n > 1) continue;
            const Tensor<float>& logits = mirrors_[i]->forward(x_, modes[i]);
            lossSums_[i] += static_cast<double>(loss_.forward(logits.data, labels_)) * count;
            correct_[i] += loss_.correct();
            counted_[i] += count;
        }
    }
    for (std::size_t i = 0; i < nets.size(); ++i) {
        if (counted_[i] == 0) continue;
        out[i].loss = lossSums_[i] / counted_[i];
        out[i].accuracy = correct_[i] / counted_[i];
        out[i].samples = counted_[i];
    }
}

Evaluation evaluateNetwork(Network<float>& net, const Split& split, const Scaler& scaler,
                           Mode mode, int samples, int chunkSize) {
    return NetworkEvaluator(chunkSize).evaluate(net, mode, split, scaler, samples);
}

}  // namespace normlab::core
