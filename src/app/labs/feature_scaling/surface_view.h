#pragma once
// One scaling's loss surface: the contour plot with its eigen-directions,
// minimum, start and descent path, and the readout of the numbers that
// explain it (kappa, lambda_max, lambda_min, 2/lambda_max, steps).

#include <QObject>
#include <QPointF>
#include <cstddef>

#include "core/lab/scaling_comparison.h"

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace normlab::app {

class ContourChartView;
class RichTextBox;

class SurfaceView : public QObject {
    Q_OBJECT
  public:
    // The series of one plot, by what they draw.
    struct Series {
        int steepest = -1;
        int flattest = -1;
        int minimum = -1;
        int start = -1;
        int path = -1;
        int current = -1;
    };

    // `index`: the run shown (0 none, 1 min-max, 2 z-score); widgets are children of `parent`.
    SurfaceView(std::size_t index, QWidget* parent);

    [[nodiscard]] ContourChartView* plot() const { return plot_; }
    [[nodiscard]] RichTextBox* readout() const { return readout_; }
    [[nodiscard]] const Series& series() const { return series_; }

    void render(const core::ScalingComparisonSnapshot& snapshot, bool equalScale);
    // The next render draws the surface again (another sampling of it).
    void forgetSurface() { shownSurface_ = nullptr; }
    void retranslate();

  Q_SIGNALS:
    // A click in the plot: all three runs should start there.
    void startPicked(QPointF start);

  private:
    [[nodiscard]] QString readoutText(const core::ScalingComparisonSnapshot& snapshot) const;

    std::size_t index_;
    ContourChartView* plot_;
    RichTextBox* readout_;
    Series series_;
    const core::ScalingSurface* shownSurface_ = nullptr;
};

}  // namespace normlab::app
