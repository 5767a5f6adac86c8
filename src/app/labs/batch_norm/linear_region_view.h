#pragma once
// View 3, the sigmoid's linear region: the sigmoid with the latest input
// histogram of a layer under it for both twins, the band |z| <= 1.96
// shaded, and how much of the input is linear, saturated and how large the
// mean derivative is.

#include "app/labs/batch_norm/bn_view.h"

QT_BEGIN_NAMESPACE
class QDoubleSpinBox;
QT_END_NAMESPACE

namespace normlab::app {

struct RegionReadout {
    double linear = 0;      // fraction with |z| <= 1.96
    double saturated = 0;   // fraction with |z| > ln(1/eps - 1)
    double derivative = 0;  // mean f'(z) / max f'
};

// Fraction of a histogram's values with |z| > threshold, counting a bin
// that straddles the threshold in proportion to its overlap.
double fractionBeyond(const core::Histogram& histogram, double threshold);

class LinearRegionView : public BnView {
    Q_OBJECT
  public:
    explicit LinearRegionView(QWidget* parent = nullptr);
    void retranslate() override;

    [[nodiscard]] BnChart* chart() const { return chart_; }
    [[nodiscard]] int histogramSeries(int model) const { return histogram_[model]; }
    [[nodiscard]] const RegionReadout& readout(int model) const { return readouts_[model]; }

  private:
    void draw(const core::TwinSnapshot& s) override;

    QComboBox* layer_;
    QDoubleSpinBox* eps_;
    QLabel* epsLabel_;
    QLabel* table_;
    QLabel* note_;
    BnChart* chart_;
    int band_ = 0;
    int curve_ = 0;
    std::array<int, 2> histogram_{};
    std::array<RegionReadout, 2> readouts_{};
};

}  // namespace normlab::app
