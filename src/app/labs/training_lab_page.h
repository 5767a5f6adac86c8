#pragma once
// A lab that runs as a step-by-step training session the window drives
// (Play, Step, Reset, speed): the page builds the experiment, renders its
// snapshots, asks for live changes as typed commands and shows the ones the
// experiment refused.

#include <QString>
#include <cstdint>

#include "app/labs/lab_page.h"
#include "session/training_session.h"

namespace normlab::app {

class TrainingLabPage : public LabPage {
    Q_OBJECT
  public:
    using LabPage::LabPage;

    // Builds the experiment the controls describe; called on the worker
    // thread, so the returned factory must capture values, not widgets.
    [[nodiscard]] virtual session::ExperimentFactory createSession() const = 0;
    // Shows one snapshot; called on the GUI thread at most ~30 times a second.
    virtual void render(const session::SnapshotPtr& snapshot) = 0;
    // The experiment refused a command: say so in the user's words. The run
    // goes on with refusal.kept.
    virtual void showRefusal(const core::CommandRefusal& refusal) = 0;

    // Steps after which playing pauses once (an experiment's budget); 0 = none.
    [[nodiscard]] virtual std::int64_t stepBudget() const { return 0; }
    // The words for a divergence the engine reported as `what` (a lab's own
    // structured description of what diverged); by default `what` itself.
    [[nodiscard]] virtual QString describeDivergence(const QString& what) const { return what; }

  Q_SIGNALS:
    // A live change for the running experiment, applied between steps.
    void commandRequested(normlab::core::LabCommand command);
    // A change that needs a fresh experiment (shape or data); the reason is
    // shown to the user.
    void resetRequested(QString reason);
};

}  // namespace normlab::app
