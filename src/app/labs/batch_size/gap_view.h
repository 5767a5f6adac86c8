#pragma once
// "Gap": train minus test accuracy per batch size, the mean over seeds of
// each run group with its spread; flagged runs are left out.

#include "app/labs/batch_size/group_mean_chart.h"
#include "session/sweep_snapshot.h"

namespace normlab::app {

class GapView : public GroupMeanChart {
    Q_OBJECT
  public:
    explicit GapView(QWidget* parent = nullptr) : GroupMeanChart(parent) {}
    void render(const session::SweepSnapshot& sweep, const QList<int>& checkedSizes);
};

}  // namespace normlab::app
