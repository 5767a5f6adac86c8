// A run's time outside the training kernels: loading Fashion-MNIST (inflating
// the gzip files in parallel, or reading the validated decoded cache), one
// evaluation of both BN twins on the test set, and the shares of a bn-paper
// twin run spent in training, evaluation and probes (from a RunProfile).
// Skipped when the dataset-fashion-mnist package is not installed.

#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <memory>

#include "core/data/idx_loader.h"
#include "core/lab/run_profile.h"
#include "core/lab/twin_trainer.h"

namespace {

using namespace normlab::core;
namespace fs = std::filesystem;

bool haveFashionMnist() {
    return fs::exists(fs::path(kFashionMnistDefaultDir) / "train-images-idx3-ubyte.gz");
}

// arg 0: inflate the gzip files; 1: read the decoded cache.
void BM_LoadFashionMnist(benchmark::State& state) {
    if (!haveFashionMnist()) {
        state.SkipWithError("dataset-fashion-mnist is not installed");
        return;
    }
    const bool cached = state.range(0) != 0;
    const fs::path dir = fs::temp_directory_path() / ("normlab_bench_cache_" + std::to_string(getpid()));
    if (cached) (void)loadFashionMnist(kFashionMnistDefaultDir, dir.string());  // builds it
    for (auto _ : state) {
        const Dataset d = loadFashionMnist(kFashionMnistDefaultDir, cached ? dir.string() : "");
        benchmark::DoNotOptimize(d.train.features.bytes().data());
    }
    fs::remove_all(dir);
}
BENCHMARK(BM_LoadFashionMnist)
    ->ArgName("cached")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

std::shared_ptr<const Dataset> fashionMnist() {
    static const auto data = std::make_shared<const Dataset>(loadFashionMnist());
    return data;
}

TwinConfig bnPaper() {
    TwinConfig c;
    c.network = NetworkSpec::mlp(Shape{1, 28, 28}, 3, 100, 10);
    c.network.activation = ActivationKind::Sigmoid;
    c.network.init = InitKind::Gaussian;
    c.network.initStd = 1.0;
    c.scaling = ScalingKind::MinMax;
    c.optimizer = {OptimizerKind::Sgd, 0.5};
    c.batchSize = 60;
    c.evalInterval = 100;
    return c;
}

// Both twins on all 10,000 test images; the counter says how many twin
// training steps one evaluation costs.
void BM_TwinEvaluation(benchmark::State& state) {
    if (!haveFashionMnist()) {
        state.SkipWithError("dataset-fashion-mnist is not installed");
        return;
    }
    TwinConfig config = bnPaper();
    config.evalInterval = 1 << 30;
    config.probes = false;
    TwinTrainer trainer(fashionMnist(), config);
    RunProfile profile;
    trainer.setProfile(&profile);
    for (int i = 0; i < 300; ++i) trainer.step();
    trainer.evaluate();  // the mirrors exist from here on
    const PhaseTime training = profile.phase(RunPhase::Training);
    for (auto _ : state) trainer.evaluate();
    const PhaseTime evaluation = profile.phase(RunPhase::Evaluation);
    state.counters["steps_per_eval"] = (evaluation.cpuSeconds / evaluation.count) /
                                       (training.cpuSeconds / training.count);
}
BENCHMARK(BM_TwinEvaluation)->Unit(benchmark::kMillisecond);

// A 1,000-step bn-paper twin run as the CLI runs it (probes every step, both
// twins evaluated every 100 steps): the share of its CPU time per phase.
void BM_TwinRunShares(benchmark::State& state) {
    if (!haveFashionMnist()) {
        state.SkipWithError("dataset-fashion-mnist is not installed");
        return;
    }
    RunProfile profile;
    for (auto _ : state) {
        TwinTrainer trainer(fashionMnist(), bnPaper());
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
