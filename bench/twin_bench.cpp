// Cost of the BN lab's per-step probes: the twin bn-paper run (784-100-100-
// 100-10 sigmoid MLPs, batch 60, a checkpoint every 100 steps) with probes
// on and off; one evaluation of both twins; a run's shares per phase. On Fashion-MNIST when it is
// installed, else on a synthetic 784-dimensional, 10-class set of the same size per step.

#include <benchmark/benchmark.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <random>
#include <stdlib.h>  // getloadavg

#include "core/data/idx_loader.h"
#include "core/lab/run_profile.h"
#include "core/lab/twin_trainer.h"

namespace {

using namespace normlab::core;

std::shared_ptr<const Dataset> benchData() {
    static std::shared_ptr<const Dataset> data = [] {
        auto d = std::make_shared<Dataset>();
        if (std::filesystem::exists(std::string(kFashionMnistDefaultDir) +
                                    "/train-images-idx3-ubyte.gz")) {
            *d = loadFashionMnist();
            return std::shared_ptr<const Dataset>(d);
        }
        // Class c lights up its own band of pixels, plus noise.
        const auto make = [](int rows, std::uint64_t seed) {
            std::mt19937_64 engine(seed);
            std::uniform_int_distribution<int> noise(0, 80);
            std::vector<std::uint8_t> bytes(static_cast<std::size_t>(rows) * 784);
            Split split;
            split.labels.resize(static_cast<std::size_t>(rows));
            for (int r = 0; r < rows; ++r) {
                const int label = r % 10;
                split.labels[static_cast<std::size_t>(r)] = label;
                for (int p = 0; p < 784; ++p)
                    bytes[static_cast<std::size_t>(r) * 784 + p] =
                        static_cast<std::uint8_t>(noise(engine) + (p / 78 == label ? 150 : 0));
            }
            split.features = FeatureStore::fromBytes(std::move(bytes), rows, 784, 1.0f / 255.0f);
            return split;
        };
        d->name = "synthetic 784-d";
        d->shape = Shape{1, 28, 28};
        d->numClasses = 10;
        d->train = make(60000, 1);
        d->test = make(10000, 2);
        return std::shared_ptr<const Dataset>(d);
    }();
    return data;
}

TwinConfig bnPaper(bool probes) {
    TwinConfig c;
    c.network = NetworkSpec::mlp(Shape{1, 28, 28}, 3, 100, 10);
    c.network.activation = ActivationKind::Sigmoid;
    c.network.init = InitKind::Gaussian;
    c.network.initStd = 1.0;
    c.scaling = ScalingKind::MinMax;
    c.optimizer = {OptimizerKind::Sgd, 0.5};
    c.batchSize = 60;
    c.evalInterval = 100;
    c.evalSamples = 0;
    c.probes = probes;
    c.threads = 1;
    return c;
}

// Steps per second of both twins together, evaluations included.
void BM_TwinBnPaper(benchmark::State& state) {
    TwinTrainer trainer(benchData(), bnPaper(state.range(0) != 0));
    for (int i = 0; i < 20; ++i) trainer.step();  // warm caches and buffers
    for (auto _ : state) trainer.step();
    state.counters["steps/s"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TwinBnPaper)
    ->ArgName("probes")
    ->Arg(0)
    ->Arg(1)
    ->MinTime(5.0)
    ->Unit(benchmark::kMicrosecond);

// The networks stepped on 1 or 2 threads: twins (2 networks) and the triple
// with noisy BN (3), probes on, evaluations included.
void BM_TwinThreads(benchmark::State& state) {
    TwinConfig config = bnPaper(true);
    config.threads = static_cast<int>(state.range(0));
    config.noisyBn = state.range(1) == 3;
    TwinTrainer trainer(benchData(), config);
    for (int i = 0; i < 20; ++i) trainer.step();
    for (auto _ : state) trainer.step();
    state.counters["steps/s"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TwinThreads)
    ->ArgNames({"threads", "networks"})
    ->Args({1, 2})
    ->Args({2, 2})
    ->Args({1, 3})
    ->Args({2, 3})
    ->MinTime(3.0)
    ->Unit(benchmark::kMicrosecond);

// The machine's 1-minute load average: a speedup figure means little
// without it on a shared machine.
double loadAverage() {
    double load = 0;
    return getloadavg(&load, 1) == 1 ? load : -1.0;
}

// Parallel over sequential stepping as one ratio: the same run stepped in
// alternating blocks of 100 steps (an evaluation in each) by a one-thread and
// a two-thread trainer, so a change in the machine's load hits both alike.
// Networks 2 (twins) or 3 (with noisy BN); landscape 1 adds the ICS and
// smoothness probes at every checkpoint, as the bn-noisy preset has them.
void BM_TwinParallelSpeedup(benchmark::State& state) {
    TwinConfig config = bnPaper(true);
    config.noisyBn = state.range(0) == 3;
    config.landscapeProbes = state.range(1) != 0;
    const double loadBefore = loadAverage();
    config.threads = 1;
    TwinTrainer sequential(benchData(), config);
    config.threads = 2;
    TwinTrainer parallel(benchData(), config);
    using Clock = std::chrono::steady_clock;
    double sequentialSeconds = 0, parallelSeconds = 0;
    const auto block = [](TwinTrainer& trainer) {
        const auto start = Clock::now();
        for (int i = 0; i < 100; ++i) trainer.step();
        return std::chrono::duration<double>(Clock::now() - start).count();
    };
    for (auto _ : state) {
        sequentialSeconds += block(sequential);
        parallelSeconds += block(parallel);
    }
    state.counters["speedup"] = sequentialSeconds / parallelSeconds;
    state.counters["sequential_steps/s"] = 100.0 * state.iterations() / sequentialSeconds;
    state.counters["parallel_steps/s"] = 100.0 * state.iterations() / parallelSeconds;
    state.counters["load_before"] = loadBefore;
    state.counters["load_after"] = loadAverage();
}
BENCHMARK(BM_TwinParallelSpeedup)
    ->ArgNames({"networks", "landscape"})
    ->Args({2, 0})
    ->Args({3, 0})
    ->Args({3, 1})
    ->Iterations(20)
    ->Unit(benchmark::kMillisecond);

// One snapshot as the GUI takes it ~30 times a second.
void BM_TwinSnapshot(benchmark::State& state) {
    TwinTrainer trainer(benchData(), bnPaper(true));
    for (int i = 0; i < 1000; ++i) trainer.step();
    for (auto _ : state) benchmark::DoNotOptimize(trainer.snapshot());
}
BENCHMARK(BM_TwinSnapshot)->Unit(benchmark::kMicrosecond);

// Both twins on all 10,000 test images, mirrors built; the counter says how
// many twin training steps one evaluation costs.
void BM_TwinEvaluation(benchmark::State& state) {
    TwinConfig config = bnPaper(false);
    config.evalInterval = 1 << 30;
    TwinTrainer trainer(benchData(), config);
    RunProfile profile;
    trainer.setProfile(&profile);
    for (int i = 0; i < 300; ++i) trainer.step();
    trainer.evaluate();
    const PhaseTime training = profile.phase(RunPhase::Training);
    for (auto _ : state) trainer.evaluate();
    const PhaseTime evaluation = profile.phase(RunPhase::Evaluation);
    state.counters["steps_per_eval"] =
        (evaluation.cpuSeconds / evaluation.count) / (training.cpuSeconds / training.count);
}
BENCHMARK(BM_TwinEvaluation)->Unit(benchmark::kMillisecond);

// A 1,000-step bn-paper twin run as the CLI runs it (probes every step, both
// twins evaluated every 200 steps, the preset's interval): the share of its
// CPU time per phase.
void BM_TwinRunShares(benchmark::State& state) {
    RunProfile profile;
    TwinConfig config = bnPaper(true);
    config.evalInterval = 200;
    for (auto _ : state) {
        TwinTrainer trainer(benchData(), config);
        trainer.setProfile(&profile);
        for (int i = 0; i < 1000; ++i) trainer.step();
    }
    const double training = profile.phase(RunPhase::Training).cpuSeconds;
    const double evaluation = profile.phase(RunPhase::Evaluation).cpuSeconds;
    const double probes = profile.phase(RunPhase::Probes).cpuSeconds;
    const double total = training + evaluation + probes;
    state.counters["training_share"] = training / total;
    state.counters["evaluation_share"] = evaluation / total;
    state.counters["probe_share"] = probes / total;
}
BENCHMARK(BM_TwinRunShares)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
