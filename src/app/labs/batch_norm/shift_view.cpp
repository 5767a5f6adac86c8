#include "app/labs/batch_norm/shift_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "app/labs/batch_norm/bn_chart.h"
#include "app/labs/batch_norm/histogram_outline.h"

namespace normlab::app {

namespace {

constexpr int kHeatmapRows = 160;

const core::Histogram& histogramAt(const core::TwinModelState& state, int column, int layer) {
    return state.histograms[static_cast<std::size_t>(column)].layers[static_cast<std::size_t>(layer)];
}

// The z range every checkpoint of one layer covers (ranges only grow, but a
// union needs no such promise).
std::pair<double, double> coveredRange(const core::TwinModelState& state, int layer, int columns) {
    double lo = 1e300, hi = -1e300;
    for (int c = 0; c < columns; ++c) {
        const core::Histogram& h = histogramAt(state, c, layer);
        lo = std::min(lo, h.edges.front());
        hi = std::max(hi, h.edges.back());
    }
    return {lo, hi};
}

// Values of the shown checkpoints outside their bins (only non-finite ones:
// the ranges grow with the data), and all values.
std::pair<std::int64_t, std::int64_t> outsideBins(const core::TwinModelState& state, int layer,
                                                  int columns) {
    std::int64_t outside = 0, total = 0;
    for (int c = 0; c < columns; ++c) {
        const core::Histogram& h = histogramAt(state, c, layer);
        outside += h.underflow + h.overflow + h.invalid;
        total += h.total();
    }
    return {outside, total};
}

// One column per checkpoint, resampled onto `kHeatmapRows` rows over
// [lo, hi] since checkpoints may have different bins. Each column is scaled
// to its own peak density, so a narrow and a wide distribution are equally
// visible; the colour runs white -> the twin's colour.
QImage densityImage(const core::TwinModelState& state, int layer, QColor color, int columns,
                    double lo, double hi) {
    if (columns == 0 || !(hi > lo)) return {};
    QImage image(columns, kHeatmapRows, QImage::Format_RGB32);
    std::vector<double> density(kHeatmapRows);
    for (int c = 0; c < columns; ++c) {
        const core::Histogram& h = histogramAt(state, c, layer);
        const double binWidth = (h.edges.back() - h.edges.front()) / std::max(1, h.bins());
        double peak = 0;
        for (int r = 0; r < kHeatmapRows; ++r) {
            const double z = lo + (r + 0.5) * (hi - lo) / kHeatmapRows;
            const double at = (z - h.edges.front()) / binWidth;
            const int b = static_cast<int>(std::floor(at));
            density[static_cast<std::size_t>(r)] =
                b >= 0 && b < h.bins()
                    ? static_cast<double>(h.counts[static_cast<std::size_t>(b)]) / binWidth
                    : 0.0;
            peak = std::max(peak, density[static_cast<std::size_t>(r)]);
        }
        for (int r = 0; r < kHeatmapRows; ++r) {
            const double t = peak > 0 ? std::sqrt(density[static_cast<std::size_t>(r)] / peak) : 0;
            const auto mix = [t](int from, int to) {
                return static_cast<int>(std::lround(from + t * (to - from)));
            };
            image.setPixel(c, kHeatmapRows - 1 - r,
                           qRgb(mix(255, color.red() / 2), mix(255, color.green() / 2),
                                mix(255, color.blue() / 2)));
        }
    }
    return image;
}

}  // namespace

ShiftView::ShiftView(QWidget* parent)
    : BnView(QT_TRANSLATE_NOOP("normlab::app::ShiftView", "Covariate shift"), parent) {
    auto* top = new QHBoxLayout;
    layer_ = addLayerChooser(top, QStringLiteral("shiftLayer"));
    scrubber_ = new QSlider(Qt::Horizontal, this);
    scrubber_->setObjectName(QStringLiteral("shiftScrubber"));
    scrubber_->setRange(0, 0);
    replay_ = new QPushButton(this);
    replay_->setCheckable(true);
    sameScale_ = addSameScaleBox(QStringLiteral("shiftSameScale"));
    stepLabel_ = new QLabel(this);
    stepLabel_->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("step 000000")));
    explain_ = new QLabel(this);
    explain_->setObjectName(QStringLiteral("shiftDrift"));
    explain_->setWordWrap(true);
    // A long measured sentence wraps; it never widens the page.
    explain_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    clipped_ = new QLabel(this);
    clipped_->setObjectName(QStringLiteral("shiftClipped"));
    clipped_->setStyleSheet(QStringLiteral("color: #b00020"));
    clipped_->hide();

    top->addWidget(sameScale_);
    top->addSpacing(12);
    top->addWidget(replay_);
    top->addWidget(scrubber_, 1);
    top->addWidget(stepLabel_);

    auto* grid = new QGridLayout;
    // Plain first: the order a figure export offers them in.
    for (int m : {core::TwinTrainer::kPlain, core::TwinTrainer::kBn}) {
        BnChart* chart = addChart();
        frameSeries_[m] = chart->addLineSeries(QString(), Qt::transparent, 0.1);
        markerSeries_[m] = chart->addLineSeries(QString(), QColor(0x20, 0x20, 0x20), 1.5);
        chart->setLegendVisible(false);  // the title names the twin
        chart->setCompactBelowLines(11);
        heatmaps_[m] = chart;
        grid->addWidget(chart, 0, m);
    }
    overlay_ = addChart();
    for (int m : {core::TwinTrainer::kBn, core::TwinTrainer::kPlain})
        overlaySeries_[m] = overlay_->addLineSeries(modelName(m), modelColor(m), 2.5);
    overlay_->setCompactBelowLines(11);
    grid->addWidget(overlay_, 1, 0, 1, 2);
    grid->setRowStretch(0, 2);
    grid->setRowStretch(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(explain_);
    layout->addWidget(clipped_);
    layout->addLayout(grid, 1);

    connect(scrubber_, &QSlider::valueChanged, this, [this](int v) {
        following_ = v == scrubber_->maximum();
        redraw();
    });
    replayTimer_.setInterval(120);
    connect(replay_, &QPushButton::toggled, this, [this](bool on) {
        if (on) {
            scrubber_->setValue(0);
            replayTimer_.start();
        } else {
            replayTimer_.stop();
        }
    });
    connect(&replayTimer_, &QTimer::timeout, this, [this] {
        if (scrubber_->value() >= scrubber_->maximum()) {
            replay_->setChecked(false);
            return;
        }
        scrubber_->setValue(scrubber_->value() + 1);
    });
    retranslate();
}

