#pragma once
// View 5, gamma and beta: the distribution of the BN layer's scale and shift
// over training (min-max band, 15th-85th band, mean), with the plain twin's
// implicit gamma = 1, beta = 0 as reference.

#include "app/labs/batch_norm/bn_view.h"

namespace normlab::app {

class AffineView : public BnView {
    Q_OBJECT
  public:
    explicit AffineView(QWidget* parent = nullptr);
    void retranslate() override;

    [[nodiscard]] BnChart* chart(int which) const { return charts_[which]; }
    [[nodiscard]] int meanSeries() const { return mean_[0]; }

  private:
    void draw(const core::TwinSnapshot& s) override;

    QComboBox* layer_;
    QLabel* note_;
    std::array<BnChart*, 2> charts_{};  // [0] gamma, [1] beta
    std::array<int, 2> outer_{}, inner_{}, mean_{}, plain_{};
};

}  // namespace normlab::app
