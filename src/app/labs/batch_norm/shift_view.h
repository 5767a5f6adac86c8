#pragma once
// View 1, internal covariate shift: each twin's pre-activation distribution
// of one layer over training as a heatmap (bins x checkpoint), and both
// distributions at the scrubbed checkpoint overlaid.

#include <QTimer>
#include <memory>

#include "app/labs/batch_norm/bn_view.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QPushButton;
class QSlider;
QT_END_NAMESPACE

namespace normlab::app {

class ShiftView : public BnView {
    Q_OBJECT
  public:
    explicit ShiftView(QWidget* parent = nullptr);
    void retranslate() override;

    [[nodiscard]] BnChart* heatmap(int model) const { return heatmaps_[model]; }
    [[nodiscard]] BnChart* overlay() const { return overlay_; }
    [[nodiscard]] QSlider* scrubber() const { return scrubber_; }
    [[nodiscard]] QLabel* driftLabel() const { return explain_; }
    // The layer shown, 1-based, or 0 for the last hidden one (which follows
    // the network); a layer set before any run is drawn waits for the first.
    [[nodiscard]] int shownLayer() const;
    void showLayer(int layer);

  private:
    void adopt(const core::TwinSnapshot& s) override;
    void draw(const core::TwinSnapshot& s) override;
    // The measured drift of both networks' inputs at `layer` (0-based), worded.
    [[nodiscard]] QString driftText(const core::TwinSnapshot& s, int layer) const;

    QComboBox* layer_;
    QSlider* scrubber_;
    QPushButton* replay_;
    QCheckBox* sameScale_;
    QLabel* stepLabel_;
    QLabel* explain_;
    QLabel* clipped_;
    QTimer replayTimer_;
    std::array<BnChart*, 2> heatmaps_{};
    std::array<int, 2> markerSeries_{};
    std::array<int, 2> frameSeries_{};
    BnChart* overlay_;
    std::array<int, 2> overlaySeries_{};
    bool following_ = true;
    int wantedLayer_ = -1;  // set before the chooser had layers; -1 = none
};

}  // namespace normlab::app
