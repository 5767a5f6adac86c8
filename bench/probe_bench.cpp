// Cost of probing one layer per step: the bn-paper layer is 60 x 100.

#include <benchmark/benchmark.h>

#include <random>

#include "core/probe/affine_summary.h"
#include "core/probe/histogram.h"
#include "core/probe/layer_stats.h"

namespace {

using normlab::core::Matrix;

Matrix<float> normalBatch(int rows, int cols) {
    std::mt19937 engine(7);
    std::normal_distribution<float> normal(0.5f, 2.0f);
    Matrix<float> z(rows, cols);
    for (Eigen::Index i = 0; i < z.size(); ++i) z.data()[i] = normal(engine);
    return z;
}

void BM_SummarizeLayer(benchmark::State& state) {
    const Matrix<float> z = normalBatch(static_cast<int>(state.range(0)), 100);
    normlab::core::ProbeScratch scratch;
    normlab::core::LayerStatsOptions options;
    options.histogram = state.range(1) != 0;
    for (auto _ : state) {
        auto stats = normlab::core::summarizeLayer(z, normlab::core::ProbeActivation::Sigmoid,
                                                   options, scratch);
        benchmark::DoNotOptimize(stats);
    }
    state.SetItemsProcessed(state.iterations() * z.size());
}
BENCHMARK(BM_SummarizeLayer)
    ->ArgNames({"batch", "hist"})
    ->Args({60, 1})
    ->Args({60, 0})
    ->Args({256, 1});

// The twin's per-step binning: one layer's values into its 40 growing bins.
void BM_HistogramAdd(benchmark::State& state) {
    const Matrix<float> z = normalBatch(60, 100);
    normlab::core::Histogram h = normlab::core::Histogram::uniform(static_cast<int>(state.range(0)),
                                                                   z.minCoeff(), z.maxCoeff());
    const std::span<const float> values(z.data(), static_cast<std::size_t>(z.size()));
    for (auto _ : state) {
        h.add(values);
        benchmark::DoNotOptimize(h.counts.data());
    }
    state.SetItemsProcessed(state.iterations() * z.size());
}
BENCHMARK(BM_HistogramAdd)->ArgName("bins")->Arg(40)->Arg(400);

void BM_SummarizeUnit(benchmark::State& state) {
    const Matrix<float> z = normalBatch(60, 100);
    normlab::core::ProbeScratch scratch;
    const normlab::core::LayerStatsOptions options;
    for (auto _ : state) {
        auto stats = normlab::core::summarizeUnit(z, 99, normlab::core::ProbeActivation::Sigmoid,
                                                  options, scratch);
        benchmark::DoNotOptimize(stats);
    }
}
BENCHMARK(BM_SummarizeUnit);

void BM_SummarizeAffine(benchmark::State& state) {
    const Matrix<float> gamma = normalBatch(1, 100);
    normlab::core::ProbeScratch scratch;
    for (auto _ : state) {
        auto s = normlab::core::summarizeAffine({gamma.data(), 100}, {}, scratch);
        benchmark::DoNotOptimize(s);
    }
}
BENCHMARK(BM_SummarizeAffine);

}  // namespace
