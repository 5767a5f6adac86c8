#include "app/labs/batch_norm/noisy_bn_view.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "app/labs/batch_norm/bn_chart.h"
#include "core/probe/distribution_drift.h"

namespace normlab::app {

namespace {

constexpr qsizetype kMaxShiftPoints = 400;

double lateAccuracy(const core::TwinModelState& state) {
    const std::size_t n = state.evals.size();
    const std::size_t k = std::min(NoisyBnView::kLateEvaluations, n);
    double sum = 0;
    for (std::size_t i = n - k; i < n; ++i) sum += state.evals[i].testAccuracy;
    return k > 0 ? sum / static_cast<double>(k) : std::nan("");
}

// The band drift of the last hidden layer at every step since step 0.
QList<QPointF> bandDrift(const core::TwinModelState& state) {
    QList<QPointF> points;
    if (state.probes.empty() || state.probes[0].layers.empty()) return points;
    const std::size_t layer = state.probes[0].layers.size() - 1;
    const core::LayerSummary& start = state.probes[0].layers[layer];
    for (std::size_t i = 1; i < state.probes.size(); ++i) {
        const core::LayerSummary& now = state.probes[i].layers[layer];
        const core::DistributionDrift d =
            core::driftSince(start.p15, start.p50, start.p85, now.p15, now.p50, now.p85);
        if (d.valid) points.append(QPointF(static_cast<double>(state.probes[i].step), d.band));
    }
    return points;
}

}  // namespace

NoisyBnView::NoisyBnView(QWidget* parent)
    : BnView(QT_TRANSLATE_NOOP("normlab::app::NoisyBnView", "Noisy BN"), parent) {
    chartsPane_ = new QWidget(this);
    accuracy_ = addChart(chartsPane_);
    shift_ = addChart(chartsPane_);
    for (int m : kAllModels) {
        accuracySeries_[m] = accuracy_->addLineSeries(QString(), modelColor(m), 2.5);
        shiftSeries_[m] = shift_->addLineSeries(QString(), modelColor(m), 1.5);
    }
    text_ = new QLabel(this);
    text_->setWordWrap(true);
    text_->setTextFormat(Qt::RichText);
    text_->setObjectName(QStringLiteral("noisyVerdict"));
    auto* grid = new QGridLayout(chartsPane_);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(accuracy_, 0, 0);
    grid->addWidget(shift_, 0, 1);
    // The verdict first, above the charts: in a small window with large
    // fonts it stays in view and the charts take what is left.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text_);
    layout->addWidget(chartsPane_, 1);
    retranslate();
}

void NoisyBnView::showVerdict() {
    const TwinSnapshotPtr& last = lastSnapshot();
    chartsPane_->setVisible(last && modelCount(*last) > core::TwinTrainer::kNoisy);
    text_->setText(verdict());
}

void NoisyBnView::draw(const core::TwinSnapshot& s) {
    showVerdict();
    if (modelCount(s) <= core::TwinTrainer::kNoisy) return;
    double shiftMax = 0.5;
    for (int m : kAllModels) {
        const core::TwinModelState& state = s.models[static_cast<std::size_t>(m)];
        QList<QPointF> accuracy;
        for (std::size_t i = 0; i < state.evals.size(); ++i)
            accuracy.append(QPointF(static_cast<double>(state.evals[i].step),
                                    100.0 * state.evals[i].testAccuracy));
        accuracy_->setPoints(accuracySeries_[m], accuracy);
        const QList<QPointF> shift = strided(bandDrift(state), kMaxShiftPoints);
        for (const QPointF& p : shift) shiftMax = std::max(shiftMax, p.y());
        shift_->setPoints(shiftSeries_[m], shift);
    }
    const double xMax = std::max(1.0, static_cast<double>(s.step));
    accuracy_->setNiceXRange(0, xMax);
    shift_->setNiceXRange(0, xMax);
    accuracy_->setNiceYRange(0, 100);
    shift_->setNiceYRange(0, shiftMax * 1.05);
}

QString NoisyBnView::verdict() const {
    const TwinSnapshotPtr& last = lastSnapshot();
    if (!last || modelCount(*last) <= core::TwinTrainer::kNoisy)
        return tr("<p><b>More shift, same benefit?</b> Santurkar et al. (2018) trained a third "
                  "network: the BN one with random noise after every BN layer, a new shift and "
                  "scale per unit at every step, so its layer inputs shift all the time.</p>"
                  "<p>Tick <i>Noisy BN network</i> in the controls (or open the bn-noisy "
                  "preset) to train it beside the other two.</p>");
    const core::TwinSnapshot& s = *last;
    const core::TwinModelState& bn = s.models[core::TwinTrainer::kBn];
    const core::TwinModelState& plain = s.models[core::TwinTrainer::kPlain];
    const core::TwinModelState& noisy = s.models[core::TwinTrainer::kNoisy];
    if (bn.evals.empty() || noisy.meanDrift.empty() || plain.meanDrift.empty())
        return tr("Measuring: the first comparison appears at step %1.")
            .arg(s.config.evalInterval);
    const core::MeanDrift& n = noisy.meanDrift.back();
    const core::MeanDrift& p = plain.meanDrift.back();
    const core::MeanDrift& b = bn.meanDrift.back();
    const double accBn = 100 * lateAccuracy(bn), accPlain = 100 * lateAccuracy(plain),
                 accNoisy = 100 * lateAccuracy(noisy);
    const std::size_t k = std::min(kLateEvaluations, bn.evals.size());
    const QString measured =
        tr("<p>Measured in this run, last hidden layer, averaged over all %1 steps, in step-0 "
           "band widths: median / 15–85% band moved <b>%2 / %3</b> with noisy BN, %4 / %5 "
           "plain, %6 / %7 with BN. Test accuracy over the last %8 evaluations: BN %9%, noisy "
           "BN %10%, plain %11%.</p>")
            .arg(s.step)
            .arg(n.median, 0, 'f', 2)
            .arg(n.band, 0, 'f', 2)
            .arg(p.median, 0, 'f', 2)
            .arg(p.band, 0, 'f', 2)
            .arg(b.median, 0, 'f', 2)
            .arg(b.band, 0, 'f', 2)
            .arg(k)
            .arg(accBn, 0, 'f', 1)
            .arg(accNoisy, 0, 'f', 1)
            .arg(accPlain, 0, 'f', 1);
    const bool moreShift = n.median > p.median && n.band > p.band;
    const bool sameBenefit = std::abs(accNoisy - accBn) <= kSameAccuracyPoints;
    QString text;
    if (noisy.diverged)
        text = tr("<p>The noisy network diverged; lower the noise strength or the learning "
                   "rate.</p>");
    else if (moreShift && sameBenefit)
        text = tr("<p><b>More shift, same benefit:</b> noisy BN's inputs moved more than the "
                   "plain network's, yet its accuracy is within %1 points of BN's. So BN's "
                   "advantage does not come from keeping layer inputs still; the smoother loss "
                   "along the gradient (the <i>Really covariate shift?</i> tab) is what "
                   "remains.</p>")
                    .arg(kSameAccuracyPoints, 0, 'f', 0);
    else if (moreShift)
        text = tr("<p>Noisy BN's inputs moved more than the plain network's, but in this run "
                   "its accuracy is %1 points from BN's: here the noise cost accuracy. A "
                   "smaller noise strength keeps the shift and costs less.</p>")
                    .arg(std::abs(accNoisy - accBn), 0, 'f', 1);
    else
        text = tr("<p>In this run noisy BN's inputs did not move more than the plain "
                   "network's: raise the noise strength to test the claim.</p>");
    // The verdict, then the numbers it rests on.
    return text + measured;
}

void NoisyBnView::retranslate() {
    accuracy_->setTitle(tr("Test accuracy"));
    accuracy_->setAxisTitles(tr("training step"), tr("test accuracy (%)"));
    shift_->setTitle(tr("Last hidden layer: input shift"));
    shift_->setAxisTitles(tr("training step"), tr("15–85% band moved (step-0 widths)"));
    for (int m : kAllModels) {
        accuracy_->setSeriesName(accuracySeries_[m], modelName(m));
        shift_->setSeriesName(shiftSeries_[m], modelName(m));
    }
    showVerdict();
    redraw();
}

}  // namespace normlab::app
