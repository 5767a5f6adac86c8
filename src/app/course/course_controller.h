#pragma once
// Walks the course through the labs: a step opens its lab on its preset
// (through the same path as File > Open), puts its view in front, runs to
// its checkpoint and, when asked, reveals what this run measured. The
// teacher may change anything in between; "Back to this step" puts the
// step's preset and checkpoint back.

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>

#include "session/course/course.h"
#include "session/course/reveal.h"
#include "session/experiment_config.h"
#include "session/training_session.h"

namespace normlab::session {
class TrainingSession;
}

namespace normlab::app {

class CoursePanel;
class LabPage;
class MainWindow;
class RevealHighlight;

class CourseController : public QObject {
    Q_OBJECT
  public:
    CourseController(MainWindow* window, CoursePanel* panel);

    // Loads a lesson file; on failure the panel shows the message and false is returned.
    bool load(const QString& path, QString* error = nullptr);
    [[nodiscard]] const session::course::Course& course() const { return course_; }
    [[nodiscard]] bool isLoaded() const { return !course_.steps.isEmpty(); }

    // -1 before the course starts (the panel lists the steps).
    [[nodiscard]] int currentStep() const { return current_; }
    [[nodiscard]] bool isRevealed() const { return revealed_; }
    // The step's run has reached its checkpoint (a sweep: has finished).
    [[nodiscard]] bool isReady() const;
    [[nodiscard]] const std::optional<session::course::RevealOutcome>& outcome() const {
        return outcome_;
    }

    void goTo(int index);
    // Page Down: reveal the step (at once if its run is ready, else when it
    // is), or if it is revealed, go to the next step.
    void next();
    // Page Up: the previous step.
    void previous();
    void reveal();
    void restartStep() { goTo(current_); }
    // Caps every training checkpoint (0: none), for quick walks through the
    // course's mechanics; the course test checks the real checkpoints.
    void setStepLimit(std::int64_t limit) { stepLimit_ = limit; }
    void showOverview();
    // What the status line says when `page`'s run pauses at `step`: the
    // course's own words when that is the current step's checkpoint, else
    // empty (the pause is the experiment's budget, or the teacher's).
    [[nodiscard]] QString pauseMessage(const LabPage* page, std::int64_t step) const;
    // Shows the step again in the current language, keeping its run and
    // whether it is revealed (or waiting to be).
    void retranslate();

  Q_SIGNALS:
    void stepEntered(int index);
    void revealShown(int index);

  private:
    [[nodiscard]] LabPage* pageFor(const QString& lab) const;
    [[nodiscard]] session::TrainingSession* stepSession() const;
    void watch(session::TrainingSession* session);
    void restart(LabPage* page, const session::ExperimentConfig& config);
    void update();
    void showRevealNow();
    [[nodiscard]] session::course::Measures measure() const;
    [[nodiscard]] std::int64_t checkpointOf(const session::course::CourseStep& step) const;

    MainWindow* window_;
    CoursePanel* panel_;
    RevealHighlight* highlight_;
    session::course::Course course_;
    int current_ = -1;
    std::int64_t stepLimit_ = 0;
    bool revealed_ = false;
    bool revealArmed_ = false;
    std::optional<session::course::RevealOutcome> outcome_;
    // What the course last applied to each page, read back from the page:
    // a page showing something else was changed by hand.
    QHash<LabPage*, session::ExperimentConfig> applied_;
    // Resets asked of a session whose rebuild has not been seen yet: its
    // snapshots until then are of the run before.
    QHash<session::TrainingSession*, int> pendingRebuilds_;
    // The last snapshot of the run a restart replaced, per session.
    QHash<session::TrainingSession*, session::SnapshotPtr> staleSnapshots_;
    QTimer poll_;
};

}  // namespace normlab::app
