#include "session/training_worker.h"

#include <QThread>
#include <algorithm>
#include <cerrno>
#include <exception>
#include <iterator>
#include <set>

#ifdef __linux__
#include <sys/resource.h>
#include <unistd.h>
#endif
#include <utility>

namespace normlab::session {

namespace {
constexpr qint64 kRateWindowMs = 500;

// Drops every command that a later one of the same alternative replaces.
// Called on work after its last reset, so "later" never crosses a rebuild.
template <typename Item>
void coalesce(std::deque<Item>& work) {
    std::deque<Item> kept;
    std::set<std::pair<std::size_t, std::size_t>> seen;
    for (auto it = work.rbegin(); it != work.rend(); ++it) {
        if (it->command && !seen.insert(core::alternativeOf(*it->command)).second) continue;
        kept.push_front(std::move(*it));
    }
    work.swap(kept);
}
}  // namespace

TrainingWorker::TrainingWorker(ExperimentFactory factory) : factory_(std::move(factory)) {}

TrainingWorker::~TrainingWorker() = default;

void TrainingWorker::setPlaying(bool playing) {
    // Play and Pause both end a run of steps (Shift+Step, one epoch).
    stepsToRun_.store(0);
    playing_.store(playing);
    std::unique_lock lock(mutex_);
    wake_.notify_all();
}

std::int64_t TrainingWorker::countOffStep() {
    // Never below zero: Play or Pause may have cleared the count since this
    // step began, and a negative count would swallow the next Step.
    std::int64_t left = stepsToRun_.load();
    while (left > 0 && !stepsToRun_.compare_exchange_weak(left, left - 1)) {
    }
    return left;
}

void TrainingWorker::addSteps(std::int64_t count) {
    if (count <= 0) return;
    playing_.store(false);
    stepsToRun_.fetch_add(count);
    std::unique_lock lock(mutex_);
    wake_.notify_all();
}

void TrainingWorker::setStepsPerFrame(int steps) {
    stepsPerFrame_.store(steps < 0 ? 0 : steps);
    std::unique_lock lock(mutex_);
    wake_.notify_all();
}

void TrainingWorker::post(Command command) {
    std::unique_lock lock(mutex_);
    pending_.push_back({std::move(command), false, {}});
    hasPending_.store(true);
    wake_.notify_all();
}

void TrainingWorker::requestReset(ExperimentFactory factory) {
    std::unique_lock lock(mutex_);
    pending_.push_back({{}, true, std::move(factory)});
    hasPending_.store(true);
    wake_.notify_all();
}

void TrainingWorker::requestStop() {
    stop_.store(true);
    std::unique_lock lock(mutex_);
    wake_.notify_all();
}

std::shared_ptr<const core::Snapshot> TrainingWorker::takeLatest() {
    // Re-arm first: a frame published after this point must signal again.
    signalPending_.store(false);
    std::unique_lock lock(mutex_);
    return latest_;
}

CommandLog TrainingWorker::commandLog() const {
    std::unique_lock lock(mutex_);
    return log_;
}

std::shared_ptr<const core::Snapshot> TrainingWorker::peekLatest() const {
    std::unique_lock lock(mutex_);
    return latest_;
}

QString TrainingWorker::datasetName() const {
    std::unique_lock lock(mutex_);
    return datasetName_;
}

void TrainingWorker::run() {
#ifdef __linux__
    // Training yields to the GUI thread when cores are scarce, so a busy
    // machine slows training rather than freezing the window. Five steps
    // below the thread that started it, not an absolute nice value: an app
    // started with a higher priority keeps it for training too.
    const auto tid = static_cast<id_t>(gettid());
    errno = 0;
    const int started = getpriority(PRIO_PROCESS, tid);
    if (errno == 0) setpriority(PRIO_PROCESS, tid, std::min(started + 5, 19));
#endif
    rebuild(factory_);
    publishClock_.start();
    rateClock_.start();
    QElapsedTimer frameClock;
    frameClock.start();
    int stepsThisFrame = 0;

    while (!stop_.load()) {
        if (hasPending_.load()) applyPending();
        const bool playing = playing_.load();
        const bool stepping = !playing && stepsToRun_.load() > 0;
        if (!experiment_ || (!playing && !stepping)) {
            if (dirty_) publish();
            stepsPerSecond_.store(0.0);
            waitForWork();
            stepsSinceRate_ = 0;
            rateClock_.restart();
            frameClock.restart();
            stepsThisFrame = 0;
            continue;
        }

        const int perFrame = stepsPerFrame_.load();
        if (playing && perFrame > 0 && stepsThisFrame >= perFrame) {
            // Slow motion: show this frame, then sleep out the rest of it
            // (woken early by a command, a pause or a stop).
            if (dirty_) publish();
            const qint64 left = publishIntervalMs_.load() - frameClock.elapsed();
            if (left > 0) {
                std::unique_lock lock(mutex_);
                if (!stop_.load() && !hasPending_.load() && playing_.load())
                    wake_.wait_for(lock, std::chrono::milliseconds(left));
                continue;
            }
            frameClock.restart();
            stepsThisFrame = 0;
        }

        experiment_->step();
        dirty_ = true;
        ++stepsSinceRate_;
        ++stepsThisFrame;
        if (++stepsTaken_ == pauseAt_.load() && playing) {
            playing_.store(false);
            publish();
            Q_EMIT pauseStepReached(stepsTaken_);
            Q_EMIT paused();
            continue;
        }
        if (stepping && countOffStep() == 1) {
            publish();
            Q_EMIT paused();
            continue;
        }
        // Between frames, look for divergence often enough to stop near the
        // step where it happened, at a bounded cost (see updateRate()).
        if (++sinceCheck_ >= checkEvery_) {
            sinceCheck_ = 0;
            std::shared_ptr<const core::Snapshot> probe = timedSnapshot();
            if (probe && probe->diverged &&
                (!divergenceReported_ || probe->divergence != reportedDivergence_)) {
                publish(std::move(probe));
                continue;
            }
        }
        if (publishClock_.elapsed() >= publishIntervalMs_.load()) publish();
        updateRate();
    }
    // The experiment dies on the thread that built it.
    experiment_.reset();
    // Quit from inside: the thread's event loop then never starts, and the
    // controller need not wake a dispatcher that is being torn down.
    QThread::currentThread()->quit();
    // An explicit hand-over: QThread::wait() synchronises inside QtCore,
    // where ThreadSanitizer cannot see it.
    std::unique_lock lock(mutex_);
    finished_ = true;
    wake_.notify_all();
}

void TrainingWorker::waitUntilFinished() {
    std::unique_lock lock(mutex_);
    wake_.wait(lock, [this] { return finished_; });
}

void TrainingWorker::waitForWork() {
    std::unique_lock lock(mutex_);
    // Without an experiment only a reset (or stop) can make progress.
    while (!stop_.load() && !hasPending_.load() &&
           (!experiment_ || (!playing_.load() && stepsToRun_.load() <= 0)))
        wake_.wait(lock);
}

void TrainingWorker::applyPending() {
    std::deque<Pending> work;
    {
        std::unique_lock lock(mutex_);
        work.swap(pending_);
        hasPending_.store(false);
    }
    // A reset rebuilds from the page's current settings: an earlier reset,
    // and any command meant for the run it replaces, would only be thrown
    // away (a slider dragged across many values queues many resets).
    const auto lastReset =
        std::find_if(work.rbegin(), work.rend(), [](const Pending& item) { return item.isReset; });
    if (lastReset != work.rend()) work.erase(work.begin(), std::prev(lastReset.base()));
    coalesce(work);
    for (Pending& item : work) {
        if (item.isReset) {
            rebuild(item.factory ? item.factory : factory_);
            continue;
        }
        if (!experiment_) continue;
        try {
            if (const std::optional<core::CommandRefusal> refusal = experiment_->apply(*item.command)) {
                Q_EMIT commandRefused(*refusal);
                continue;
            }
        } catch (const std::exception& e) {
            Q_EMIT failed(QString::fromStdString(e.what()));
            continue;
        }
        {
            std::unique_lock lock(mutex_);
            log_.push_back({stepsTaken_, std::move(*item.command)});
        }
        dirty_ = true;
    }
}

void TrainingWorker::rebuild(const ExperimentFactory& factory) {
    if (!factory) {
        Q_EMIT failed(tr("No experiment to run."));
        return;
    }
    std::unique_ptr<core::Experiment> fresh;
    try {
        fresh = factory();
    } catch (const std::exception& e) {
        // The current experiment stays as it was.
        Q_EMIT failed(QString::fromStdString(e.what()));
        return;
    }
    if (!fresh) {
        Q_EMIT failed(tr("The experiment could not be created."));
        return;
    }
    experiment_ = std::move(fresh);
    factory_ = factory;
    stepsTaken_ = 0;
    stepsPerEpoch_.store(experiment_->stepsPerEpoch());
    {
        std::unique_lock lock(mutex_);
        datasetName_ = QString::fromStdString(experiment_->datasetName());
        log_.clear();
    }
    divergenceReported_ = false;
    checkEvery_ = 1;
    sinceCheck_ = 0;
    dirty_ = true;
    Q_EMIT experimentRebuilt();
}

std::shared_ptr<const core::Snapshot> TrainingWorker::timedSnapshot() {
    QElapsedTimer clock;
    clock.start();
    std::shared_ptr<const core::Snapshot> snapshot = experiment_->snapshot();
    snapshotCostNs_ = static_cast<double>(clock.nsecsElapsed());
    return snapshot;
}

void TrainingWorker::publish(std::shared_ptr<const core::Snapshot> snapshot) {
    if (!experiment_) return;
    if (!snapshot) snapshot = timedSnapshot();
    {
        std::unique_lock lock(mutex_);
        latest_ = snapshot;
    }
    dirty_ = false;
    publishClock_.restart();
    // Pause at the first divergence, and while playing at any divergence not
    // yet reported: one of several runs that stopped diverging (a feature-
    // scaling path) must not stop the others every time play is pressed.
    if (snapshot && !snapshot->diverged) divergenceReported_ = false;
    if (snapshot && snapshot->diverged &&
        (!divergenceReported_ ||
         (playing_.load() && snapshot->divergence != reportedDivergence_))) {
        divergenceReported_ = true;
        reportedDivergence_ = snapshot->divergence;
        playing_.store(false);
        stepsToRun_.store(0);
        Q_EMIT divergedAt(snapshot->step, QString::fromStdString(snapshot->divergence));
        Q_EMIT paused();
    }
    if (!signalPending_.exchange(true)) Q_EMIT frameReady();
}

void TrainingWorker::updateRate() {
    const qint64 elapsed = rateClock_.elapsed();
    if (elapsed < kRateWindowMs) return;
    const double rate =
        static_cast<double>(stepsSinceRate_) * 1000.0 / static_cast<double>(elapsed);
    stepsPerSecond_.store(rate);
    // Divergence checks may cost at most ~5% of the training time.
    if (rate > 0.0) {
        const double stepNs = 1e9 / rate;
        checkEvery_ = std::clamp<std::int64_t>(
            static_cast<std::int64_t>(snapshotCostNs_ / (0.05 * stepNs)), 1, 1 << 20);
    }
    stepsSinceRate_ = 0;
    rateClock_.restart();
}

}  // namespace normlab::session
