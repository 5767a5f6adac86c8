#pragma once
// Named handles for a mean over seeds drawn with its spread: a min-max band,
// the mean line, markers on it and vertical min-max error bars. Views keep
// one handle per model instead of computing series indices.

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

namespace normlab::app {

class LabelledAxisChart;

// Mean, min and max of the finite values (NaN when there are none).
struct Spread {
    double mean;
    double min;
    double max;
};
[[nodiscard]] Spread spreadOf(const QList<double>& values);

struct SpreadSeries {
    int band = -1;
    int line = -1;
    int markers = -1;
    int errorBars = -1;  // -1: drawn without error bars

    // Adds the band now; the line series with addLines (after every band,
    // so the bands stay under the lines).
    static SpreadSeries addBand(LabelledAxisChart* chart, const QColor& color);
    void addLines(LabelledAxisChart* chart, const QColor& color, bool withErrorBars);
    // Points (x, values over seeds); empty values are skipped. Names the line
    // (empty name or no points: off the legend). Returns the [min, max] drawn.
    QPair<double, double> set(LabelledAxisChart* chart, const QList<QPair<double, Spread>>& points,
                              const QString& name) const;
};

}  // namespace normlab::app
