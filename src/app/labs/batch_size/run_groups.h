#pragma once
// What the batch-size views share: a run's group (its lr rule and BN
// setting, the runs one mean is taken over), the group's name and colour,
// and the batch-size axis.

#include <QColor>
#include <QList>
#include <QString>

#include "core/lab/batch_size_run.h"
#include "session/sweep_snapshot.h"

QT_BEGIN_NAMESPACE
class QLabel;
class QWidget;
QT_END_NAMESPACE

namespace normlab::app {

class LabelledAxisChart;

struct RunGroup {
    core::LearningRateRule rule = core::LearningRateRule::Constant;
    bool batchNorm = false;
    friend auto operator<=>(const RunGroup&, const RunGroup&) = default;
};

inline constexpr core::LearningRateRule kRules[] = {
    core::LearningRateRule::Constant, core::LearningRateRule::Linear, core::LearningRateRule::Sqrt};

[[nodiscard]] RunGroup groupOf(const core::BatchSizeRunConfig& config);
[[nodiscard]] QList<RunGroup> allGroups();
// Plain runs in shades of the plain colour, BN runs in shades of BN's, one per rule.
[[nodiscard]] QColor groupColor(const RunGroup& group);
[[nodiscard]] QString ruleName(core::LearningRateRule rule);
[[nodiscard]] QString groupName(const RunGroup& group);
// "83.4", or "–" when not finite.
[[nodiscard]] QString percent(double fraction);

// A finished run of the sweep that is not a map-only point (the lr x B map's
// runs stay out of the curves and means).
struct SweepRun {
    const session::BatchSweepRun* plan;
    const core::BatchSizeResult* result;
};
[[nodiscard]] QList<SweepRun> curveRuns(const session::SweepSnapshot& sweep);

// A view's layout: a wrapping hint line above its chart.
void layOutHintAndChart(QWidget* view, QLabel* hint, QWidget* chart);

// The batch sizes of these runs and `checked`, on a log2 axis with half a
// step to spare at each end.
void setBatchSizeAxis(LabelledAxisChart* chart, QList<int> sizes);
// A percentage axis over the drawn values lo..hi with 5 points to spare,
// kept within 0..100 (all of it when nothing is drawn, lo > hi).
void setPercentAxis(LabelledAxisChart* chart, double lo, double hi);

}  // namespace normlab::app
