#include "app/labs/batch_size/run_groups.h"

#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <set>

#include "app/charts/labelled_axis_chart.h"
#include "app/charts/model_palette.h"
#include "app/labs/batch_size/batch_size_page.h"

namespace normlab::app {

RunGroup groupOf(const core::BatchSizeRunConfig& config) {
    return {config.lrRule, config.network.usesBatchNorm()};
}

QList<RunGroup> allGroups() {
    QList<RunGroup> groups;
    for (core::LearningRateRule rule : kRules)
        for (bool bn : {false, true}) groups << RunGroup{rule, bn};
    return groups;
}

QColor groupColor(const RunGroup& group) {
    const int variant = static_cast<int>(
        std::find(std::begin(kRules), std::end(kRules), group.rule) - std::begin(kRules));
    return modelShade(group.batchNorm, variant);
}

QString ruleName(core::LearningRateRule rule) {
    switch (rule) {
        case core::LearningRateRule::Constant:
            return BatchSizePage::tr("constant lr");
        case core::LearningRateRule::Linear:
            return BatchSizePage::tr("linear lr");
        case core::LearningRateRule::Sqrt:
            return BatchSizePage::tr("sqrt lr");
    }
    return {};
}

QString groupName(const RunGroup& group) {
    return group.batchNorm ? BatchSizePage::tr("%1, with BN").arg(ruleName(group.rule))
                           : BatchSizePage::tr("%1, no BN").arg(ruleName(group.rule));
}

QString percent(double fraction) {
    return std::isfinite(fraction) ? QString::number(100.0 * fraction, 'f', 1)
                                   : QStringLiteral("–");
}

QList<SweepRun> curveRuns(const session::SweepSnapshot& sweep) {
    QList<SweepRun> runs;
    for (int i = 0; i < sweep.size(); ++i) {
        const session::BatchSweepRun* plan = sweep.batchRun(i);
        const core::BatchSizeResult* result = sweep.batchResult(i);
        if (plan && result && !plan->point.fromLrGrid()) runs << SweepRun{plan, result};
    }
    return runs;
}

void layOutHintAndChart(QWidget* view, QLabel* hint, QWidget* chart) {
    hint->setWordWrap(true);
    auto* v = new QVBoxLayout(view);
    v->setContentsMargins(0, 4, 0, 0);
    v->addWidget(hint);
    v->addWidget(chart, 1);
}

void setBatchSizeAxis(LabelledAxisChart* chart, QList<int> sizes) {
    std::sort(sizes.begin(), sizes.end());
    sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());
    if (sizes.isEmpty()) sizes = {2, 1024};
    chart->setXTicks(log2Ticks(sizes));
    chart->setXRange(std::log2(sizes.first()) - 0.5, std::log2(sizes.last()) + 0.5);
}

void setPercentAxis(LabelledAxisChart* chart, double lo, double hi) {
    if (lo > hi) {
        lo = 0;
        hi = 100;
    }
    chart->setYRange(std::max(0.0, lo - 5), std::min(100.0, hi + 5));
    chart->applyNiceNumbers(Qt::Vertical);
}

}  // namespace normlab::app
