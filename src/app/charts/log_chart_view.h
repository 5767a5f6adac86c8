#pragma once
// A line chart with a logarithmic y axis (losses falling over decades).
// Values are drawn as log10(y) on a value axis whose ticks sit on whole
// decades and read "1e-6", "1e0", ... (Qt 6.4's log axis elides its labels
// on a vertical axis). Points with y <= 0 cannot be shown and are dropped.

#include <cmath>

#include "app/charts/nice_chart_view.h"

namespace normlab::app {

class LogChartView : public NiceChartView {
    Q_OBJECT
  public:
    explicit LogChartView(QWidget* parent = nullptr);

    // Points in data units; y is shown on the log axis.
    void setLogPoints(int series, const QList<QPointF>& points);
    // Fits the y axis to whole decades around the drawn values (at most 12 decades).
    void fitLogY();

  private:
    int decadeMin_ = -6;
    int decadeMax_ = 0;
};

}  // namespace normlab::app
