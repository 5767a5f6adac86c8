// Loading Fashion-MNIST: inflating the gzip files in parallel, or reading the
// validated decoded cache. Skipped when dataset-fashion-mnist is not installed.

#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>

#include "core/data/idx_loader.h"

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
    const fs::path dir =
        fs::temp_directory_path() / ("normlab_bench_cache_" + std::to_string(getpid()));
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

}  // namespace
