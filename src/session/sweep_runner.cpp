#include "session/sweep_runner.h"

#include <algorithm>
#include <exception>
#include <iterator>
#include <stdexcept>

namespace normlab::session {

SweepRunner::SweepRunner(int workers, QObject* parent)
    : QObject(parent), workerLimit_(workers > 0 ? workers : defaultWorkerCount()) {}

SweepRunner::~SweepRunner() {
    cancel();
    wait();
}

int SweepRunner::defaultWorkerCount() {
    const int cores = static_cast<int>(std::thread::hardware_concurrency());
    return std::max(1, cores - 1);
}

int SweepRunner::add(SweepTask task) {
    std::vector<SweepTask> one;
    one.push_back(std::move(task));
    return add(std::move(one));
}

int SweepRunner::add(std::vector<SweepTask> tasks) {
    for (const SweepTask& task : tasks)
        if (!task.run)
            throw std::invalid_argument("sweep point \"" + task.label.toStdString() +
                                        "\" has nothing to run");
    std::vector<std::unique_ptr<Worker>> exited;
    int first = 0;
    {
        std::lock_guard lock(mutex_);
        first = static_cast<int>(tasks_.size());
        for (SweepTask& task : tasks) {
            SweepPointStatus status;
            status.label = task.label;
            queue_.push_back(static_cast<int>(tasks_.size()));
            status_.push_back(std::move(status));
            cancelFlags_.emplace_back(false);
            tasks_.push_back(std::move(task));
        }
        // Exited workers are joined outside the lock: they may still be
        // emitting idle() into a slot that reads this runner.
        const auto done = std::stable_partition(workers_.begin(), workers_.end(),
                                                [](const auto& w) { return !w->exited; });
        std::move(done, workers_.end(), std::back_inserter(exited));
        workers_.erase(done, workers_.end());
        startWorkers();
    }
    for (auto& w : exited) w->thread.join();
    return first;
}

int SweepRunner::addFinished(const QString& label, SweepOutcome outcome) {
    std::lock_guard lock(mutex_);
    SweepPointStatus status;
    status.label = label;
    status.state = SweepPointState::Finished;
    status.fraction = 1.0;
    status.outcome = std::move(outcome);
    status_.push_back(std::move(status));
    cancelFlags_.emplace_back(false);
    tasks_.push_back({label, {}, 0});
    return static_cast<int>(status_.size()) - 1;
}

void SweepRunner::startWorkers() {
    int wanted = std::min(workerLimit_ - running_, static_cast<int>(queue_.size()));
    for (; wanted > 0; --wanted) {
        auto worker = std::make_unique<Worker>();
        Worker* self = worker.get();
        ++running_;
        workers_.push_back(std::move(worker));
        self->thread = std::thread([this, self] { workerLoop(self); });
    }
}

void SweepRunner::workerLoop(Worker* self) {
    for (;;) {
        int index = -1;
        bool last = false;
        {
            std::lock_guard lock(mutex_);
            if (queue_.empty()) {
                self->exited = true;
                last = --running_ == 0;
                if (!last && firstIdleAt_ < 0) firstIdleAt_ = now();
            } else {
                const auto next =
                    std::max_element(queue_.begin(), queue_.end(), [this](int a, int b) {
                        return tasks_[static_cast<std::size_t>(a)].cost <
                               tasks_[static_cast<std::size_t>(b)].cost;
                    });
                index = *next;
                queue_.erase(next);
                status_[static_cast<std::size_t>(index)].state = SweepPointState::Running;
                status_[static_cast<std::size_t>(index)].startedAt = now();
            }
        }
        if (index < 0) {
            if (last) Q_EMIT idle();
            return;
        }
        Q_EMIT pointStarted(index);
        runPoint(index);
        Q_EMIT pointFinished(index);
    }
}

void SweepRunner::runPoint(int index) {
    const auto i = static_cast<std::size_t>(index);
    std::function<SweepOutcome(const core::RunControl&)> run;
    core::RunControl control;
    {
        std::lock_guard lock(mutex_);
        run = std::move(tasks_[i].run);
        control.cancel = &cancelFlags_[i];
        control.profile = profile_;
    }
    control.progress = [this, index, i](double fraction) {
        {
            std::lock_guard lock(mutex_);
            status_[i].fraction = fraction;
        }
        Q_EMIT pointProgress(index, fraction);
    };
    try {
        SweepOutcome outcome = run(control);
        const bool cancelled = std::visit([](const auto& r) { return r.cancelled; }, outcome);
        std::lock_guard lock(mutex_);
        SweepPointStatus& status = status_[i];
        status.state = cancelled ? SweepPointState::Cancelled : SweepPointState::Finished;
        if (!cancelled) status.fraction = 1.0;
        status.outcome = std::move(outcome);  // a cancelled point keeps its partial curve
        status.endedAt = now();
    } catch (const std::exception& e) {
        std::lock_guard lock(mutex_);
        status_[i].state = SweepPointState::Failed;
        status_[i].error = QString::fromUtf8(e.what());
        status_[i].endedAt = now();
    }
}

double SweepRunner::now() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - created_).count();
}

void SweepRunner::setProfile(core::RunProfile* profile) {
    std::lock_guard lock(mutex_);
    profile_ = profile;
}

double SweepRunner::firstIdleWorkerAt() const {
    std::lock_guard lock(mutex_);
    return firstIdleAt_;
}

void SweepRunner::cancel() {
    std::vector<int> dropped;
    {
        std::lock_guard lock(mutex_);
        for (int index : queue_) {
            status_[static_cast<std::size_t>(index)].state = SweepPointState::Cancelled;
            dropped.push_back(index);
        }
        queue_.clear();
        for (std::size_t i = 0; i < status_.size(); ++i)
            if (status_[i].state == SweepPointState::Running) cancelFlags_[i] = true;
    }
    for (int index : dropped) Q_EMIT pointFinished(index);
}

void SweepRunner::wait() {
    for (;;) {
        std::vector<std::unique_ptr<Worker>> joining;
        {
            std::lock_guard lock(mutex_);
            if (workers_.empty()) return;
            joining.swap(workers_);
        }
        for (auto& w : joining) w->thread.join();
    }
}

bool SweepRunner::isIdle() const {
    std::lock_guard lock(mutex_);
    return idleLocked();
}

bool SweepRunner::idleLocked() const { return queue_.empty() && running_ == 0; }

int SweepRunner::activeWorkers() const {
    std::lock_guard lock(mutex_);
    return running_;
}

int SweepRunner::pointCount() const {
    std::lock_guard lock(mutex_);
    return static_cast<int>(status_.size());
}

SweepPointStatus SweepRunner::point(int index) const {
    std::lock_guard lock(mutex_);
    if (index < 0 || index >= static_cast<int>(status_.size()))
        throw std::out_of_range("sweep point " + std::to_string(index) + " does not exist");
    return status_[static_cast<std::size_t>(index)];
}

std::vector<SweepPointStatus> SweepRunner::points() const {
    std::lock_guard lock(mutex_);
    return status_;
}

SweepRunner::Progress SweepRunner::progress() const {
    std::lock_guard lock(mutex_);
    return {status_, idleLocked()};
}

}  // namespace normlab::session
