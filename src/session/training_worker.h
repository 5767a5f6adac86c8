#pragma once
// The object that owns a running experiment. It lives on its own thread: the
// experiment is built, stepped and destroyed there, and everything the GUI
// thread may touch is either atomic or guarded by `mutex_`.

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "core/lab/experiment.h"
#include "session/command_log.h"

namespace normlab::session {

// A change applied to the experiment between two steps (learning rate, ...).
using Command = core::LabCommand;

class TrainingWorker : public QObject {
    Q_OBJECT
  public:
    explicit TrainingWorker(ExperimentFactory factory);
    ~TrainingWorker() override;

    // --- called from any thread ---
    void setPlaying(bool playing);
    [[nodiscard]] bool isPlaying() const { return playing_.load(); }
    void addSteps(std::int64_t count);
    // 0 = as fast as possible; n > 0 = n steps per publish interval.
    void setStepsPerFrame(int steps);
    // While playing, pause once when the run reaches `steps` steps (a
    // preset's budget); 0 = never. Play continues past it.
    void setPauseAtStep(std::int64_t steps) { pauseAt_.store(steps < 0 ? 0 : steps); }
    void setPublishIntervalMs(int ms) { publishIntervalMs_.store(ms); }
    // Commands of one alternative still waiting when the worker gets to them
    // are coalesced: only the newest is applied (a dragged slider's last value).
    void post(Command command);
    // The commands applied since the experiment was last built, in order.
    [[nodiscard]] CommandLog commandLog() const;
    // An empty factory rebuilds with the last one that worked.
    void requestReset(ExperimentFactory factory);
    void requestStop();
    // Blocks until run() has returned (after requestStop()).
    void waitUntilFinished();
    // Takes the newest snapshot and re-arms the coalesced signal.
    std::shared_ptr<const core::Snapshot> takeLatest();
    [[nodiscard]] std::shared_ptr<const core::Snapshot> peekLatest() const;
    [[nodiscard]] double stepsPerSecond() const { return stepsPerSecond_.load(); }
    [[nodiscard]] std::int64_t stepsPerEpoch() const { return stepsPerEpoch_.load(); }
    [[nodiscard]] QString datasetName() const;

  public Q_SLOTS:
    // The worker loop; returns when a stop is requested.
    void run();

  Q_SIGNALS:
    // At most one of these is queued at a time; the receiver calls takeLatest().
    void frameReady();
    void divergedAt(qint64 step, QString message);
    // The worker paused by itself (a step(n) finished, or divergence).
    void paused();
    // Playing reached the pause-at step and paused (paused() follows).
    void pauseStepReached(qint64 step);
    void failed(QString message);
    // The experiment refused a posted command; the run goes on unchanged.
    void commandRefused(normlab::core::CommandRefusal refusal);
    void experimentRebuilt();

  private:
    void waitForWork();
    void applyPending();
    void rebuild(const ExperimentFactory& factory);
    // Publishes `snapshot`, or a fresh one when it is null.
    void publish(std::shared_ptr<const core::Snapshot> snapshot = {});
    std::shared_ptr<const core::Snapshot> timedSnapshot();
    // Takes one step off the pending count; returns the count before.
    std::int64_t countOffStep();
    void updateRate();

    // Only touched on the worker thread.
    std::unique_ptr<core::Experiment> experiment_;
    ExperimentFactory factory_;
    QElapsedTimer publishClock_;
    QElapsedTimer rateClock_;
    std::int64_t stepsSinceRate_ = 0;
    // The divergence last reported, so one that stays does not pause again.
    bool divergenceReported_ = false;
    std::string reportedDivergence_;
    bool dirty_ = false;           // state changed since the last publish
    std::int64_t checkEvery_ = 1;  // steps between divergence checks
    std::int64_t sinceCheck_ = 0;
    std::int64_t stepsTaken_ = 0;  // since the experiment was built
    double snapshotCostNs_ = 0.0;

    // Shared with the controlling thread.
    std::atomic<bool> stop_{false};
    std::atomic<bool> playing_{false};
    std::atomic<std::int64_t> stepsToRun_{0};
    std::atomic<int> stepsPerFrame_{0};
    std::atomic<int> publishIntervalMs_{33};
    std::atomic<bool> hasPending_{false};  // commands or a reset waiting
    std::atomic<bool> signalPending_{false};
    std::atomic<double> stepsPerSecond_{0.0};
    std::atomic<std::int64_t> stepsPerEpoch_{0};
    std::atomic<std::int64_t> pauseAt_{0};

    // std primitives rather than QMutex/QWaitCondition: ThreadSanitizer
    // intercepts pthreads but cannot see inside an uninstrumented QtCore.
    mutable std::mutex mutex_;  // guards everything below
    std::condition_variable wake_;
    struct Pending {
        // A live change, or a rebuild; one queue keeps their order.
        std::optional<Command> command;
        bool isReset = false;
        ExperimentFactory factory;  // empty: rebuild with the last good one
    };
    std::deque<Pending> pending_;
    bool finished_ = false;
    CommandLog log_;
    std::shared_ptr<const core::Snapshot> latest_;
    QString datasetName_;
};

}  // namespace normlab::session
