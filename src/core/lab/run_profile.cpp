#include "core/lab/run_profile.h"

#include <time.h>

#include "core/enum_names.h"

namespace normlab::core {

namespace {

double clockSeconds(clockid_t clock) {
    timespec t{};
    clock_gettime(clock, &t);
    return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

constexpr EnumNames<RunPhase, kRunPhaseCount> kPhaseNames{{{RunPhase::DataLoading, "data loading"},
                                                           {RunPhase::Training, "training steps"},
                                                           {RunPhase::Evaluation, "evaluation"},
                                                           {RunPhase::Probes, "probes/histograms"},
                                                           {RunPhase::Snapshots, "snapshots"},
                                                           {RunPhase::Output, "output"}}};

}  // namespace

std::string toString(RunPhase phase) { return enumName(kPhaseNames, phase); }

double threadCpuSeconds() { return clockSeconds(CLOCK_THREAD_CPUTIME_ID); }
double processCpuSeconds() { return clockSeconds(CLOCK_PROCESS_CPUTIME_ID); }

void RunProfile::add(RunPhase phase, double wallSeconds, double cpuSeconds, std::int64_t count) {
    const std::lock_guard lock(mutex_);
    PhaseTime& p = phases_[static_cast<std::size_t>(phase)];
    p.wallSeconds += wallSeconds;
    p.cpuSeconds += cpuSeconds;
    p.count += count;
}

PhaseTime RunProfile::phase(RunPhase phase) const {
    const std::lock_guard lock(mutex_);
    return phases_[static_cast<std::size_t>(phase)];
}

void RunProfile::setSweepSchedule(const SweepSchedule& schedule) {
    const std::lock_guard lock(mutex_);
    schedule_ = schedule;
}

SweepSchedule RunProfile::sweepSchedule() const {
    const std::lock_guard lock(mutex_);
    return schedule_;
}

PhaseTimer::PhaseTimer(RunProfile* profile, RunPhase phase) : profile_(profile), phase_(phase) {
    if (profile_ == nullptr) return;
    wallStart_ = std::chrono::steady_clock::now();
    cpuStart_ = threadCpuSeconds();
}

PhaseTimer::~PhaseTimer() {
    if (profile_ == nullptr) return;
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - wallStart_).count();
    profile_->add(phase_, wall, threadCpuSeconds() - cpuStart_);
}

}  // namespace normlab::core
