#pragma once
// "Accuracy vs B": final test accuracy (or loss) per batch size, the mean
// over seeds of each run group with its spread, and the sentences measured
// in this sweep above it.

#include "app/labs/batch_size/sweep_choice_view.h"

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace normlab::app {

class GroupMeanChart;

class AccuracyView : public SweepChoiceView {
    Q_OBJECT
  public:
    explicit AccuracyView(QWidget* parent = nullptr);
    void render(const session::SweepSnapshot& sweep, const QList<int>& checkedSizes);
    void retranslate();
    [[nodiscard]] GroupMeanChart* chart() const { return chart_; }
    [[nodiscard]] bool showsLoss() const;

  private:
    void redraw() override;

    QLabel* measured_ = nullptr;
    GroupMeanChart* chart_ = nullptr;
    QList<int> sizes_;
};

}  // namespace normlab::app
