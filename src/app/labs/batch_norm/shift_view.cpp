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

namespace normlab::app {

namespace {

// Each checkpoint's column is scaled to its own peak, so a narrow and a wide
// distribution are equally visible; the colour runs white -> the twin's colour.
QImage densityImage(const core::TwinModelState& state, int layer, QColor color, int columns) {
    const int bins = state.histograms.empty()
                         ? 0
                         : state.histograms[0].layers[static_cast<std::size_t>(layer)].bins();
    if (columns == 0 || bins == 0) return {};
    QImage image(columns, bins, QImage::Format_RGB32);
    for (int c = 0; c < columns; ++c) {
        const core::Histogram& h =
            state.histograms[static_cast<std::size_t>(c)].layers[static_cast<std::size_t>(layer)];
        std::int64_t peak = 1;
        for (std::int64_t n : h.counts) peak = std::max(peak, n);
        for (int b = 0; b < bins && b < h.bins(); ++b) {
            const double t = std::sqrt(static_cast<double>(h.counts[static_cast<std::size_t>(b)]) /
                                       static_cast<double>(peak));
            const auto mix = [t](int from, int to) {
                return static_cast<int>(std::lround(from + t * (to - from)));
            };
            image.setPixel(c, bins - 1 - b,
                           qRgb(mix(255, color.red() / 2), mix(255, color.green() / 2),
                                mix(255, color.blue() / 2)));
        }
    }
    return image;
}

}  // namespace

ShiftView::ShiftView(QWidget* parent) : BnView(parent) {
    layer_ = new QComboBox(this);
    layer_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layer_->setObjectName(QStringLiteral("shiftLayer"));
    layerLabel_ = new QLabel(this);
    layerLabel_->setBuddy(layer_);
    scrubber_ = new QSlider(Qt::Horizontal, this);
    scrubber_->setObjectName(QStringLiteral("shiftScrubber"));
    scrubber_->setRange(0, 0);
    replay_ = new QPushButton(this);
    replay_->setCheckable(true);
    sameScale_ = new QCheckBox(this);
    sameScale_->setObjectName(QStringLiteral("shiftSameScale"));
    sameScale_->setChecked(true);
    stepLabel_ = new QLabel(this);
    stepLabel_->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("step 000000")));
    explain_ = new QLabel(this);
    explain_->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(layerLabel_);
    top->addWidget(layer_);
    top->addWidget(sameScale_);
    top->addSpacing(12);
    top->addWidget(replay_);
    top->addWidget(scrubber_, 1);
    top->addWidget(stepLabel_);

    auto* grid = new QGridLayout;
    for (int m : {core::TwinTrainer::kBn, core::TwinTrainer::kPlain}) {
        auto* chart = new BnChart(this);
        frameSeries_[m] = chart->addLineSeries(QString(), Qt::transparent, 0.1);
        markerSeries_[m] = chart->addLineSeries(QString(), QColor(0x20, 0x20, 0x20), 1.5);
        chart->setLegendVisible(false);  // the title names the twin
        heatmaps_[m] = chart;
        grid->addWidget(chart, 0, m);
    }
    overlay_ = new BnChart(this);
    for (int m : {core::TwinTrainer::kBn, core::TwinTrainer::kPlain})
        overlaySeries_[m] = overlay_->addLineSeries(modelName(m), modelColor(m), 2.5);
    grid->addWidget(overlay_, 1, 0, 1, 2);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(explain_);
    layout->addLayout(grid, 1);

    connect(layer_, &QComboBox::currentIndexChanged, this, [this] { redraw(); });
    connect(sameScale_, &QCheckBox::toggled, this, [this] { redraw(); });
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

void ShiftView::render(const TwinSnapshotPtr& snapshot) {
    last_ = snapshot;
    const core::TwinSnapshot& s = *snapshot;
    syncLayerChooser(layer_, s.hiddenLayers);
    const int checkpoints =
        static_cast<int>(std::min(s.models[0].histograms.size(), s.models[1].histograms.size()));
    {
        const QSignalBlocker block(scrubber_);
        scrubber_->setRange(0, std::max(0, checkpoints - 1));
        if (following_ && !replay_->isChecked()) scrubber_->setValue(scrubber_->maximum());
    }
    redraw();
}

