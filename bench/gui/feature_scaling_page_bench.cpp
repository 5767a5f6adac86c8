// What a frame costs on screen in the feature-scaling lab: the page takes a
// snapshot with new surfaces (a data slider moved) or only longer paths (a
// run animating) and repaints, at a classroom size with normal and
// presentation fonts. The engine's share is in scaling_bench.cpp.

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QFont>

#include "app/labs/feature_scaling/feature_scaling_page.h"
#include "core/lab/scaling_comparison.h"

namespace {

using normlab::app::FeatureScalingPage;
using normlab::core::ScalingComparison;
using normlab::core::ScalingComparisonConfig;

ScalingComparisonConfig frameConfig(double correlation) {
    ScalingComparisonConfig c;
    c.data.correlation = correlation;
    c.gridSize = 200;
    c.levels = 15;
    return c;
}

// Two labs a data slider apart, each run for 200 steps.
std::shared_ptr<const normlab::core::Snapshot> snapshotAt(double correlation) {
    ScalingComparison lab(frameConfig(correlation));
    for (int i = 0; i < 200; ++i) lab.step();
    return lab.snapshot();
}

// state.range(0): the font scale in percent (100 normal, 150 presentation).
struct ShownPage {
    explicit ShownPage(benchmark::State& state) {
        QFont font = normal;
        font.setPointSizeF(normal.pointSizeF() * static_cast<double>(state.range(0)) / 100.0);
        QApplication::setFont(font);
        page.resize(1280, 740);
        page.show();
        QApplication::processEvents();
    }
    ~ShownPage() { QApplication::setFont(normal); }
    // What the event loop does after a render: the charts' scenes hand on
    // their updates, layouts settle and whatever changed is painted.
    static void drawFrame() { QApplication::processEvents(); }
    const QFont normal = QApplication::font();
    FeatureScalingPage page;
};

void BM_FeatureScalingPageNewSurfaces(benchmark::State& state) {
    ShownPage shown(state);
    const std::array snapshots{snapshotAt(0.4), snapshotAt(0.5)};
    std::size_t flip = 0;
    for (auto _ : state) {
        shown.page.render(snapshots[flip++ % 2]);
        shown.drawFrame();
    }
    state.SetLabel(shown.page.isCompact() ? "compact" : "wide");
}
BENCHMARK(BM_FeatureScalingPageNewSurfaces)->Arg(100)->Arg(150)->Unit(benchmark::kMillisecond);

// A run animating: the surfaces stay, the paths grow by a step each frame.
void BM_FeatureScalingPageLongerPaths(benchmark::State& state) {
    ShownPage shown(state);
    ScalingComparison lab(frameConfig(0.5));
    for (auto _ : state) {
        state.PauseTiming();
        lab.step();
        const auto snapshot = lab.snapshot();
        state.ResumeTiming();
        shown.page.render(snapshot);
        shown.drawFrame();
    }
    state.SetLabel(shown.page.isCompact() ? "compact" : "wide");
}
BENCHMARK(BM_FeatureScalingPageLongerPaths)->Arg(100)->Arg(150)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
    // Pixels are drawn in memory: the figures do not depend on a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
