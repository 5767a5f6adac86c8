#include "app/labs/feature_scaling/loss_curves_view.h"

#include <algorithm>
#include <cmath>

#include "app/charts/log_chart_view.h"
#include "app/charts/model_palette.h"
#include "app/labs/feature_scaling/scaling_texts.h"

namespace normlab::app {

namespace {

// The smallest of 1, 2, 4, 6, 8 times a power of ten at least `v`: an axis
// end that splits into four round intervals.
double roundUp(double v) {
    const double decade = std::pow(10.0, std::floor(std::log10(std::max(v, 1.0))));
    for (const double m : {1.0, 2.0, 4.0, 6.0, 8.0, 10.0})
        if (m * decade >= v) return m * decade;
    return 10.0 * decade;
}

}  // namespace

LossCurvesView::LossCurvesView(QWidget* parent)
    : QObject(parent), chart_(new LogChartView(parent)) {
    chart_->setObjectName(QStringLiteral("lossChart"));
    for (std::size_t i = 0; i < curves_.size(); ++i)
        curves_[i] = chart_->addLineSeries(QString(), scalingColor(static_cast<int>(i)), 2.0);
    chart_->setMinimumSize(200, 170);
}

void LossCurvesView::render(const core::ScalingComparisonSnapshot& s) {
    double lastStep = 1.0;
    for (std::size_t i = 0; i < s.runs.size(); ++i) {
        const core::ScalingRunState& run = s.runs[i];
        const double minLoss = run.model->quadratic.minLoss;
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(run.path.size()));
        for (std::size_t k = 0; k < run.path.size(); ++k) {
            const core::PathPoint& p = run.path[k];
            // Above the minimum, so linear convergence is a straight line on the log axis.
            points.append(QPointF(static_cast<double>(p.step), p.loss - minLoss));
        }
        if (!run.path.empty()) lastStep = std::max(lastStep, double(run.path.back().step));
        chart_->setLogPoints(curves_[i], points);
    }
    chart_->setNiceRange(Qt::Horizontal, 0.0, roundUp(std::max(10.0, lastStep)));
    chart_->fitLogY();
}

void LossCurvesView::retranslate() {
    chart_->setTitle(tr("Loss above its minimum"));
    chart_->setAxisTitles(tr("step"), tr("loss − min"));
    for (std::size_t i = 0; i < curves_.size(); ++i)
        chart_->setSeriesName(curves_[i], ScalingTexts::shortName(i));
}

}  // namespace normlab::app
