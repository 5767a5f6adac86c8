#pragma once
// The plan of a batch-size sweep, the same in the window and on the command
// line: lr rules x BN settings x batch sizes x seeds (or batch sizes x the
// constant rates of an lr grid x BN settings x seeds), the lr x B map the
// window adds, and which planned points are already done.

#include <QList>
#include <cstdint>
#include <memory>
#include <vector>

#include "core/data/dataset.h"
#include "core/lab/batch_size_run.h"
#include "session/experiment_config.h"
#include "session/sweep_plan.h"
#include "session/sweep_runner.h"

namespace normlab::session {

struct BatchSweepPoint {
    int batchSize = 32;
    core::LearningRateRule lrRule = core::LearningRateRule::Linear;
    bool batchNorm = false;
    std::uint64_t seed = 1;
    double baseLr = 0;  // > 0: replaces the config's base_lr (an lr-grid point)

    [[nodiscard]] bool fromLrGrid() const { return baseLr > 0; }
    friend bool operator==(const BatchSweepPoint&, const BatchSweepPoint&) = default;
};

// A planned point with the complete run it trains (batch size and lr included).
struct BatchSweepRun {
    BatchSweepPoint point;
    core::BatchSizeRunConfig config;
};

// The config's lr_rule list, in the order written.
[[nodiscard]] std::vector<core::LearningRateRule> lrRulesOf(const ExperimentConfig& config);
// {false}, {true}, or {false, true} with bn and also_without_bn.
[[nodiscard]] std::vector<bool> bnSettingsOf(const ExperimentConfig& config);

// The network, data scaling, optimiser, base lr, budget and seed of a
// batch-size or norm-vs-batch run; the point supplies the rest.
[[nodiscard]] core::BatchSizeRunConfig batchSizeRunBaseFrom(const ExperimentConfig& config,
                                                            core::Shape input, int outputs);
// The above plus batch-sweep's learning curves.
[[nodiscard]] core::BatchSizeRunConfig batchSizeRunConfigFrom(const ExperimentConfig& config,
                                                              core::Shape input, int outputs);

// batch sizes x lr rules x BN settings x seeds, batch size major; with an
// lr_grid, batch sizes x grid rates x BN settings x seeds at those constant
// rates. BN is skipped at B = 1 (no batch variance).
[[nodiscard]] std::vector<BatchSweepPoint> batchSweepPoints(const ExperimentConfig& config);
// The window's lr x B map as a config the command line runs: the same
// settings with lr_grid = half decades 0.001 ... 1, one seed and the first
// BN setting.
[[nodiscard]] ExperimentConfig lrMapConfig(const ExperimentConfig& config);
[[nodiscard]] QList<double> lrMapRates();

[[nodiscard]] BatchSweepRun batchSweepRun(const core::BatchSizeRunConfig& base,
                                          const BatchSweepPoint& point);
// Every point's run; throws std::invalid_argument naming the first point that
// cannot run (a batch larger than the data, ...), so a bad sweep fails whole.
[[nodiscard]] std::vector<BatchSweepRun> batchSweepRuns(
    const std::shared_ptr<const core::Dataset>& data, const core::BatchSizeRunConfig& base,
    const std::vector<BatchSweepPoint>& points);
// `planned` without the runs already in `done`. With `sameRate`, a run counts
// as done when one with the same batch size, BN and seed trained at the same
// learning rate, whichever rule gave it (the map reuses sweep points);
// otherwise only the same point counts.
[[nodiscard]] std::vector<BatchSweepRun> notYetRun(std::vector<BatchSweepRun> planned,
                                                   const std::vector<BatchSweepRun>& done,
                                                   bool sameRate);

// Expected work of one batch-size run, in examples passed through the
// network (the SweepTask cost that orders a sweep longest first).
[[nodiscard]] double batchSweepPointCost(const core::Dataset& data,
                                         const core::BatchSizeRunConfig& config);
[[nodiscard]] SweepTask batchSweepTask(std::shared_ptr<const core::Dataset> data,
                                       const BatchSweepRun& run);

}  // namespace normlab::session
