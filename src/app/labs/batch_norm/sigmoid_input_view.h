#pragma once
// View 2, the paper's Fig. 1b/c: the 15th, 50th and 85th percentiles of the
// activation input of one unit (or of a whole layer) over training, as a
// band with a median line, with BN and without side by side.

#include "app/labs/batch_norm/bn_view.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QSpinBox;
QT_END_NAMESPACE

namespace normlab::app {

class SigmoidInputView : public BnView {
    Q_OBJECT
  public:
    explicit SigmoidInputView(QWidget* parent = nullptr);
    void retranslate() override;

    [[nodiscard]] BnChart* chart(int model) const { return charts_[model]; }
    [[nodiscard]] int medianSeries() const { return median_[0]; }
    [[nodiscard]] QSpinBox* unitBox() const { return unit_; }
    // The units of the tracked layer of the network the controls describe:
    // the chooser offers every one of them, before the next run is drawn.
    void setUnitCount(int units);
    [[nodiscard]] QComboBox* sourceBox() const { return source_; }

  Q_SIGNALS:
    // The tracked unit (of the last hidden layer) the user picked.
    void trackedUnitRequested(int unit);

  private:
    void adopt(const core::TwinSnapshot& s) override;
    void draw(const core::TwinSnapshot& s) override;
    // Both networks' drift since step 0 of the shown quantity (0 = the tracked unit).
    [[nodiscard]] QString driftText(const core::TwinSnapshot& s, int layer) const;

    QComboBox* source_;
    QSpinBox* unit_;
    QCheckBox* sameScale_;
    QLabel* sourceLabel_;
    QLabel* unitLabel_;
    QLabel* readout_;
    std::array<BnChart*, 2> charts_{};
    std::array<int, 2> band_{};
    std::array<int, 2> median_{};
};

}  // namespace normlab::app
