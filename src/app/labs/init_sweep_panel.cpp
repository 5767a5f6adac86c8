#include "app/labs/init_sweep_panel.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <map>

#include "app/charts/labelled_axis_chart.h"
#include "app/charts/model_palette.h"
#include "app/charts/spread_series.h"
#include "app/labs/batch_norm/bn_view.h"
#include "app/labs/sweep_starter.h"
#include "app/widgets/bound_form.h"
#include "app/widgets/exact_spin_box.h"
#include "app/widgets/field_binding.h"
#include "app/widgets/data_load_bar.h"
#include "app/widgets/sweep_progress_box.h"
#include "session/sweep_plan.h"
#include "session/sweep_results.h"
#include "session/sweep_session.h"
#include "session/sweep_tables.h"
#include "session/twin_config.h"

namespace normlab::app {

namespace {

const QColor kDivergedColor = divergedColor();
const QString kKind = QStringLiteral("init-sweep");
constexpr int kMaxPoints = 25;

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
    form_ = new BoundForm(kKind, controls_);
    // The list is the setting; smallest, largest and count are a way to fill it.
    const auto numberBox = [this](const QString& name, bool integral) {
        auto* box = new ExactSpinBox(controls_);
        box->setObjectName(name);
        box->setIntegral(integral);
        box->setLogarithmic(!integral);
        connect(box, &QDoubleSpinBox::valueChanged, this, &InitSweepPanel::fillStds);
        return box;
    };
    stdMinLabel_ = new QLabel(controls_);
    stdMin_ = numberBox(QStringLiteral("initStdMin"), false);
    stdMinLabel_->setBuddy(stdMin_);
    form->addRow(stdMinLabel_, stdMin_);
    stdMaxLabel_ = new QLabel(controls_);
    stdMax_ = numberBox(QStringLiteral("initStdMax"), false);
    stdMaxLabel_->setBuddy(stdMax_);
    form->addRow(stdMaxLabel_, stdMax_);
    countLabel_ = new QLabel(controls_);
    count_ = numberBox(QStringLiteral("initStdCount"), true);
    countLabel_->setBuddy(count_);
    form->addRow(countLabel_, count_);
    countError_ = new QLabel(controls_);
    countError_->setObjectName(QStringLiteral("initStdCountError"));
    countError_->setWordWrap(true);
    countError_->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    countError_->hide();
    form->addRow(countError_);
    for (const char* key : {"init_stds", "steps", "seeds"})
        form_->addRow(form, QString::fromLatin1(key));
    connect(form_, &BoundForm::edited, this, [this](const QString& key) {
        if (key == QLatin1String("init_stds")) showListEnds();
        refreshChart();
    });

    progress_ = new SweepProgressBox(SweepProgressBox::Unit::Points, this);
    progress_->runButton()->setObjectName(QStringLiteral("initSweepRunButton"));
    progress_->cancelButton()->setObjectName(QStringLiteral("initSweepCancelButton"));
    connect(progress_, &SweepProgressBox::runClicked, this, [this] { run(); });
    connect(progress_, &SweepProgressBox::cancelClicked, this, &InitSweepPanel::cancel);
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
    openConfig(session::ExperimentConfig::defaults(kKind));

    sweep_ = std::make_unique<session::SweepSession>();
    connect(sweep_.get(), &session::SweepSession::snapshotReady, this,
            [this] { render(sweep_->takeLatest()); });
    connect(sweep_.get(), &session::SweepSession::idle, this, [this] {
        updateProgress();
        progress_->sweepIdle();
    });
    starter_ = new SweepStarter([this] { return sweepConfig(); },
                                [this](const auto& data) { return start(data); }, this);
    connect(starter_, &SweepStarter::waitEnded, this, &InitSweepPanel::updateProgress);
    connect(starter_, &SweepStarter::loadFailed, this, [this](const QString& message) {
        progress_->setStatus(tr("Cannot run: %1").arg(message));
    });

    loadBar_ = new DataLoadBar(this);
    connect(loadBar_, &DataLoadBar::cancelled, this, [this](const QString& key) {
        if (key != starter_->pendingKey()) return;
        starter_->forget();
        updateProgress();
        progress_->setStatus(tr("Loading cancelled: the sweep keeps the points it had."));
    });

