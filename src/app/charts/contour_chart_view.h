#pragma once
// A chart of a loss surface over (w1, w2): filled contour bands as a pixmap
// and contour lines as one path item, both children of the QChart placed
// from the plot area (refreshed when it moves), under ordinary series for
// paths and markers. Clicks inside the plot area report the (w1, w2) value.

#include <QImage>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <vector>

#include "app/charts/nice_chart_view.h"
#include "core/quadratic/contour_lines.h"
#include "core/quadratic/loss_grid.h"

QT_BEGIN_NAMESPACE
class QGraphicsPathItem;
class QGraphicsPixmapItem;
QT_END_NAMESPACE

namespace normlab::app {

class ContourChartView : public NiceChartView {
    Q_OBJECT
  public:
    explicit ContourChartView(QWidget* parent = nullptr);

    // Shows `grid` coloured by the band between consecutive contour levels,
    // with the level lines on top; the axes take the grid's window.
    void setSurface(const core::LossGrid& grid, const std::vector<core::ContourLevel>& levels);
    // A dashed or dotted helper line (eigen-directions); returns its series.
    int addStyledLineSeries(const QColor& color, qreal width, Qt::PenStyle style);
    // The band colour for a position in [0, 1] (0 = the lowest band).
    [[nodiscard]] static QColor bandColor(double t);

  Q_SIGNALS:
    // A left click inside the plot area, in (w1, w2).
    void pointClicked(QPointF value);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void schedulePlace();
    void place();

    QGraphicsPixmapItem* heatmapItem_ = nullptr;
    QGraphicsPathItem* contourItem_ = nullptr;
    QImage heatmap_;
    bool placePending_ = false;
    QRectF window_;  // in (w1, w2)
};

}  // namespace normlab::app
