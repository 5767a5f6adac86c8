#pragma once
// "BN modes": for the BN runs, test accuracy with the running statistics
// (eval mode) against the statistics of each test batch of B (train mode).

#include <QWidget>
#include <map>

#include "app/charts/spread_series.h"
#include "core/lab/learning_rate_rule.h"
#include "session/sweep_snapshot.h"

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace normlab::app {

class LabelledAxisChart;

class BnModesView : public QWidget {
    Q_OBJECT
  public:
    explicit BnModesView(QWidget* parent = nullptr);
    void render(const session::SweepSnapshot& sweep, const QList<int>& checkedSizes);
    [[nodiscard]] LabelledAxisChart* chart() const { return chart_; }
    // The mean lines of one lr rule's BN runs in eval and in train mode.
    [[nodiscard]] int evalLine(core::LearningRateRule rule) const {
        return modes_.at(rule).eval.line;
    }
    [[nodiscard]] int trainLine(core::LearningRateRule rule) const {
        return modes_.at(rule).train.line;
    }

  private:
    struct Modes {
        SpreadSeries eval, train;
    };
    LabelledAxisChart* chart_ = nullptr;
    std::map<core::LearningRateRule, Modes> modes_;
    QLabel* hint_ = nullptr;
};

}  // namespace normlab::app
