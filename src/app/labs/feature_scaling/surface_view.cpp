#include "app/labs/feature_scaling/surface_view.h"

#include <QPalette>
#include <algorithm>
#include <cmath>

#include "app/charts/contour_chart_view.h"
#include "app/charts/model_palette.h"
#include "app/labs/feature_scaling/scaling_texts.h"
#include "app/widgets/rich_text_box.h"

namespace normlab::app {

namespace {

// Two ends of a line through `centre` along `direction`, long enough to leave any window.
QList<QPointF> lineThrough(const Eigen::Vector2d& centre, const Eigen::Vector2d& direction,
                           double length) {
    const Eigen::Vector2d a = centre - length * direction;
    const Eigen::Vector2d b = centre + length * direction;
    return {QPointF(a[0], a[1]), QPointF(b[0], b[1])};
}

}  // namespace

SurfaceView::SurfaceView(std::size_t index, QWidget* parent)
    : QObject(parent), index_(index), plot_(new ContourChartView(parent)) {
    plot_->setObjectName(QStringLiteral("contour%1").arg(index));
    const QColor run = scalingColor(static_cast<int>(index));
    series_.steepest = plot_->addStyledLineSeries(steepDirectionColor(), 1.6, Qt::DashLine);
    series_.flattest = plot_->addStyledLineSeries(flatDirectionColor(), 1.6, Qt::DotLine);
    series_.minimum = plot_->addScatterSeries(QString(), minimumColor(), 11);
    series_.start = plot_->addScatterSeries(QString(), startColor(), 11);
    series_.path = plot_->addLineSeries(QString(), run, 2.2);
    series_.current = plot_->addScatterSeries(QString(), run, 10);
    plot_->setMinimumSize(180, 180);
    // New numbers every frame: a box that neither resizes the plots'
    // columns nor re-lays out the page when its text changes.
    readout_ = new RichTextBox(parent);
    readout_->setObjectName(QStringLiteral("readout%1").arg(index));
    readout_->setAutoFillBackground(true);
    connect(plot_, &ContourChartView::pointClicked, this, &SurfaceView::startPicked);
}

void SurfaceView::render(const core::ScalingComparisonSnapshot& s, bool equalScale) {
    const core::ScalingRunState& run = s.runs[index_];
    const core::QuadraticSummary& q = run.model->quadratic;
    const core::ScalingSurface& surface = *run.surface;
    if (run.surface.get() != shownSurface_) {
        // Equal scale shows more than the frame along one axis: the square sampling covers it.
        if (equalScale)
            plot_->setSurface(surface.wideGrid, surface.wideContours);
        else
            plot_->setSurface(surface.grid, surface.contours);
        const core::GridWindow& w = surface.wideWindow;
        const double reach = std::hypot(w.w1Max - w.w1Min, w.w2Max - w.w2Min) * 4.0;
        plot_->setPoints(series_.steepest, lineThrough(q.minimizer, q.vMax, reach));
        plot_->setPoints(series_.flattest, lineThrough(q.minimizer, q.vMin, reach));
        plot_->setPoints(series_.minimum, {QPointF(q.minimizer[0], q.minimizer[1])});
        shownSurface_ = run.surface.get();
    }
    plot_->setPoints(series_.start, {QPointF(s.start[0], s.start[1])});
    QList<QPointF> path;
    path.reserve(static_cast<qsizetype>(run.path.size()));
    const core::GridWindow& f = surface.window;
    // The frame holds every stable gradient-descent path; momentum, Adam or
    // mini-batch noise may swing further, and the window grows to keep them.
    double x0 = f.w1Min, x1 = f.w1Max, y0 = f.w2Min, y1 = f.w2Max;
    for (std::size_t k = 0; k < run.path.size(); ++k) {
        const QPointF p(run.path[k].w1, run.path[k].w2);
        path.append(p);
        if (run.diverged || !std::isfinite(p.x()) || !std::isfinite(p.y())) continue;
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    plot_->setFraming(QRectF(QPointF(x0, y0), QPointF(x1, y1)), equalScale);
    plot_->setPoints(series_.path, path);
    plot_->setPoints(series_.current, path.isEmpty() ? QList<QPointF>{} : QList{path.last()});
    const QString name = ScalingTexts::name(index_);
    plot_->setTitle(run.diverged ? tr("%1 — diverged").arg(name) : name);
    // Without an intercept, shifting the features changes what the model can
    // fit: say so where the two pictures would otherwise be compared.
    const double rawMin = s.runs[0].model->quadratic.minLoss;
    const bool otherModel = !s.intercept && index_ > 0 &&
                            std::abs(q.minLoss - rawMin) >
                                1e-6 * std::max({std::abs(rawMin), std::abs(q.minLoss), 1e-12});
    plot_->setNote(otherModel
                       ? tr("No intercept: a different model from the unscaled one\n"
                            "(best MSE %1 here, %2 unscaled)")
                             .arg(ScalingTexts::number(q.minLoss), ScalingTexts::number(rawMin))
                       : QString());

    readout_->setHtml(readoutText(s));
    QPalette palette = readout_->palette();
    palette.setColor(QPalette::Window,
                     run.diverged ? QColor(0xfd, 0xe2, 0xe1) : palette.color(QPalette::Base));
    readout_->setPalette(palette);
}

QString SurfaceView::readoutText(const core::ScalingComparisonSnapshot& s) const {
    const auto number = &ScalingTexts::number;
    const core::ScalingRunState& run = s.runs[index_];
    const core::QuadraticSummary& q = run.model->quadratic;
    QString text = tr("κ = %1<br>λ<sub>max</sub> = %2, λ<sub>min</sub> = %3<br>"
                      "max stable lr 2/λ<sub>max</sub> = %4<br>lr in use = %5")
                       .arg(number(q.conditionNumber), number(q.lambdaMax), number(q.lambdaMin),
                            number(q.maxStableLearningRate), number(run.learningRate));
    if (s.learningRateMode == core::LearningRateMode::FractionOfMaxStable)
        text += tr(" (%1 × 2/λ<sub>max</sub>)").arg(number(s.learningRateSetting));
    text += QStringLiteral("<br>");
    if (run.diverged) {
        text += tr("<b><font color=\"#9b1c1c\">Diverged at step %1 with lr %2 ≥ 2/λ<sub>max</sub> "
                   "= %3; this run stopped, the others go on.</font></b>")
                    .arg(run.divergedAtStep)
                    .arg(number(run.learningRate), number(q.maxStableLearningRate));
    } else if (run.stepsToConverge >= 0) {
        text += run.stepsToConverge == 1
                    ? tr("<b>Converged in 1 step</b>")
                    : tr("<b>Converged in %1 steps</b>").arg(run.stepsToConverge);
    } else {
        text += tr("<b>Not converged yet</b> (step %1)").arg(s.step);
    }
    // What kappa costs: the count at the best fixed step, beside the measured one.
    const double best = 2.0 / (q.lambdaMax + q.lambdaMin);
    if (std::isfinite(q.theoreticalSteps))
        text += tr("<br>theory ≈ κ·ln(1/tol)/2 = %1 steps at the best lr %2")
                    .arg(number(q.theoreticalSteps), number(best));
    if (s.optimizer == core::DescentKind::Momentum)
        text +=
            tr("<br>best momentum for this κ: β = ((√κ−1)/(√κ+1))² = %1 (in use: %2), "
               "error × %3 per step")
                .arg(number(q.optimalMomentum), number(s.momentum), number(q.optimalMomentumRate));
    return text;
}

void SurfaceView::retranslate() {
    plot_->setTitle(ScalingTexts::name(index_));
    plot_->setStretchedNote(tr("Stretched: w1 and w2 on different scales"));
    plot_->setAxisTitles(tr("w1"), tr("w2"));
    plot_->setToolTip(
        tr("Loss contours over the weights (w1, w2); darker = higher loss. "
           "Click to start all three runs at that point."));
}

}  // namespace normlab::app
