#include "app/labs/batch_size/bn_modes_view.h"

#include <QLabel>
#include <algorithm>
#include <cmath>
#include <map>

#include "app/charts/labelled_axis_chart.h"
#include "app/charts/model_palette.h"
#include "app/labs/batch_size/batch_size_page.h"
#include "app/labs/batch_size/run_groups.h"

namespace normlab::app {

BnModesView::BnModesView(QWidget* parent) : QWidget(parent) {
    chart_ = new LabelledAxisChart;
    // Eval mode in the rule's BN shade, train mode lighter; bands first, under every line.
    for (core::LearningRateRule rule : kRules) {
        const QColor c = groupColor({rule, true});
        modes_[rule] = {SpreadSeries::addBand(chart_, c),
                        SpreadSeries::addBand(chart_, c.lighter(150))};
    }
    for (auto& [rule, series] : modes_) {
        const QColor c = groupColor({rule, true});
        series.eval.addLines(chart_, c, false);
        series.train.addLines(chart_, c.lighter(150), false);
    }
    hint_ = new QLabel;
    layOutHintAndChart(this, hint_, chart_);
}

void BnModesView::render(const session::SweepSnapshot& sweep, const QList<int>& checkedSizes) {
    // group (rule) -> batch size -> (eval, train-mode) accuracies
    std::map<core::LearningRateRule, std::map<int, std::pair<QList<double>, QList<double>>>> data;
    QList<int> sizes = checkedSizes;
    for (const SweepRun& run : curveRuns(sweep)) {
        const core::BatchSizeResult& r = *run.result;
        if (!r.config.network.usesBatchNorm()) continue;
        auto& slot = data[r.config.lrRule][r.config.batchSize];
        slot.first << 100.0 * r.finalTestAccuracy;
        slot.second << 100.0 * r.testAccuracyBnTrainMode;
        sizes << r.config.batchSize;
    }
    chart_->setTitle(BatchSizePage::tr("BN: test accuracy in eval vs train mode"));
    hint_->setText(
        BatchSizePage::tr("No runs with batch norm yet: check \"With batch norm\" and press Run "
                          "sweep. Eval mode normalises with running averages of the batch "
                          "statistics; train mode with the mean and variance of each test batch of "
                          "B examples, which are noisy when B is small."));
    hint_->setVisible(data.empty());
    chart_->setAxisTitles(BatchSizePage::tr("Batch size B (log₂ scale)"),
                          BatchSizePage::tr("Test accuracy (%)"));
    double lo = 100, hi = 0;
    for (const auto& [rule, series] : modes_) {
        QList<QPair<double, Spread>> eval, train;
        for (const auto& [b, pair] : data[rule]) {
            const double x = std::log2(static_cast<double>(b));
            eval << qMakePair(x, spreadOf(pair.first));
            train << qMakePair(x, spreadOf(pair.second));
        }
        for (const auto& [min, max] :
             {series.eval.set(
                  chart_, eval,
                  BatchSizePage::tr("%1: eval mode (running mean/var)").arg(ruleName(rule))),
              series.train.set(
                  chart_, train,
                  BatchSizePage::tr("%1: train mode (batch mean/var)").arg(ruleName(rule)))}) {
            lo = std::min(lo, min);
            hi = std::max(hi, max);
        }
    }
    setBatchSizeAxis(chart_, sizes);
    setPercentAxis(chart_, lo, hi);
}

}  // namespace normlab::app
