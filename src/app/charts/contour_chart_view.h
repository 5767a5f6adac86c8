#pragma once
// A chart of a loss surface over (w1, w2): filled contour bands as a pixmap
// and contour lines as one path item, both children of the QChart placed
// from the plot area (refreshed when it moves), under ordinary series for
// paths and markers. Clicks inside the plot area report the (w1, w2) value.
//
// Framing (setFraming): the view chooses its own window around a region that
// must stay visible. At equal scale (the default) one unit of w1 is exactly
// as long on screen as one unit of w2: the plot area is sized to whole tick
// intervals of the same length on both axes and centred in the room the
// chart has, so perpendicular directions look perpendicular. Stretched, the
// region fills the room and the plot says so. Ticks fall on 1, 2 or 5 times
// a power of ten on both axes: the window ends on tick multiples and the axes
// use fixed ticks, which Qt 6.4 lays out correctly on a vertical axis too.

#include <QImage>
#include <QMargins>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <functional>
#include <vector>

#include "app/charts/nice_chart_view.h"
#include "core/quadratic/contour_lines.h"
#include "core/quadratic/loss_grid.h"

QT_BEGIN_NAMESPACE
class QGraphicsPathItem;
class QGraphicsPixmapItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
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

    // Frames `region` (in (w1, w2)) at equal scale or stretched to fill; the
    // axes no longer follow setSurface's grid.
    void setFraming(const QRectF& region, bool equalScale);
    [[nodiscard]] bool isEqualScale() const { return equalScale_; }
    // A short note drawn inside the plot area's top-left corner; empty hides it.
    // Joined under the view's own "stretched" note when that is shown.
    void setNote(const QString& note);
    [[nodiscard]] QString noteText() const;
    // The text of the note shown when the plot is stretched (translated by the caller).
    void setStretchedNote(const QString& note);
    // Tick values of an axis as drawn (for tests).
    [[nodiscard]] QList<double> tickValues(Qt::Orientation orientation) const;
    // The tooltip for the point of the plot under the mouse, from (w1, w2);
    // an empty text shows none. Unset: no tooltips.
    void setToolTipFunction(std::function<QString(QPointF)> function);
    [[nodiscard]] QString toolTipAt(QPointF value) const;
    // The 1-2-5 spacing at least `minimum`.
    [[nodiscard]] static double niceStepAtLeast(double minimum);

  Q_SIGNALS:
    // A left click inside the plot area, in (w1, w2).
    void pointClicked(QPointF value);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    void schedulePlace();
    void place();
    void scheduleFrame();
    // Chooses window, ticks and plot area for the framing at the current size.
    void applyFraming();
    void updateNote();

    QGraphicsRectItem* clip_ = nullptr;  // the plot area: bands and lines stay inside
    QGraphicsRectItem* noteBox_ = nullptr;
    QGraphicsSimpleTextItem* noteItem_ = nullptr;
    QString note_;
    QString stretchedNote_;
    bool framed_ = false;
    bool equalScale_ = true;
    bool framePending_ = false;
    QRectF region_;  // in (w1, w2)
    QMargins baseMargins_;
    QMargins extra_;    // added to size the plot area
    int reframes_ = 0;  // framings since the last outside change
    QGraphicsPixmapItem* heatmapItem_ = nullptr;
    QGraphicsPathItem* contourItem_ = nullptr;
    QImage heatmap_;
    bool placePending_ = false;
    QRectF window_;  // in (w1, w2)
    std::function<QString(QPointF)> toolTip_;
};

}  // namespace normlab::app
