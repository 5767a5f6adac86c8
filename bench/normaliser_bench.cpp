// Layer norm and group norm beside batch norm: forward + backward of the
// normaliser alone, and a whole training step of a network using it, at the
// bn-paper size (784-100-100-100-10 MLP, batch 60, normalising (60, 100)) and
// the CNN size (conv 8 and 16 channels on 28x28 Fashion-MNIST, batch 60,
// normalising (60, 8, 28, 28) and (60, 16, 14, 14)). Each iteration times the
// batch-norm step and the other normaliser's step back to back in this
// thread's CPU time, so the reported ratio comes from one run and is not
// skewed by other processes on a shared machine.

#include <benchmark/benchmark.h>
#include <time.h>

#include <chrono>
#include <memory>

#include "core/nn/batch_norm.h"
#include "core/nn/group_norm.h"
#include "core/nn/layer_norm.h"
#include "core/nn/network.h"
#include "core/nn/optimizer.h"

namespace {

using namespace normlab::core;
// This thread's CPU time.
struct Clock {
    using duration = std::chrono::nanoseconds;
    using time_point = std::chrono::time_point<Clock, duration>;
    static time_point now() {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return time_point(std::chrono::seconds(t.tv_sec) + std::chrono::nanoseconds(t.tv_nsec));
    }
};

constexpr int kBatch = 60;

// 0: layer norm, 1: group norm with two groups.
NormKind kindOf(std::int64_t arg) { return arg == 0 ? NormKind::Layer : NormKind::Group; }

std::unique_ptr<Layer<float>> makeNormaliser(NormKind kind, int channels) {
    switch (kind) {
        case NormKind::Batch:
            return std::make_unique<BatchNorm<float>>(channels);
        case NormKind::Layer:
            return std::make_unique<LayerNorm<float>>(channels);
        case NormKind::Group:
            return std::make_unique<GroupNorm<float>>(2, channels);
        case NormKind::None:
            break;
    }
    return nullptr;
}

// 0: bn-paper (60, 100); 1: first CNN layer (60, 8, 28, 28); 2: second (60, 16, 14, 14).
Shape layerShape(std::int64_t arg) {
    if (arg == 0) return Shape{100, 1, 1};
    if (arg == 1) return Shape{8, 28, 28};
    return Shape{16, 14, 14};
}

double seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

void setRatioCounters(benchmark::State& state, double bnSeconds, double otherSeconds) {
    const double n = static_cast<double>(state.iterations());
    state.counters["bn_us"] = 1e6 * bnSeconds / n;
    state.counters["norm_us"] = 1e6 * otherSeconds / n;
    state.counters["norm/bn"] = otherSeconds / bnSeconds;
}

void NormaliserLayerStep(benchmark::State& state) {
    const NormKind kind = kindOf(state.range(0));
    const Shape shape = layerShape(state.range(1));
    auto bn = makeNormaliser(NormKind::Batch, shape.channels);
    auto other = makeNormaliser(kind, shape.channels);
    const Tensor<float> x{Matrix<float>::Random(kBatch, shape.size()), shape};
    const Tensor<float> dy{Matrix<float>::Random(kBatch, shape.size()), shape};
    Tensor<float> y, dx;
    double bnSeconds = 0, otherSeconds = 0;
    for (auto _ : state) {
        for (Layer<float>* layer : {bn.get(), other.get()}) {
            const auto start = Clock::now();
            layer->forward(x, y, Mode::Train);
            layer->backward(dy, &dx);
            benchmark::DoNotOptimize(dx.data.data());
            (layer == bn.get() ? bnSeconds : otherSeconds) += seconds(Clock::now() - start);
        }
    }
    setRatioCounters(state, bnSeconds, otherSeconds);
}
BENCHMARK(NormaliserLayerStep)
    ->ArgNames({"gn", "shape"})
    ->ArgsProduct({{0, 1}, {0, 1, 2}})
    ->Unit(benchmark::kMicrosecond)
    ->MinTime(0.5);

NetworkSpec networkSpec(bool cnn, NormKind kind) {
    NetworkSpec spec;
    if (cnn) {
        spec.model = ModelType::Cnn;
        spec.input = Shape{1, 28, 28};
        spec.convChannels = {8, 16};
        spec.hidden.clear();
        spec.activation = ActivationKind::Relu;
        spec.init = InitKind::He;
    } else {
        spec = NetworkSpec::mlp(Shape{784, 1, 1}, 3, 100, 10);
    }
    spec.outputs = 10;
    spec.normaliser = kind;
    return spec;
}

void NormaliserTrainStep(benchmark::State& state) {
    const NormKind kind = kindOf(state.range(0));
    const bool cnn = state.range(1) != 0;
    auto bn = Network<float>::build(networkSpec(cnn, NormKind::Batch), 1);
    auto other = Network<float>::build(networkSpec(cnn, kind), 1);
    const Shape input = bn.spec().input;
    const Tensor<float> x{
        (Matrix<float>::Random(kBatch, input.size()).array() * 0.5F + 0.5F).matrix(), input};
    std::vector<int> labels(kBatch);
    for (int i = 0; i < kBatch; ++i) labels[static_cast<std::size_t>(i)] = i % 10;
    Optimizer<float> sgd(OptimizerOptions{OptimizerKind::Sgd, 0.01});
    double bnSeconds = 0, otherSeconds = 0;
    for (auto _ : state) {
        for (Network<float>* net : {&bn, &other}) {
            const auto start = Clock::now();
            benchmark::DoNotOptimize(net->forwardBackward(x, labels, Mode::Train));
            sgd.step(net->params());
            (net == &bn ? bnSeconds : otherSeconds) += seconds(Clock::now() - start);
        }
    }
    setRatioCounters(state, bnSeconds, otherSeconds);
}
BENCHMARK(NormaliserTrainStep)
    ->ArgNames({"gn", "cnn"})
    ->ArgsProduct({{0, 1}, {0, 1}})
    ->Unit(benchmark::kMillisecond)
    ->MinTime(0.5);

}  // namespace
