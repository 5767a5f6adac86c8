#include "app/labs/batch_size/lr_map_view.h"

#include <QLabel>
#include <QLayout>
#include <cmath>
#include <map>
#include <optional>
#include <set>

#include "app/charts/heatmap_chart.h"
#include "app/charts/spread_series.h"
#include "app/labs/batch_size/batch_size_page.h"
#include "app/labs/batch_size/run_groups.h"
#include "app/labs/batch_size/tuned_lr.h"
#include "core/lab/run_verdict.h"

namespace normlab::app {

LrMapView::LrMapView(QWidget* parent) : QWidget(parent) {
    chart_ = new HeatmapChart;
    hint_ = new QLabel;
    layOutHintAndChart(this, hint_, chart_);
    tuned_ = new QLabel;
    tuned_->setObjectName(QStringLiteral("tunedLrText"));
    tuned_->setWordWrap(true);
    tuned_->setTextFormat(Qt::RichText);
    layout()->addWidget(tuned_);
}

QString LrMapView::tunedText() const { return tuned_->text(); }

void LrMapView::render(const session::SweepSnapshot& sweep, const QList<int>& checkedSizes) {
    chart_->setTitle(BatchSizePage::tr("Final test accuracy (%) by learning rate and batch size"));
    hint_->setText(
        BatchSizePage::tr("A sweep fills one cell per batch size, at the lr its rule gives. Press "
                          "Run lr × B map to fill the grid with constant rates 0.001 … 1 and see "
                          "where training is stable."));
    chart_->setAxisTitles(BatchSizePage::tr("Batch size B (log₂ scale)"),
                          BatchSizePage::tr("Learning rate actually used (log₁₀ scale)"));
    // (log2 B, half-decade row) -> accuracies
    std::map<std::pair<int, int>, QList<double>> cells;
    std::map<std::pair<int, int>, int> diverged;
    std::map<std::pair<int, int>, int> underTrained;
    std::set<int> sizes;
    int rowLo = -6, rowHi = 0;  // in half decades: -6 = 1e-3, 0 = 1
    bool anyMapRun = false;
    // One BN setting and budget per map, the latest map run's (else the latest
    // run's): a cell never averages runs that differ in anything but the seed.
    struct Setting {
        bool bn = false;
        double epochs = 0;
        std::int64_t examples = 0;
        bool operator==(const Setting&) const = default;
    };
    const auto settingOf = [](const core::BatchSizeResult& r) {
        return Setting{r.config.network.usesBatchNorm(), r.config.epochs, r.config.examples};
    };
    std::optional<Setting> setting;
    for (int i = 0; i < sweep.size(); ++i) {
        const core::BatchSizeResult* r = sweep.batchResult(i);
        const session::BatchSweepRun* run = sweep.batchRun(i);
        if (!r || !run) continue;
        const bool mapOnly = run->point.fromLrGrid();
        if (mapOnly || !anyMapRun) setting = settingOf(*r);
        anyMapRun |= mapOnly;
    }
    // Per cell the one lr nearest the row's nominal rate, and that lr's runs.
    std::map<std::pair<int, int>, double> cellLr;
    for (int i = 0; i < sweep.size(); ++i) {
        if (!sweep.batchResult(i)) continue;
        const core::BatchSizeResult& r = *sweep.batchResult(i);
        if (!setting || !(settingOf(r) == *setting)) continue;
        const int row = static_cast<int>(std::lround(2.0 * std::log10(r.learningRate)));
        const std::pair<int, int> key{r.config.batchSize, row};
        const auto offRow = [row](double lr) { return std::abs(std::log10(lr) - row / 2.0); };
        const auto known = cellLr.find(key);
        if (known != cellLr.end() &&
            std::abs(known->second - r.learningRate) > 1e-9 * std::abs(r.learningRate)) {
            if (offRow(r.learningRate) >= offRow(known->second)) continue;
            cells.erase(key);  // a rate nearer the row replaces the cell
            diverged.erase(key);
            underTrained.erase(key);
        }
        cellLr[key] = r.learningRate;
        sizes.insert(r.config.batchSize);
        rowLo = std::min(rowLo, row);
        rowHi = std::max(rowHi, row);
        const core::RunVerdict verdict = core::verdictOf(r);
        if (verdict == core::RunVerdict::Diverged) {
            ++diverged[key];
            continue;
        }
        if (verdict == core::RunVerdict::UnderTrained) ++underTrained[key];
        cells[key] << 100.0 * r.finalTestAccuracy;
    }
    if (setting)
        chart_->setTitle(
            BatchSizePage::tr("Final test accuracy (%) by learning rate and batch size (%1, %2)")
                .arg(setting->bn ? BatchSizePage::tr("with BN") : BatchSizePage::tr("no BN"),
                     setting->examples > 0
                         ? BatchSizePage::tr("%1 examples seen").arg(setting->examples)
                         : BatchSizePage::tr("%1 epochs").arg(setting->epochs)));
    QList<HeatCell> list;
    double lo = 100, hi = 0;
    std::set<std::pair<int, int>> keys;
    for (const auto& [k, v] : cells) keys.insert(k);
    for (const auto& [k, v] : diverged) keys.insert(k);
    QList<LrCell> lrCells;
    for (const auto& key : keys)
        lrCells << LrCell{key.first, cellLr[key], cells[key], diverged[key], underTrained[key]};
    const QList<TunedBatchSize> tuned = tunedByBatchSize(lrCells);
    const auto isBest = [&tuned](int batchSize, double lr) {
        for (const TunedBatchSize& t : tuned)
            if (t.batchSize == batchSize && t.bestLearningRate == lr) return true;
        return false;
    };
    for (const auto& key : keys) {
        const double x = std::log2(static_cast<double>(key.first));
        const double y = key.second / 2.0;
        const Spread s = spreadOf(cells[key]);
        const double lr = cellLr[key];
        HeatCell cell{QRectF(x - 0.5, y + 0.25, 1.0, -0.5), s.mean, QString(), QString()};
        cell.text =
            std::isfinite(s.mean) ? QString::number(s.mean, 'f', 0) : BatchSizePage::tr("div.");
        if (std::isfinite(s.mean) && isBest(key.first, lr)) cell.text += QStringLiteral("★");
        cell.toolTip =
            std::isfinite(s.mean)
                ? BatchSizePage::tr("B = %1, lr ≈ %2: %3% test accuracy (%n run(s))", "",
                                    static_cast<int>(cells[key].size()))
                      .arg(key.first)
                      .arg(lr, 0, 'g', 3)
                      .arg(s.mean, 0, 'f', 1)
                : BatchSizePage::tr("B = %1, lr ≈ %2: diverged").arg(key.first).arg(lr, 0, 'g', 3);
        if (std::isfinite(s.mean)) {
            lo = std::min(lo, s.mean);
            hi = std::max(hi, s.mean);
        }
        list << cell;
    }
    setBatchSizeAxis(chart_, QList<int>(sizes.begin(), sizes.end()) + checkedSizes);
    const int decadeLo = static_cast<int>(std::floor(rowLo / 2.0));
    const int decadeHi = static_cast<int>(std::ceil(rowHi / 2.0));
    chart_->setYTicks(log10Ticks(decadeLo, decadeHi));
    chart_->setYRange(rowLo / 2.0 - 0.25, rowHi / 2.0 + 0.25);
    if (hi > lo)
        chart_->setValueRange(lo, hi);
    else
        chart_->setValueRange(0, 100);
    chart_->setCells(list);
    hint_->setVisible(!anyMapRun);
    tuned_->setText(tunedLrText(tuned));
    tuned_->setVisible(!tuned_->text().isEmpty());
}

}  // namespace normlab::app
