#include "app/charts/heatmap_chart.h"

#include <QBrush>
#include <QChart>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>
#include <algorithm>
#include <array>
#include <cmath>

namespace normlab::app {

namespace {
// Between the plot background (0) and the grid (2); the text above the grid.
constexpr qreal kCellZ = 0.5;
constexpr qreal kTextZ = 3.5;

// Viridis at five stops: ordered in lightness, readable in greyscale.
constexpr std::array<std::array<int, 3>, 5> kStops = {{
    {68, 1, 84},
    {59, 82, 139},
    {33, 145, 140},
    {94, 201, 98},
    {253, 231, 37},
}};
}  // namespace

HeatmapChart::HeatmapChart(QWidget* parent) : LabelledAxisChart(parent) {
    // mapToPosition needs a series on the axes: an invisible anchor.
    setSeriesName(addScatterSeries(QString(), Qt::transparent, 0.0), QString());
    connect(chart(), &QChart::plotAreaChanged, this, [this] { relayout(); });
}

void HeatmapChart::setValueRange(double low, double high) {
    if (!(high > low)) return;
    low_ = low;
    high_ = high;
    relayout();
}

QColor HeatmapChart::colorFor(double value) const {
    if (!std::isfinite(value)) return QColor(190, 190, 190);
    const double t = std::clamp((value - low_) / (high_ - low_), 0.0, 1.0) * (kStops.size() - 1);
    const auto i = std::min(static_cast<std::size_t>(t), kStops.size() - 2);
    const double f = t - static_cast<double>(i);
    const auto mix = [&](int c) {
        return static_cast<int>(std::lround(kStops[i][c] * (1 - f) + kStops[i + 1][c] * f));
    };
    return QColor(mix(0), mix(1), mix(2));
}

void HeatmapChart::setCells(const QList<HeatCell>& cells) {
    cells_ = cells;
    while (rects_.size() < cells_.size()) {
        auto* rect = new QGraphicsRectItem(chart());
        rect->setZValue(kCellZ);
        rect->setPen(QPen(Qt::white, 1.0));
        auto* text = new QGraphicsSimpleTextItem(chart());
        text->setZValue(kTextZ);
        rects_.append(rect);
        texts_.append(text);
    }
    relayout();
}

void HeatmapChart::relayout() {
    const QList<QAbstractSeries*> series = chart()->series();
    QAbstractSeries* anchor = series.isEmpty() ? nullptr : series.first();
    const QRectF plot = chart()->plotArea();
    QFont textFont = font();
    textFont.setBold(true);
    for (qsizetype i = 0; i < rects_.size(); ++i) {
        const bool used = i < cells_.size();
        rects_[i]->setVisible(used);
        texts_[i]->setVisible(used);
        if (!used) continue;
        const HeatCell& cell = cells_[i];
        const QPointF a = chart()->mapToPosition(cell.rect.topLeft(), anchor);
        const QPointF b = chart()->mapToPosition(cell.rect.bottomRight(), anchor);
        const QRectF box = QRectF(a, b).normalized().intersected(plot);
        const QColor color = colorFor(cell.value);
        rects_[i]->setRect(box);
        rects_[i]->setBrush(color);
        rects_[i]->setToolTip(cell.toolTip);
        texts_[i]->setText(cell.text);
        texts_[i]->setFont(textFont);
        const double luma = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue();
        texts_[i]->setBrush(luma > 140 ? Qt::black : Qt::white);
        const QRectF textBox = texts_[i]->boundingRect();
        // Text that does not fit is left out rather than spilling over a neighbour.
        texts_[i]->setVisible(textBox.width() <= box.width() && textBox.height() <= box.height());
        texts_[i]->setPos(box.center() - textBox.center());
    }
}

}  // namespace normlab::app
