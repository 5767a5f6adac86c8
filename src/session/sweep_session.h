#pragma once
// A sweep as a session: points go to a SweepRunner's pool, and the session
// publishes immutable SweepSnapshots the way TrainingWorker publishes
// training snapshots: into a latest slot, with one coalesced signal at most
// every publish interval (about 30 a second), which the receiver answers
// with takeLatest(). The window, the init-std panel and the command line
// all run their sweeps through it.
//
// Lives in the thread that made it (the GUI thread, or a thread without an
// event loop for the command line, which waits instead of listening).

#include <QObject>
#include <QTimer>
#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

#include "session/sweep_runner.h"
#include "session/sweep_snapshot.h"

namespace normlab::session {

class SweepSession : public QObject {
    Q_OBJECT
  public:
    // At most `workers` points at once; 0 = SweepRunner::defaultWorkerCount().
    explicit SweepSession(int workers = 0, QObject* parent = nullptr);
    // Cancels and joins every point.
    ~SweepSession() override;

    // Queues the work behind the points already there. Returns the index of
    // the first new point.
    int add(SweepWork work);
    // Points finished earlier (read from a file): shown, never run again.
    void restore(std::vector<SweepPlanEntry> plan, std::vector<SweepOutcome> outcomes);
    // Cancels, joins and forgets every point: the next add() starts afresh.
    void clear();
    // Running points stop at their next step, queued ones are dropped;
    // finished points keep their results.
    void cancel();
    // Blocks until nothing is queued or running.
    void wait();
    [[nodiscard]] bool isIdle() const;
    [[nodiscard]] int workerLimit() const { return runner_->workerLimit(); }
    // The pool itself, for a caller without an event loop that wants each
    // point's progress as it happens (connect with Qt::DirectConnection).
    [[nodiscard]] SweepRunner& runner() { return *runner_; }

    // The newest snapshot; re-arms snapshotReady().
    SweepSnapshotPtr takeLatest();
    // A snapshot of this moment (built now, not the published one).
    [[nodiscard]] SweepSnapshotPtr snapshot() const;
    void setPublishIntervalMs(int ms);
    // Publishes now (a test hook, and what idle() does before it is emitted).
    void publishNow();

  Q_SIGNALS:
    // At most one queued at a time; answer it with takeLatest().
    void snapshotReady();
    // Nothing queued or running any more (after the last snapshot).
    void idle();

  private:
    void connectRunner();
    void schedulePublish();

    std::unique_ptr<SweepRunner> runner_;
    std::vector<SweepPlanEntry> plan_;
    const int workers_;
    bool cancelling_ = false;
    int generation_ = 0;
    QTimer publishTimer_;
    mutable std::mutex mutex_;  // guards latest_
    SweepSnapshotPtr latest_;
    std::atomic<bool> signalPending_{false};
};

}  // namespace normlab::session
