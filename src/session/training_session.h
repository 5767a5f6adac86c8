#pragma once
// A training run steered from the GUI thread: one TrainingWorker on its own
// QThread, controlled through atomics and queued commands, publishing
// snapshots at a bounded rate through one coalesced signal.

#include <QObject>
#include <QString>
#include <QThread>
#include <cstdint>
#include <memory>

#include "session/training_worker.h"

namespace normlab::session {

using SnapshotPtr = std::shared_ptr<const core::Snapshot>;

class TrainingSession : public QObject {
    Q_OBJECT
  public:
    // The factory is called on the worker thread (now, and on each reset).
    explicit TrainingSession(ExperimentFactory factory, QObject* parent = nullptr);
    // Stops the worker and waits for it.
    ~TrainingSession() override;

    void play();
    void pause();
    void togglePlaying();
    [[nodiscard]] bool isPlaying() const;
    // Runs `count` steps, then pauses.
    void step(std::int64_t count = 1);
    // Runs one epoch's worth of steps (one step if the epoch size is unknown).
    void stepEpoch();
    // 0 = full speed; n > 0 = n steps per displayed frame (slow motion).
    void setStepsPerFrame(int steps);
    [[nodiscard]] int stepsPerFrame() const { return stepsPerFrame_; }
    // While playing, pause once at `steps` steps into a run (0 = never).
    void setPauseAtStep(std::int64_t steps);
    // Minimum time between published snapshots (default 33 ms, about 30/s).
    void setPublishIntervalMs(int ms);

    // Applied on the worker thread between two steps, in posting order.
    // Commands of one alternative not yet applied are coalesced to the newest.
    void post(Command command);
    // The commands the current experiment took since it was built (see replay()).
    [[nodiscard]] CommandLog commandLog() const;
    // Rebuilds the experiment on the worker thread; an empty factory reuses
    // the last one that worked. If the factory throws, the running experiment is kept and
    // failed() is emitted.
    void reset(ExperimentFactory factory = {});

    // Stops the worker and joins its thread; returns within about a second.
    void stop();
    [[nodiscard]] bool isStopped() const { return worker_ == nullptr; }

    [[nodiscard]] SnapshotPtr latest() const;
    [[nodiscard]] double stepsPerSecond() const;
    [[nodiscard]] std::int64_t stepsPerEpoch() const;
    [[nodiscard]] QString datasetName() const;

  Q_SIGNALS:
    // At most one frame is in flight; a slow receiver sees the newest only.
    void snapshotReady(normlab::session::SnapshotPtr snapshot);
    void playingChanged(bool playing);
    // A non-finite loss or parameter; the session has paused.
    void diverged(qint64 step, QString message);
    // Playing reached the setPauseAtStep() step; the session has paused.
    void pauseStepReached(qint64 step);
    void failed(QString message);
    // The experiment refused a posted command and goes on as it was.
    void commandRefused(normlab::core::CommandRefusal refusal);
    void experimentRebuilt();

  private:
    void onFrameReady();

    QThread thread_;
    TrainingWorker* worker_ = nullptr;
    SnapshotPtr last_;
    int stepsPerFrame_ = 0;
};

}  // namespace normlab::session