void ShiftView::redraw() {
    if (!last_) return;
    const core::TwinSnapshot& s = *last_;
    const int layer = chosenLayer(layer_, s.hiddenLayers) - 1;
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
    for (const core::TwinModelState& state : s.models) {
        if (static_cast<int>(state.histograms.size()) < columns) continue;
        const core::Histogram& h = state.histograms[0].layers[static_cast<std::size_t>(layer)];
        sharedLo = std::min(sharedLo, h.edges.front());
        sharedHi = std::max(sharedHi, h.edges.back());
    }
    for (int m : {core::TwinTrainer::kBn, core::TwinTrainer::kPlain}) {
        const core::TwinModelState& state = s.models[m];
        if (static_cast<int>(state.histograms.size()) < columns) continue;
        const core::Histogram& first = state.histograms[0].layers[static_cast<std::size_t>(layer)];
        const double y0 = first.edges.front();
        const double y1 = first.edges.back();
        BnChart* chart = heatmaps_[m];
        chart->setNiceXRange(x0, x1);
        if (sameScale_->isChecked() && sharedLo < sharedHi)
            chart->setNiceYRange(sharedLo, sharedHi);
        else
            chart->setNiceYRange(y0, y1);
        chart->setPoints(frameSeries_[m], {QPointF(x0, y0), QPointF(x1, y1)});
        chart->setPoints(markerSeries_[m],
                         {QPointF(atStep - interval / 2, y0), QPointF(atStep - interval / 2, y1)});
        chart->setHeatmap(densityImage(state, layer, modelColor(m), columns),
                          QRectF(QPointF(x0, y0), QPointF(x1, y1)));

        // The scrubbed checkpoint as a density (fraction per unit of z).
        const core::Histogram& h =
            state.histograms[static_cast<std::size_t>(at)].layers[static_cast<std::size_t>(layer)];
        const double total = std::max<double>(1.0, static_cast<double>(h.total()));
        QList<QPointF> steps;
        steps.reserve(2 * h.bins() + 2);
        steps.append(QPointF(h.edges.front(), 0));
        for (int b = 0; b < h.bins(); ++b) {
            const double width =
                h.edges[static_cast<std::size_t>(b) + 1] - h.edges[static_cast<std::size_t>(b)];
            const double density =
                static_cast<double>(h.counts[static_cast<std::size_t>(b)]) / total / width;
            overlayMax = std::max(overlayMax, density);
            steps.append(QPointF(h.edges[static_cast<std::size_t>(b)], density));
            steps.append(QPointF(h.edges[static_cast<std::size_t>(b) + 1], density));
        }
        steps.append(QPointF(h.edges.back(), 0));
        lo = std::min(lo, h.edges.front());
        hi = std::max(hi, h.edges.back());
        overlay_->setPoints(overlaySeries_[m], steps);
    }
    if (lo < hi) overlay_->setNiceXRange(lo, hi);
    if (overlayMax > 0) overlay_->setNiceYRange(0, overlayMax * 1.1);
}

QList<ChartView*> ShiftView::charts() const {
    return {heatmaps_[core::TwinTrainer::kPlain], heatmaps_[core::TwinTrainer::kBn], overlay_};
}

void ShiftView::retranslate() {
    layerLabel_->setText(tr("&Layer:"));
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
    explain_->setText(
        tr("One column per evaluation interval, darker = more values. Without BN "
           "the inputs drift and spread as the layers below learn; with BN they "
           "stay put."));
    for (int m : {core::TwinTrainer::kBn, core::TwinTrainer::kPlain}) {
        heatmaps_[m]->setTitle(m == core::TwinTrainer::kBn ? tr("With BN") : tr("Plain (no BN)"));
        heatmaps_[m]->setAxisTitles(tr("training step"), tr("input z"));
        overlay_->setSeriesName(overlaySeries_[m], modelName(m));
    }
    overlay_->setTitle(tr("Distribution at the chosen step"));
    overlay_->setAxisTitles(tr("activation input z"), tr("density"));
}

}  // namespace normlab::app
