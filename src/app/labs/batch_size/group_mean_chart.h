#pragma once
// A chart of one number per batch size, averaged over seeds for each run
// group (lr rule x BN) with its min-max spread, plus the flagged runs
// (diverged or under-trained) as red markers kept out of the means.

#include <QList>
#include <QPointF>
#include <functional>
#include <map>

#include "app/charts/labelled_axis_chart.h"
#include "app/charts/spread_series.h"
#include "app/labs/batch_size/run_groups.h"

namespace normlab::app {

class GroupMeanChart : public LabelledAxisChart {
    Q_OBJECT
  public:
    explicit GroupMeanChart(QWidget* parent = nullptr);

    // The value a run contributes (in the chart's units).
    using Metric = std::function<double(const core::BatchSizeResult&)>;
    // Floors and ceilings clamp the padded y range; `empty` is the range
    // shown before any run finished.
    struct Range {
        double floor, ceiling, emptyLo, emptyHi;
        bool markFlagged = true;  // false: flagged runs are left out entirely
    };
    void render(const QList<SweepRun>& runs, const QList<int>& checkedSizes, const Metric& metric,
                const Range& range);
    // The series of one group (for tests and pixel checks).
    [[nodiscard]] const SpreadSeries& seriesOf(const RunGroup& group) const;
    [[nodiscard]] int flaggedSeries() const { return flagged_; }

  private:
    std::map<RunGroup, SpreadSeries> groups_;
    int flagged_ = -1;
};

}  // namespace normlab::app
