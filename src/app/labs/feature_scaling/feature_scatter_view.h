#pragma once
// The training features before scaling (equal units on both axes, so a
// feature in hundreds beside one in single digits is a flat strip) and after
// min-max and z-score scaling.

#include <QObject>

#include "core/lab/scaling_comparison.h"

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace normlab::app {

class NiceChartView;

class FeatureScatterView : public QObject {
    Q_OBJECT
  public:
    explicit FeatureScatterView(QWidget* parent);

    [[nodiscard]] NiceChartView* rawChart() const { return raw_; }
    [[nodiscard]] NiceChartView* scaledChart() const { return scaled_; }

    // Draws again only when the snapshot carries other data.
    void render(const core::ScalingComparisonSnapshot& snapshot);
    // The next render draws again (axis titles name the features).
    void forgetData() { shownModel_ = nullptr; }
    void retranslate();

  private:
    NiceChartView* raw_;
    NiceChartView* scaled_;
    int rawPoints_ = -1;
    int minMaxPoints_ = -1;
    int zScorePoints_ = -1;
    const core::ScalingModel* shownModel_ = nullptr;
};

}  // namespace normlab::app