    progress_->insertBelowBar(loadBar_);
    auto* side = new QVBoxLayout;
    side->addWidget(controls_);
    side->addWidget(progress_);
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
    sweep_->disconnect(this);  // its last signals find no half-destroyed panel
    sweep_->cancel();
    sweep_.reset();  // joins before the widgets it reports to go
}

int InitSweepPanel::bnSeries() const { return series_->bn.line; }
int InitSweepPanel::plainSeries() const { return series_->plain.line; }
QString InitSweepPanel::statusLine() const { return progress_->status(); }

void InitSweepPanel::render(std::shared_ptr<const session::SweepSnapshot> sweep) {
    shown_ = std::move(sweep);
    updateProgress();
    refreshChart();
}

void InitSweepPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateProgress();  // the idle sentence in the new language
    }
    // As wide as the form needs, also with presentation mode's larger font.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        side_->setFixedWidth(std::max(260, controls_->sizeHint().width()));
    QWidget::changeEvent(event);
}

void InitSweepPanel::retranslate() {
    controls_->setTitle(tr("Initialisation sweep"));
    stdMinLabel_->setText(tr("Smallest &std:"));
    stdMin_->setToolTip(tr("Smallest standard deviation σ of the initial weights, w ~ N(0, σ²)."));
    form_->setTexts(QStringLiteral("init_stds"), tr("S&tds:"),
                    tr("The standard deviations σ to sweep, exactly as listed; the three boxes "
                       "above fill the list, or type it."));
    stdMaxLabel_->setText(tr("&Largest std:"));
    stdMax_->setToolTip(tr("Largest standard deviation σ of the initial weights, w ~ N(0, σ²)."));
    countLabel_->setText(tr("&Points:"));
    count_->setToolTip(tr("How many stds, spaced evenly on a log scale between the two ends."));
    form_->setTexts(
        QStringLiteral("steps"), tr("&Steps per run:"),
        tr("Training steps each pair of networks takes before its test accuracy is measured."));
    form_->setTexts(QStringLiteral("seeds"), tr("S&eeds:"),
                    tr("Runs per std with different seeds; the chart shows their mean and a "
                       "min–max band."));
    progress_->runButton()->setText(tr("&Run init sweep"));
    progress_->runButton()->setToolTip(
        tr("Trains the BN and the plain network from each std in the background (both twins "
           "share the initial weights and the mini-batches)."));
    progress_->setIdleText(tr("Press Run to train both networks from each initial std."));
    chart_->setTitle(tr("Test accuracy by initial std"));
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
    QList<double> values;
    for (const QJsonValue& v : form_->field(QStringLiteral("init_stds"))->value().toArray())
        values << v.toDouble();
    return values;
}

QStringList InitSweepPanel::ownKeys() {
    return {QStringLiteral("init_stds"), QStringLiteral("steps"), QStringLiteral("seeds"),
            QStringLiteral("workers")};
}

FieldBinding* InitSweepPanel::field(const QString& key) const { return form_->field(key); }

void InitSweepPanel::fillStds() {
    if (showingEnds_) return;
    const int n = static_cast<int>(count_->value());
    if (n < 2 || n > kMaxPoints) {
        countError_->setText(
            tr("%1 points are not possible here (2 to %2); the list stays as it is.")
                .arg(n)
                .arg(kMaxPoints));
        countError_->show();
        showListEnds();
        return;
    }
    countError_->hide();
    const double lo = std::log10(std::min(stdMin_->value(), stdMax_->value()));
    const double hi = std::log10(std::max(stdMin_->value(), stdMax_->value()));
    QJsonArray values;
    for (int i = 0; i < n; ++i) {
        // Rounded to 3 significant digits so the table and CSV read cleanly.
        const double v = std::pow(10.0, lo + (hi - lo) * i / (n - 1));
        values.append(QString::number(v, 'g', 3).toDouble());
    }
    // A std outside the schema is refused with its message; the boxes go back to the list.
    if (!form_->field(QStringLiteral("init_stds"))->setValue(values).isEmpty()) showListEnds();
    refreshChart();
}

