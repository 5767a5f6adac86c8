#include "app/labs/feature_scaling/feature_scatter_view.h"

#include <algorithm>
#include <cmath>

#include "app/charts/model_palette.h"
#include "app/charts/nice_chart_view.h"
#include "app/labs/feature_scaling/scaling_texts.h"

namespace normlab::app {

namespace {

QList<QPointF> toPoints(const core::Matrix<float>& m) {
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(m.rows()));
    for (Eigen::Index r = 0; r < m.rows(); ++r) points.append(QPointF(m(r, 0), m(r, 1)));
    return points;
}

// Equal units on both axes: round ticks, the same step on both axes and the
// same number of steps.
void equalRanges(NiceChartView* chart, const QList<QList<QPointF>>& sets) {
    double x0 = 1e300, x1 = -1e300, y0 = 1e300, y1 = -1e300;
    for (const auto& set : sets)
        for (const QPointF& p : set) {
            x0 = std::min(x0, p.x());
            x1 = std::max(x1, p.x());
            y0 = std::min(y0, p.y());
            y1 = std::max(y1, p.y());
        }
    if (x0 > x1) return;
    const double step = NiceChartView::niceInterval(std::max({x1 - x0, y1 - y0, 1e-9}), 5);
    double xa = std::floor(x0 / step) * step, xb = std::ceil(x1 / step) * step;
    double ya = std::floor(y0 / step) * step, yb = std::ceil(y1 / step) * step;
    const auto steps = [step](double a, double b) { return int(std::lround((b - a) / step)); };
    const int n = std::max({steps(xa, xb), steps(ya, yb), 1});
    const auto widen = [&](double& a, double& b) {
        const int extra = n - steps(a, b);
        a -= step * (extra / 2);
        b += step * (extra - extra / 2);
    };
    widen(xa, xb);
    widen(ya, yb);
    chart->setFixedTicks(Qt::Horizontal, xa, xb, n);
    chart->setFixedTicks(Qt::Vertical, ya, yb, n);
}

}  // namespace

FeatureScatterView::FeatureScatterView(QWidget* parent)
    : QObject(parent), raw_(new NiceChartView(parent)), scaled_(new NiceChartView(parent)) {
    raw_->setObjectName(QStringLiteral("rawScatter"));
    rawPoints_ = raw_->addScatterSeries(QString(), rawFeatureColor(), 5);
    scaled_->setObjectName(QStringLiteral("scaledScatter"));
    // Z-score underneath: the min-max square stays visible inside its cloud.
    zScorePoints_ = scaled_->addScatterSeries(QString(), scalingColor(2), 5);
    minMaxPoints_ = scaled_->addScatterSeries(QString(), scalingColor(1), 5);
    for (NiceChartView* c : {raw_, scaled_}) c->setMinimumSize(200, 170);
}

void FeatureScatterView::render(const core::ScalingComparisonSnapshot& s) {
    const core::ScalingModel* model = s.runs[0].model.get();
    if (model == shownModel_) return;
    shownModel_ = model;
    const QList<QPointF> raw = toPoints(model->rawSample);
    raw_->setPoints(rawPoints_, raw);
    equalRanges(raw_, {raw});
    const QList<QPointF> minmax = toPoints(s.runs[1].model->scaledSample);
    const QList<QPointF> zscore = toPoints(s.runs[2].model->scaledSample);
    scaled_->setPoints(minMaxPoints_, minmax);
    scaled_->setPoints(zScorePoints_, zscore);
    equalRanges(scaled_, {minmax, zscore});
    const QString x1 = QString::fromStdString(s.featureNames[0]);
    const QString x2 = QString::fromStdString(s.featureNames[1]);
    raw_->setAxisTitles(tr("x1 = %1").arg(x1), tr("x2 = %1").arg(x2));
    scaled_->setAxisTitles(tr("scaled x1"), tr("scaled x2"));
}

void FeatureScatterView::retranslate() {
    raw_->setTitle(tr("Raw features (equal units)"));
    raw_->setAxisTitles(tr("x1"), tr("x2"));
    raw_->setSeriesName(rawPoints_, QString());
    scaled_->setTitle(tr("Scaled features"));
    scaled_->setAxisTitles(tr("scaled x1"), tr("scaled x2"));
    scaled_->setSeriesName(minMaxPoints_, ScalingTexts::shortName(1));
    scaled_->setSeriesName(zScorePoints_, ScalingTexts::shortName(2));
    forgetData();
}

}  // namespace normlab::app
