#include "session/sweep_session.h"

#include <stdexcept>
#include <utility>

namespace normlab::session {

SweepSession::SweepSession(int workers, QObject* parent) : QObject(parent), workers_(workers) {
    runner_ = std::make_unique<SweepRunner>(workers_);
    publishTimer_.setSingleShot(true);
    publishTimer_.setInterval(33);
    connect(&publishTimer_, &QTimer::timeout, this, &SweepSession::publishNow);
    connectRunner();
    latest_ = snapshot();
}

SweepSession::~SweepSession() {
    runner_->cancel();
    runner_.reset();  // joins; the signals it queued die with it
}

void SweepSession::connectRunner() {
    SweepRunner* r = runner_.get();
    // Queued into this object's thread; each only asks for a publish.
    connect(r, &SweepRunner::pointStarted, this, &SweepSession::schedulePublish);
    connect(r, &SweepRunner::pointProgress, this, &SweepSession::schedulePublish);
    connect(r, &SweepRunner::pointFinished, this, &SweepSession::schedulePublish);
    connect(r, &SweepRunner::idle, this, [this] {
        if (!runner_->isIdle()) return;  // more points were added meanwhile
        cancelling_ = false;
        publishNow();
        Q_EMIT idle();
    });
}

int SweepSession::add(SweepWork work) {
    if (work.plan.empty()) work.plan.resize(work.tasks.size());
    if (work.plan.size() != work.tasks.size())
        throw std::invalid_argument("a sweep needs one plan entry per task");
    const int first = runner_->add(std::move(work.tasks));
    plan_.insert(plan_.end(), std::make_move_iterator(work.plan.begin()),
                 std::make_move_iterator(work.plan.end()));
    publishNow();
    return first;
}

void SweepSession::restore(std::vector<SweepPlanEntry> plan, std::vector<SweepOutcome> outcomes) {
    if (plan.size() != outcomes.size())
        throw std::invalid_argument("a restored sweep needs one plan entry per result");
    for (std::size_t i = 0; i < plan.size(); ++i) {
        runner_->addFinished(QStringLiteral("restored %1").arg(i), std::move(outcomes[i]));
        plan_.push_back(std::move(plan[i]));
    }
    publishNow();
}

void SweepSession::clear() {
    runner_->cancel();
    runner_ = std::make_unique<SweepRunner>(workers_);  // the old one joins as it goes
    connectRunner();
    plan_.clear();
    cancelling_ = false;
    ++generation_;
    publishNow();
}

void SweepSession::cancel() {
    if (runner_->isIdle()) return;
    cancelling_ = true;
    runner_->cancel();
    publishNow();
}

void SweepSession::wait() { runner_->wait(); }

bool SweepSession::isIdle() const { return runner_->isIdle(); }

SweepSnapshotPtr SweepSession::snapshot() const {
    auto s = std::make_shared<SweepSnapshot>();
    SweepRunner::Progress progress = runner_->progress();
    s->points = std::move(progress.points);
    s->plan = plan_;
    s->plan.resize(s->points.size(), SweepPlanEntry{});  // never shorter than the points
    s->workerLimit = runner_->workerLimit();
    s->idle = progress.idle;
    s->cancelling = cancelling_ && !s->idle;
    s->generation = generation_;
    return s;
}

SweepSnapshotPtr SweepSession::takeLatest() {
    signalPending_.store(false);
    const std::lock_guard lock(mutex_);
    return latest_;
}

void SweepSession::setPublishIntervalMs(int ms) { publishTimer_.setInterval(ms < 0 ? 0 : ms); }

void SweepSession::schedulePublish() {
    if (!publishTimer_.isActive()) publishTimer_.start();
}

void SweepSession::publishNow() {
    publishTimer_.stop();
    SweepSnapshotPtr next = snapshot();
    {
        const std::lock_guard lock(mutex_);
        latest_ = std::move(next);
    }
    if (!signalPending_.exchange(true)) Q_EMIT snapshotReady();
}

}  // namespace normlab::session
