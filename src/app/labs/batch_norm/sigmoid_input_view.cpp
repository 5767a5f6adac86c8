#include "app/labs/batch_norm/sigmoid_input_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

#include "app/labs/batch_norm/bn_chart.h"

namespace normlab::app {

namespace {
constexpr qsizetype kMaxBandPoints = 300;  // about one per two pixels of a chart
}

SigmoidInputView::SigmoidInputView(QWidget* parent)
    : BnView(QT_TRANSLATE_NOOP("normlab::app::SigmoidInputView", "Sigmoid inputs"), parent) {
    auto* top = new QHBoxLayout;
    source_ = addChooser(this, top, sourceLabel_, QStringLiteral("sigmoidSource"));
    source_->addItem(QString(), 0);
    unit_ = new QSpinBox(this);
    unit_->setObjectName(QStringLiteral("trackedUnit"));
    unit_->setRange(0, 255);
    unitLabel_ = new QLabel(this);
    unitLabel_->setBuddy(unit_);
    sameScale_ = addSameScaleBox(QStringLiteral("sigmoidSameScale"));
    readout_ = new QLabel(this);
    readout_->setWordWrap(true);

    top->addWidget(unitLabel_);
    top->addWidget(unit_);
    top->addSpacing(12);
    top->addWidget(sameScale_);
    top->addStretch(1);

    auto* row = new QHBoxLayout;
    for (int m : {core::TwinTrainer::kBn, core::TwinTrainer::kPlain}) {
        BnChart* chart = addChart();
        band_[m] = chart->addBand(QString(), modelColor(m));
        median_[m] = chart->addLineSeries(QString(), modelColor(m).darker(150), 2.0);
        charts_[m] = chart;
        row->addWidget(chart, 1);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(row, 1);
    layout->addWidget(readout_);

    connect(source_, &QComboBox::currentIndexChanged, this, [this] { redraw(); });
    connect(unit_, &QSpinBox::editingFinished, this, [this] {
        const TwinSnapshotPtr& last = lastSnapshot();
        if (last && unit_->value() != last->config.trackedUnit)
            Q_EMIT trackedUnitRequested(unit_->value());
    });
    retranslate();
}

void SigmoidInputView::setUnitCount(int units) {
    const QSignalBlocker block(unit_);
    unit_->setMaximum(std::max(0, units - 1));
}

void SigmoidInputView::adopt(const core::TwinSnapshot& s) {
    if (source_->count() != s.hiddenLayers + 1) {
        const QSignalBlocker block(source_);
        const int previous = source_->currentIndex();
        while (source_->count() > 1) source_->removeItem(1);
        for (int l = 1; l <= s.hiddenLayers; ++l)
            source_->addItem(tr("Layer %1, all units").arg(l), l);
        source_->setCurrentIndex(std::clamp(previous, 0, s.hiddenLayers));
    }
    const int tracked = s.config.trackedLayer > 0 ? s.config.trackedLayer : s.hiddenLayers;
    source_->setItemText(0, tr("Tracked unit (layer %1)").arg(tracked));
    {
        // Every unit (or channel) of the tracked layer, and no other.
        const QSignalBlocker block(unit_);
        unit_->setMaximum(std::max(0, s.config.trackedLayerUnits() - 1));
        if (!unit_->hasFocus()) unit_->setValue(s.config.trackedUnit);
    }
}

void SigmoidInputView::draw(const core::TwinSnapshot& s) {
    const int layer = source_->currentData().toInt();  // 0 = tracked unit
    double lo = 1e300, hi = -1e300;
    double xMax = 1;
    for (int m : {core::TwinTrainer::kBn, core::TwinTrainer::kPlain}) {
        const auto& probes = s.models[m].probes;
        QList<QPointF> upper, lower, median;
        upper.reserve(static_cast<qsizetype>(probes.size()));
        lower.reserve(upper.capacity());
        median.reserve(upper.capacity());
        for (std::size_t i = 0; i < probes.size(); ++i) {
            const core::StepProbe& p = probes[i];
            if (layer > 0 && static_cast<std::size_t>(layer) > p.layers.size()) continue;
            const core::LayerSummary& sum =
                layer == 0 ? p.unit : p.layers[static_cast<std::size_t>(layer - 1)];
            const double x = static_cast<double>(p.step);
            upper.append(QPointF(x, sum.p85));
            lower.append(QPointF(x, sum.p15));
            median.append(QPointF(x, sum.p50));
        }
        if (!upper.isEmpty()) xMax = std::max(xMax, upper.last().x());
        upper = strided(upper, kMaxBandPoints);
        lower = strided(lower, kMaxBandPoints);
        median = strided(median, kMaxBandPoints);
        double mLo = 1e300, mHi = -1e300;
        for (const QPointF& p : lower) mLo = std::min(mLo, p.y());
        for (const QPointF& p : upper) mHi = std::max(mHi, p.y());
        charts_[m]->setBand(band_[m], upper, lower);
        charts_[m]->setPoints(median_[m], median);
        if (!sameScale_->isChecked() && mLo <= mHi) {
            const double pad = std::max(0.05, 0.08 * (mHi - mLo));
            charts_[m]->setNiceYRange(mLo - pad, mHi + pad);
        }
        lo = std::min(lo, mLo);
        hi = std::max(hi, mHi);
    }
    for (BnChart* chart : charts_) {
        chart->setNiceXRange(0, xMax);
        if (sameScale_->isChecked() && lo <= hi) {
            const double pad = std::max(0.05, 0.08 * (hi - lo));
            chart->setNiceYRange(lo - pad, hi + pad);
        }
    }
    readout_->setText(driftText(s, layer));
}

QString SigmoidInputView::driftText(const core::TwinSnapshot& s, int layer) const {
    QStringList parts;
    for (int m : {core::TwinTrainer::kPlain, core::TwinTrainer::kBn}) {
        const core::TwinModelState& state = s.models[m];
        const core::DistributionDrift* d = nullptr;
        if (layer == 0)
            d = &state.unitDrift;
        else if (static_cast<std::size_t>(layer) <= state.drift.size())
            d = &state.drift[static_cast<std::size_t>(layer - 1)];
        if (!d || !d->valid) continue;
        parts << tr("%1: median moved %2, band edges up to %3, band width ×%4")
                     .arg(modelName(m))
                     .arg(d->median, 0, 'f', 2)
                     .arg(d->band, 0, 'f', 2)
                     .arg(d->widthRatio, 0, 'f', 2);
    }
    if (parts.isEmpty()) return tr("No drift measured yet.");
    return tr("Since step 0, in step-0 15–85% band widths: %1.").arg(parts.join(QStringLiteral("; ")));
}

void SigmoidInputView::retranslate() {
    sourceLabel_->setText(tr("&Show:"));
    source_->setToolTip(
        tr("One unit's input (as in the paper, Fig. 1b/c) or the percentiles "
           "over all units of a layer."));
    unitLabel_->setText(tr("&Unit:"));
    unit_->setToolTip(
        tr("Which unit of the tracked layer to follow; changing it starts a new "
           "run (the history is recorded for one unit)."));
    sameScale_->setText(tr("Same &y scale"));
    sameScale_->setToolTip(tr("Both charts on one y range, so their spreads compare directly."));
    for (int m : {core::TwinTrainer::kBn, core::TwinTrainer::kPlain}) {
        charts_[m]->setTitle(m == core::TwinTrainer::kBn
                                 ? tr("With %1").arg(normaliserShortName())
                                 : tr("Plain (no %1)").arg(normaliserShortName()));
        charts_[m]->setAxisTitles(tr("training step"), tr("input z"));
        charts_[m]->setBandName(band_[m], tr("15th–85th percentile"));
        charts_[m]->setSeriesName(median_[m], tr("median"));
    }
}

}  // namespace normlab::app