void ShiftView::adopt(const core::TwinSnapshot& s) {
    if (wantedLayer_ >= 0) showLayer(wantedLayer_);
    const int checkpoints =
        static_cast<int>(std::min(s.models[0].histograms.size(), s.models[1].histograms.size()));
    {
        const QSignalBlocker block(scrubber_);
        scrubber_->setRange(0, std::max(0, checkpoints - 1));
        if (following_ && !replay_->isChecked()) scrubber_->setValue(scrubber_->maximum());
    }
}

int ShiftView::shownLayer() const {
    if (wantedLayer_ >= 0) return wantedLayer_;
    if (layer_->count() == 0 || layer_->currentIndex() == layer_->count() - 1) return 0;
    return layer_->currentData().toInt();
}

void ShiftView::showLayer(int layer) {
    wantedLayer_ = std::max(0, layer);
    if (layer_->count() == 0) return;
    const int index = wantedLayer_ == 0 ? layer_->count() - 1 : layer_->findData(wantedLayer_);
    wantedLayer_ = -1;
    // A layer the network does not have leaves the chooser as it is.
    if (index >= 0) layer_->setCurrentIndex(index);
}

void ShiftView::draw(const core::TwinSnapshot& s) {
    const int layer = chosenLayerIndex(s);
    const int columns = scrubber_->maximum() + 1;
    const int at = scrubber_->value();
    const bool any = !s.models[0].histograms.empty() && !s.models[1].histograms.empty();
    if (!any) {
        stepLabel_->setText(tr("no checkpoint yet"));
        return;
    }
    const double firstStep = static_cast<double>(s.models[0].histograms[0].step);
    const double lastStep =
        static_cast<double>(s.models[0].histograms[static_cast<std::size_t>(columns - 1)].step);
    const double interval = s.config.evalInterval;
    const double x0 = firstStep - interval;  // a checkpoint covers the interval before it
    const double x1 = std::max(lastStep, x0 + 1);
    const double atStep =
        static_cast<double>(s.models[0].histograms[static_cast<std::size_t>(at)].step);
    stepLabel_->setText(tr("step %1").arg(static_cast<qint64>(atStep)));

    double overlayMax = 0;
    double lo = 1e300, hi = -1e300;
    // One z range for both heatmaps makes the difference in spread visible at a glance.
    double sharedLo = 1e300, sharedHi = -1e300;
    std::array<std::pair<double, double>, 2> ranges{};
    for (int m : {core::TwinTrainer::kBn, core::TwinTrainer::kPlain}) {
        if (static_cast<int>(s.models[m].histograms.size()) < columns) continue;
        ranges[m] = coveredRange(s.models[m], layer, columns);
        sharedLo = std::min(sharedLo, ranges[m].first);
        sharedHi = std::max(sharedHi, ranges[m].second);
    }
    QStringList outside;
    for (int m : {core::TwinTrainer::kBn, core::TwinTrainer::kPlain}) {
        const core::TwinModelState& state = s.models[m];
        if (static_cast<int>(state.histograms.size()) < columns) continue;
        const bool shared = sameScale_->isChecked() && sharedLo < sharedHi;
        const double y0 = shared ? sharedLo : ranges[m].first;
        const double y1 = shared ? sharedHi : ranges[m].second;
        BnChart* chart = heatmaps_[m];
        chart->setNiceXRange(x0, x1);
        chart->setNiceYRange(y0, y1);
        chart->setPoints(frameSeries_[m], {QPointF(x0, y0), QPointF(x1, y1)});
        chart->setPoints(markerSeries_[m],
                         {QPointF(atStep - interval / 2, y0), QPointF(atStep - interval / 2, y1)});
        chart->setHeatmap(densityImage(state, layer, modelColor(m), columns, y0, y1),
                          QRectF(QPointF(x0, y0), QPointF(x1, y1)));
        const auto [out, seen] = outsideBins(state, layer, columns);
        if (out > 0)
            outside << tr("%1: %2 of %3 values not finite, not drawn")
                           .arg(modelName(m))
                           .arg(out)
                           .arg(seen);

        // The scrubbed checkpoint as a density (fraction per unit of z).
        const core::Histogram& h = histogramAt(state, at, layer);
        const QList<QPointF> steps = histogramOutline(h, HistogramHeight::Density);
        for (const QPointF& p : steps) overlayMax = std::max(overlayMax, p.y());
        lo = std::min(lo, h.edges.front());
        hi = std::max(hi, h.edges.back());
        overlay_->setPoints(overlaySeries_[m], steps);
    }
    clipped_->setText(outside.join(QStringLiteral("; ")));
    clipped_->setVisible(!outside.isEmpty());
    explain_->setText(driftText(s, layer));
    if (lo < hi) overlay_->setNiceXRange(lo, hi);
    if (overlayMax > 0) overlay_->setNiceYRange(0, overlayMax * 1.1);
}

