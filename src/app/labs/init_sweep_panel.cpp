#include "app/labs/init_sweep_panel.h"

#include <QApplication>
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
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <map>

#include "app/charts/labelled_axis_chart.h"
#include "app/charts/model_palette.h"
#include "session/network_dataset.h"
#include "session/sweep_plan.h"
#include "session/sweep_runner.h"

namespace normlab::app {

namespace {

const QColor kBnColor = bnColor();  // the colours of the lab's other views
const QColor kPlainColor = plainColor();
const QColor kDivergedColor = divergedColor();
constexpr int kBnBand = 0;
constexpr int kPlainBand = 1;
constexpr int kDivergedSeries = 4;

}  // namespace

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
    chart_->addBand(QString(), kBnColor);
    chart_->addBand(QString(), kPlainColor);
    chart_->addLineSeries(QString(), kBnColor, 2.5);
    chart_->addLineSeries(QString(), kPlainColor, 2.5);
    for (const QColor& c : {kBnColor, kPlainColor, kDivergedColor})
        chart_->setSeriesName(chart_->addScatterSeries(QString(), c, 9.0), QString());

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(runButton_);
    buttons->addWidget(cancelButton_);
    auto* side = new QVBoxLayout;
    side->addWidget(controls_);
    side->addLayout(buttons);
    side->addWidget(progress_);
    side->addWidget(status_);
    side->addWidget(baseLabel_);
    side->addStretch(1);
    side_ = new QWidget(this);
    side_->setLayout(side);
    auto* sideWidget = side_;
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(sideWidget);
    layout->addWidget(chart_, 1);

    refreshTimer_ = new QTimer(this);
    refreshTimer_->setSingleShot(true);
    refreshTimer_->setInterval(60);
    connect(refreshTimer_, &QTimer::timeout, this, &InitSweepPanel::refreshChart);

    retranslate();
    updateProgress();
    refreshChart();
    side_->setFixedWidth(std::max(260, controls_->sizeHint().width()));
}

