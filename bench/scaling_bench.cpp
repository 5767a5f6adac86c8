// What one slider change costs in the feature-scaling lab: the three grids,
// contour lines and paths recomputed, which must fit in one 16 ms frame.

#include <benchmark/benchmark.h>

#include "core/lab/scaling_comparison.h"

namespace {

using normlab::core::ScalingComparison;
using normlab::core::ScalingComparisonConfig;

ScalingComparisonConfig frameConfig(int samples) {
    ScalingComparisonConfig c;
    c.data.samples = samples;
    c.data.correlation = 0.5;
    c.gridSize = 200;
    c.levels = 15;
    return c;
}

// A data slider (correlation), as the app does it: the session builds a new
// comparison from the page's settings (new data, three scalers, three
// Hessians, three 200x200 grids with 15 contour levels each) and publishes
// its first snapshot.
void BM_ScalingDataSliderFrame(benchmark::State& state) {
    ScalingComparisonConfig c = frameConfig(static_cast<int>(state.range(0)));
    int flip = 0;
    for (auto _ : state) {
        c.data.correlation = (flip++ % 2 == 0) ? 0.4 : 0.5;
        ScalingComparison lab(c);
        benchmark::DoNotOptimize(lab.comparisonSnapshot());
    }
    state.SetLabel("200x200 grid, 15 levels, 3 plots");
}
BENCHMARK(BM_ScalingDataSliderFrame)->Arg(200)->Arg(2000)->Unit(benchmark::kMillisecond);

// The learning-rate slider: surfaces are kept, the three paths are replayed.
void BM_ScalingLearningRateSliderFrame(benchmark::State& state) {
    ScalingComparisonConfig c = frameConfig(200);
    c.batchSize = static_cast<int>(state.range(1));
    ScalingComparison lab(c);
    for (std::int64_t i = 0; i < state.range(0); ++i) lab.step();
    int flip = 0;
    for (auto _ : state) {
        lab.setLearningRate((flip++ % 2 == 0) ? 0.3 : 0.6);
        benchmark::DoNotOptimize(lab.comparisonSnapshot());
    }
}
BENCHMARK(BM_ScalingLearningRateSliderFrame)
    ->Args({1000, 0})
    ->Args({5000, 0})
    ->Args({1000, 32})
    ->Unit(benchmark::kMillisecond);

// The per-step cost while a run animates: one step of all three and a snapshot.
void BM_ScalingStepAndSnapshot(benchmark::State& state) {
    ScalingComparison lab(frameConfig(200));
    for (auto _ : state) {
        lab.step();
        benchmark::DoNotOptimize(lab.comparisonSnapshot());
    }
}
BENCHMARK(BM_ScalingStepAndSnapshot)->Unit(benchmark::kMicrosecond);

// The surface alone for one plot: 200x200 loss grid from the quadratic form,
// then 15 contour levels by marching squares, joined into polylines.
void BM_ScalingSurfaceOnePlot(benchmark::State& state) {
    ScalingComparison lab(frameConfig(200));
    const auto& loss = *lab.model(normlab::core::ScalingKind::None).loss;
    const auto window = normlab::core::frameWindow(loss, lab.config().start);
    for (auto _ : state) {
        const auto grid = normlab::core::evaluateLossGrid(loss, window, 200, 200);
        const auto levels = normlab::core::autoLevels(loss.minLoss(), grid.maxValue, 15);
        benchmark::DoNotOptimize(normlab::core::contourLines(grid, levels));
    }
}
BENCHMARK(BM_ScalingSurfaceOnePlot)->Unit(benchmark::kMillisecond);

}  // namespace
