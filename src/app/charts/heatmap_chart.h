#pragma once
// A chart of coloured cells with their value written in (the batch-size
// lab's lr x batch-size map). Cells are graphics items of the QChart, between
// the plot background and the grid, placed with mapToPosition and moved when
// the plot area changes.

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

#include "app/charts/labelled_axis_chart.h"

QT_BEGIN_NAMESPACE
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
QT_END_NAMESPACE

namespace normlab::app {

struct HeatCell {
    QRectF rect;   // in data units
    double value;  // NaN: no result (drawn grey, e.g. a diverged run)
    QString text;  // written in the cell
    QString toolTip;
};

class HeatmapChart : public LabelledAxisChart {
    Q_OBJECT
  public:
    explicit HeatmapChart(QWidget* parent = nullptr);

    // Values mapped onto the colour scale; outside values are clamped.
    void setValueRange(double low, double high);
    void setCells(const QList<HeatCell>& cells);
    [[nodiscard]] int cellCount() const { return static_cast<int>(cells_.size()); }
    [[nodiscard]] const QList<HeatCell>& cells() const { return cells_; }
    // The colour a value gets (perceptually ordered, dark = low).
    [[nodiscard]] QColor colorFor(double value) const;

  private:
    void relayout();

    double low_ = 0.0;
    double high_ = 1.0;
    QList<HeatCell> cells_;
    QList<QGraphicsRectItem*> rects_;
    QList<QGraphicsSimpleTextItem*> texts_;
};

}  // namespace normlab::app
