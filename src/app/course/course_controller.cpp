#include "app/course/course_controller.h"

#include "app/course/course_panel.h"
#include "app/course/reveal_highlight.h"
#include "app/labs/lab_page.h"
#include "app/labs/sweep_lab_page.h"
#include "app/main_window.h"
#include "session/course/step_runner.h"
#include "session/training_session.h"

namespace normlab::app {

using session::course::CourseStep;

CourseController::CourseController(MainWindow* window, CoursePanel* panel)
    : QObject(window), window_(window), panel_(panel), highlight_(new RevealHighlight(window)) {
    connect(panel_, &CoursePanel::startRequested, this, &CourseController::goTo);
    connect(panel_, &CoursePanel::nextRequested, this, [this] {
        if (current_ + 1 < course_.steps.size()) goTo(current_ + 1);
    });
    connect(panel_, &CoursePanel::previousRequested, this, &CourseController::previous);
    connect(panel_, &CoursePanel::revealRequested, this, &CourseController::reveal);
    connect(panel_, &CoursePanel::restartRequested, this, &CourseController::restartStep);
    connect(panel_, &CoursePanel::overviewRequested, this, &CourseController::showOverview);
    // Sweeps report no snapshots; a light poll also catches a run that the
    // teacher paused, resumed or reset by hand.
    poll_.setInterval(200);
    connect(&poll_, &QTimer::timeout, this, &CourseController::update);
}

bool CourseController::load(const QString& path, QString* error) {
    try {
        course_ = session::course::loadCourseFile(path);
    } catch (const std::exception& e) {
        course_ = {};
        const QString message = QString::fromStdString(e.what());
        panel_->showError(message);
        if (error) *error = message;
        return false;
    }
    current_ = -1;
    panel_->showOverview(course_, 0);
    return true;
}

LabPage* CourseController::pageFor(const QString& lab) const {
    for (LabPage* page : window_->pages())
        if (page->labId() == lab) return page;
    return nullptr;
}

session::TrainingSession* CourseController::stepSession() const {
    if (current_ < 0) return nullptr;
    LabPage* page = pageFor(course_.steps[current_].lab);
    return page ? window_->existingSession(page) : nullptr;
}

void CourseController::watch(session::TrainingSession* session) {
    if (!session || pendingRebuilds_.contains(session)) return;
    pendingRebuilds_.insert(session, 0);
    connect(session, &session::TrainingSession::experimentRebuilt, this, [this, session] {
        if (pendingRebuilds_.value(session) > 0) --pendingRebuilds_[session];
        update();
    });
    connect(session, &session::TrainingSession::snapshotReady, this, &CourseController::update);
    connect(session, &QObject::destroyed, this,
            [this, session] {
                pendingRebuilds_.remove(session);
                staleSnapshots_.remove(session);
            });
}

void CourseController::restart(LabPage* page, const session::ExperimentConfig& config) {
    page->applyExperimentConfig(config);
    applied_.insert(page, page->experimentConfig().value_or(config));
    if (session::TrainingSession* existing = window_->existingSession(page)) {
        window_->setCurrentPage(page);
        watch(existing);
        ++pendingRebuilds_[existing];
        // Until the new run publishes, the worker may still hand out the old
        // run's last snapshot: it must never count as the new run's checkpoint.
        staleSnapshots_.insert(existing, existing->latest());
        window_->restartRun(page);
    } else {
        // Only now: showing the page creates its session from the page's settings.
        window_->setCurrentPage(page);
        // A new session builds its first run from the page: that rebuild counts.
        if (session::TrainingSession* fresh = window_->currentSession()) {
            watch(fresh);
            ++pendingRebuilds_[fresh];
        }
    }
}

void CourseController::goTo(int index) {
    if (index < 0 || index >= course_.steps.size()) return;
    current_ = index;
    revealed_ = false;
    revealArmed_ = false;
    outcome_.reset();
    highlight_->frame(nullptr);
    const CourseStep& step = course_.steps[index];
    panel_->showStep(course_, index);
    LabPage* page = pageFor(step.lab);
    if (!page) {
        panel_->setProgress(tr("This window has no %1 lab.").arg(step.lab), false);
        return;
    }
    session::ExperimentConfig config = session::ExperimentConfig::defaults(step.kind);
    try {
        config = session::course::stepConfig(step);
    } catch (const std::exception& e) {
        panel_->setProgress(tr("The preset %1 could not be loaded: %2")
                                .arg(step.preset, QString::fromStdString(e.what())),
                            false);
        return;
    }
    const auto appliedIt = applied_.constFind(page);
    const bool sameConfig = appliedIt != applied_.constEnd() && page->experimentConfig() &&
                            *page->experimentConfig() == *appliedIt &&
                            appliedIt->name == config.name;
    if (auto* sweep = qobject_cast<SweepLabPage*>(page); step.checkpoint.sweep && sweep) {
        window_->setCurrentPage(page);
        const bool haveResult = sweep->experimentRunning() || !sweep->measures().isEmpty();
        if (!sameConfig || !haveResult) {
            page->applyExperimentConfig(config);
            applied_.insert(page, page->experimentConfig().value_or(config));
            sweep->runExperiment();
        }
    } else {
        session::TrainingSession* session = window_->existingSession(page);
        const session::SnapshotPtr latest = session ? session->latest() : nullptr;
        const bool past = latest && latest->step > checkpointOf(step);
        const bool fresh = !sameConfig || past || !session;
        if (fresh)
            restart(page, config);
        else
            window_->setCurrentPage(page);
        session = window_->currentSession();
        watch(session);
        // Play only a run that is short of its checkpoint: a run already
        // there would never meet its pause step again.
        const bool shortOfIt = fresh || !latest || latest->step < checkpointOf(step);
        if (session && shortOfIt) {
            session->setPauseAtStep(checkpointOf(step));
            if (checkpointOf(step) > 0) session->play();
        }
    }
    page->showView(step.view);
    poll_.start();
    Q_EMIT stepEntered(index);
    update();
}

std::int64_t CourseController::checkpointOf(const CourseStep& step) const {
    return stepLimit_ > 0 ? std::min(stepLimit_, step.checkpoint.steps) : step.checkpoint.steps;
}

QString CourseController::pauseMessage(const LabPage* page, std::int64_t step) const {
    if (current_ < 0) return {};
    const CourseStep& s = course_.steps[current_];
    if (s.checkpoint.sweep || pageFor(s.lab) != page || checkpointOf(s) != step) return {};
    return tr("Step %1: the course step's checkpoint is reached, so the run paused. Page Down "
              "reveals what it measured; Play continues past it.")
        .arg(step);
}

bool CourseController::isReady() const {
    if (current_ < 0) return false;
    const CourseStep& step = course_.steps[current_];
    LabPage* page = pageFor(step.lab);
    if (!page) return false;
    if (step.checkpoint.sweep) {
        // Finished means every batch size of the step's sweep has all its seeds:
        // a sweep that has not started yet still shows the last one's results.
        const auto* sweep = qobject_cast<const SweepLabPage*>(page);
        if (!sweep || sweep->experimentRunning()) return false;
        const session::course::Measures m = sweep->measures();
        try {
            const session::ExperimentConfig config = session::course::stepConfig(step);
            for (const int b : config.getIntList(QStringLiteral("batch_sizes")))
                if (m.value(QStringLiteral("B%1.seeds").arg(b)) < config.getInt(QStringLiteral("seeds")))
                    return false;
        } catch (const std::exception&) {
            return false;
        }
        return true;
    }
    session::TrainingSession* session = window_->existingSession(page);
    if (!session || pendingRebuilds_.value(session) > 0) return false;
    const session::SnapshotPtr latest = session->latest();
    if (latest && latest == staleSnapshots_.value(session)) return false;
    return latest && latest->step >= checkpointOf(step);
}

session::course::Measures CourseController::measure() const {
    const CourseStep& step = course_.steps[current_];
    LabPage* page = pageFor(step.lab);
    if (step.checkpoint.sweep) {
        const auto* sweep = qobject_cast<const SweepLabPage*>(page);
        return sweep ? sweep->measures() : session::course::Measures{};
    }
    const session::SnapshotPtr latest = window_->existingSession(page)->latest();
    return latest ? session::course::measureSnapshot(*latest) : session::course::Measures{};
}

void CourseController::update() {
    if (current_ < 0) {
        poll_.stop();
        return;
    }
    const CourseStep& step = course_.steps[current_];
    const bool ready = isReady();
    if (ready && revealArmed_ && !revealed_) showRevealNow();
    if (revealed_) {
        panel_->setProgress(tr("Revealed. Page Down: next step."), false);
        return;
    }
    if (ready) {
        panel_->setProgress(step.checkpoint.sweep
                                ? tr("The sweep has finished. Page Down reveals the result.")
                                : tr("Step %1 reached. Page Down reveals the result.")
                                      .arg(checkpointOf(step)),
                            true);
        return;
    }
    QString progress;
    if (step.checkpoint.sweep) {
        progress = tr("The sweep is running…");
    } else {
        session::TrainingSession* session = stepSession();
        const session::SnapshotPtr latest =
            session && pendingRebuilds_.value(session) == 0 ? session->latest() : nullptr;
        progress = tr("Running: step %1 of %2…")
                       .arg(latest ? latest->step : 0)
                       .arg(checkpointOf(step));
    }
    panel_->setProgress(revealArmed_ ? tr("%1 The result is shown when the run gets there.")
                                           .arg(progress)
                                     : progress,
                        false);
}

void CourseController::reveal() {
    if (current_ < 0 || revealed_) return;
    revealArmed_ = true;
    if (isReady()) showRevealNow();
    update();
}

void CourseController::showRevealNow() {
    const CourseStep& step = course_.steps[current_];
    outcome_ = session::course::evaluateReveal(step.reveal, measure());
    revealed_ = true;
    panel_->showReveal(step, *outcome_);
    if (LabPage* page = pageFor(step.lab)) highlight_->frame(page->viewWidget(step.view));
    Q_EMIT revealShown(current_);
}

void CourseController::next() {
    if (!isLoaded()) return;
    if (current_ < 0) {
        goTo(0);
        return;
    }
    if (!revealed_) {
        reveal();
        return;
    }
    if (current_ + 1 < course_.steps.size()) goTo(current_ + 1);
}

void CourseController::previous() {
    if (current_ > 0) goTo(current_ - 1);
}

void CourseController::retranslate() {
    if (current_ < 0) {
        if (isLoaded()) panel_->showOverview(course_, current_);
        return;
    }
    panel_->showStep(course_, current_);
    if (revealed_) {
        revealed_ = false;
        showRevealNow();
    }
    update();
}

void CourseController::showOverview() {
    highlight_->frame(nullptr);
    panel_->showOverview(course_, current_);
}

}  // namespace normlab::app
