#include "session/training_session.h"

#include <utility>

namespace normlab::session {

TrainingSession::TrainingSession(ExperimentFactory factory, QObject* parent) : QObject(parent) {
    worker_ = new TrainingWorker(std::move(factory));
    worker_->moveToThread(&thread_);
    thread_.setObjectName(QStringLiteral("normlab-training"));
    connect(&thread_, &QThread::started, worker_, &TrainingWorker::run);
    connect(worker_, &TrainingWorker::frameReady, this, &TrainingSession::onFrameReady,
            Qt::QueuedConnection);
    connect(worker_, &TrainingWorker::divergedAt, this, &TrainingSession::diverged,
            Qt::QueuedConnection);
    connect(
        worker_, &TrainingWorker::paused, this, [this] { Q_EMIT playingChanged(false); },
        Qt::QueuedConnection);
    connect(worker_, &TrainingWorker::failed, this, &TrainingSession::failed, Qt::QueuedConnection);
    connect(worker_, &TrainingWorker::commandRefused, this, &TrainingSession::commandRefused,
            Qt::QueuedConnection);
    connect(worker_, &TrainingWorker::pauseStepReached, this, &TrainingSession::pauseStepReached,
            Qt::QueuedConnection);
    connect(worker_, &TrainingWorker::experimentRebuilt, this, &TrainingSession::experimentRebuilt,
            Qt::QueuedConnection);
    thread_.start();
}

TrainingSession::~TrainingSession() { stop(); }

void TrainingSession::play() {
    if (!worker_ || worker_->isPlaying()) return;
    worker_->setPlaying(true);
    Q_EMIT playingChanged(true);
}

void TrainingSession::pause() {
    if (!worker_) return;
    // Also ends a run of steps in progress (a Shift+Step epoch).
    const bool wasPlaying = worker_->isPlaying();
    worker_->setPlaying(false);
    if (wasPlaying) Q_EMIT playingChanged(false);
}

void TrainingSession::togglePlaying() { isPlaying() ? pause() : play(); }

bool TrainingSession::isPlaying() const { return worker_ && worker_->isPlaying(); }

void TrainingSession::step(std::int64_t count) {
    if (!worker_) return;
    const bool wasPlaying = worker_->isPlaying();
    worker_->addSteps(count);
    if (wasPlaying) Q_EMIT playingChanged(false);
}

void TrainingSession::stepEpoch() {
    const std::int64_t perEpoch = stepsPerEpoch();
    step(perEpoch > 0 ? perEpoch : 1);
}

void TrainingSession::setStepsPerFrame(int steps) {
    stepsPerFrame_ = steps < 0 ? 0 : steps;
    if (worker_) worker_->setStepsPerFrame(stepsPerFrame_);
}

void TrainingSession::setPauseAtStep(std::int64_t steps) {
    if (worker_) worker_->setPauseAtStep(steps);
}

void TrainingSession::setPublishIntervalMs(int ms) {
    if (worker_) worker_->setPublishIntervalMs(ms < 1 ? 1 : ms);
}

void TrainingSession::post(Command command) {
    if (worker_) worker_->post(std::move(command));
}

CommandLog TrainingSession::commandLog() const { return worker_ ? worker_->commandLog() : CommandLog{}; }

void TrainingSession::reset(ExperimentFactory factory) {
    if (worker_) worker_->requestReset(std::move(factory));
}

void TrainingSession::stop() {
    if (!worker_) return;
    const bool wasPlaying = worker_->isPlaying();
    worker_->requestStop();  // sets the flag and wakes a parked worker
    worker_->waitUntilFinished();
    // run() has quit its own thread; this only joins it.
    thread_.wait();
    last_ = worker_->peekLatest();
    // The thread has finished, so the worker can be deleted from here.
    delete worker_;
    worker_ = nullptr;
    if (wasPlaying) Q_EMIT playingChanged(false);
}

SnapshotPtr TrainingSession::latest() const { return worker_ ? worker_->peekLatest() : last_; }

double TrainingSession::stepsPerSecond() const { return worker_ ? worker_->stepsPerSecond() : 0.0; }

std::int64_t TrainingSession::stepsPerEpoch() const {
    return worker_ ? worker_->stepsPerEpoch() : 0;
}

QString TrainingSession::datasetName() const {
    return worker_ ? worker_->datasetName() : QString();
}

void TrainingSession::onFrameReady() {
    if (!worker_) return;
    SnapshotPtr snapshot = worker_->takeLatest();
    if (snapshot) Q_EMIT snapshotReady(std::move(snapshot));
}

}  // namespace normlab::session