QString ShiftView::driftText(const core::TwinSnapshot& s, int layer) const {
    const auto driftOf = [&](int m) -> const core::DistributionDrift* {
        const auto& drift = s.models[m].drift;
        if (static_cast<std::size_t>(layer) >= drift.size()) return nullptr;
        return drift[static_cast<std::size_t>(layer)].valid ? &drift[static_cast<std::size_t>(layer)]
                                                            : nullptr;
    };
    const core::DistributionDrift* bn = driftOf(core::TwinTrainer::kBn);
    const core::DistributionDrift* plain = driftOf(core::TwinTrainer::kPlain);
    if (!bn || !plain) return tr("No drift measured yet.");
    const auto signedNumber = [](double v) {
        return (v >= 0 ? QStringLiteral("+") : QString()) + QString::number(v, 'f', 2);
    };
    const QString measured =
        tr("Measured at step %1 against step 0, in step-0 band widths (15–85%): the plain "
           "network's median moved %2 and its band edges up to %3; %6 %4 and %5.")
            .arg(s.step)
            .arg(signedNumber(plain->median))
            .arg(plain->band, 0, 'f', 2)
            .arg(signedNumber(bn->median))
            .arg(bn->band, 0, 'f', 2)
            .arg(modelName(core::TwinTrainer::kBn));
    QString verdict;
    if (plain->band > 2 * bn->band)
        verdict = tr("Here the plain network's inputs drift far more than %1's.")
                      .arg(normaliserShortName());
    else if (bn->band > 2 * plain->band)
        verdict = tr("Here %1's inputs move more than the plain network's.")
                      .arg(normaliserShortName());
    else
        verdict = tr("Here both networks' inputs move about as much.");
    return measured + QLatin1Char(' ') + verdict;
}

void ShiftView::retranslate() {
    layer_->setToolTip(
        tr("Which hidden layer's pre-activations z = W x + b (the activation's "
           "input; with BN, the normalized and scaled value) to show."));
    sameScale_->setText(tr("Same &z scale"));
    sameScale_->setToolTip(
        tr("Both heatmaps on one z range, so the spread of the inputs compares "
           "directly; off: each on its own range, to see its drift."));
    replay_->setText(tr("Replay"));
    replay_->setToolTip(tr("Replays the run from the first checkpoint; drag the slider to scrub."));
    scrubber_->setToolTip(
        tr("Checkpoint shown in the lower chart and marked by the black line; "
           "at the right end it follows the live run."));
    redraw();
    for (int m : {core::TwinTrainer::kBn, core::TwinTrainer::kPlain}) {
        heatmaps_[m]->setTitle(m == core::TwinTrainer::kBn
                                   ? tr("With %1").arg(normaliserShortName())
                                   : tr("Plain (no %1)").arg(normaliserShortName()));
        heatmaps_[m]->setAxisTitles(tr("training step"), tr("input z"));
        heatmaps_[m]->setToolTip(tr("One column per evaluation interval (the first is step 0, "
                                    "before any update); darker = more values."));
        overlay_->setSeriesName(overlaySeries_[m], modelName(m));
    }
    overlay_->setTitle(tr("Distribution at the chosen step"));
    overlay_->setAxisTitles(tr("activation input z"), tr("density"));
}

}  // namespace normlab::app
