// Training-step throughput of the bn-paper network (784-100-100-100-10
// sigmoid MLP, float, one thread) beside Eigen's SGEMM on similar sizes, so one
// run shows how close the engine gets to this machine's single-thread peak.

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>

#include "core/nn/network.h"
#include "core/nn/optimizer.h"

namespace {

using normlab::core::Matrix;
using normlab::core::Mode;
using normlab::core::Network;
using normlab::core::NetworkSpec;
using normlab::core::NormKind;
using normlab::core::Optimizer;
using normlab::core::OptimizerKind;
using normlab::core::OptimizerOptions;
using normlab::core::Shape;
using normlab::core::Tensor;

constexpr int kInputs = 784;
const std::vector<int> kWidths{kInputs, 100, 100, 100, 10};

NetworkSpec bnPaperSpec(bool batchNorm) {
    NetworkSpec spec = NetworkSpec::mlp(Shape{kInputs, 1, 1}, 3, 100, 10);
    spec.normaliser = batchNorm ? NormKind::Batch : NormKind::None;
    return spec;
}

// GEMM flops of one training step: forward, weight gradients, and input
// gradients for every layer but the first.
double stepFlops(int batch) {
    double forward = 0, inputGrads = 0;
    for (std::size_t l = 0; l + 1 < kWidths.size(); ++l) {
        const double mac = static_cast<double>(kWidths[l]) * kWidths[l + 1];
        forward += mac;
        if (l > 0) inputGrads += mac;
    }
    return 2.0 * batch * (2.0 * forward + inputGrads);
}

void TrainStep(benchmark::State& state) {
    const int batch = static_cast<int>(state.range(0));
    const bool batchNorm = state.range(1) != 0;
    auto net = Network<float>::build(bnPaperSpec(batchNorm), 1);
    Optimizer<float> sgd(OptimizerOptions{OptimizerKind::Sgd, 0.01});
    Tensor<float> x{(Matrix<float>::Random(batch, kInputs).array() * 0.5f + 0.5f).matrix(),
                    Shape{kInputs, 1, 1}};
    std::vector<int> labels(static_cast<std::size_t>(batch));
    for (int i = 0; i < batch; ++i) labels[static_cast<std::size_t>(i)] = i % 10;
    for (auto _ : state) {
        benchmark::DoNotOptimize(net.forwardBackward(x, labels, Mode::Train));
        sgd.step(net.params());
    }
    const double steps = static_cast<double>(state.iterations());
    state.counters["steps/s"] = benchmark::Counter(steps, benchmark::Counter::kIsRate);
    state.counters["GFLOP/s"] =
        benchmark::Counter(steps * stepFlops(batch) * 1e-9, benchmark::Counter::kIsRate);
}
BENCHMARK(TrainStep)
    ->ArgNames({"batch", "bn"})
    ->Args({60, 0})
    ->Args({60, 1})
    ->Args({256, 0})
    ->Args({256, 1})
    ->Unit(benchmark::kMicrosecond)
    ->MinTime(0.5);

void Sgemm(benchmark::State& state) {
    const auto m = state.range(0), k = state.range(1), n = state.range(2);
    const Matrix<float> a = Matrix<float>::Random(m, k);
    const Matrix<float> b = Matrix<float>::Random(k, n);
    Matrix<float> c(m, n);
    for (auto _ : state) {
        c.noalias() = a * b;
        benchmark::DoNotOptimize(c.data());
        benchmark::ClobberMemory();
    }
    state.counters["GFLOP/s"] =
        benchmark::Counter(static_cast<double>(state.iterations()) * 2.0 * m * k * n * 1e-9,
                           benchmark::Counter::kIsRate);
}
BENCHMARK(Sgemm)
    ->ArgNames({"m", "k", "n"})
    ->Args({60, 784, 100})
    ->Args({256, 784, 100})
    ->Args({256, 100, 100})
    ->Args({512, 512, 512})
    ->Args({1024, 1024, 1024})
    ->Unit(benchmark::kMicrosecond)
    ->MinTime(0.5);

// Prints each training step's share of the best SGEMM rate after the table.
class PeakReporter : public benchmark::ConsoleReporter {
  public:
    void ReportRuns(const std::vector<Run>& runs) override {
        ConsoleReporter::ReportRuns(runs);
        for (const auto& run : runs) {
            if (run.run_type != Run::RT_Iteration) continue;
            const auto gflops = run.counters.find("GFLOP/s");
            if (gflops == run.counters.end()) continue;
            const std::string name = run.benchmark_name();
            if (name.starts_with("Sgemm")) {
                peak_ = std::max(peak_, gflops->second.value);
            } else {
                const auto steps = run.counters.find("steps/s");
                train_[name] = {gflops->second.value,
                                steps == run.counters.end() ? 0.0 : steps->second.value};
            }
        }
    }

    void printSummary() const {
        if (peak_ <= 0) return;
        std::printf("\nSingle-thread SGEMM peak (best of the Sgemm runs): %.1f GFLOP/s\n", peak_);
        for (const auto& [name, rates] : train_) {
            std::printf("%-32s %8.0f steps/s %7.1f GFLOP/s = %5.1f%% of SGEMM peak\n", name.c_str(),
                        rates.second, rates.first, 100.0 * rates.first / peak_);
        }
    }

  private:
    double peak_ = 0;
    std::map<std::string, std::pair<double, double>> train_;
};

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    PeakReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printSummary();
    benchmark::Shutdown();
    return 0;
}
