#pragma once
// "Learning curves": test accuracy of every finished run while it trained,
// against epochs, updates or wall time; one colour ramp per model (plain
// orange, BN blue), light for small batches, dark for large ones.

#include "app/labs/batch_size/sweep_choice_view.h"

namespace normlab::app {

class LabelledAxisChart;

class LearningCurvesView : public SweepChoiceView {
    Q_OBJECT
  public:
    explicit LearningCurvesView(QWidget* parent = nullptr);
    void render(const session::SweepSnapshot& sweep);
    void retranslate();
    [[nodiscard]] LabelledAxisChart* chart() const { return chart_; }

  private:
    void redraw() override;

    LabelledAxisChart* chart_ = nullptr;
    int seriesUsed_ = 0;
};

}  // namespace normlab::app