InitSweepPanel::~InitSweepPanel() {
    if (runner_) runner_->cancel();
    runner_.reset();
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
    std::vector<session::SweepTask> tasks;
    try {
        const session::ExperimentConfig c = sweepConfig();
        c.validate();
        const QString key = QStringLiteral("%1/%2/%3/%4/%5")
                                .arg(c.getString(QStringLiteral("dataset")),
                                     c.getString(QStringLiteral("data_path")))
                                .arg(c.getInt(QStringLiteral("train_samples")))
                                .arg(c.getInt(QStringLiteral("test_samples")))
                                .arg(c.getInt(QStringLiteral("seed")));
        if (!data_ || key != dataKey_) {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            try {
                data_ = session::loadNetworkDataset(c);
            } catch (...) {
                QApplication::restoreOverrideCursor();
                throw;
            }
            QApplication::restoreOverrideCursor();
            dataKey_ = key;
        }
        const core::TwinConfig twin =
            session::initSweepTwinConfigFrom(c, data_->shape, data_->numClasses);
        for (const session::InitSweepStdPoint& point : session::initSweepPoints(c))
            tasks.push_back(session::initSweepTask(data_, twin, steps_->value(), point));
    } catch (const session::ConfigError& e) {
        status_->setText(tr("Cannot run: %1").arg(e.errors().join(QLatin1Char(' '))));
        return false;
    } catch (const std::exception& e) {
        status_->setText(tr("Cannot run: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
    runner_.reset();  // idle already; joins its exited workers
    runner_ = std::make_unique<session::SweepRunner>();
    connect(runner_.get(), &session::SweepRunner::pointProgress, this,
            [this] { updateProgress(); });
    connect(runner_.get(), &session::SweepRunner::pointFinished, this, [this] {
        updateProgress();
        if (!refreshTimer_->isActive()) refreshTimer_->start();
    });
    connect(runner_.get(), &session::SweepRunner::idle, this, [this] {
        updateProgress();
        refreshChart();
    });
    runner_->add(std::move(tasks));
    updateProgress();
    refreshChart();
    return true;
}

void InitSweepPanel::cancel() {
    if (!runner_) return;
    runner_->cancel();
    status_->setText(tr("Cancelling: finished points stay."));
}

bool InitSweepPanel::isRunning() const { return runner_ && !runner_->isIdle(); }

void InitSweepPanel::updateProgress() {
    const bool running = isRunning();
    runButton_->setEnabled(!running);
    cancelButton_->setEnabled(running);
    if (!runner_) {
        status_->setText(tr("Press Run to train both networks from each initial std."));
        return;
    }
    int finished = 0, ended = 0;
    double partial = 0;
    const std::vector<session::SweepPointStatus> points = runner_->points();
    for (const session::SweepPointStatus& p : points) {
        if (p.state == session::SweepPointState::Finished) ++finished;
        if (p.state == session::SweepPointState::Running) partial += p.fraction;
        if (p.state != session::SweepPointState::Running &&
            p.state != session::SweepPointState::Pending)
            ++ended;
    }
    const int total = static_cast<int>(points.size());
    progress_->setValue(total > 0 ? static_cast<int>(1000.0 * (ended + partial) / total) : 0);
    status_->setText(running ? tr("%1 of %2 points finished…").arg(finished).arg(total)
                             : tr("%1 of %2 points finished.").arg(finished).arg(total));
}

void InitSweepPanel::refreshChart() {
    // std -> accuracies over seeds
    std::map<double, QList<double>> bn, plain;
    QList<QPointF> diverged;
    const std::vector<session::SweepPointStatus> points =
        runner_ ? runner_->points() : std::vector<session::SweepPointStatus>{};
    for (const session::SweepPointStatus& p : points) {
        if (p.state != session::SweepPointState::Finished || !p.outcome) continue;
        const auto& r = std::get<core::InitSweepResult>(*p.outcome);
        const double x = std::log10(r.initStd);
        if (std::isfinite(r.bnTestAccuracy)) bn[x] << 100.0 * r.bnTestAccuracy;
        if (std::isfinite(r.plainTestAccuracy)) plain[x] << 100.0 * r.plainTestAccuracy;
        if (r.bnDiverged || r.plainDiverged) diverged << QPointF(x, 0.0);
    }
    const auto draw = [this](const std::map<double, QList<double>>& data, int line, int band) {
        QList<QPointF> mean, low, high;
        for (const auto& [x, values] : data) {
            double sum = 0, lo = values.first(), hi = values.first();
            for (double v : values) {
                sum += v;
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
            mean << QPointF(x, sum / values.size());
            low << QPointF(x, lo);
            high << QPointF(x, hi);
        }
        chart_->setBand(band, low, high);
        chart_->setPoints(line, mean);
        chart_->setPoints(line + 2, mean);
    };
    draw(bn, kBnSeries, kBnBand);
    draw(plain, kPlainSeries, kPlainBand);
    chart_->setPoints(kDivergedSeries, diverged);
    chart_->setSeriesName(kBnSeries, tr("With batch norm"));
    chart_->setSeriesName(kPlainSeries, tr("Without batch norm"));
    chart_->setSeriesName(kDivergedSeries, diverged.isEmpty() ? QString() : tr("Diverged"));
    const QList<double> values = stds();
    const int lo = static_cast<int>(std::floor(std::log10(values.first()) + 1e-9));
    const int hi = static_cast<int>(std::ceil(std::log10(values.last()) - 1e-9));
    chart_->setXTicks(log10Ticks(lo, hi));
    chart_->setXRange(lo - 0.2, hi + 0.2);
    chart_->setYRange(0.0, 100.0);
}

QList<ChartView*> InitSweepPanel::charts() const { return {chart_}; }

QString InitSweepPanel::resultsCsv() const {
    if (!runner_) return {};
    QStringList lines{QStringLiteral("init_std,model,seed,final_test_accuracy,diverged")};
    for (const session::SweepPointStatus& p : runner_->points()) {
        if (p.state != session::SweepPointState::Finished || !p.outcome) continue;
        const auto& r = std::get<core::InitSweepResult>(*p.outcome);
        const auto row = [&](const char* model, double accuracy, bool div) {
            lines << QStringLiteral("%1,%2,%3,%4,%5")
                         .arg(QString::number(r.initStd, 'g', 8), QLatin1String(model))
                         .arg(r.seed)
                         .arg(QString::number(accuracy, 'g', 8),
                              div ? QStringLiteral("true") : QStringLiteral("false"));
        };
        row("bn", r.bnTestAccuracy, r.bnDiverged);
        row("plain", r.plainTestAccuracy, r.plainDiverged);
    }
    if (lines.size() == 1) return {};
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

}  // namespace normlab::app
