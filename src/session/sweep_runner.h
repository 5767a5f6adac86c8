#pragma once
// Runs the points of a sweep (batch sizes x lr rules x BN x seeds, or init
// stds x seeds) on a small pool of worker threads. Each point is an
// independent, seeded run, so its result does not depend on which worker ran
// it or how many there were.
//
// Driving it from a widget: create it in the GUI thread and connect to its
// signals with the default (auto) connection. They are emitted from worker
// threads, so Qt queues them into the GUI thread; slots then read point(i).
// Never use a blocking-queued connection: wait() and the destructor join the
// workers. Call add(), cancel() and wait() from the owning thread, not from a
// slot running on a worker. Destroying the runner cancels and joins, so a
// page can own it.

#include <QObject>
#include <QString>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <variant>
#include <vector>

#include "core/lab/batch_size_run.h"
#include "core/lab/init_sweep_point.h"
#include "core/lab/run_control.h"

namespace normlab::session {

using SweepOutcome = std::variant<core::BatchSizeResult, core::InitSweepResult>;

// One point: a label for progress lines and a run that depends only on what
// it captured (its seed among it).
struct SweepTask {
    QString label;
    std::function<SweepOutcome(const core::RunControl&)> run;
    // Expected work in any unit the tasks of one sweep share. Workers take
    // the costliest queued point first (equal costs in the order added), so
    // the longest run does not start last and leave the other cores idle.
    double cost = 0;
};

enum class SweepPointState { Pending, Running, Finished, Cancelled, Failed };

struct SweepPointStatus {
    QString label;
    SweepPointState state = SweepPointState::Pending;
    double fraction = 0;                  // of the point's steps
    std::optional<SweepOutcome> outcome;  // Finished only
    QString error;                        // Failed only: the exception's message
    // Seconds since the runner was made; -1 until the point starts / ends.
    double startedAt = -1, endedAt = -1;
};

class SweepRunner : public QObject {
    Q_OBJECT

  public:
    // At most `workers` points run at once; 0 or less means defaultWorkerCount().
    explicit SweepRunner(int workers = 0, QObject* parent = nullptr);
    // Cancels what is still running and joins every worker.
    ~SweepRunner() override;
    SweepRunner(const SweepRunner&) = delete;
    SweepRunner& operator=(const SweepRunner&) = delete;

    // Cores - 1, at least 1: leaves a core for the window.
    [[nodiscard]] static int defaultWorkerCount();
    [[nodiscard]] int workerLimit() const { return workerLimit_; }
    // Points add their phase times here from now on (null: nowhere).
    void setProfile(core::RunProfile* profile);
    // Seconds since the runner was made at which a worker first found the
    // queue empty while other points still ran; -1 when that has not happened.
    [[nodiscard]] double firstIdleWorkerAt() const;

    // Queues points behind any already queued and starts workers as needed;
    // returns the index of the (first) new point. Earlier points, finished or
    // not, are left alone, so adding one more point runs only that point.
    int add(SweepTask task);
    int add(std::vector<SweepTask> tasks);
    // A point finished elsewhere (a result read from a file): it is shown
    // as Finished and never runs. Returns its index.
    int addFinished(const QString& label, SweepOutcome outcome);

    // Running points stop at their next step and queued ones are dropped
    // (both end Cancelled); finished points keep their results. Returns at
    // once; wait() to join. Points added afterwards run normally.
    void cancel();
    // Blocks until nothing is queued or running and every worker has exited.
    void wait();

    [[nodiscard]] bool isIdle() const;
    [[nodiscard]] int activeWorkers() const;
    [[nodiscard]] int pointCount() const;
    // Copies taken under the lock: safe from any thread at any time.
    [[nodiscard]] SweepPointStatus point(int index) const;
    [[nodiscard]] std::vector<SweepPointStatus> points() const;
    // The points and whether the runner is idle, read under one lock: read
    // one after the other, a point that ends in between shows as running in
    // a sweep that says it is idle.
    struct Progress {
        std::vector<SweepPointStatus> points;
        bool idle = true;
    };
    [[nodiscard]] Progress progress() const;

  Q_SIGNALS:
    void pointStarted(int index);
    // About every 1% of a point's steps.
    void pointProgress(int index, double fraction);
    // The point ended: Finished, Cancelled or Failed.
    void pointFinished(int index);
    // Nothing queued or running any more.
    void idle();

  private:
    // Nothing queued and nothing running; the caller holds mutex_.
    [[nodiscard]] bool idleLocked() const;
    struct Worker {
        std::thread thread;
        bool exited = false;
    };

    void startWorkers();  // with mutex_ held
    void workerLoop(Worker* self);
    void runPoint(int index);

    [[nodiscard]] double now() const;

    const int workerLimit_;
    const std::chrono::steady_clock::time_point created_ = std::chrono::steady_clock::now();
    mutable std::mutex mutex_;
    core::RunProfile* profile_ = nullptr;
    double firstIdleAt_ = -1;
    std::vector<SweepTask> tasks_;
    std::vector<SweepPointStatus> status_;
    std::deque<std::atomic<bool>> cancelFlags_;  // one per point; a deque keeps addresses stable
    std::deque<int> queue_;
    std::vector<std::unique_ptr<Worker>> workers_;
    int running_ = 0;  // workers that have not exited
};

}  // namespace normlab::session
