#pragma once
// A lab that runs a whole sweep of short runs rather than one session the
// window steps: the window's Play starts the sweep the controls describe (or
// cancels the one running), Reset clears it; the page reports its progress.

#include <QString>

#include "app/labs/lab_page.h"
#include "session/course/measures.h"

namespace normlab::app {

class SweepLabPage : public LabPage {
    Q_OBJECT
  public:
    using LabPage::LabPage;

    // Runs the whole experiment the controls describe; false, with the reason
    // in the page's status line, when it cannot start.
    virtual bool runExperiment() = 0;
    // Stops running points; finished ones keep their results.
    virtual void cancelExperiment() = 0;
    // Cancels and forgets every run: the charts are empty again.
    virtual void clearExperiment() = 0;
    // Loading data or running points.
    [[nodiscard]] virtual bool experimentRunning() const = 0;
    // The finished runs' measures, for the course's checkpoints.
    [[nodiscard]] virtual session::course::Measures measures() const = 0;
    // The status-bar line: the sweep's progress.
    [[nodiscard]] virtual QString statusText() const = 0;

  Q_SIGNALS:
    // experimentRunning() changed.
    void runningChanged(bool running);
};

}  // namespace normlab::app
