#include "app/labs/feature_scaling/feature_scaling_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <algorithm>

#include "app/charts/contour_chart_view.h"
#include "app/charts/log_chart_view.h"
#include "app/labs/feature_scaling/csv_source_box.h"
#include "app/labs/feature_scaling/feature_scatter_view.h"
#include "app/labs/feature_scaling/loss_curves_view.h"
#include "app/labs/feature_scaling/scaling_controls.h"
#include "app/labs/feature_scaling/scaling_metrics_csv.h"
#include "app/labs/feature_scaling/scaling_views.h"
#include "app/labs/feature_scaling/surface_view.h"
#include "app/labs/refusal_text.h"
#include "app/lessons/lesson_text.h"
#include "app/widgets/exact_spin_box.h"
#include "app/widgets/field_binding.h"
#include "app/widgets/mapped_slider.h"
#include "session/feature_scaling_config.h"

namespace normlab::app {

namespace {

const QString kKind = QStringLiteral("feature-scaling");
// Keys of the view state in an experiment file.
const QString kSideTab = QStringLiteral("side_tab");
const QString kViewTab = QStringLiteral("view_tab");
const QString kStretch = QStringLiteral("stretch_plots");
const QStringList kSideTabs{QStringLiteral("controls"), QStringLiteral("lesson")};
const QStringList kViewTabs{QStringLiteral("surfaces"), QStringLiteral("curves")};

}  // namespace

FeatureScalingPage::FeatureScalingPage(QWidget* parent)
    : TrainingLabPage(parent),
      controls_(new ScalingControls(this)),
      views_(new ScalingViews(this)),
      controlsScroll_(new QScrollArea(this)),
      lesson_(new QTextBrowser(this)),
      sideTabs_(new QTabWidget(this)) {
    controlsScroll_->setWidget(controls_);
    controlsScroll_->setWidgetResizable(true);
    controlsScroll_->setFrameShape(QFrame::NoFrame);
    controlsScroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    lesson_->setObjectName(QStringLiteral("lesson"));
    lesson_->setOpenExternalLinks(false);
    // Controls and lesson on two tabs: the lesson gets the whole height of
    // the side at every window size, not a corner under the controls.
    sideTabs_->setObjectName(QStringLiteral("sideTabs"));
    sideTabs_->addTab(controlsScroll_, QString());
    sideTabs_->addTab(lesson_, QString());
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(sideTabs_, 0);
    layout->addWidget(views_, 1);

    connect(controls_, &ScalingControls::liveEdited, this, &FeatureScalingPage::postLiveChange);
    connect(controls_, &ScalingControls::dataChanged, this, &TrainingLabPage::resetRequested);
    connect(views_, &ScalingViews::startPicked, this, &FeatureScalingPage::setStart);
    connect(views_->tabs(), &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0) viewTab_ = index;
    });
    retranslate();
    updateSideWidth();
}

FeatureScalingPage::~FeatureScalingPage() = default;

void FeatureScalingPage::changeEvent(QEvent* event) {
    LabPage::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        // Measure once every child has the new font too.
        QTimer::singleShot(0, this, [this] {
            updateSideWidth();
            views_->fitTextHeights();
            updateCompactness();
        });
    }
}

bool FeatureScalingPage::event(QEvent* event) {
    if (event->type() == QEvent::ParentChange) {
        // Inside the window's scroll area the page may be taller than the
        // room it is shown in; the room is what decides compact or wide.
        if (watchedParent_) watchedParent_->removeEventFilter(this);
        watchedParent_ = parentWidget();
        if (watchedParent_) watchedParent_->installEventFilter(this);
    }
    return LabPage::event(event);
}

bool FeatureScalingPage::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Resize && watched == watchedParent_) updateCompactness();
    return LabPage::eventFilter(watched, event);
}

void FeatureScalingPage::resizeEvent(QResizeEvent* event) {
    LabPage::resizeEvent(event);
    updateCompactness();
}

