// The Same training loss view's 2-D slices: drawn from the bundled result's
// slice.csv on one colour scale and one set of contour levels, the centre
// marked, and a text whose numbers come from the loaded data (other data,
// other text); an older folder without slice.csv says the slices are absent.

#include "app/labs/batch_size/same_loss_view.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include "app/charts/contour_chart_view.h"

namespace {

using normlab::app::ContourChartView;
using normlab::app::SameLossView;

// A copy of the bundled result to change.
bool copyBundled(const QString& to) {
    const QDir from(SameLossView::bundledDirectory());
    for (const QString& name : from.entryList(QDir::Files))
        if (!QFile::copy(from.filePath(name), QDir(to).filePath(name))) return false;
    return true;
}

// Every training loss of slice.csv times `factor` plus `offset` at the large model.
void scaleLargeSlice(const QString& dir, double factor) {
    QFile f(QDir(dir).filePath("slice.csv"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
    f.close();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QStringList cells = lines[i].split(',');
        if (cells[1] == "large") cells[5] = QString::number(cells[5].toDouble() * factor, 'g', 17);
        lines[i] = cells.join(',');
    }
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write((lines.join('\n') + '\n').toUtf8());
}

TEST(SameLossSlices, DrawsBothSlicesAndWordsTheirNumbers) {
    ASSERT_FALSE(SameLossView::bundledDirectory().isEmpty());
    SameLossView view;
    view.resize(1600, 800);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const QString text = view.summaryText();
    EXPECT_TRUE(text.contains("2-D slices")) << text.toStdString();
    EXPECT_TRUE(text.contains("21 × 21")) << text.toStdString();
    ASSERT_FALSE(view.sliceLevels().isEmpty());
    for (int m = 0; m < 2; ++m) {
        ContourChartView* plot = view.slicePlot(m);
        ASSERT_TRUE(plot->isVisible());
        EXPECT_EQ(plot->points(0), QList<QPointF>{QPointF(0, 0)});  // the centre marked
        // A cell's tooltip: the nearest grid point, its loss and rise.
        const QString tip = plot->toolTipAt(QPointF(0.02, -0.01));
        EXPECT_TRUE(tip.startsWith("a = 0, b = 0: training loss")) << tip.toStdString();
        EXPECT_TRUE(tip.contains("(0.000 above the solution)")) << tip.toStdString();
        EXPECT_TRUE(plot->toolTipAt(QPointF(0.98, 1.0)).startsWith("a = 1, b = 1:"));
        // The band at the centre is the lowest one's colour (the solution is the valley).
        QImage image;
        QTRY_VERIFY_WITH_TIMEOUT(
            (image = plot->grab().toImage(),
             QColor(image.pixel(plot->mapToWidget(QPointF(0.35, 0.0)).toPoint())) !=
                 QColor(Qt::white)),
            5000);
        const QPoint corner = plot->mapToWidget(QPointF(-0.97, -0.97)).toPoint();
        // The corners rise far above the centre: a deeper band.
        EXPECT_LT(QColor(image.pixel(corner)).lightness(),
                  ContourChartView::bandColor(0.0).lightness() - 60);
    }

    // Other data, other words: the large model's slice made ten times steeper.
    QTemporaryDir dir;
    ASSERT_TRUE(copyBundled(dir.path()));
    scaleLargeSlice(dir.path(), 10.0);
    ASSERT_TRUE(view.load(dir.path()));
    EXPECT_NE(view.summaryText(), text);
    EXPECT_TRUE(view.summaryText().contains("rises more in 3 of 3 seeds"));
    scaleLargeSlice(dir.path(), 0.001);  // now below the small model's everywhere
    ASSERT_TRUE(view.load(dir.path()));
    EXPECT_TRUE(view.summaryText().contains("rises more in 0 of 3 seeds"))
        << view.summaryText().toStdString();

    // An older folder: no slice.csv.
    ASSERT_TRUE(QFile::remove(QDir(dir.path()).filePath("slice.csv")));
    ASSERT_TRUE(view.load(dir.path()));
    EXPECT_TRUE(view.summaryText().contains("no 2-D loss slices"));
    EXPECT_FALSE(view.slicePlot(0)->isVisible());
    EXPECT_FALSE(view.slicePlot(1)->isVisible());
}

}  // namespace
