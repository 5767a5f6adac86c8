#include "app/labs/init_sweep_panel.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <map>

#include "app/charts/labelled_axis_chart.h"
#include "app/charts/model_palette.h"
#include "app/charts/spread_series.h"
#include "app/widgets/data_load_bar.h"
#include "session/dataset_cache.h"
#include "session/sweep_plan.h"
#include "session/sweep_session.h"
#include "session/sweep_tables.h"

namespace normlab::app {

namespace {

const QColor kDivergedColor = divergedColor();

}  // namespace

struct InitSweepPanel::ModelSeries {
    SpreadSeries bn, plain;
    int diverged = -1;
};

InitSweepPanel::InitSweepPanel(QWidget* parent)
    : QWidget(parent), base_(session::ExperimentConfig::defaults(QStringLiteral("bn-twin"))) {
    controls_ = new QGroupBox(this);
    auto* form = new QFormLayout(controls_);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto stdBox = [this](const QString& name, double value) {
        auto* box = new QDoubleSpinBox(controls_);
        box->setObjectName(name);
        box->setDecimals(4);
        box->setRange(1e-4, 100.0);
        box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
        box->setValue(value);
        return box;
    };
    stdMinLabel_ = new QLabel(controls_);
    stdMin_ = stdBox(QStringLiteral("initStdMin"), 1e-3);
    stdMinLabel_->setBuddy(stdMin_);
    form->addRow(stdMinLabel_, stdMin_);
    stdMaxLabel_ = new QLabel(controls_);
    stdMax_ = stdBox(QStringLiteral("initStdMax"), 10.0);
    stdMaxLabel_->setBuddy(stdMax_);
    form->addRow(stdMaxLabel_, stdMax_);
    countLabel_ = new QLabel(controls_);
    count_ = new QSpinBox(controls_);
    count_->setObjectName(QStringLiteral("initStdCount"));
    count_->setRange(2, 25);
    count_->setValue(9);
    countLabel_->setBuddy(count_);
    form->addRow(countLabel_, count_);
    stepsLabel_ = new QLabel(controls_);
    steps_ = new QSpinBox(controls_);
    steps_->setObjectName(QStringLiteral("initSweepSteps"));
    steps_->setRange(1, 100000);
    steps_->setSingleStep(100);
    steps_->setValue(1000);
    stepsLabel_->setBuddy(steps_);
    form->addRow(stepsLabel_, steps_);
    seedsLabel_ = new QLabel(controls_);
    seeds_ = new QSpinBox(controls_);
    seeds_->setObjectName(QStringLiteral("initSweepSeeds"));
    seeds_->setRange(1, 10);
    seedsLabel_->setBuddy(seeds_);
    form->addRow(seedsLabel_, seeds_);

    runButton_ = new QPushButton(this);
    runButton_->setObjectName(QStringLiteral("initSweepRunButton"));
    cancelButton_ = new QPushButton(this);
    cancelButton_->setObjectName(QStringLiteral("initSweepCancelButton"));
    connect(runButton_, &QPushButton::clicked, this, [this] { run(); });
    connect(cancelButton_, &QPushButton::clicked, this, &InitSweepPanel::cancel);
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 1000);
    progress_->setValue(0);
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    baseLabel_ = new QLabel(this);
    baseLabel_->setWordWrap(true);

    chart_ = new LabelledAxisChart(this);
    series_ = std::make_unique<ModelSeries>();
    series_->bn = SpreadSeries::addBand(chart_, bnColor());
    series_->plain = SpreadSeries::addBand(chart_, plainColor());
    series_->bn.addLines(chart_, bnColor(), false);
    series_->plain.addLines(chart_, plainColor(), false);
    series_->diverged = chart_->addScatterSeries(QString(), kDivergedColor, 9.0);
    chart_->setSeriesName(series_->diverged, QString());

    sweep_ = std::make_unique<session::SweepSession>();
    connect(sweep_.get(), &session::SweepSession::snapshotReady, this,
            [this] { render(sweep_->takeLatest()); });
    session::DatasetCache& cache = session::DatasetCache::shared();
    connect(&cache, &session::DatasetCache::loaded, this, [this](const QString& key) {
        if (key != pendingKey_) return;
        pendingKey_.clear();
        if (auto data = session::DatasetCache::shared().find(sweepConfig())) start(data);
        updateProgress();
    });
    connect(&cache, &session::DatasetCache::failed, this,
            [this](const QString& key, const QString& message) {
                if (key != pendingKey_) return;
                pendingKey_.clear();
                updateProgress();
                status_->setText(tr("Cannot run: %1").arg(message));
            });

