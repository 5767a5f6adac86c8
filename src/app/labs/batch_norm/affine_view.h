#pragma once
// View 5, gamma and beta: the distribution of the BN layer's scale and shift
// over training (min-max band, 15th-85th band, mean), with the plain twin's
// implicit gamma = 1, beta = 0 as reference.

#include "app/labs/batch_norm/bn_view.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
QT_END_NAMESPACE

namespace normlab::app {

class BnChart;

class AffineView : public BnView {
    Q_OBJECT
  public:
    explicit AffineView(QWidget* parent = nullptr);
    void render(const TwinSnapshotPtr& snapshot) override;
    [[nodiscard]] QList<ChartView*> charts() const override;
    [[nodiscard]] QString title() const override { return tr("γ and β"); }
    void retranslate() override;

    [[nodiscard]] BnChart* chart(int which) const { return charts_[which]; }
    [[nodiscard]] int meanSeries() const { return mean_[0]; }

  private:
    void redraw();

    QComboBox* layer_;
    QLabel* layerLabel_;
    QLabel* note_;
    std::array<BnChart*, 2> charts_{};  // [0] gamma, [1] beta
    std::array<int, 2> outer_{}, inner_{}, mean_{}, plain_{};
    TwinSnapshotPtr last_;
};

}  // namespace normlab::app
