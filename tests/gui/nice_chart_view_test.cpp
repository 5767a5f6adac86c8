// Round-number ticks that follow a chart's range without ever asking Qt
// Charts for thousands of tick items on the way.

#include "app/charts/nice_chart_view.h"

#include <gtest/gtest.h>

#include <QChart>
#include <QChartView>
#include <QValueAxis>
#include <algorithm>

namespace {

using normlab::app::NiceChartView;

// Every (range / tick spacing) the axis passes through while `change` runs.
template <typename Change>
double mostTicksSeen(NiceChartView& chart, Change change) {
    auto* axis = qobject_cast<QValueAxis*>(
        chart.findChild<QChartView*>()->chart()->axes(Qt::Horizontal).first());
    double most = 0.0;
    const auto record = [&] {
        most = std::max(most, (axis->max() - axis->min()) / axis->tickInterval());
    };
    const auto a = QObject::connect(axis, &QValueAxis::rangeChanged, record);
    const auto b = QObject::connect(axis, &QValueAxis::tickIntervalChanged, record);
    change();
    QObject::disconnect(a);
    QObject::disconnect(b);
    return most;
}

TEST(NiceChartView, ARangeAMillionTimesWiderNeverPassesThroughThousandsOfTicks) {
    NiceChartView chart;
    chart.resize(400, 300);
    chart.setNiceRange(Qt::Horizontal, 0.0, 1.0);
    EXPECT_LE(mostTicksSeen(chart, [&] { chart.setNiceRange(Qt::Horizontal, -5e5, 5e5); }), 20.0);
    EXPECT_LE(mostTicksSeen(chart, [&] { chart.setNiceRange(Qt::Horizontal, 0.0, 1e-3); }), 20.0);
}

TEST(NiceChartView, TicksFallOnRoundNumbersThatFitTheWidth) {
    NiceChartView chart;
    chart.resize(400, 300);
    chart.setNiceRange(Qt::Horizontal, -3.7, 812.0);
    auto* axis = qobject_cast<QValueAxis*>(
        chart.findChild<QChartView*>()->chart()->axes(Qt::Horizontal).first());
    const double ticks = (axis->max() - axis->min()) / axis->tickInterval();
    EXPECT_GE(ticks, 2.0);
    EXPECT_LE(ticks, 10.0);
    EXPECT_DOUBLE_EQ(axis->min(), -3.7);
    EXPECT_DOUBLE_EQ(axis->max(), 812.0);
    EXPECT_TRUE(axis->tickInterval() == 100.0 || axis->tickInterval() == 200.0 ||
                axis->tickInterval() == 500.0)
        << axis->tickInterval();
}

TEST(NiceChartView, ANarrowAxisStillGetsTwoLabelledTicks) {
    // Room for two labels: the plain round-up spacing would be 500 and leave
    // only the tick at 0 inside [-150, 330].
    EXPECT_DOUBLE_EQ(NiceChartView::niceInterval(480.0, 2), 500.0);
    EXPECT_DOUBLE_EQ(NiceChartView::labelledInterval(-150.0, 330.0, 2), 200.0);
    EXPECT_DOUBLE_EQ(NiceChartView::labelledInterval(-6.5, 3.2, 2), 5.0);
    // Already two inside: unchanged.
    EXPECT_DOUBLE_EQ(NiceChartView::labelledInterval(-500.0, 1300.0, 2), 1000.0);
    EXPECT_DOUBLE_EQ(NiceChartView::labelledInterval(0.0, 1.0, 5), 0.2);
}

}  // namespace