void FeatureScalingPage::updateSideWidth() {
    // Wide enough for every control, so no value or picker is cut, within
    // limits that leave the plots their room.
    const int em = QFontMetrics(font()).averageCharWidth();
    const int needed = controls_->minimumSizeHint().width() +
                       controlsScroll_->verticalScrollBar()->sizeHint().width() + 4;
    sideTabs_->setMinimumWidth(std::clamp(needed, 40 * em, 60 * em));
    sideTabs_->setMaximumWidth(std::max(60 * em, sideTabs_->minimumWidth()));
}

void FeatureScalingPage::updateCompactness() {
    // Both rows of views need about this many lines of the current font.
    constexpr int kWideLines = 40;
    const QWidget* room = watchedParent_ ? watchedParent_ : this;
    const int lines = room->height() / std::max(1, QFontMetrics(font()).lineSpacing());
    // Two lines of margin, so a window at the edge does not flip back and forth.
    const bool compact = views_->isCompact();
    if (!compact && lines < kWideLines) {
        views_->setCompact(true);
        views_->tabs()->setCurrentIndex(viewTab_);
    } else if (compact && lines > kWideLines + 2) {
        views_->setCompact(false);
    }
}

void FeatureScalingPage::postLiveChange(const QString& key) {
    const session::ExperimentConfig c = controls_->config();
    const auto post = [this](core::ScalingCommand command) {
        Q_EMIT commandRequested(core::LabCommand{std::move(command)});
    };
    if (key == QLatin1String("optimizer")) {
        post(core::ScalingOptimizer{
            core::fromName<core::DescentKind>(c.getString("optimizer").toStdString())});
    } else if (key == QLatin1String("lr_mode") || key == QLatin1String("lr") ||
               key == QLatin1String("fraction")) {
        const core::LearningRateMode mode =
            core::fromName<core::LearningRateMode>(c.getString("lr_mode").toStdString());
        const double rate = mode == core::LearningRateMode::SameForAll ? c.getDouble("lr")
                                                                       : c.getDouble("fraction");
        post(core::ScalingRate{mode, rate});
    } else if (key == QLatin1String("batch_size")) {
        post(core::ScalingBatchSize{c.getInt("batch_size")});
    } else if (key == QLatin1String("start_w1") || key == QLatin1String("start_w2")) {
        post(core::ScalingStart{c.getDouble("start_w1"), c.getDouble("start_w2")});
    }
}

void FeatureScalingPage::showRefusal(const core::CommandRefusal& refusal) {
    // The control goes back to what the runs kept, so what is shown and saved is what runs.
    if (refusal.reason != core::CommandRefusal::Reason::NotThisLab)
        controls_->field(QString::fromStdString(refusal.field))
            ->revertRefused(refusal.requested, refusal.kept);
    controls_->showDataMessage(RefusalText::of(refusal));
}

void FeatureScalingPage::setStart(const QPointF& start) {
    controls_->field(QStringLiteral("start_w1"))->setValue(start.x());
    controls_->field(QStringLiteral("start_w2"))->setValue(start.y());
    postLiveChange(QStringLiteral("start_w1"));
}

QString FeatureScalingPage::datasetFileFilter() const {
    return tr("CSV files (*.csv *.txt);;All files (*)");
}

bool FeatureScalingPage::openDataset(const QString& path, QString* error) {
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        const QString message = tr("Cannot read %1: no such file.").arg(path);
        controls_->showDataMessage(message);
        if (error) *error = message;
        return false;
    }
    controls_->openCsv(path);  // what the file holds is said once it has been read
    return true;
}

std::optional<session::ExperimentConfig> FeatureScalingPage::experimentConfig() const {
    session::ExperimentConfig c = controls_->config();
    c.view = viewState();
    return c;
}

void FeatureScalingPage::applyExperimentConfig(const session::ExperimentConfig& config) {
    controls_->load(config);
    applyViewState(config.view);
}

QJsonObject FeatureScalingPage::viewState() const {
    return {{kSideTab, kSideTabs.value(sideTabs_->currentIndex())},
            {kViewTab, kViewTabs.value(viewTab_)},
            {kStretch, views_->stretchToggle()->isChecked()}};
}

