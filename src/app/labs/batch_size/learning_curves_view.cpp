#include "app/labs/batch_size/learning_curves_view.h"

#include <QComboBox>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <set>

#include "app/charts/labelled_axis_chart.h"
#include "app/charts/model_palette.h"
#include "app/labs/batch_size/batch_size_page.h"
#include "app/labs/batch_size/run_groups.h"

namespace normlab::app {

LearningCurvesView::LearningCurvesView(QWidget* parent)
    : SweepChoiceView(QStringLiteral("curveAxis"), 3, parent) {
    chart_ = new LabelledAxisChart;
    chart_->setLegendAlignment(Qt::AlignRight);  // one entry per batch size
    column()->addWidget(chart_, 1);
}

void LearningCurvesView::retranslate() {
    choiceLabel()->setText(BatchSizePage::tr("&Against:"));
    choice()->setItemText(0, BatchSizePage::tr("Epochs"));
    choice()->setItemText(1, BatchSizePage::tr("Updates (log scale)"));
    choice()->setItemText(2, BatchSizePage::tr("Wall time"));
    choice()->setToolTip(
        BatchSizePage::tr("Epochs: the same data seen. Updates: small batches take many more "
                          "steps. Wall time: each small step is cheap, so per second the picture "
                          "changes again."));
    redraw();
}

void LearningCurvesView::render(const session::SweepSnapshot& sweep) { setSweep(sweep); }

void LearningCurvesView::redraw() {
    const int axis = choice()->currentIndex();
    chart_->setTitle(BatchSizePage::tr("Learning curves: test accuracy of every run"));
    const QString xTitle = axis == 0 ? BatchSizePage::tr("Epochs (passes over the training set)")
                           : axis == 1
                               ? BatchSizePage::tr("Updates (optimisation steps, log₁₀ scale)")
                               : BatchSizePage::tr("Wall time (s, training only)");
    chart_->setAxisTitles(xTitle, BatchSizePage::tr("Test accuracy (%)"));
    const QList<SweepRun> runs = sweep() ? curveRuns(*sweep()) : QList<SweepRun>{};
    std::set<RunGroup> groups;
    for (const SweepRun& run : runs) groups.insert(groupOf(run.result->config));
    std::set<std::pair<int, RunGroup>> named;  // one legend entry per batch size and group
    int used = 0;
    double xMax = 0, yMin = 100, yMax = 0;
    for (const SweepRun& run : runs) {
        const core::BatchSizeResult& r = *run.result;
        QList<QPointF> line;
        for (const core::BatchSizeCurvePoint& q : r.curve) {
            double x = axis == 0   ? q.epoch
                       : axis == 2 ? q.wallSeconds
                                   : static_cast<double>(q.updates);
            if (axis == 1) {
                if (q.updates <= 0) continue;
                x = std::log10(x);
            }
            const double y = 100.0 * q.testAccuracy;
            if (!std::isfinite(y)) continue;
            line << QPointF(x, y);
            xMax = std::max(xMax, x);
            yMin = std::min(yMin, y);
            yMax = std::max(yMax, y);
        }
        const int b = r.config.batchSize;
        const RunGroup group = groupOf(r.config);
        const double t = std::log2(std::max(1, b)) / 11.0;
        const QColor color = modelRamp(group.batchNorm, t);
        if (used >= chart_->seriesCount()) chart_->addLineSeries(QString(), color, 2.0);
        chart_->setSeriesColor(used, color);
        QString name;
        if (named.insert({b, group}).second)
            name = groups.size() > 1 ? BatchSizePage::tr("B = %1 (%2)").arg(b).arg(groupName(group))
                                     : BatchSizePage::tr("B = %1").arg(b);
        chart_->setSeriesName(used, name);
        chart_->setPoints(used, line);
        ++used;
    }
    for (int s = used; s < seriesUsed_; ++s) {
        chart_->setPoints(s, {});
        chart_->setSeriesName(s, QString());
    }
    seriesUsed_ = std::max(used, seriesUsed_);
    if (axis == 1) {
        const int top = std::max(1, static_cast<int>(std::ceil(xMax)));
        chart_->setXTicks(log10Ticks(0, top));
        chart_->setXRange(0, top);
    } else {
        chart_->setXTicks({});
        chart_->setXRange(0, xMax > 0 ? xMax : 1.0);
        chart_->applyNiceNumbers(Qt::Horizontal);
    }
    if (yMin > yMax) {
        yMin = 0;
        yMax = 100;
    }
    chart_->setYRange(std::max(0.0, std::floor(yMin / 10) * 10),
                      std::min(100.0, std::ceil(yMax / 10) * 10));
    chart_->applyNiceNumbers(Qt::Vertical);
}

}  // namespace normlab::app