    loadBar_ = new DataLoadBar(this);
    connect(loadBar_, &DataLoadBar::cancelled, this, [this](const QString& key) {
        if (key != pendingKey_) return;
        pendingKey_.clear();
        updateProgress();
        status_->setText(tr("Loading cancelled: the sweep keeps the points it had."));
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(runButton_);
    buttons->addWidget(cancelButton_);
    auto* side = new QVBoxLayout;
    side->addWidget(controls_);
    side->addLayout(buttons);
    side->addWidget(progress_);
    side->addWidget(loadBar_);
    side->addWidget(status_);
    side->addWidget(baseLabel_);
    side->addStretch(1);
    side_ = new QWidget(this);
    side_->setLayout(side);
    auto* sideWidget = side_;
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(sideWidget);
    layout->addWidget(chart_, 1);

    retranslate();
    render(sweep_->takeLatest());
    side_->setFixedWidth(std::max(260, controls_->sizeHint().width()));
}

InitSweepPanel::~InitSweepPanel() {
    sweep_->cancel();
    sweep_.reset();  // joins before the widgets it reports to go
}

int InitSweepPanel::bnSeries() const { return series_->bn.line; }
int InitSweepPanel::plainSeries() const { return series_->plain.line; }
QString InitSweepPanel::statusLine() const { return status_->text(); }

void InitSweepPanel::render(std::shared_ptr<const session::SweepSnapshot> sweep) {
    shown_ = std::move(sweep);
    updateProgress();
    refreshChart();
}

void InitSweepPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    // As wide as the form needs, also with presentation mode's larger font.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        side_->setFixedWidth(std::max(260, controls_->sizeHint().width()));
    QWidget::changeEvent(event);
}

void InitSweepPanel::retranslate() {
    controls_->setTitle(tr("Initialisation sweep"));
    stdMinLabel_->setText(tr("Smallest &std:"));
    stdMin_->setToolTip(tr("Smallest standard deviation σ of the initial weights, w ~ N(0, σ²)."));
    stdMaxLabel_->setText(tr("&Largest std:"));
    stdMax_->setToolTip(tr("Largest standard deviation σ of the initial weights, w ~ N(0, σ²)."));
    countLabel_->setText(tr("&Points:"));
    count_->setToolTip(tr("How many stds, spaced evenly on a log scale between the two ends."));
    stepsLabel_->setText(tr("&Steps per run:"));
    steps_->setToolTip(
        tr("Training steps each pair of networks takes before its test accuracy is measured."));
    seedsLabel_->setText(tr("S&eeds:"));
    seeds_->setToolTip(
        tr("Runs per std with different seeds; the chart shows their mean and a "
           "min–max band."));
    runButton_->setText(tr("&Run init sweep"));
    runButton_->setToolTip(
        tr("Trains the BN and the plain network from each std in the background (both twins "
           "share the initial weights and the mini-batches)."));
    cancelButton_->setText(tr("&Cancel"));
    cancelButton_->setToolTip(tr("Stops the runs in progress; finished points stay."));
    progress_->setToolTip(tr("Points finished out of those queued."));
    chart_->setTitle(tr("Final test accuracy vs initial weight std"));
    chart_->setAxisTitles(tr("Initial weight std σ (log₁₀ scale)"), tr("Test accuracy (%)"));
    chart_->setToolTip(
        tr("With BN every layer's inputs are re-normalised, so the scale of the initial weights "
           "hardly matters; without BN too small a std makes the signal vanish and too large "
           "a one saturates the sigmoids."));
    try {
        baseLabel_->setText(
            tr("Network: %1 hidden layers × %2 %3 units, lr %4, batch %5 (the BN lab's "
               "settings).")
                .arg(base_.getInt(QStringLiteral("depth")))
                .arg(base_.getInt(QStringLiteral("width")))
                .arg(base_.getString(QStringLiteral("activation")))
                .arg(base_.getDouble(QStringLiteral("lr")))
                .arg(base_.getInt(QStringLiteral("batch_size"))));
    } catch (const std::exception&) {
        baseLabel_->clear();  // a config without these fields: nothing to summarise
    }
    refreshChart();
}

void InitSweepPanel::setBaseConfig(const session::ExperimentConfig& bnTwinConfig) {
    base_ = bnTwinConfig;
    retranslate();
}

QList<double> InitSweepPanel::stds() const {
    const double lo = std::log10(std::min(stdMin_->value(), stdMax_->value()));
    const double hi = std::log10(std::max(stdMin_->value(), stdMax_->value()));
    const int n = count_->value();
    QList<double> values;
    for (int i = 0; i < n; ++i) {
        // Rounded to 3 significant digits so the table and CSV read cleanly.
        const double v = std::pow(10.0, lo + (hi - lo) * i / (n - 1));
        values << QString::number(v, 'g', 3).toDouble();
    }
    return values;
}

session::ExperimentConfig InitSweepPanel::sweepConfig() const {
    auto c = session::ExperimentConfig::defaults(QStringLiteral("init-sweep"));
    const QStringList own = {QStringLiteral("init_stds"), QStringLiteral("steps"),
                             QStringLiteral("seeds"), QStringLiteral("workers")};
    for (const QString& key : c.schema().keys())
        if (!own.contains(key) && base_.has(key)) c.setValue(key, base_.value(key));
    QJsonArray values;
    for (double v : stds()) values.append(v);
    c.setValue(QStringLiteral("init_stds"), values);
    c.setValue(QStringLiteral("steps"), steps_->value());
    c.setValue(QStringLiteral("seeds"), seeds_->value());
    return c;
}

bool InitSweepPanel::run() {
    if (isRunning()) return false;
    const session::ExperimentConfig c = sweepConfig();
    try {
        c.validate();
    } catch (const session::ConfigError& e) {
        status_->setText(tr("Cannot run: %1").arg(e.errors().join(QLatin1Char(' '))));
        return false;
    }
    session::DatasetCache& cache = session::DatasetCache::shared();
    if (auto data = cache.find(c)) return start(data);
    pendingKey_ = cache.request(c);  // start() follows when it has loaded
    loadBar_->follow(pendingKey_);
    updateProgress();
    return true;
}

bool InitSweepPanel::start(const std::shared_ptr<const core::Dataset>& data) {
    const session::ExperimentConfig c = sweepConfig();
    try {
        const core::TwinConfig twin =
            session::initSweepTwinConfigFrom(c, data->shape, data->numClasses);
        (void)core::TwinTrainer(data, twin);  // a bad config fails before any runs
        sweep_->clear();
        sweep_->add(
            session::initSweepWork(data, twin, steps_->value(), session::initSweepPoints(c)));
    } catch (const std::exception& e) {
        status_->setText(tr("Cannot run: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
    return true;
}

void InitSweepPanel::cancel() {
    if (sweep_->isIdle()) return;
    sweep_->cancel();
    status_->setText(tr("Cancelling: finished points stay."));
}

bool InitSweepPanel::isRunning() const { return !pendingKey_.isEmpty() || !sweep_->isIdle(); }

void InitSweepPanel::updateProgress() {
    const bool running = isRunning();
    runButton_->setEnabled(!running);
    cancelButton_->setEnabled(running && pendingKey_.isEmpty());
    if (!pendingKey_.isEmpty()) {
        progress_->setRange(0, 0);  // busy: the loader reports no fraction
        status_->setText(tr("Loading the data…"));
        return;
    }
    progress_->setRange(0, 1000);
    if (!shown_ || shown_->size() == 0) {
        progress_->setValue(0);
        status_->setText(tr("Press Run to train both networks from each initial std."));
        return;
    }
    const int finished = shown_->count(session::SweepPointState::Finished);
    const int total = shown_->size();
    progress_->setValue(static_cast<int>(1000.0 * shown_->progress() / total));
    if (shown_->cancelling) return;  // "Cancelling…" stays until the sweep is idle
    status_->setText(!shown_->idle ? tr("%1 of %2 points finished…").arg(finished).arg(total)
                                   : tr("%1 of %2 points finished.").arg(finished).arg(total));
}

void InitSweepPanel::refreshChart() {
    // std -> accuracies over seeds
    std::map<double, QList<double>> bn, plain;
    QList<QPointF> diverged;
    const std::vector<const core::InitSweepResult*> results =
        shown_ ? session::initResultsOf(*shown_, false)
               : std::vector<const core::InitSweepResult*>{};
    for (const core::InitSweepResult* r : results) {
        const double x = std::log10(r->initStd);
        if (std::isfinite(r->bnTestAccuracy)) bn[x] << 100.0 * r->bnTestAccuracy;
        if (std::isfinite(r->plainTestAccuracy)) plain[x] << 100.0 * r->plainTestAccuracy;
        if (r->bnDiverged || r->plainDiverged) diverged << QPointF(x, 0.0);
    }
    const auto spreads = [](const std::map<double, QList<double>>& data) {
        QList<QPair<double, Spread>> points;
        for (const auto& [x, values] : data) points << qMakePair(x, spreadOf(values));
        return points;
    };
    series_->bn.set(chart_, spreads(bn), tr("With batch norm"));
    series_->plain.set(chart_, spreads(plain), tr("Without batch norm"));
    chart_->setPoints(series_->diverged, diverged);
    chart_->setSeriesName(series_->diverged, diverged.isEmpty() ? QString() : tr("Diverged"));
    const QList<double> values = stds();
    const int lo = static_cast<int>(std::floor(std::log10(values.first()) + 1e-9));
    const int hi = static_cast<int>(std::ceil(std::log10(values.last()) - 1e-9));
    chart_->setXTicks(log10Ticks(lo, hi));
    chart_->setXRange(lo - 0.2, hi + 0.2);
    chart_->setYRange(0.0, 100.0);
}

QList<ChartView*> InitSweepPanel::charts() const { return {chart_}; }

QString InitSweepPanel::resultsCsv() const {
    if (!shown_) return {};
    return session::csvText(session::initSweepTable(session::initResultsOf(*shown_, false)));
}

}  // namespace normlab::app
