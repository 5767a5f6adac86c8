#include "app/labs/batch_size/small_batch_view.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "app/charts/labelled_axis_chart.h"
#include "app/charts/model_palette.h"
#include "app/labs/batch_size/run_groups.h"
#include "app/labs/sweep_starter.h"
#include "app/widgets/bound_form.h"
#include "app/widgets/field_binding.h"
#include "app/widgets/sweep_progress_box.h"
#include "session/norm_vs_batch_plan.h"
#include "session/sweep_session.h"
#include "session/sweep_tables.h"

namespace normlab::app {

using core::NormSeries;

namespace {

const QString kKind = QStringLiteral("norm-vs-batch");
// The fields a user changes for this teaching moment; the rest come from the preset.
const QStringList kShownFields{"normalisers", "batch_sizes", "seeds", "epochs", "base_lr",
                               "train_samples"};
constexpr int kMaxGapLayers = 10;
constexpr NormSeries kAllSeries[] = {NormSeries::None, NormSeries::BatchRunning,
                                     NormSeries::BatchBatchStats, NormSeries::Layer,
                                     NormSeries::Group};

QColor seriesColor(NormSeries s) {
    switch (s) {
        case NormSeries::BatchRunning:
            return bnColor();
        case NormSeries::BatchBatchStats:
            return bnColor().lighter(160);
        case NormSeries::Layer:
            return layerNormColor();
        case NormSeries::Group:
            return groupNormColor();
        case NormSeries::None:
            break;
    }
    return plainColor();
}

session::ExperimentConfig startingConfig() {
    try {
        return session::loadPreset(kKind);
    } catch (const session::ConfigError&) {
        return session::ExperimentConfig::defaults(kKind);  // a build without its presets
    }
}

QString pct(double fraction) { return QString::number(100.0 * fraction, 'f', 1); }

}  // namespace

SmallBatchView::SmallBatchView(QWidget* parent) : QWidget(parent), base_(startingConfig()) {
    box_ = new QGroupBox(this);
    auto* form = new QFormLayout(box_);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form_ = new BoundForm(kKind, box_);
    for (const QString& key : kShownFields) {
        FieldBinding* binding = form_->addRow(form, key);
        // The page's own controls bind fields of the same names.
        for (QWidget* w : binding->widget()->findChildren<QWidget*>())
            if (w->objectName() == key) w->setObjectName(QStringLiteral("smallBatch_") + key);
        binding->errorLabel()->setObjectName(QStringLiteral("smallBatch_%1Error").arg(key));
    }
    form_->load(base_);
    progress_ = new SweepProgressBox(SweepProgressBox::Unit::Runs, this);
    progress_->runButton()->setObjectName(QStringLiteral("smallBatchRunButton"));
    progress_->cancelButton()->setObjectName(QStringLiteral("smallBatchCancelButton"));
    connect(progress_, &SweepProgressBox::runClicked, this, [this] { run(); });
    connect(progress_, &SweepProgressBox::cancelClicked, this, &SmallBatchView::cancel);
    about_ = new QLabel(this);
    about_->setWordWrap(true);
    verdict_ = new QLabel(this);
    verdict_->setObjectName(QStringLiteral("smallBatchVerdict"));
    verdict_->setWordWrap(true);
    verdict_->setTextFormat(Qt::RichText);

    error_ = new LabelledAxisChart(this);
    for (NormSeries s : kAllSeries) errorSeries_[s] = SpreadSeries::addBand(error_, seriesColor(s));
    for (NormSeries s : kAllSeries) errorSeries_[s].addLines(error_, seriesColor(s), false);
    gap_ = new LabelledAxisChart(this);
    for (int l = 1; l <= kMaxGapLayers; ++l)
        gapSeries_[l] = SpreadSeries::addBand(gap_, modelShade(true, l - 1));
    for (int l = 1; l <= kMaxGapLayers; ++l) gapSeries_[l].addLines(gap_, modelShade(true, l - 1), false);

    auto* side = new QVBoxLayout;
    side->setContentsMargins(0, 0, 0, 0);
    side->addWidget(box_);
    side->addWidget(progress_);
    side->addWidget(about_);
    side->addStretch(1);
    side_ = new QWidget(this);
    side_->setLayout(side);

    charts_ = new QSplitter(Qt::Vertical, this);
    auto* charts = charts_;
    charts->addWidget(error_);
    charts->addWidget(gap_);
    charts->setChildrenCollapsible(false);
    // Equal heights: the gap chart's batch-size labels need as much room as the error chart's.
    charts->setStretchFactor(0, 1);
    charts->setStretchFactor(1, 1);
    gap_->setMinimumHeight(180);
    auto* right = new QVBoxLayout;
    right->addWidget(verdict_);
    right->addWidget(charts, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(side_);
    layout->addLayout(right, 1);

    sweep_ = std::make_unique<session::SweepSession>();
    connect(sweep_.get(), &session::SweepSession::snapshotReady, this,
            [this] { render(sweep_->takeLatest()); });
    connect(sweep_.get(), &session::SweepSession::idle, this, [this] {
        updateProgress();  // the buttons follow the sweep going idle
        progress_->sweepIdle();
    });
    starter_ = new SweepStarter([this] { return config(); },
                                [this](const auto& data) { return start(data); }, this);
    connect(starter_, &SweepStarter::waitEnded, this, &SmallBatchView::updateProgress);
    connect(starter_, &SweepStarter::loadFailed, this, [this](const QString& message) {
        progress_->setStatus(tr("Could not load the data: %1").arg(message));
    });
    retranslate();
    render(sweep_->takeLatest());
}

SmallBatchView::~SmallBatchView() {
    sweep_->disconnect(this);  // its last signals find no half-destroyed view
    sweep_->cancel();
    sweep_.reset();
}

session::ExperimentConfig SmallBatchView::config() const {
    session::ExperimentConfig c = base_;
    form_->store(c);
    return c;
}

void SmallBatchView::apply(const session::ExperimentConfig& config) {
    if (config.kind != kKind) return;
    base_ = config;
    form_->load(base_);
    retranslate();
}

bool SmallBatchView::run() {
    if (isRunning()) return false;
    QString refusal;
    const bool launched = starter_->launch(&refusal);
    if (!refusal.isEmpty()) progress_->setStatus(tr("Cannot run: %1").arg(refusal));
    if (launched) updateProgress();
    return launched;
}

bool SmallBatchView::start(const std::shared_ptr<const core::Dataset>& data) {
    session::SweepWork work;
    try {
        work = session::normVsBatchWork(data, config());
    } catch (const std::exception& e) {
        progress_->setStatus(tr("Cannot run: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
    sweep_->clear();
    sweep_->add(std::move(work));
    return true;
}

void SmallBatchView::cancel() {
    if (sweep_->isIdle()) return;
    sweep_->cancel();
    progress_->cancelling();
}

bool SmallBatchView::isRunning() const { return starter_->waiting() || !sweep_->isIdle(); }

QString SmallBatchView::statusLine() const { return progress_->status(); }
QString SmallBatchView::verdictText() const { return verdict_->text(); }
QList<ChartView*> SmallBatchView::charts() const { return {error_, gap_}; }

void SmallBatchView::render(session::SweepSnapshotPtr sweep) {
    shown_ = std::move(sweep);
    summary_ = shown_ ? core::summarizeNormVsBatch(session::batchResultsOf(*shown_, false))
                      : core::NormVsBatchSummary{};
    if (shown_)
        for (int i = 0; i < shown_->size(); ++i)
            if (const core::BatchSizeResult* r = shown_->batchResult(i))
                groupsShown_ = r->config.network.normGroups;
    updateProgress();
    redraw();
}

void SmallBatchView::updateProgress() {
    progress_->showProgress(shown_.get(), starter_->waiting(), isRunning());
}

QString SmallBatchView::seriesName(NormSeries series) const {
    switch (series) {
        case NormSeries::None:
            return tr("no norm");
        case NormSeries::BatchRunning:
            return tr("BN (running stats)");
        case NormSeries::BatchBatchStats:
            return tr("BN (batch stats)");
        case NormSeries::Layer:
            return tr("LN");
        case NormSeries::Group:
            return tr("GN (G = %1)").arg(groupsShown_);
    }
    return {};
}

QString SmallBatchView::measuredText() const {
    const core::SmallBatchVerdict& v = summary_.verdict;
    if (!v.valid)
        return tr("No measurement yet: the statement here is computed from the finished runs "
                  "once two normalisers share a batch size.");
    const core::SeedSpread& lead = summary_.error.at(v.leader).at(v.smallBatch);
    const core::SeedSpread& next = summary_.error.at(v.runnerUp).at(v.smallBatch);
    QString text =
        (v.beyondSpread()
             ? tr("<b>Measured at B = %1:</b> %2 is ahead with %3% test error; %4 has %5%. The "
                  "margin, %6 points, is larger than the seed spread (%7 points).")
             : tr("<b>Measured at B = %1:</b> %2 has the lowest test error, %3%; %4 has %5%. "
                  "The margin, %6 points, is within the seed spread (%7 points), so this run "
                  "does not separate them."))
            .arg(v.smallBatch)
            .arg(seriesName(v.leader), pct(lead.mean), seriesName(v.runnerUp), pct(next.mean),
                 pct(v.margin), pct(v.seedSpread));
    if (v.largeBatch > v.smallBatch) {
        QStringList changes;
        for (NormSeries s : kAllSeries) {
            const core::SeedSpread* large = summary_.at(s, v.largeBatch);
            const core::SeedSpread* small = summary_.at(s, v.smallBatch);
            if (large && small)
                changes << tr("%1 %2% → %3%").arg(seriesName(s), pct(large->mean), pct(small->mean));
        }
        text += QLatin1Char(' ') + tr("Test error from B = %1 down to B = %2: %3.")
                                       .arg(v.largeBatch)
                                       .arg(v.smallBatch)
                                       .arg(changes.join(QStringLiteral("; ")));
    }
    if (summary_.diverged > 0)
        text += QLatin1Char(' ') + tr("%n run(s) diverged and are left out.", "", summary_.diverged);
    return text;
}

QString SmallBatchView::gapText() const {
    // The layer whose gap is largest at the smallest batch size measured.
    int layer = 0, small = 0, large = 0;
    double worst = -1;
    for (const auto& [l, points] : summary_.runningGap) {
        if (points.empty()) continue;
        const auto& [b, spread] = *points.begin();
        if (spread.mean > worst) {
            worst = spread.mean;
            layer = l;
            small = b;
            large = points.rbegin()->first;
        }
    }
    if (layer == 0) return {};
    const double atLarge = summary_.runningGap.at(layer).at(large).mean;
    return tr("Batch norm's batch means sit furthest from its running means in layer %1: %2 "
              "running standard deviations at B = %3, %4 at B = %5.")
        .arg(layer)
        .arg(worst, 0, 'f', 2)
        .arg(small)
        .arg(atLarge, 0, 'f', 2)
        .arg(large);
}

void SmallBatchView::redraw() {
    QList<int> sizes;
    double lo = 100, hi = 0;
    for (NormSeries s : kAllSeries) {
        QList<QPair<double, Spread>> points;
        const auto it = summary_.error.find(s);
        if (it != summary_.error.end())
            for (const auto& [b, spread] : it->second) {
                points << qMakePair(std::log2(static_cast<double>(b)),
                                    Spread{100.0 * spread.mean, 100.0 * spread.min,
                                           100.0 * spread.max});
                sizes << b;
            }
        const auto [min, max] = errorSeries_.at(s).set(error_, points, seriesName(s));
        lo = std::min(lo, min);
        hi = std::max(hi, max);
    }
    setBatchSizeAxis(error_, sizes);
    setPercentAxis(error_, lo, hi);

    double gapHi = 0;
    QList<int> gapSizes;
    for (auto& [l, series] : gapSeries_) {
        QList<QPair<double, Spread>> points;
        const auto it = summary_.runningGap.find(l);
        if (it != summary_.runningGap.end())
            for (const auto& [b, spread] : it->second) {
                points << qMakePair(std::log2(static_cast<double>(b)),
                                    Spread{spread.mean, spread.min, spread.max});
                gapSizes << b;
            }
        const auto [min, max] = series.set(gap_, points, points.isEmpty() ? QString() : tr("Layer %1").arg(l));
        if (!points.isEmpty()) gapHi = std::max(gapHi, max);
    }
    setBatchSizeAxis(gap_, gapSizes.isEmpty() ? sizes : gapSizes);
    gap_->setYRange(0.0, gapHi > 0 ? 1.1 * gapHi : 1.0);
    gap_->applyNiceNumbers(Qt::Vertical);

    const QString gap = gapText();
    verdict_->setText(measuredText() + (gap.isEmpty() ? QString() : QStringLiteral("<br>") + gap));
}

// Side by side in a short, wide view (1280x800 in presentation mode), where
// stacked they would each be too low for their axis labels.
void SmallBatchView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    charts_->setOrientation(width() > 2 * height() ? Qt::Horizontal : Qt::Vertical);
}

void SmallBatchView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    if (event->type() == QEvent::FontChange) fitSideWidth();
    QWidget::changeEvent(event);
}

// Narrow, so the charts keep the width, but never narrower than the run and
// cancel buttons' labels or about 34 characters of the fields' values (the
// normaliser list) in this font and language.
void SmallBatchView::fitSideWidth() {
    const int buttons =
        progress_->runButton()->sizeHint().width() + progress_->cancelButton()->sizeHint().width() +
        12;  // + spacing
    side_->setMaximumWidth(std::max({270, buttons, 34 * fontMetrics().averageCharWidth()}));
}

void SmallBatchView::retranslate() {
    box_->setTitle(tr("Small-batch sweep"));
    const QStringList labels{tr("&Normalisers:"), tr("&Batch sizes:"), tr("S&eeds:"),
                             tr("E&pochs:"),      tr("Base &lr:"),     tr("&Training examples:")};
    for (int i = 0; i < kShownFields.size(); ++i)
        form_->label(kShownFields[i])->setText(labels[i]);
    form_->field(QStringLiteral("normalisers"))
        ->setExplanation(tr("Which normalisers to compare: none, batch, layer, group (comma "
                            "separated). Batch norm is evaluated twice: with its running "
                            "statistics and with each test batch's own."));
    form_->field(QStringLiteral("base_lr"))
        ->setExplanation(tr("Every run's learning rate is this times its batch size (the "
                            "linear rule), so every batch size gets the same epochs at a "
                            "comparable step."));
    progress_->runButton()->setText(tr("&Run small-batch sweep"));
    progress_->runButton()->setToolTip(
        tr("Trains the network once per normaliser, batch size and seed in the background."));
    progress_->setIdleText(tr("Press Run to train every normaliser at every batch size."));
    fitSideWidth();
    const bool cnn = base_.getString("model") == QLatin1String("cnn");
    const int tests = base_.getInt("test_samples");
    const QString testText = tests == 0 ? tr("all") : QString::number(tests);
    about_->setText(
        cnn ? tr("Network: a small CNN (%1 and %2 channels, a normalised %3-unit dense layer), "
                 "%4 test examples; settings not shown here come from the norm-vs-batch "
                 "preset or the file opened.")
                  .arg(base_.getInt("cnn_channels"))
                  .arg(2 * base_.getInt("cnn_channels"))
                  .arg(base_.getInt("cnn_dense"))
                  .arg(testText)
            : tr("Network: an MLP of %1 hidden layers × %2 units, %3 test examples; settings "
                 "not shown here come from the norm-vs-batch preset or the file opened.")
                  .arg(base_.getInt("depth"))
                  .arg(base_.getInt("width"))
                  .arg(testText));
    error_->setTitle(tr("Test error vs batch size, per normaliser"));
    error_->setAxisTitles(tr("Batch size B (log₂ scale)"), tr("Test error (%)"));
    error_->setToolTip(tr("Mean over seeds with the min–max band. Batch norm's statistics come "
                          "from the batch, so they get noisy as B falls; layer and group norm "
                          "use each example's own."));
    gap_->setTitle(tr("BN: batch vs running statistics at the end of training"));
    gap_->setAxisTitles(tr("Batch size B (log₂ scale)"), tr("|μ_B − μ_run| / σ_run"));
    gap_->setToolTip(tr("How far a training batch's means sit from the running means used at "
                        "evaluation, in running standard deviations, per BN layer; averaged "
                        "over units and training batches of B."));
    updateProgress();
    redraw();
}

}  // namespace normlab::app