void FeatureScalingPage::applyViewState(const QJsonObject& view) {
    sideTabs_->setCurrentIndex(
        std::max<qsizetype>(0, kSideTabs.indexOf(view.value(kSideTab).toString())));
    viewTab_ = static_cast<int>(
        std::max<qsizetype>(0, kViewTabs.indexOf(view.value(kViewTab).toString())));
    if (views_->isCompact()) views_->tabs()->setCurrentIndex(viewTab_);
    views_->stretchToggle()->setChecked(view.value(kStretch).toBool(false));
}

void FeatureScalingPage::saveSettings(QSettings& settings) const {
    saveExperimentSetting(settings, *experimentConfig());
}

void FeatureScalingPage::restoreSettings(QSettings& settings) {
    if (const auto config = savedExperimentSetting(settings)) applyExperimentConfig(*config);
}

QStringList FeatureScalingPage::experimentKinds() const { return {kKind}; }

session::ExperimentFactory FeatureScalingPage::createSession() const {
    const session::ExperimentConfig config = controls_->config();
    // The table already parsed when it is the file the config names.
    std::shared_ptr<const session::ParsedCsv> csv = controls_->csvSource()->table();
    if (!csv || config.getString("dataset") != QLatin1String("csv") ||
        csv->path != config.getString("data_path"))
        csv.reset();
    // Run on the worker thread: the GUI and normlab-cli build the same experiment.
    return [config, csv]() -> std::unique_ptr<core::Experiment> {
        return std::make_unique<core::ScalingComparison>(
            session::scalingComparisonConfigFrom(config, csv ? &csv->table : nullptr));
    };
}

void FeatureScalingPage::render(const session::SnapshotPtr& snapshot) {
    auto s = std::dynamic_pointer_cast<const core::ScalingComparisonSnapshot>(snapshot);
    if (s) views_->render(s);
}

std::shared_ptr<const core::ScalingComparisonSnapshot> FeatureScalingPage::lastRendered() const {
    return views_->lastRendered();
}

QString FeatureScalingPage::metricsCsv() const {
    const auto& last = views_->lastRendered();
    return last ? scalingMetricsCsv(*last) : QString();
}

QList<ChartView*> FeatureScalingPage::charts() const {
    return {plot(0),
            plot(1),
            plot(2),
            lossChart(),
            views_->scatters()->rawChart(),
            views_->scatters()->scaledChart()};
}

MappedSlider* FeatureScalingPage::learningRateSlider() const {
    const bool fraction = controls_->config().getString("lr_mode") == QLatin1String("fraction");
    return controls_->field(fraction ? QStringLiteral("fraction") : QStringLiteral("lr"))->slider();
}

ContourChartView* FeatureScalingPage::plot(int index) const {
    return views_->surface(index)->plot();
}
int FeatureScalingPage::pathSeries(int index) const {
    return views_->surface(index)->series().path;
}
RichTextBox* FeatureScalingPage::readout(int index) const {
    return views_->surface(index)->readout();
}
LogChartView* FeatureScalingPage::lossChart() const { return views_->lossCurves()->chart(); }
QLabel* FeatureScalingPage::dataMessage() const { return controls_->dataMessage(); }
QComboBox* FeatureScalingPage::columnPicker(int index) const {
    return controls_->csvSource()->columnPicker(index);
}
QDoubleSpinBox* FeatureScalingPage::startBox(int index) const {
    return controls_->field(index == 0 ? QStringLiteral("start_w1") : QStringLiteral("start_w2"))
        ->spinBox();
}
bool FeatureScalingPage::isCompact() const { return views_->isCompact(); }
QTabWidget* FeatureScalingPage::viewTabs() const { return views_->tabs(); }
QCheckBox* FeatureScalingPage::stretchToggle() const { return views_->stretchToggle(); }

void FeatureScalingPage::retranslate() {
    controls_->retranslate();
    views_->retranslate();
    sideTabs_->setTabText(0, tr("Controls"));
    sideTabs_->setTabText(1, tr("Lesson"));
    lesson_->setHtml(featureScalingLesson());
}

QWidget* FeatureScalingPage::viewWidget(const QString& name) const {
    if (name == QLatin1String("surfaces")) return views_->pane(0);
    if (name == QLatin1String("curves")) return views_->pane(1);
    return nullptr;
}

QWidget* FeatureScalingPage::controlsPanel() const { return sideTabs_; }

}  // namespace normlab::app
