// Drawing a batch runs every training step: gather 784-pixel rows from uint8
// storage (Fashion-MNIST) and from float storage.

#include <benchmark/benchmark.h>

#include "core/data/batch_iterator.h"
#include "core/data/dataset.h"

namespace {

using normlab::core::FeatureStore;

FeatureStore pixelStore(int rows, bool compact) {
    std::vector<std::uint8_t> bytes(static_cast<std::size_t>(rows) * 784);
    for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<std::uint8_t>(i * 31);
    FeatureStore store = FeatureStore::fromBytes(std::move(bytes), rows, 784, 1.0f / 255.0f);
    return compact ? store : FeatureStore::fromFloat(store.toFloat());
}

void BM_GatherBatch(benchmark::State& state) {
    const FeatureStore store = pixelStore(60000, state.range(1) != 0);
    normlab::core::BatchIterator batches(60000, 1);
    normlab::core::Matrix<float> out;
    const int batchSize = static_cast<int>(state.range(0));
    for (auto _ : state) {
        store.gather(batches.next(batchSize), out);
        benchmark::DoNotOptimize(out.data());
    }
    state.SetBytesProcessed(state.iterations() * batchSize * 784 * 4);
}
BENCHMARK(BM_GatherBatch)
    ->ArgNames({"batch", "uint8"})
    ->Args({60, 1})
    ->Args({60, 0})
    ->Args({256, 1});

}  // namespace