void InitSweepPanel::showListEnds() {
    const QList<double> values = stds();
    if (values.isEmpty()) return;
    showingEnds_ = true;
    stdMin_->setValue(*std::min_element(values.begin(), values.end()));
    stdMax_->setValue(*std::max_element(values.begin(), values.end()));
    count_->setValue(values.size());
    showingEnds_ = false;
}

session::ExperimentConfig InitSweepPanel::sweepConfig() const {
    auto c = session::ExperimentConfig::defaults(kKind);
    c.name = name_;
    c.description = description_;
    for (const QString& key : c.schema().keys())
        if (!ownKeys().contains(key) && base_.has(key)) c.setValue(key, base_.value(key));
    c.setValue(QStringLiteral("workers"), workers_);
    form_->store(c);
    return c;
}

void InitSweepPanel::openConfig(const session::ExperimentConfig& initSweepConfig) {
    name_ = initSweepConfig.name;
    description_ = initSweepConfig.description;
    workers_ = initSweepConfig.value(QStringLiteral("workers"));
    form_->load(initSweepConfig);
    countError_->hide();
    showListEnds();
    refreshChart();
}

session::ExperimentConfig InitSweepPanel::savedConfig() const {
    session::ExperimentConfig c = sweepConfig();
    if (shown_) c.results = session::sweepResults(*shown_);
    return c;
}

bool InitSweepPanel::restoreResults(const session::ExperimentConfig& initSweepConfig,
                                    QString* problem) {
    std::optional<session::RestoredSweep> restored =
        session::restoredSweep(initSweepConfig, problem);
    if (!restored || restored->plan.empty()) return restored.has_value();
    starter_->forget();  // a load in flight no longer starts anything
    sweep_->clear();
    sweep_->restore(std::move(restored->plan), std::move(restored->outcomes));
    progress_->setStatus(
        tr("The finished points saved in \"%1\" are shown; Run runs them again.")
            .arg(initSweepConfig.name));
    return true;
}

bool InitSweepPanel::run() {
    if (isRunning()) return false;
    QString refusal;
    const bool launched = starter_->launch(&refusal);
    if (!refusal.isEmpty()) progress_->setStatus(tr("Cannot run: %1").arg(refusal));
    if (starter_->waiting()) loadBar_->follow(starter_->pendingKey());
    if (launched) updateProgress();
    return launched;
}

bool InitSweepPanel::start(const std::shared_ptr<const core::Dataset>& data) {
    const session::ExperimentConfig c = sweepConfig();
    try {
        const core::TwinConfig twin =
            session::initSweepTwinConfigFrom(c, data->shape, data->numClasses);
        (void)core::TwinTrainer(data, twin);  // a bad config fails before any runs
        sweep_->clear();
        sweep_->add(session::initSweepWork(data, twin, c.getInt(QStringLiteral("steps")),
                                           session::initSweepPoints(c)));
    } catch (const std::exception& e) {
        progress_->setStatus(tr("Cannot run: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
    return true;
}

void InitSweepPanel::cancel() {
    if (sweep_->isIdle()) return;
    sweep_->cancel();
    progress_->cancelling();
}

bool InitSweepPanel::isRunning() const { return starter_->waiting() || !sweep_->isIdle(); }

void InitSweepPanel::updateProgress() {
    progress_->showProgress(shown_.get(), starter_->waiting(), isRunning());
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
    const QString normaliser = normaliserLongName(session::twinNormaliserFrom(base_));
    series_->bn.set(chart_, spreads(bn), tr("With %1").arg(normaliser));
    series_->plain.set(chart_, spreads(plain), tr("Without %1").arg(normaliser));
    chart_->setPoints(series_->diverged, diverged);
    chart_->setSeriesName(series_->diverged, diverged.isEmpty() ? QString() : tr("Diverged"));
    const QList<double> values = stds();
    if (values.isEmpty()) return;
    const auto [smallest, largest] = std::minmax_element(values.begin(), values.end());
    const int lo = static_cast<int>(std::floor(std::log10(*smallest) + 1e-9));
    const int hi = static_cast<int>(std::ceil(std::log10(*largest) - 1e-9));
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
