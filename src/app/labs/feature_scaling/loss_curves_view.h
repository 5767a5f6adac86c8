#pragma once
// The loss of each scaling's run above its minimum, per step, on a log axis:
// linear convergence is a straight line, and its slope is what kappa costs.

#include <QObject>
#include <array>

#include "core/lab/scaling_comparison.h"

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace normlab::app {

class LogChartView;

class LossCurvesView : public QObject {
    Q_OBJECT
  public:
    explicit LossCurvesView(QWidget* parent);

    [[nodiscard]] LogChartView* chart() const { return chart_; }
    // The curve of each run: none, min-max, z-score.
    [[nodiscard]] int curve(std::size_t run) const { return curves_[run]; }

    void render(const core::ScalingComparisonSnapshot& snapshot);
    void retranslate();

  private:
    LogChartView* chart_;
    std::array<int, 3> curves_{};
};

}  // namespace normlab::app
