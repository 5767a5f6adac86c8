#pragma once
// View 7, "Is it really covariate shift?" (Santurkar et al. 2018): the
// gradient-difference ICS measure of a layer, and the loss landscape's
// smoothness along the gradient (loss and gradient change over step sizes
// c * lr, c in [0.5, 4]) at each checkpoint, for both twins. Off by default:
// it costs extra passes, and the view says how much.

#include "app/labs/batch_norm/bn_view.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
QT_END_NAMESPACE

namespace normlab::app {

class LandscapeView : public BnView {
    Q_OBJECT
  public:
    explicit LandscapeView(QWidget* parent = nullptr);
    void retranslate() override;

    [[nodiscard]] QCheckBox* enableBox() const { return enable_; }
    [[nodiscard]] BnChart* icsChart() const { return ics_; }
    [[nodiscard]] int icsSeries(int model) const { return icsL2_[model]; }
    [[nodiscard]] BnChart* relativeChart() const { return relative_; }
    [[nodiscard]] int relativeSeries(int model) const { return icsRelative_[model]; }
    [[nodiscard]] BnChart* cosineChart() const { return cosine_; }
    [[nodiscard]] QLabel* legend() const { return legend_; }
    [[nodiscard]] BnChart* lossChart() const { return loss_; }
    [[nodiscard]] int lossBand(int model) const { return lossBand_[model]; }

  Q_SIGNALS:
    void measuringToggled(bool on);

  private:
    void adopt(const core::TwinSnapshot& snapshot) override;
    void draw(const core::TwinSnapshot& s) override;
    void nameSeries();

    QCheckBox* enable_;
    QComboBox* layer_;
    QLabel* layerLabel_;
    QLabel* cost_;
    QWidget* chartsPane_;
    QLabel* legend_;  // one for all five charts
    QLabel* smoothnessHeading_;
    BnChart* ics_;
    BnChart* relative_;
    BnChart* cosine_;
    BnChart* loss_;
    BnChart* gradient_;
    std::array<int, 3> icsL2_{}, icsRelative_{}, icsCos_{}, lossBand_{}, gradientBand_{};
    int shownModels_ = 2;
};

}  // namespace normlab::app
