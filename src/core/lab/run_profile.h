#pragma once
// Where a run's time goes: wall and CPU seconds per phase (data loading,
// training steps, evaluation, probes, snapshots, output), added up from any
// number of threads. A null profile costs one branch per timed section.

#include <array>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>

namespace normlab::core {

enum class RunPhase { DataLoading, Training, Evaluation, Probes, Snapshots, Output };
inline constexpr int kRunPhaseCount = 6;
[[nodiscard]] std::string toString(RunPhase phase);

struct PhaseTime {
    double wallSeconds = 0;
    double cpuSeconds = 0;  // of the thread that ran the section
    std::int64_t count = 0;
};

// The calling thread's CPU time in seconds.
[[nodiscard]] double threadCpuSeconds();
// The whole process's CPU time (every thread) in seconds.
[[nodiscard]] double processCpuSeconds();

// How a sweep's points filled its workers.
struct SweepSchedule {
    int workers = 0;
    int points = 0;
    double spanSeconds = 0;   // first point started to last point ended
    double pointSeconds = 0;  // the points' wall times added up
    // From the moment a worker first found nothing left to run until the
    // last point ended: the part of the sweep that ran on fewer workers.
    double tailSeconds = 0;
    [[nodiscard]] double busyFraction() const {
        return workers > 0 && spanSeconds > 0 ? pointSeconds / (workers * spanSeconds) : 0;
    }
};

class RunProfile {
  public:
    void add(RunPhase phase, double wallSeconds, double cpuSeconds, std::int64_t count = 1);
    [[nodiscard]] PhaseTime phase(RunPhase phase) const;
    void setSweepSchedule(const SweepSchedule& schedule);
    [[nodiscard]] SweepSchedule sweepSchedule() const;  // workers == 0: not a sweep

  private:
    mutable std::mutex mutex_;
    std::array<PhaseTime, kRunPhaseCount> phases_{};
    SweepSchedule schedule_;
};

// Times one section into `profile` (nothing when it is null).
class PhaseTimer {
  public:
    PhaseTimer(RunProfile* profile, RunPhase phase);
    ~PhaseTimer();
    PhaseTimer(const PhaseTimer&) = delete;
    PhaseTimer& operator=(const PhaseTimer&) = delete;

  private:
    RunProfile* profile_;
    RunPhase phase_;
    std::chrono::steady_clock::time_point wallStart_;
    double cpuStart_ = 0;
};

}  // namespace normlab::core
