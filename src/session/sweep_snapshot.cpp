#include "session/sweep_snapshot.h"

namespace normlab::session {

int SweepSnapshot::count(SweepPointState state) const {
    int n = 0;
    for (const SweepPointStatus& p : points)
        if (p.state == state) ++n;
    return n;
}

double SweepSnapshot::progress() const {
    double done = 0;
    for (const SweepPointStatus& p : points) {
        if (p.state == SweepPointState::Running) done += p.fraction;
        if (p.state != SweepPointState::Pending && p.state != SweepPointState::Running) done += 1;
    }
    return done;
}

bool SweepSnapshot::finished(int index) const {
    if (index < 0 || index >= size()) return false;
    const SweepPointStatus& p = points[static_cast<std::size_t>(index)];
    return p.state == SweepPointState::Finished && p.outcome.has_value();
}

const core::BatchSizeResult* SweepSnapshot::batchResult(int index) const {
    if (!finished(index)) return nullptr;
    return std::get_if<core::BatchSizeResult>(&*points[static_cast<std::size_t>(index)].outcome);
}

const core::InitSweepResult* SweepSnapshot::initResult(int index) const {
    if (!finished(index)) return nullptr;
    return std::get_if<core::InitSweepResult>(&*points[static_cast<std::size_t>(index)].outcome);
}

const BatchSweepRun* SweepSnapshot::batchRun(int index) const {
    if (index < 0 || index >= static_cast<int>(plan.size())) return nullptr;
    return std::get_if<BatchSweepRun>(&plan[static_cast<std::size_t>(index)]);
}

std::vector<BatchSweepRun> SweepSnapshot::batchRuns() const {
    std::vector<BatchSweepRun> runs;
    for (const SweepPlanEntry& e : plan)
        if (const auto* run = std::get_if<BatchSweepRun>(&e)) runs.push_back(*run);
    return runs;
}

SweepWork batchSweepWork(const std::shared_ptr<const core::Dataset>& data,
                         const std::vector<BatchSweepRun>& runs) {
    SweepWork work;
    for (const BatchSweepRun& run : runs) {
        work.plan.emplace_back(run);
        work.tasks.push_back(batchSweepTask(data, run));
    }
    return work;
}

SweepWork initSweepWork(const std::shared_ptr<const core::Dataset>& data,
                        const core::TwinConfig& twin, std::int64_t steps,
                        const std::vector<InitSweepStdPoint>& points) {
    SweepWork work;
    for (const InitSweepStdPoint& point : points) {
        work.plan.emplace_back(point);
        work.tasks.push_back(initSweepTask(data, twin, steps, point));
    }
    return work;
}

}  // namespace normlab::session
