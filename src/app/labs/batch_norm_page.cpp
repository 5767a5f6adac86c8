#include "app/labs/batch_norm_page.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>
#include <array>
#include <mutex>

#include "app/labs/batch_norm/affine_view.h"
#include "app/labs/batch_norm/bn_controls.h"
#include "app/labs/batch_norm/init_sweep_view.h"
#include "app/labs/batch_norm/landscape_view.h"
#include "app/labs/batch_norm/linear_region_view.h"
#include "app/labs/batch_norm/noisy_bn_view.h"
#include "app/labs/batch_norm/shift_view.h"
#include "app/labs/batch_norm/sigmoid_input_view.h"
#include "app/labs/batch_norm/training_curves_view.h"
#include "app/labs/batch_norm/twin_data_source.h"
#include "app/labs/batch_norm/twin_run_text.h"
#include "app/labs/init_sweep_panel.h"
#include "app/labs/refusal_text.h"
#include "app/lessons/lesson_text.h"
#include "app/widgets/data_load_bar.h"
#include "app/widgets/field_binding.h"
#include "session/course/course.h"
#include "session/dataset_cache.h"

namespace normlab::app {

namespace {
// Keys of the view state in a bn-twin file.
const QString kViewTab = QStringLiteral("view_tab");
const QString kShiftLayer = QStringLiteral("shift_layer");
const QString kTrackedUnit = QStringLiteral("tracked_unit");
}  // namespace

BatchNormPage::BatchNormPage(QWidget* parent)
    : TrainingLabPage(parent), loadStatus_(std::make_shared<DataLoadStatus>()) {
    controls_ = new BnControls(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(controls_);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setTextFormat(Qt::RichText);
    busy_ = new QProgressBar(this);
    busy_->setRange(0, 0);
    busy_->setTextVisible(false);
    busy_->setMaximumHeight(8);
    busy_->hide();
    loadBar_ = new DataLoadBar(this);
    auto* side = new QVBoxLayout;
    side->addWidget(scroll, 1);
    side->addWidget(busy_);
    side->addWidget(loadBar_);
    side->addWidget(status_);
    auto* sideWidget = new QWidget(this);
    sideWidget->setLayout(side);
    sidePanel_ = sideWidget;
    side->setContentsMargins(0, 0, 0, 0);
    scroll_ = scroll;

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("bnViews"));
    lesson_ = new QTextBrowser(this);
    lesson_->setOpenExternalLinks(true);
    tabs_->addTab(lesson_, QString());
    shift_ = new ShiftView(this);
    sigmoid_ = new SigmoidInputView(this);
    region_ = new LinearRegionView(this);
    curves_ = new TrainingCurvesView(this);
    affine_ = new AffineView(this);
    landscape_ = new LandscapeView(this);
    initSweep_ = new InitSweepView(this);
    noisy_ = new NoisyBnView(this);
    for (BnView* view : std::initializer_list<BnView*>{shift_, sigmoid_, region_, curves_, affine_,
                                                       initSweep_, landscape_, noisy_})
        addView(view);
    tabs_->setCurrentIndex(0);
    fitTabsToCurrentView();
    connect(tabs_, &QTabWidget::currentChanged, this, [this] {
        fitTabsToCurrentView();
        if (auto* view = dynamic_cast<BnView*>(tabs_->currentWidget())) refreshView(view);
    });

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(sideWidget, 0);
    layout->addWidget(tabs_, 1);

    // A value the run cannot take (a batch larger than the training set) is
    // refused by the run, which keeps its value and says so (showRefusal).
    connect(controls_, &BnControls::liveChanged, this, &BatchNormPage::postToTwins);
    connect(controls_, &BnControls::restartNeeded, this, &BatchNormPage::restartWhenDataReady);
    session::DatasetCache& cache = session::DatasetCache::shared();
    connect(&cache, &session::DatasetCache::loaded, this,
            [this](const QString& key) { dataArrived(key, {}); });
    connect(&cache, &session::DatasetCache::failed, this, &BatchNormPage::dataArrived);
    connect(loadBar_, &DataLoadBar::cancelled, this, &BatchNormPage::dataCancelled);
    // The sweep follows every control, live ones included.
    const auto updateSweep = [this] { followControls(); };
    connect(controls_, &BnControls::restartNeeded, this, updateSweep);
    connect(controls_, &BnControls::liveChanged, this, updateSweep);
    followControls();
    connect(landscape_, &LandscapeView::measuringToggled, this, [this](bool on) {
        postToTwins(core::TwinLandscapeProbes{on});
    });
    connect(sigmoid_, &SigmoidInputView::trackedUnitRequested, this, [this](int unit) {
        // A unit the tracked layer does not have is refused: the run goes on
        // with the unit it has, and the status line says why.
        const int units = last_ ? last_->config.trackedLayerUnits() : 0;
        if (last_ && (unit < 0 || unit >= units)) {
            refusal_ = tr("Unit %1 refused: the tracked layer has units 0 to %2; still "
                          "tracking unit %3.")
                           .arg(unit)
                           .arg(units - 1)
                           .arg(last_->config.trackedUnit);
            updateStatus();
            return;
        }
        refusal_.clear();
        trackedUnit_ = unit;
        requestRestart(tr("The tracked unit changed"));
    });

    statusTimer_.setInterval(150);
    connect(&statusTimer_, &QTimer::timeout, this, &BatchNormPage::updateStatus);
    statusTimer_.start();
    retranslate();
}

BatchNormPage::~BatchNormPage() = default;

void BatchNormPage::changeEvent(QEvent* event) {
    LabPage::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        fitControlsWidth();
}

void BatchNormPage::showEvent(QShowEvent* event) {
    LabPage::showEvent(event);
    fitControlsWidth();
}

// The controls never scroll sideways: the panel is as wide as they need.
void BatchNormPage::fitControlsWidth() {
    const int bar = scroll_->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    scroll_->setMinimumWidth(controls_->sizeHint().width() + bar + 4);
    status_->setMaximumWidth(scroll_->minimumWidth());
}

// The course's view names, in labViews("batch_norm") order.
QWidget* BatchNormPage::viewWidget(const QString& name) const {
    const std::array<std::pair<const char*, QWidget*>, 8> views{{{"shift", shift_},
                                                                 {"sigmoid", sigmoid_},
                                                                 {"linear-region", region_},
                                                                 {"curves", curves_},
                                                                 {"affine", affine_},
                                                                 {"init-sweep", initSweep_},
                                                                 {"landscape", landscape_},
                                                                 {"lesson", lesson_}}};
    for (const auto& [key, widget] : views)
        if (name == QLatin1String(key)) return widget;
    return nullptr;
}

void BatchNormPage::addView(BnView* view) {
    views_.append(view);
    tabs_->insertTab(tabs_->count() - 1, view, view->title());
}

void BatchNormPage::fitTabsToCurrentView() {
    // A tab widget is as large as its largest view needs; with the hidden
    // views' size ignored, it needs only what the view in front does, so a
    // view that fits a small window is not scrolled for another's sake.
    for (int i = 0; i < tabs_->count(); ++i) {
        const QSizePolicy::Policy policy =
            i == tabs_->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        tabs_->widget(i)->setSizePolicy(policy, policy);
    }
    tabs_->updateGeometry();
}

void BatchNormPage::postToTwins(core::TwinCommand command) {
    const core::LabCommand lab{std::move(command)};
    // A new value of the refused field: the old refusal no longer stands.
    if (commandRefusal_ && core::fieldOf(lab) == commandRefusal_->field) commandRefusal_.reset();
    Q_EMIT commandRequested(lab);
}

void BatchNormPage::showRefusal(const core::CommandRefusal& refusal) {
    // The control goes back to what the run kept, so what is shown and saved is what runs.
    if (refusal.reason != core::CommandRefusal::Reason::NotThisLab) {
        if (FieldBinding* field = controls_->field(QString::fromStdString(refusal.field));
            field && field->revertRefused(refusal.requested, refusal.kept))
            followControls();
    }
    commandRefusal_ = refusal;  // worded when shown, so a language switch rewords it
    updateStatus();
}

// A restart for new data waits until the data is in: the run in front keeps
// going meanwhile, and a cancel leaves it as it was.
void BatchNormPage::restartWhenDataReady(const QString& reason) {
    session::DatasetCache& cache = session::DatasetCache::shared();
    const session::ExperimentConfig config = controls_->config();
    const QString key = session::DatasetCache::keyOf(config);
    if (!pendingKey_.isEmpty() && pendingKey_ != key) cache.cancel(pendingKey_);
    pendingKey_.clear();
    pendingReason_ = reason;
    // With no run in front and no file to check, the new run loads its data on its thread.
    if (cache.find(config) || (!runConfig_ && !beforeOpen_)) {
        dataReady({});
        return;
    }
    pendingKey_ = cache.request(config);
    loadBar_->follow(pendingKey_);
}

void BatchNormPage::dataArrived(const QString& key, const QString& failure) {
    if (key.isEmpty() || key != pendingKey_) return;
    pendingKey_.clear();
    dataReady(failure);
}

void BatchNormPage::dataReady(const QString& failure) {
    if (beforeOpen_) {
        const session::ExperimentConfig config = controls_->config();
        const auto data = session::DatasetCache::shared().find(config);
        if (!failure.isEmpty()) return openFailed(twinLoadFailure(config, failure));
        if (data && !data->isClassification()) return openFailed(twinNoClassLabels(config));
        beforeOpen_.reset();
    }
    requestRestart(pendingReason_);  // any other failure is shown by the new run
}

void BatchNormPage::requestRestart(const QString& reason) {
    dataProblem_.clear();
    Q_EMIT resetRequested(reason);
    updateStatus();
}

void BatchNormPage::openFailed(const QString& problem) {
    returnToData(runConfig_.value_or(*beforeOpen_));
    beforeOpen_.reset();
    dataProblem_ = problem;
    updateStatus();
}

void BatchNormPage::dataCancelled(const QString& key) {
    if (key.isEmpty() || key != pendingKey_) return;
    pendingKey_.clear();
    // The controls go back to the data the run in front trains on.
    if (const std::optional<session::ExperimentConfig> from = runConfig_ ? runConfig_ : beforeOpen_)
        returnToData(*from);
    beforeOpen_.reset();
    dataProblem_ = tr("Loading cancelled: the run keeps its data.");
    updateStatus();
}

void BatchNormPage::returnToData(const session::ExperimentConfig& from) {
    session::ExperimentConfig config = controls_->config();
    QStringList keys = config.schema().dataKeys();
    if (beforeOpen_) keys << QStringLiteral("model");  // an opened CSV file switched it to the MLP
    for (const QString& k : keys) config.applyOverride(k + QLatin1Char('=') + from.valueText(k));
    controls_->setConfig(config);
    followControls();
}

session::ExperimentFactory BatchNormPage::createSession() const {
    const session::ExperimentConfig config = twinConfig();
    // While a restart waits for its data the run in front keeps its config.
    if (pendingKey_.isEmpty()) runConfig_ = config;
    loadBar_->follow(session::DatasetCache::keyOf(config));
    return twinExperimentFactory(config, trackedUnit_, loadStatus_);
}

void BatchNormPage::updateStatus() {
    DataLoadStatus::State state;
    QString source, message;
    {
        const std::lock_guard lock(loadStatus_->mutex);
        state = loadStatus_->state;
        source = loadStatus_->source;
        message = loadStatus_->message;
    }
    busy_->setVisible(state == DataLoadStatus::State::Loading && loadBar_->isHidden());
    const auto warning = [](const QString& w) {
        return QStringLiteral("<span style='color:#b00020'>%1</span>").arg(w.toHtmlEscaped());
    };
    // A file that could not be opened is said above what the run in front says.
    const QString problem =
        dataProblem_.isEmpty() ? QString() : warning(dataProblem_) + QStringLiteral("<br>");
    switch (state) {
        case DataLoadStatus::State::Idle:
            status_->setText(problem + tr("Press Play to train both networks."));
            break;
        case DataLoadStatus::State::Loading:
            status_->setText(problem + tr("Loading %1…").arg(source.toHtmlEscaped()));
            break;
        case DataLoadStatus::State::Ready: {
            QStringList warnings;
            if (!refusal_.isEmpty()) warnings << refusal_;
            if (commandRefusal_) warnings << RefusalText::of(*commandRefusal_);
            if (const QString diverged = divergenceWarning(); !diverged.isEmpty())
                warnings << diverged;
            if (const QString chance = chanceWarning(); !chance.isEmpty()) warnings << chance;
            QString text = problem;
            for (const QString& w : warnings) text += warning(w) + QStringLiteral("<br>");
            status_->setText(text + message.toHtmlEscaped());
            break;
        }
        case DataLoadStatus::State::Failed:
            status_->setText(problem + warning(message));
            break;
    }
}

QString BatchNormPage::statusText() const { return status_->text(); }

QString BatchNormPage::describeDivergence(const QString& what) const {
    return TwinRunText::divergenceOf(what);
}

QString BatchNormPage::divergenceWarning() const {
    return last_ ? TwinRunText::divergenceWarning(*last_) : QString();
}

QString BatchNormPage::chanceWarning() const {
    return last_ ? TwinRunText::chanceWarning(*last_, kChanceEvaluations, kChanceMargin)
                 : QString();
}

void BatchNormPage::render(const session::SnapshotPtr& snapshot) {
    auto twins = std::dynamic_pointer_cast<const core::TwinSnapshot>(snapshot);
    if (!twins) return;
    last_ = twins;
    if (twins->config.normaliser != shownNormaliser()) {
        // Every view names the normalised twin after the normaliser of this run.
        setShownNormaliser(twins->config.normaliser);
        for (BnView* view : views_) view->retranslate();
    }
    // Only the view on screen redraws each frame; the others catch up when
    // they are shown (or exported), so a frame costs one view, not six.
    if (auto* current = dynamic_cast<BnView*>(tabs_->currentWidget())) refreshView(current);
}

void BatchNormPage::refreshView(BnView* view) const {
    if (!last_ || shown_.value(view) == last_.get()) return;
    view->render(last_);
    shown_[view] = last_.get();
}

QList<ChartView*> BatchNormPage::charts() const {
    for (BnView* view : views_) refreshView(view);  // exported charts show the latest run
    QList<ChartView*> all;
    // The visible view's charts first: File > Export figure offers the first.
    if (auto* current = dynamic_cast<BnView*>(tabs_->currentWidget())) all += current->charts();
    for (BnView* view : views_)
        if (view != tabs_->currentWidget()) all += view->charts();
    return all;
}

QString BatchNormPage::metricsCsv() const {
    return last_ ? TwinRunText::metricsCsv(*last_) : QString();
}

std::int64_t BatchNormPage::stepBudget() const { return controls_->config().getInt("steps"); }

void BatchNormPage::followControls() {
    const session::ExperimentConfig config = controls_->config();
    initSweep_->setBaseConfig(config);
    const int units = trackedUnitsOf(config);
    sigmoid_->setUnitCount(units);
    if (units > 0) trackedUnit_ = std::min(trackedUnit_, units - 1);  // a narrower layer's last
}

// An init-sweep file opens in the Initialisation view, and that view saves one.
QStringList BatchNormPage::experimentKinds() const {
    return {QStringLiteral("bn-twin"), QStringLiteral("init-sweep")};
}

session::ExperimentConfig BatchNormPage::twinConfig() const {
    session::ExperimentConfig config = controls_->config();
    config.setValue("ics_probe", landscape_->enableBox()->isChecked());
    // What the reader was looking at: the view, the covariate-shift layer, the tracked unit.
    config.view = {{kViewTab, currentView()},
                   {kShiftLayer, shift_->shownLayer()},
                   {kTrackedUnit, trackedUnit_}};
    return config;
}

void BatchNormPage::applyViewState(const QJsonObject& view) {
    // A file without view state (or a lesson's settings) leaves the views as they are.
    if (const QString tab = view.value(kViewTab).toString(); tab != QLatin1String("init-sweep"))
        showView(tab);  // an unknown name leaves the view in front
    if (view.contains(kShiftLayer)) shift_->showLayer(view.value(kShiftLayer).toInt(0));
    if (view.contains(kTrackedUnit))
        trackedUnit_ = std::max(0, view.value(kTrackedUnit).toInt(trackedUnit_));
}

std::optional<session::ExperimentConfig> BatchNormPage::experimentConfig() const {
    if (tabs_->currentWidget() == initSweep_) return initSweep_->panel()->savedConfig();
    return twinConfig();
}

bool BatchNormPage::restoreResults(const session::ExperimentConfig& config, QString* problem) {
    if (config.kind != QLatin1String("init-sweep")) return true;
    return initSweep_->panel()->restoreResults(config, problem);
}

void BatchNormPage::saveSettings(QSettings& settings) const {
    LabPage::saveSettings(settings);  // the views' choices
    saveExperimentSetting(settings, twinConfig());
    saveExperimentSetting(settings, initSweep_->panel()->sweepConfig(), QStringLiteral("init_sweep"));
}

void BatchNormPage::restoreSettings(QSettings& settings) {
    LabPage::restoreSettings(settings);
    if (const auto twins = savedExperimentSetting(settings)) applyExperimentConfig(*twins);
    if (const auto sweep = savedExperimentSetting(settings, QStringLiteral("init_sweep")))
        initSweep_->panel()->openConfig(*sweep);
}

void BatchNormPage::applyExperimentConfig(const session::ExperimentConfig& config) {
    if (config.kind == QLatin1String("init-sweep")) {
        // The sweep's network and data are the lab's; its stds, steps and seeds the panel's.
        session::ExperimentConfig twin = controls_->config();
        for (const QString& key : config.schema().keys())
            if (twin.has(key) && !InitSweepPanel::ownKeys().contains(key))
                twin.setValue(key, config.value(key));
        controls_->setConfig(twin);
        followControls();
        initSweep_->panel()->openConfig(config);
        tabs_->setCurrentWidget(initSweep_);
        return;
    }
    controls_->setConfig(config);
    applyViewState(config.view);
    followControls();  // a unit the network lacks becomes its last
    {
        const QSignalBlocker block(sigmoid_->unitBox());
        sigmoid_->unitBox()->setValue(trackedUnit_);
    }
    const QSignalBlocker block(landscape_->enableBox());
    landscape_->enableBox()->setChecked(config.getBool("ics_probe"));
}

QString BatchNormPage::datasetFileFilter() const {
    return tr(
        "Data sets (*-ubyte *-ubyte.gz *.csv);;IDX files (*-ubyte *-ubyte.gz);;"
        "CSV files (*.csv)");
}

bool BatchNormPage::openDataset(const QString& path, QString* error) {
    const std::optional<session::ExperimentConfig> config =
        twinConfigForFile(controls_->config(), path, error);
    if (!config) return false;
    // A set already in the cache is checked now; any other once it has loaded.
    if (const auto data = session::DatasetCache::shared().find(*config);
        data && !data->isClassification()) {
        if (error) *error = twinNoClassLabels(*config);
        return false;
    }
    if (!beforeOpen_) beforeOpen_ = controls_->config();  // a second open goes back as far
    dataProblem_.clear();
    controls_->setDataFile(config->getString("dataset"), config->getString("data_path"));
    followControls();
    restartWhenDataReady(tr("A new data set was opened"));
    return true;
}

void BatchNormPage::retranslate() {
    controls_->retranslate();
    lesson_->setHtml(batchNormLesson());
    tabs_->setTabText(tabs_->indexOf(lesson_), tr("Lesson"));
    for (BnView* view : views_) {
        view->retranslate();
        tabs_->setTabText(tabs_->indexOf(view), view->title());
    }
    updateStatus();
}

}  // namespace normlab::app
