#pragma once
// One immutable picture of a sweep: what each point is (its plan entry) and
// where it stands (pending, running with its progress, finished with its
// result). Views render it; nothing in it changes after it is published.

#include <memory>
#include <variant>
#include <vector>

#include "core/lab/experiment.h"
#include "session/batch_sweep_plan.h"
#include "session/sweep_plan.h"
#include "session/sweep_runner.h"

namespace normlab::session {

// monostate: a point of a sweep that describes its points no further.
using SweepPlanEntry = std::variant<std::monostate, BatchSweepRun, InitSweepStdPoint>;

// A Snapshot, so a lab page's render() takes it like a training frame.
struct SweepSnapshot : core::Snapshot {
    std::vector<SweepPlanEntry> plan;  // plan[i] is points[i]
    std::vector<SweepPointStatus> points;
    int workerLimit = 1;
    bool idle = true;
    bool cancelling = false;  // cancel() was called and the sweep has not gone idle yet
    int generation = 0;       // counts clear(): a new number is a new sweep

    [[nodiscard]] int size() const { return static_cast<int>(points.size()); }
    [[nodiscard]] int count(SweepPointState state) const;
    // Points ended (finished, cancelled or failed) plus the running ones' fractions.
    [[nodiscard]] double progress() const;
    // A whole run with its result; cancelled points keep a partial one.
    [[nodiscard]] bool finished(int index) const;
    [[nodiscard]] const core::BatchSizeResult* batchResult(int index) const;
    [[nodiscard]] const core::InitSweepResult* initResult(int index) const;
    [[nodiscard]] const BatchSweepRun* batchRun(int index) const;
    // The planned batch runs, in point order.
    [[nodiscard]] std::vector<BatchSweepRun> batchRuns() const;
};

using SweepSnapshotPtr = std::shared_ptr<const SweepSnapshot>;

// Points to queue: tasks[i] runs plan[i] (an empty plan describes none).
struct SweepWork {
    std::vector<SweepPlanEntry> plan;
    std::vector<SweepTask> tasks;
};

[[nodiscard]] SweepWork batchSweepWork(const std::shared_ptr<const core::Dataset>& data,
                                       const std::vector<BatchSweepRun>& runs);
[[nodiscard]] SweepWork initSweepWork(const std::shared_ptr<const core::Dataset>& data,
                                      const core::TwinConfig& twin, std::int64_t steps,
                                      const std::vector<InitSweepStdPoint>& points);

}  // namespace normlab::session
