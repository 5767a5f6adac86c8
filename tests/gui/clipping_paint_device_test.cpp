// SVG export ends every series at the plot area, as on screen: Qt 6.4's SVG
// engine ignores clipping, so the device clips the geometry itself.

#include "app/charts/clipping_paint_device.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include "app/chart_view.h"

namespace {

using normlab::app::ChartView;
using normlab::app::ClippingPaintDevice;

TEST(ClippingPaintDevice, CutsAPolylineIntoItsPartsInsideTheRectangle) {
    const QRectF box(0, 0, 10, 10);
    // In, out through the right edge, back in through the top, out at the left.
    const QPolygonF line({{5, 5}, {15, 5}, {5, -5}, {5, 5}, {-5, 5}});
    const QList<QPolygonF> pieces = ClippingPaintDevice::clipPolyline(line, box);
    ASSERT_EQ(pieces.size(), 2);
    EXPECT_EQ(pieces[0], QPolygonF({{5, 5}, {10, 5}}));
    EXPECT_EQ(pieces[1], QPolygonF({{5, 0}, {5, 5}, {0, 5}}));
    // Wholly outside: nothing; wholly inside: unchanged.
    EXPECT_TRUE(ClippingPaintDevice::clipPolyline(QPolygonF({{20, 20}, {30, 25}}), box).isEmpty());
    const QPolygonF inside({{1, 1}, {2, 8}, {9, 9}});
    EXPECT_EQ(ClippingPaintDevice::clipPolyline(inside, box), QList<QPolygonF>{inside});
    // A line through the whole box keeps its chord.
    const QList<QPolygonF> chord =
        ClippingPaintDevice::clipPolyline(QPolygonF({{-10, 5}, {30, 5}}), box);
    ASSERT_EQ(chord.size(), 1);
    EXPECT_EQ(chord[0], QPolygonF({{0, 5}, {10, 5}}));
}

bool isRed(QRgb c) { return qRed(c) > 180 && qGreen(c) < 110 && qBlue(c) < 110; }

TEST(ClippingPaintDevice, AnSvgChartDrawsNoSeriesOutsideItsPlotArea) {
    ChartView chart;
    chart.resize(500, 360);
    chart.setTitle(QStringLiteral("Direction lines"));
    chart.setAxisTitles(QStringLiteral("w1"), QStringLiteral("w2"));
    chart.setXRange(0, 1);
    chart.setYRange(0, 1);
    // A line meant to leave any window, as the eigen-directions do.
    const int line = chart.addLineSeries(QString(), QColor(230, 20, 20), 3.0);
    chart.setPoints(line, {QPointF(-50, -50), QPointF(50, 50)});  // y = x
    chart.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
    const QRectF plot = QRectF(chart.mapToWidget(QPointF(0, 1)), chart.mapToWidget(QPointF(1, 0)))
                            .normalized();
    ASSERT_GT(plot.width(), 100);

    QTemporaryDir dir;
    const QString path = dir.filePath("chart.svg");
    QString error;
    ASSERT_TRUE(chart.exportSvg(path, &error)) << error.toStdString();
    QSvgRenderer svg(path);
    ASSERT_TRUE(svg.isValid());
    const QSize size = chart.renderImage(1).size();
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    svg.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();

    int inside = 0, outside = 0;
    const QRectF allowed = plot.adjusted(-3, -3, 3, 3);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            if (!isRed(image.pixel(x, y))) continue;
            (allowed.contains(QPointF(x + 0.5, y + 0.5)) ? inside : outside)++;
        }
    EXPECT_GT(inside, 100);  // the line is there, across the plot
    EXPECT_EQ(outside, 0);   // and not through the title, axes or labels
    // The title and axis labels are still text in the SVG.
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("Direction lines"));
}

}  // namespace
