#include "session/runners/headless_sweep.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <mutex>
#include <stdexcept>

#include "session/run_interrupt.h"
#include "session/sweep_session.h"

namespace normlab::session {

namespace {

QString summary(const SweepOutcome& outcome) {
    const auto accuracy = [](double a) {
        return std::isnan(a) ? QStringLiteral("-") : QString::number(a, 'f', 3);
    };
    if (const auto* r = std::get_if<core::BatchSizeResult>(&outcome)) {
        if (r->diverged) return QStringLiteral("diverged after %1 updates").arg(r->updates);
        return QStringLiteral("test acc %1  %2 updates  %3 s")
            .arg(accuracy(r->finalTestAccuracy))
            .arg(r->updates)
            .arg(r->wallSeconds, 0, 'f', 1);
    }
    const auto& r = std::get<core::InitSweepResult>(outcome);
    return QStringLiteral("bn acc %1  plain acc %2  %3 s")
        .arg(r.bnDiverged ? QStringLiteral("diverged") : accuracy(r.bnTestAccuracy),
             r.plainDiverged ? QStringLiteral("diverged") : accuracy(r.plainTestAccuracy))
        .arg(r.wallSeconds, 0, 'f', 1);
}

core::SweepSchedule scheduleOf(const std::vector<SweepPointStatus>& points,
                               const SweepRunner& runner) {
    core::SweepSchedule s;
    s.workers = std::min(runner.workerLimit(), static_cast<int>(points.size()));
    double first = std::numeric_limits<double>::infinity(), last = 0;
    for (const SweepPointStatus& p : points) {
        if (p.startedAt < 0 || p.endedAt < 0) continue;
        ++s.points;
        first = std::min(first, p.startedAt);
        last = std::max(last, p.endedAt);
        s.pointSeconds += p.endedAt - p.startedAt;
    }
    if (s.points == 0) return s;
    s.spanSeconds = last - first;
    const double idle = runner.firstIdleWorkerAt();
    s.tailSeconds = idle < 0 ? 0 : std::max(0.0, last - idle);
    return s;
}

}  // namespace

SweepSnapshotPtr runSweepToEnd(SweepWork work, int workers, const ProgressCallback& progress,
                               core::RunProfile* profile) {
    std::vector<SweepTask>& tasks = work.tasks;
    const qint64 total = static_cast<qint64>(tasks.size());
    // Headless runs are stopped by an interrupt (Ctrl+C), not by cancel(): each
    // point sees it at its next step and returns its partial result.
    for (SweepTask& task : tasks)
        task.run = [run = std::move(task.run)](const core::RunControl& control) {
            core::RunControl interruptible = control;
            interruptible.cancel = &runInterruptFlag();
            return run(interruptible);
        };
    SweepSession session(workers);
    SweepRunner& runner = session.runner();
    runner.setProfile(profile);
    std::mutex mutex;  // progress lines come from every worker
    qint64 ended = 0;
    std::map<int, int> quarters;
    if (progress) {
        // Direct connections: there is no event loop, the slots run on the workers.
        QObject::connect(
            &runner, &SweepRunner::pointProgress, &runner,
            [&](int index, double fraction) {
                const int quarter = static_cast<int>(fraction * 4);
                std::lock_guard lock(mutex);
                if (quarter == quarters[index] || quarter >= 4) return;
                quarters[index] = quarter;
                progress(
                    {ended, total,
                     QStringLiteral("%1: %2%").arg(runner.point(index).label).arg(quarter * 25)});
            },
            Qt::DirectConnection);
        QObject::connect(
            &runner, &SweepRunner::pointFinished, &runner,
            [&](int index) {
                const SweepPointStatus status = runner.point(index);
                std::lock_guard lock(mutex);
                ++ended;
                const QString result = status.outcome ? summary(*status.outcome) : status.error;
                progress({ended, total, QStringLiteral("%1: %2").arg(status.label, result)});
            },
            Qt::DirectConnection);
    }
    session.add(std::move(work));
    session.wait();
    SweepSnapshotPtr snapshot = session.snapshot();
    if (profile) profile->setSweepSchedule(scheduleOf(snapshot->points, runner));
    for (const SweepPointStatus& p : snapshot->points)
        if (p.state == SweepPointState::Failed)
            throw std::runtime_error(p.label.toStdString() + ": " + p.error.toStdString());
    return snapshot;
}

}  // namespace normlab::session
