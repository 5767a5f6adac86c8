#include "app/labs/batch_size/batch_size_page.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include "app/charts/heatmap_chart.h"
#include "app/labs/batch_size/accuracy_view.h"
#include "app/labs/batch_size/batch_size_controls.h"
#include "app/labs/batch_size/bn_modes_view.h"
#include "app/labs/batch_size/gap_view.h"
#include "app/labs/batch_size/learning_curves_view.h"
#include "app/labs/batch_size/lr_map_view.h"
#include "app/labs/batch_size/run_table_view.h"
#include "app/labs/batch_size/same_loss_view.h"
#include "app/labs/batch_size/small_batch_view.h"
#include "app/lessons/lesson_text.h"
#include "app/widgets/data_load_bar.h"
#include "session/course/course.h"
#include "session/dataset_cache.h"
#include "session/sweep_results.h"
#include "session/sweep_tables.h"

namespace normlab::app {

using session::SweepPointState;

BatchSizePage::BatchSizePage(QWidget* parent) : SweepLabPage(parent) {
    sweep_ = std::make_unique<session::SweepSession>();
    connect(sweep_.get(), &session::SweepSession::snapshotReady, this,
            [this] { renderSweep(sweep_->takeLatest()); });
    connect(sweep_.get(), &session::SweepSession::idle, this, [this] {
        if (cancelling_) setStatus(tr("Cancelled: finished runs stay in the table."));
        cancelling_ = false;
        noteRunning();
    });
    session::DatasetCache& cache = session::DatasetCache::shared();
    connect(&cache, &session::DatasetCache::loaded, this, &BatchSizePage::dataLoaded);
    connect(&cache, &session::DatasetCache::failed, this, &BatchSizePage::dataFailed);
    loadBar_ = new DataLoadBar(this);
    connect(loadBar_, &DataLoadBar::cancelled, this, &BatchSizePage::dataCancelled);

    controls_ = new BatchSizeControls;
    connect(controls_, &BatchSizeControls::runClicked, this, [this] { runSweep(); });
    connect(controls_, &BatchSizeControls::cancelClicked, this, &BatchSizePage::cancelSweep);
    connect(controls_, &BatchSizeControls::mapClicked, this, [this] { runHeatmapSweep(); });
    connect(controls_, &BatchSizeControls::addSizeClicked, this,
            [this](int size) { addBatchSize(size); });
    buildViews();

    auto* controlsArea = new QScrollArea(this);
    controlsArea->setWidget(controls_);
    controlsArea->setWidgetResizable(true);
    controlsArea->setFrameShape(QFrame::NoFrame);
    controlsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    controlsArea_ = controlsArea;

    // A widget of its own, so that hiding it for the small-batch view leaves the
    // controls' own collapsed state (View > collapse controls) alone.
    sweepSide_ = new QWidget(this);
    sweepSide_->setObjectName(QStringLiteral("mainSweepSide"));
    auto* side = new QVBoxLayout(sweepSide_);
    side->setContentsMargins(0, 0, 0, 0);
    side->addWidget(controlsArea, 1);
    side->addWidget(loadBar_);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(sweepSide_);
    layout->addWidget(splitter_, 1);
    // The small-batch view has its own controls and results: beside it the main
    // sweep's controls and run table would only squash its charts.
    connect(views_, &QTabWidget::currentChanged, this, [this] {
        const bool mainSweep = views_->currentWidget() != smallBatch_;
        sweepSide_->setVisible(mainSweep);
        table_->setVisible(mainSweep);
    });

    retranslate();
    renderSweep(sweep_->takeLatest());
    fitLayout();
}

BatchSizePage::~BatchSizePage() {
    // Cancelling publishes a last snapshot: it must not reach this page (and
    // through runningChanged the window) while they are being destroyed.
    sweep_->disconnect(this);
    // The session joins its workers; its queued signals die with it.
    sweep_->cancel();
    sweep_.reset();
}

void BatchSizePage::buildViews() {
    views_ = new QTabWidget;
    views_->setDocumentMode(true);
    accuracy_ = new AccuracyView;
    curves_ = new LearningCurvesView;
    gap_ = new GapView;
    lrMap_ = new LrMapView;
    bnModes_ = new BnModesView;
    sameLoss_ = new SameLossView;
    smallBatch_ = new SmallBatchView;
    for (QWidget* view : {static_cast<QWidget*>(accuracy_), static_cast<QWidget*>(curves_),
                          static_cast<QWidget*>(gap_), static_cast<QWidget*>(lrMap_),
                          static_cast<QWidget*>(bnModes_), static_cast<QWidget*>(sameLoss_),
                          static_cast<QWidget*>(smallBatch_)})
        views_->addTab(view, QString());
    table_ = new RunTableView;

    auto* left = new QSplitter(Qt::Vertical);
    left->addWidget(views_);
    left->addWidget(table_);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    left->setChildrenCollapsible(false);

    lesson_ = new QTextBrowser;
    lesson_->setObjectName(QStringLiteral("lessonText"));
    lesson_->setOpenExternalLinks(true);
    lesson_->setMinimumWidth(220);
    lessonToggle_ = new QToolButton;
    lessonToggle_->setObjectName(QStringLiteral("lessonToggle"));
    lessonToggle_->setCheckable(true);
    lessonToggle_->setChecked(true);
    connect(lessonToggle_, &QToolButton::toggled, this, [this](bool on) {
        lessonChosen_ = true;
        lesson_->setVisible(on);
    });
    views_->setCornerWidget(lessonToggle_, Qt::TopRightCorner);

    splitter_ = new QSplitter(Qt::Horizontal, this);
    splitter_->addWidget(left);
    splitter_->addWidget(lesson_);
    splitter_->setStretchFactor(0, 3);
    splitter_->setStretchFactor(1, 1);
    splitter_->setChildrenCollapsible(false);
}

void BatchSizePage::fitLayout() {
    if (!controlsArea_) return;
    controlsArea_->setFixedWidth(controls_->sizeHint().width() +
                                 style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 6);
    lesson_->setMinimumWidth(30 * fontMetrics().averageCharWidth());
    if (!lessonChosen_) {
        const bool room = width() > 150 * fontMetrics().averageCharWidth();
        const QSignalBlocker block(lessonToggle_);
        lessonToggle_->setChecked(room);
        lesson_->setVisible(room);
    }
}

void BatchSizePage::changeEvent(QEvent* event) {
    LabPage::changeEvent(event);
    if (event->type() == QEvent::FontChange) fitLayout();
}

void BatchSizePage::resizeEvent(QResizeEvent* event) {
    LabPage::resizeEvent(event);
    fitLayout();
}

void BatchSizePage::retranslate() {
    controls_->retranslate();
    table_->retranslate();
    accuracy_->retranslate();
    curves_->retranslate();
    const auto tab = [this](QWidget* view, const QString& text, const QString& tip) {
        views_->setTabText(views_->indexOf(view), text);
        views_->setTabToolTip(views_->indexOf(view), tip);
    };
    tab(accuracy_, tr("Accuracy vs B"), tr("Final test accuracy or loss of every batch size"));
    tab(curves_, tr("Learning curves"), tr("Test accuracy of every run while it trained"));
    tab(gap_, tr("Gap"), tr("Generalisation gap: train accuracy minus test accuracy"));
    tab(lrMap_, tr("lr × B map"), tr("Final test accuracy for each learning rate and batch size"));
    tab(bnModes_, tr("BN modes"),
        tr("Test accuracy with BN's batch statistics vs its running statistics"));
    tab(sameLoss_, tr("Same training loss"),
        tr("Small vs large batch trained to the same training loss: test accuracy, the loss "
           "between them and their sharpness"));
    tab(smallBatch_, tr("Small batches"),
        tr("Batch, layer and group norm at small batch sizes: test error and batch norm's "
           "running-statistics gap"));
    lesson_->setHtml(batchSizeLesson());
    lessonToggle_->setText(tr("Lesson"));
    lessonToggle_->setToolTip(tr("Show or hide the lesson beside the charts."));
    if (shown_) renderSweep(shown_);
}

void BatchSizePage::renderSweep(const session::SweepSnapshotPtr& sweep) {
    shown_ = sweep;
    const QList<int> sizes = controls_->checkedSizes();
    controls_->showSweep(*sweep);
    if (!pendingKey_.isEmpty()) controls_->showLoading(true);
    table_->render(*sweep);
    accuracy_->render(*sweep, sizes);
    curves_->render(*sweep);
    gap_->render(*sweep, sizes);
    lrMap_->render(*sweep, sizes);
    bnModes_->render(*sweep, sizes);
    noteRunning();
}

void BatchSizePage::noteRunning() {
    if (isRunning() == saidRunning_) return;
    saidRunning_ = isRunning();
    Q_EMIT runningChanged(saidRunning_);
}

std::shared_ptr<const core::Dataset> BatchSizePage::dataFor(const session::ExperimentConfig& config,
                                                            Action action, int size) {
    session::DatasetCache& cache = session::DatasetCache::shared();
    if (auto data = cache.find(config)) return data;
    pendingAction_ = action;
    pendingSize_ = size;
    pendingKey_ = cache.request(config);
    loadBar_->follow(pendingKey_);
    controls_->showLoading(true);
    setStatus(tr("Loading the data; the runs start when it is ready."));
    noteRunning();
    return nullptr;
}

void BatchSizePage::dataLoaded(const QString& key) {
    if (key != pendingKey_) return;
    pendingKey_.clear();
    controls_->showLoading(false);
    setStatus(QString());
    switch (pendingAction_) {
        case Action::Sweep:
            runSweep();
            break;
        case Action::AddSize:
            addBatchSize(pendingSize_);
            break;
        case Action::Map:
            runHeatmapSweep();
            break;
    }
    renderSweep(sweep_->snapshot());
}

void BatchSizePage::dataFailed(const QString& key, const QString& message) {
    if (key != pendingKey_) return;
    pendingKey_.clear();
    controls_->showLoading(false);
    setStatus(tr("Could not load the data: %1").arg(message));
    renderSweep(sweep_->snapshot());
}

// The runs that waited for the data are dropped; the table keeps what it had.
void BatchSizePage::dataCancelled(const QString& key) {
    if (key != pendingKey_) return;
    pendingKey_.clear();
    controls_->showLoading(false);
    setStatus(tr("Loading cancelled: the sweep keeps the runs it had."));
    renderSweep(sweep_->snapshot());
}

bool BatchSizePage::queue(const session::ExperimentConfig& config,
                          const std::vector<session::BatchSweepPoint>& points, bool fresh,
                          bool sameRate) {
    const Action action = fresh ? Action::Sweep : sameRate ? Action::Map : Action::AddSize;
    const int size = points.empty() ? 0 : points.front().batchSize;
    const auto data = dataFor(config, action, size);
    if (!data) return !pendingKey_.isEmpty();
    std::vector<session::BatchSweepRun> runs;
    try {
        runs = session::batchSweepRuns(
            data, session::batchSizeRunConfigFrom(config, data->shape, data->numClasses), points);
    } catch (const std::exception& e) {
        setStatus(tr("Cannot run %1").arg(QString::fromStdString(e.what())));
        return false;
    }
    if (!fresh) {
        runs = session::notYetRun(
            std::move(runs), shown_ ? shown_->batchRuns() : std::vector<session::BatchSweepRun>{},
            sameRate);
        if (runs.empty()) {
            setStatus(sameRate
                          ? tr("The map already has every learning rate for these batch sizes.")
                          : tr("B = %1 is already in the table.").arg(size));
            return false;
        }
    }
    if (fresh) sweep_->clear();
    setStatus(QString());
    sweep_->add(session::batchSweepWork(data, runs));
    noteRunning();
    return true;
}

bool BatchSizePage::runSweep() {
    if (!sweep_->isIdle() || !pendingKey_.isEmpty()) return false;
    const session::ExperimentConfig config = controls_->config();
    if (controls_->checkedSizes().isEmpty() || !controls_->anyRuleChecked() ||
        !controls_->anyBnSettingChecked()) {
        setStatus(tr("Check at least one batch size, one lr rule and one BN setting."));
        return false;
    }
    try {
        config.validate();
    } catch (const session::ConfigError& e) {
        setStatus(tr("Cannot run: %1").arg(e.errors().join(QLatin1Char(' '))));
        return false;
    }
    return queue(config, session::batchSweepPoints(config), true, false);
}

bool BatchSizePage::addBatchSize(int batchSize) {
    if (!pendingKey_.isEmpty()) return false;
    if (!controls_->anyRuleChecked() || !controls_->anyBnSettingChecked()) {
        setStatus(tr("Check at least one lr rule and one BN setting."));
        return false;
    }
    session::ExperimentConfig config = controls_->config();
    try {
        config.setValue(QStringLiteral("batch_sizes"), QJsonArray{batchSize});
    } catch (const session::ConfigError& e) {
        setStatus(
            tr("B = %1 is refused: %2").arg(batchSize).arg(e.errors().join(QLatin1Char(' '))));
        return false;
    }
    const std::vector<session::BatchSweepPoint> points = session::batchSweepPoints(config);
    if (points.empty()) {
        setStatus(tr("B = %1 cannot run with batch norm (one example has no batch variance); "
                     "check \"Without batch norm\" to run it plainly.")
                      .arg(batchSize));
        return false;
    }
    if (!queue(config, points, false, false)) return false;
    controls_->checkSize(batchSize);  // saved with the sweep, so a file reproduces it
    return true;
}

bool BatchSizePage::runHeatmapSweep() {
    if (!pendingKey_.isEmpty()) return false;
    if (controls_->checkedSizes().isEmpty()) {
        setStatus(tr("Check at least one batch size."));
        return false;
    }
    const session::ExperimentConfig config = session::lrMapConfig(controls_->config());
    views_->setCurrentWidget(lrMap_);
    return queue(config, session::batchSweepPoints(config), false, true);
}

void BatchSizePage::cancelSweep() {
    if (!pendingKey_.isEmpty()) session::DatasetCache::shared().cancel(pendingKey_);
    if (sweep_->isIdle()) return;
    cancelling_ = true;
    sweep_->cancel();
    setStatus(tr("Cancelling: finished runs stay in the table."));
}

void BatchSizePage::clearExperiment() {
    pendingKey_.clear();  // a load in flight no longer starts anything
    controls_->showLoading(false);
    cancelling_ = false;
    sweep_->clear();
    setStatus(QString());
    renderSweep(sweep_->snapshot());
}

bool BatchSizePage::isRunning() const { return !pendingKey_.isEmpty() || !sweep_->isIdle(); }

int BatchSizePage::finishedRuns() const {
    return shown_ ? shown_->count(SweepPointState::Finished) : 0;
}

QString BatchSizePage::statusLine() const { return controls_->status(); }

QString BatchSizePage::statusText() const {
    if (!pendingKey_.isEmpty()) return tr("Batch-size sweep: loading the data…");
    if (!shown_ || shown_->size() == 0)
        return tr("Batch-size sweep: choose the batch sizes and press Run sweep.");
    const int running = shown_->count(SweepPointState::Running);
    const int pending = shown_->count(SweepPointState::Pending);
    const int stopped =
        shown_->count(SweepPointState::Cancelled) + shown_->count(SweepPointState::Failed);
    QString text = tr("Sweep: %1 of %2 runs finished").arg(finishedRuns()).arg(shown_->size());
    if (running + pending > 0)
        text += tr(", %1 running on %2 worker threads").arg(running).arg(shown_->workerLimit);
    if (stopped > 0) text += tr(", %1 cancelled or failed").arg(stopped);
    return text + QLatin1Char('.');
}

void BatchSizePage::setStatus(const QString& text) { controls_->setStatus(text); }

GroupMeanChart* BatchSizePage::accuracyChart() const { return accuracy_->chart(); }
LabelledAxisChart* BatchSizePage::curvesChart() const { return curves_->chart(); }
GroupMeanChart* BatchSizePage::gapChart() const { return gap_; }
HeatmapChart* BatchSizePage::heatmapChart() const { return lrMap_->chart(); }
LabelledAxisChart* BatchSizePage::bnModeChart() const { return bnModes_->chart(); }

QList<ChartView*> BatchSizePage::charts() const {
    QList<ChartView*> all{accuracyChart(), curvesChart(), gapChart(),
                          heatmapChart(),  bnModeChart(), sameLoss_->chart()};
    return all + smallBatch_->charts();
}

QString BatchSizePage::metricsCsv() const {
    if (!shown_) return {};
    return session::csvText(session::batchSweepTable(session::batchResultsOf(*shown_, false)));
}

std::optional<session::ExperimentConfig> BatchSizePage::experimentConfig() const {
    session::ExperimentConfig config = controls_->config();
    if (shown_) config.results = session::sweepResults(*shown_);
    return config;
}

bool BatchSizePage::restoreResults(const session::ExperimentConfig& config, QString* problem) {
    if (config.kind != QLatin1String("batch-sweep")) return true;
    std::optional<session::RestoredSweep> restored = session::restoredSweep(config, problem);
    if (!restored) return false;
    if (restored->plan.empty()) return true;
    clearExperiment();
    // Published and drawn through the same snapshot path as a run.
    sweep_->restore(std::move(restored->plan), std::move(restored->outcomes));
    setStatus(tr("The finished runs saved in \"%1\" are shown; Run sweep runs them again.")
                  .arg(config.name));
    return true;
}

void BatchSizePage::applyExperimentConfig(const session::ExperimentConfig& c) {
    if (c.kind == QLatin1String("norm-vs-batch")) {
        smallBatch_->apply(c);
        views_->setCurrentWidget(smallBatch_);
        return;
    }
    if (c.kind != QLatin1String("batch-sweep")) return;
    controls_->apply(c);
    setStatus(tr("Settings loaded from \"%1\": press Run sweep.").arg(c.name));
}

void BatchSizePage::saveSettings(QSettings& settings) const {
    LabPage::saveSettings(settings);
    saveExperimentSetting(settings, controls_->config());
}

void BatchSizePage::restoreSettings(QSettings& settings) {
    LabPage::restoreSettings(settings);
    if (const auto config = savedExperimentSetting(settings)) controls_->apply(*config);
}

QWidget* BatchSizePage::viewWidget(const QString& name) const {
    // The course's names are the tabs' order.
    const auto index = session::course::labViews(labId()).indexOf(name);
    return index < 0 ? nullptr : views_->widget(static_cast<int>(index));
}

session::course::Measures BatchSizePage::measures() const {
    std::vector<core::BatchSizeResult> finished;
    if (shown_)
        for (int i = 0; i < shown_->size(); ++i)
            if (shown_->points[static_cast<std::size_t>(i)].state ==
                    session::SweepPointState::Finished &&
                shown_->batchResult(i))
                finished.push_back(*shown_->batchResult(i));
    return session::course::measureBatchSweep(finished);
}

}  // namespace normlab::app
