#pragma once
// Chart machinery of the batch-normalization lab, kept behind ChartView so
// a later port away from Qt Charts stays local: percentile bands (an area
// between two lines) and heatmaps (a pixmap placed in the plot area).

#include <QImage>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <utility>

#include "app/chart_view.h"

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QGraphicsPixmapItem;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace normlab::app {

class BnChart : public ChartView {
    Q_OBJECT
  public:
    explicit BnChart(QWidget* parent = nullptr);

    // Charts whose series are all unnamed need no legend space.
    void setLegendVisible(bool visible);
    // Shorter than `lines` lines of its font, the chart leaves out its
    // x-axis title rather than letting Qt Charts elide it to "..." (large
    // fonts in a small window); 0: always shown.
    void setCompactBelowLines(int lines);

  protected:
    void resizeEvent(QResizeEvent* event) override;

  public:

    // A filled band between an upper and a lower line; returns its index.
    int addBand(const QString& name, const QColor& color);
    void setBand(int band, const QList<QPointF>& upper, const QList<QPointF>& lower);
    [[nodiscard]] int bandPointCount(int band) const;
    void setBandName(int band, const QString& name);

    // Axis ranges covering [lo, hi] with round tick values a reader can say
    // aloud; the axis is only touched when the rounded range changes.
    void setNiceXRange(double lo, double hi);
    void setNiceYRange(double lo, double hi);
    // The chart's x or y axis (what a test reads the range and ticks from).
    [[nodiscard]] QValueAxis* valueAxis(Qt::Orientation orientation) const;

    // A density image covering `values` (x: left..right, y: bottom..top in
    // data units), drawn under the grid and the series.
    void setHeatmap(const QImage& image, const QRectF& values);
    [[nodiscard]] bool hasHeatmap() const;

  private:
    void placeHeatmap();
    void setNiceRange(Qt::Orientation orientation, double lo, double hi);

    struct Band {
        QAreaSeries* area = nullptr;
        QLineSeries* upper = nullptr;
        QLineSeries* lower = nullptr;
    };
    QList<Band> bands_;
    QGraphicsPixmapItem* heatmap_ = nullptr;
    QImage heatmapImage_;
    QRectF heatmapValues_;
    int compactBelowLines_ = 0;
    std::pair<double, double> xRange_{0.0, 1.0};  // the last setNiceXRange(), redone on resize
    bool hasXRange_ = false;
};

}  // namespace normlab::app
