#include "app/labs/batch_size/group_mean_chart.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "app/labs/batch_size/batch_size_page.h"
#include "core/lab/run_verdict.h"

namespace normlab::app {

namespace {
const QColor kFlaggedColor(0xc0, 0x00, 0x00);
}

GroupMeanChart::GroupMeanChart(QWidget* parent) : LabelledAxisChart(parent) {
    for (const RunGroup& g : allGroups()) groups_[g] = SpreadSeries::addBand(this, groupColor(g));
    for (auto& [g, series] : groups_) series.addLines(this, groupColor(g), true);
    flagged_ = addScatterSeries(QString(), kFlaggedColor, 11.0);
}

const SpreadSeries& GroupMeanChart::seriesOf(const RunGroup& group) const {
    return groups_.at(group);
}

void GroupMeanChart::render(const QList<SweepRun>& runs, const QList<int>& checkedSizes,
                            const Metric& metric, const Range& range) {
    // group -> batch size -> values over seeds, trained runs only
    std::map<RunGroup, std::map<int, QList<double>>> values;
    QList<QPointF> flagged;
    QList<int> sizes = checkedSizes;
    for (const SweepRun& run : runs) {
        const core::BatchSizeResult& r = *run.result;
        const int b = r.config.batchSize;
        sizes << b;
        const double value = metric(r);
        if (core::verdictOf(r) != core::RunVerdict::Trained) {
            // Marked where it ended, kept out of the means: it says nothing about generalisation.
            if (range.markFlagged && std::isfinite(value))
                flagged << QPointF(std::log2(static_cast<double>(b)), value);
            continue;
        }
        values[groupOf(r.config)][b] << value;
    }
    double lo = std::numeric_limits<double>::max(), hi = -lo;
    for (const auto& [group, series] : groups_) {
        QList<QPair<double, Spread>> points;
        for (const auto& [b, v] : values[group])
            points << qMakePair(std::log2(static_cast<double>(b)), spreadOf(v));
        const auto [min, max] = series.set(this, points, groupName(group));
        lo = std::min(lo, min);
        hi = std::max(hi, max);
    }
    setPoints(flagged_, flagged);
    setSeriesName(flagged_, flagged.isEmpty()
                                ? QString()
                                : BatchSizePage::tr(
                                      "diverged or under-trained: not a generalisation result"));
    for (const QPointF& p : flagged) {
        lo = std::min(lo, p.y());
        hi = std::max(hi, p.y());
    }
    setBatchSizeAxis(this, sizes);
    if (lo > hi) {  // nothing to show yet
        lo = range.emptyLo;
        hi = range.emptyHi;
    }
    const double pad = std::max(0.05 * (hi - lo), 0.5);
    setYRange(std::max(range.floor, lo - pad), std::min(range.ceiling, hi + pad));
    applyNiceNumbers(Qt::Vertical);
}

}  // namespace normlab::app
