#pragma once
// A ChartView whose axes can carry labels at chosen positions (a log2 batch
// size axis plots log2(B) and labels it "2, 4, ..., 1024") and min-max bands
// drawn under the lines. Still the only Qt Charts code is in app/.

#include <QList>
#include <QPair>
#include <QPointF>
#include <QString>

#include "app/chart_view.h"

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QCategoryAxis;
class QLineSeries;
QT_END_NAMESPACE

namespace normlab::app {

// (position in data units, label)
using AxisTicks = QList<QPair<double, QString>>;

// Ticks at log2 of each value, labelled with the value ("2", "4", ..., "1024").
[[nodiscard]] AxisTicks log2Ticks(const QList<int>& values);
// Ticks at every power of ten in [10^lo, 10^hi], labelled "0.001", "1", "1e+04".
[[nodiscard]] AxisTicks log10Ticks(int lo, int hi);

class LabelledAxisChart : public ChartView {
    Q_OBJECT
  public:
    explicit LabelledAxisChart(QWidget* parent = nullptr);

    // Hides the numeric labels of that axis and shows these instead; an empty
    // list brings the numbers back.
    void setXTicks(const AxisTicks& ticks);
    void setYTicks(const AxisTicks& ticks);
    // Rounds a numeric axis' range and ticks to values a reader can say aloud.
    void applyNiceNumbers(Qt::Orientation orientation);
    // Where the legend sits: the bottom (default) or, for many entries, the right.
    void setLegendAlignment(Qt::Alignment alignment);
    // Axis titles go to whichever axis shows the labels.
    void setAxisTitles(const QString& x, const QString& y);

    // A shaded band (e.g. min-max over seeds) drawn under the line series;
    // returns its index for setBand(). An empty name keeps it off the legend.
    int addBand(const QString& name, const QColor& color);
    void setBand(int band, const QList<QPointF>& lower, const QList<QPointF>& upper);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void setTicks(Qt::Orientation orientation, const AxisTicks& ticks);
    void applyTickFonts();

    QCategoryAxis* xTicks_ = nullptr;
    QCategoryAxis* yTicks_ = nullptr;
    QString xTitle_;
    QString yTitle_;
    struct Band {
        QAreaSeries* area = nullptr;
        QLineSeries* lower = nullptr;
        QLineSeries* upper = nullptr;
    };
    QList<Band> bands_;
};

}  // namespace normlab::app
