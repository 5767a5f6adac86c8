#pragma once
// "lr x B map": final test accuracy per batch size and learning rate. A cell
// holds only runs that differ in their seed: one BN setting and budget per
// map (the latest map run's, else the latest run's), one exact lr per cell.
// Below it, the map read as tuned lr per batch size (tuned_lr.h).

#include <QWidget>

#include "session/sweep_snapshot.h"

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace normlab::app {

class HeatmapChart;

class LrMapView : public QWidget {
    Q_OBJECT
  public:
    explicit LrMapView(QWidget* parent = nullptr);
    void render(const session::SweepSnapshot& sweep, const QList<int>& checkedSizes);
    [[nodiscard]] HeatmapChart* chart() const { return chart_; }
    // The tuned-lr sentences under the map; empty until two batch sizes trained.
    [[nodiscard]] QString tunedText() const;

  private:
    HeatmapChart* chart_ = nullptr;
    QLabel* hint_ = nullptr;
    QLabel* tuned_ = nullptr;
};

}  // namespace normlab::app
