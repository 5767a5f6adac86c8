#pragma once
// View 8, Santurkar et al.'s decisive experiment: the BN network, the plain
// one and "noisy BN" (the BN network with random per-unit shifts and scales
// injected after every BN layer at every step) side by side: test accuracy,
// and how far each network's last-hidden-layer inputs sit from where they
// started. The verdict under the charts is computed from this run.

#include "app/labs/batch_norm/bn_view.h"

namespace normlab::app {

class NoisyBnView : public BnView {
    Q_OBJECT
  public:
    explicit NoisyBnView(QWidget* parent = nullptr);
    void retranslate() override;

    [[nodiscard]] QString verdict() const;
    [[nodiscard]] BnChart* shiftChart() const { return shift_; }
    [[nodiscard]] int shiftSeries(int model) const { return shiftSeries_[model]; }
    // Evaluations averaged for the accuracy read-out: one evaluation of a
    // sigmoid network at lr 0.5 jumps by a point or two.
    static constexpr std::size_t kLateEvaluations = 5;
    // Within this many points of BN's accuracy counts as "the same benefit".
    static constexpr double kSameAccuracyPoints = 3.0;

  private:
    void draw(const core::TwinSnapshot& s) override;
    // The verdict and whether the charts show: both hold before any run too.
    void showVerdict();

    BnChart* accuracy_;
    BnChart* shift_;
    QLabel* text_;
    QWidget* chartsPane_;
    std::array<int, 3> accuracySeries_{}, shiftSeries_{};
};

}  // namespace normlab::app
