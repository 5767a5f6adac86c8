#pragma once
// A chart whose axis ranges are set exactly (a plot's window, a data
// extent) while its horizontal ticks fall on round numbers a reader can say
// aloud (1, 2 or 5 times a power of ten), as many as the width allows; the
// vertical axis gets as many evenly spaced ticks as its height allows.

#include "app/chart_view.h"

namespace normlab::app {

class NiceChartView : public ChartView {
    Q_OBJECT
  public:
    explicit NiceChartView(QWidget* parent = nullptr);

    // The exact range; horizontal ticks at round multiples inside it.
    void setNiceRange(Qt::Orientation orientation, double min, double max);
    // A range already on round numbers, with `intervals` equal steps between ticks.
    void setFixedTicks(Qt::Orientation orientation, double min, double max, int intervals);
    // A round tick spacing giving at most about `maxTicks` ticks over `span`.
    [[nodiscard]] static double niceInterval(double span, int maxTicks);
    // A round spacing as above, smaller if needed so that at least two
    // ticks fall inside [min, max].
    [[nodiscard]] static double labelledInterval(double min, double max, int maxTicks);

  protected:
    void resizeEvent(QResizeEvent* event) override;
    // Off for a chart that sets its own vertical ticks.
    bool autoVerticalTicks_ = true;
    bool autoHorizontalTicks_ = true;

  private:
    void updateTicks();
    // How many ticks fit along an axis at the current size and font.
    [[nodiscard]] int maxTicks(Qt::Orientation orientation) const;
};

}  // namespace normlab::app
