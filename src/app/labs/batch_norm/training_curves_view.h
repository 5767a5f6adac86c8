#pragma once
// View 4, the paper's Fig. 1a: training loss and test accuracy of both twins
// over training, and the gap between training and test accuracy.

#include "app/labs/batch_norm/bn_view.h"

namespace normlab::app {

class TrainingCurvesView : public BnView {
    Q_OBJECT
  public:
    explicit TrainingCurvesView(QWidget* parent = nullptr);
    void retranslate() override;

    [[nodiscard]] BnChart* accuracyChart() const { return accuracy_; }
    [[nodiscard]] int testAccuracySeries(int model) const { return testAccuracy_[model]; }

  private:
    void draw(const core::TwinSnapshot& s) override;
    void nameSeries();
    BnChart* loss_;
    BnChart* accuracy_;
    BnChart* gap_;
    QLabel* readout_;
    int shownModels_ = 2;
    std::array<int, 3> trainLoss_{}, testLoss_{}, testAccuracy_{}, gapSeries_{};
};

}  // namespace normlab::app
