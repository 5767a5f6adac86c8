#include "app/labs/batch_size_page.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <set>

#include "app/charts/heatmap_chart.h"
#include "app/charts/labelled_axis_chart.h"
#include "app/labs/same_loss_view.h"
#include "app/lessons/lesson_text.h"
#include "core/lab/batch_sweep_summary.h"
#include "core/lab/run_verdict.h"
#include "session/network_dataset.h"
#include "session/sweep_plan.h"
#include "session/sweep_runner.h"

namespace normlab::app {

namespace {

using core::LearningRateRule;
using session::SweepPointState;

constexpr int kDefaultSizes[] = {2, 4, 8, 16, 32, 64, 128, 256, 512, 1024};
constexpr int kChipSizes[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048};
constexpr LearningRateRule kRules[] = {LearningRateRule::Constant, LearningRateRule::Linear,
                                       LearningRateRule::Sqrt};
// The lr x B map's learning rates: half decades from 1e-3 to 1.
constexpr double kMapLrExponents[] = {-3.0, -2.5, -2.0, -1.5, -1.0, -0.5, 0.0};
constexpr int kSliderPerDecade = 10;

enum Column {
    ColBatch,
    ColRule,
    ColLr,
    ColBn,
    ColSeed,
    ColProgress,
    ColTestAcc,
    ColTestLoss,
    ColTrainAcc,
    ColGap,
    ColUpdates,
    ColWall,
    ColCount
};

// Cancelled points keep a partial result; only whole runs are drawn and exported.
bool finished(const session::SweepPointStatus& p) {
    return p.state == SweepPointState::Finished && p.outcome.has_value();
}

int ruleIndex(LearningRateRule rule) {
    return rule == LearningRateRule::Constant ? 0 : rule == LearningRateRule::Linear ? 1 : 2;
}

QColor groupColor(LearningRateRule rule, bool bn) {
    static const QColor plain[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd9, 0x5f, 0x02),
                                   QColor(0x2c, 0xa0, 0x2c)};
    static const QColor withBn[] = {QColor(0x6a, 0x3d, 0x9a), QColor(0x8c, 0x2d, 0x04),
                                    QColor(0xe7, 0x29, 0x8a)};
    return bn ? withBn[ruleIndex(rule)] : plain[ruleIndex(rule)];
}

// Colour of a batch size in the learning curves: dark purple (small) to yellow (large).
QColor sizeColor(int batchSize) {
    const double t = std::clamp(std::log2(std::max(1, batchSize)) / 11.0, 0.0, 1.0);
    // Viridis without its palest end, so lines stay visible on white.
    static const QColor stops[] = {QColor(68, 1, 84), QColor(59, 82, 139), QColor(33, 145, 140),
                                   QColor(94, 201, 98), QColor(200, 200, 30)};
    const double s = t * 4.0;
    const int i = std::min(3, static_cast<int>(s));
    const double f = s - i;
    const auto mix = [&](int a, int b) {
        return static_cast<int>(std::lround(a * (1 - f) + b * f));
    };
    return QColor(mix(stops[i].red(), stops[i + 1].red()),
                  mix(stops[i].green(), stops[i + 1].green()),
                  mix(stops[i].blue(), stops[i + 1].blue()));
}

// Batch-norm runs in the learning curves: dark red (small B) to orange (large B).
QColor bnSizeColor(int batchSize) {
    const double t = std::clamp(std::log2(std::max(1, batchSize)) / 11.0, 0.0, 1.0);
    const auto mix = [t](int a, int b) { return static_cast<int>(std::lround(a + (b - a) * t)); };
    return QColor(mix(110, 245), mix(0, 150), mix(30, 40));
}

const QColor kFlaggedColor(0xc0, 0x00, 0x00);

QString ruleName(LearningRateRule rule) {
    switch (rule) {
        case LearningRateRule::Constant:
            return BatchSizePage::tr("constant lr");
        case LearningRateRule::Linear:
            return BatchSizePage::tr("linear lr");
        case LearningRateRule::Sqrt:
            return BatchSizePage::tr("sqrt lr");
    }
    return {};
}

QString groupName(LearningRateRule rule, bool bn) {
    return bn ? BatchSizePage::tr("%1, with BN").arg(ruleName(rule))
              : BatchSizePage::tr("%1, no BN").arg(ruleName(rule));
}

// Mean, min and max of the finite values.
struct Spread {
    double mean = std::nan("");
    double min = std::nan("");
    double max = std::nan("");
};

Spread spreadOf(const QList<double>& values) {
    Spread s;
    double sum = 0;
    int n = 0;
    for (double v : values) {
        if (!std::isfinite(v)) continue;
        s.min = n == 0 ? v : std::min(s.min, v);
        s.max = n == 0 ? v : std::max(s.max, v);
        sum += v;
        ++n;
    }
    if (n > 0) s.mean = sum / n;
    return s;
}

QString percent(double fraction) {
    return std::isfinite(fraction) ? QString::number(100.0 * fraction, 'f', 1)
                                   : QStringLiteral("–");
}

// Series layout of the accuracy and gap charts: per group a band, a line, a
// scatter and min-max error bars, then one scatter of the flagged runs.
constexpr int kGroups = 6;
constexpr int kErrorBarSeries = 2 * kGroups;
constexpr int kFlaggedSeries = 3 * kGroups;
int groupOf(LearningRateRule rule, bool bn) { return ruleIndex(rule) * 2 + (bn ? 1 : 0); }

void addGroupSeries(LabelledAxisChart* chart) {
    for (int g = 0; g < kGroups; ++g) chart->addBand(QString(), groupColor(kRules[g / 2], g % 2));
    for (int g = 0; g < kGroups; ++g)
        chart->addLineSeries(QString(), groupColor(kRules[g / 2], g % 2), 2.5);
    for (int g = 0; g < kGroups; ++g)
        chart->setSeriesName(
            chart->addScatterSeries(QString(), groupColor(kRules[g / 2], g % 2), 9.0), QString());
    for (int g = 0; g < kGroups; ++g)
        chart->setSeriesName(chart->addLineSeries(QString(), groupColor(kRules[g / 2], g % 2), 1.5),
                             QString());
    chart->addScatterSeries(QString(), kFlaggedColor, 11.0);
}

// Vertical min-max bars as one polyline: up and down at each x, joined along
// the lower ends (which the band's lower edge already traces).
QList<QPointF> errorBars(const QList<QPointF>& low, const QList<QPointF>& high) {
    QList<QPointF> path;
    for (qsizetype i = 0; i < low.size(); ++i) path << low[i] << high[i] << low[i];
    return path;
}

}  // namespace

int BatchSizePage::accuracySeries(LearningRateRule rule, bool batchNorm) {
    return groupOf(rule, batchNorm);  // the line series come first among ChartView's series
}

BatchSizePage::BatchSizePage(QWidget* parent) : LabPage(parent) {
    refreshTimer_ = new QTimer(this);
    refreshTimer_->setSingleShot(true);
    refreshTimer_->setInterval(60);
    connect(refreshTimer_, &QTimer::timeout, this, &BatchSizePage::refreshCharts);

    buildControls();
    buildViews();

    auto* controlsArea = new QScrollArea(this);
    auto* controls = new QWidget;
    auto* controlsLayout = new QVBoxLayout(controls);
    controlsLayout->setContentsMargins(0, 0, 4, 0);
    // Run and progress first: visible without scrolling on a projector.
    auto* buttons = new QGridLayout;
    buttons->addWidget(runButton_, 0, 0);
    buttons->addWidget(cancelButton_, 0, 1);
    buttons->addWidget(mapButton_, 1, 0, 1, 2);
    buttons->addWidget(overall_, 2, 0, 1, 2);
    controlsLayout->addLayout(buttons);
    controlsLayout->addWidget(status_);
    for (QWidget* w : {static_cast<QWidget*>(sizesBox_), static_cast<QWidget*>(budgetBox_),
                       static_cast<QWidget*>(lrBox_), static_cast<QWidget*>(modelBox_)})
        controlsLayout->addWidget(w);
    controlsLayout->addStretch(1);
    controlsArea->setWidget(controls);
    controlsArea->setWidgetResizable(true);
    controlsArea->setFrameShape(QFrame::NoFrame);
    controlsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    controlsArea_ = controlsArea;
    controlsWidget_ = controls;

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(controlsArea);
    layout->addWidget(splitter_, 1);

    retranslate();
    updateButtons();
    refreshCharts();
    setStatus(QString());
    fitLayout();
}

void BatchSizePage::fitLayout() {
    if (!controlsArea_) return;
    controlsArea_->setFixedWidth(controlsWidget_->sizeHint().width() +
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

BatchSizePage::~BatchSizePage() {
    // The runner joins its workers; its queued signals die with it.
    if (runner_) runner_->cancel();
    runner_.reset();
}

QCheckBox* BatchSizePage::addChip(int batchSize, bool checked) {
    if (auto it = chips_.find(batchSize); it != chips_.end()) {
        it->second->setChecked(checked);
        return it->second;
    }
    auto* chip = new QCheckBox(sizesBox_);
    chip->setObjectName(QStringLiteral("batchSize%1").arg(batchSize));
    chip->setText(QString::number(batchSize));
    chip->setChecked(checked);
    chip->setToolTip(tr("Train with mini-batches of B = %1 examples. Each update uses the mean "
                        "gradient of %1 examples, so one epoch takes N / %1 updates.")
                         .arg(batchSize));
    chips_[batchSize] = chip;
    // Re-lay out all chips in order of size, four per row.
    int i = 0;
    for (auto& [size, button] : chips_) {
        chipGrid_->removeWidget(button);
        chipGrid_->addWidget(button, i / 4, i % 4);
        ++i;
    }
    return chip;
}

void BatchSizePage::buildControls() {
    sizesBox_ = new QGroupBox(this);
    auto* sizesLayout = new QVBoxLayout(sizesBox_);
    chipGrid_ = new QGridLayout;
    chipGrid_->setSpacing(4);
    sizesLayout->addLayout(chipGrid_);
    for (int size : kChipSizes)
        addChip(size, std::find(std::begin(kDefaultSizes), std::end(kDefaultSizes), size) !=
                          std::end(kDefaultSizes));
    auto* addRow = new QHBoxLayout;
    extraSize_ = new QSpinBox(sizesBox_);
    extraSize_->setObjectName(QStringLiteral("extraBatchSize"));
    extraSize_->setRange(1, 4096);
    extraSize_->setValue(24);
    addButton_ = new QPushButton(sizesBox_);
    addButton_->setObjectName(QStringLiteral("addBatchSizeButton"));
    addRow->addWidget(extraSize_, 1);
    addRow->addWidget(addButton_, 1);
    sizesLayout->addLayout(addRow);
    connect(addButton_, &QPushButton::clicked, this, [this] { addBatchSize(extraSize_->value()); });

    budgetBox_ = new QGroupBox(this);
    auto* budget = new QHBoxLayout(budgetBox_);
    budgetKind_ = new QComboBox(budgetBox_);
    budgetKind_->setObjectName(QStringLiteral("budgetKind"));
    budgetKind_->addItems({QString(), QString()});
    epochs_ = new QDoubleSpinBox(budgetBox_);
    epochs_->setObjectName(QStringLiteral("epochs"));
    epochs_->setRange(0.01, 1000.0);
    epochs_->setDecimals(2);
    epochs_->setValue(2.0);
    epochs_->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    examples_ = new QSpinBox(budgetBox_);
    examples_->setObjectName(QStringLiteral("examples"));
    examples_->setRange(1000, 100000000);
    examples_->setSingleStep(10000);
    examples_->setValue(60000);
    examples_->setGroupSeparatorShown(true);
    budget->addWidget(budgetKind_, 1);
    budget->addWidget(epochs_, 1);
    budget->addWidget(examples_, 1);
    const auto showBudget = [this] {
        epochs_->setVisible(budgetKind_->currentIndex() == 0);
        examples_->setVisible(budgetKind_->currentIndex() == 1);
    };
    connect(budgetKind_, &QComboBox::currentIndexChanged, this, showBudget);
    showBudget();

    lrBox_ = new QGroupBox(this);
    auto* lr = new QGridLayout(lrBox_);
    ruleConstant_ = new QCheckBox(lrBox_);
    ruleConstant_->setObjectName(QStringLiteral("ruleConstant"));
    ruleLinear_ = new QCheckBox(lrBox_);
    ruleLinear_->setObjectName(QStringLiteral("ruleLinear"));
    // The defaults are the batch-sweep preset: equal epochs, constant lr.
    ruleConstant_->setChecked(true);
    ruleSqrt_ = new QCheckBox(lrBox_);
    ruleSqrt_->setObjectName(QStringLiteral("ruleSqrt"));
    lr->addWidget(ruleConstant_, 0, 0, 1, 2);
    lr->addWidget(ruleLinear_, 1, 0, 1, 2);
    lr->addWidget(ruleSqrt_, 2, 0, 1, 2);
    baseLrLabel_ = new QLabel(lrBox_);
    baseLr_ = new QDoubleSpinBox(lrBox_);
    baseLr_->setObjectName(QStringLiteral("baseLr"));
    baseLr_->setDecimals(6);
    baseLr_->setRange(1e-6, 1.0);
    baseLr_->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    baseLr_->setValue(0.05);
    baseLrLabel_->setBuddy(baseLr_);
    baseLrSlider_ = new QSlider(Qt::Horizontal, lrBox_);
    baseLrSlider_->setRange(-6 * kSliderPerDecade, 0);
    lr->addWidget(baseLrLabel_, 3, 0);
    lr->addWidget(baseLr_, 3, 1);
    lr->addWidget(baseLrSlider_, 4, 0, 1, 2);
    connect(baseLrSlider_, &QSlider::valueChanged, this, [this](int v) {
        const QSignalBlocker block(baseLr_);
        baseLr_->setValue(std::pow(10.0, static_cast<double>(v) / kSliderPerDecade));
    });
    connect(baseLr_, &QDoubleSpinBox::valueChanged, this, [this] { syncLrSlider(); });
    syncLrSlider();

    modelBox_ = new QGroupBox(this);
    auto* model = new QFormLayout(modelBox_);
    model->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    dataLabel_ = new QLabel(modelBox_);
    dataCombo_ = new QComboBox(modelBox_);
    dataCombo_->setObjectName(QStringLiteral("dataset"));
    dataCombo_->addItem(QString(), QStringLiteral("fashion-mnist"));
    dataCombo_->addItem(QString(), QStringLiteral("spirals"));
    dataCombo_->addItem(QString(), QStringLiteral("moons"));
    dataLabel_->setBuddy(dataCombo_);
    model->addRow(dataLabel_, dataCombo_);
    trainSamplesLabel_ = new QLabel(modelBox_);
    trainSamples_ = new QSpinBox(modelBox_);
    trainSamples_->setObjectName(QStringLiteral("trainSamples"));
    trainSamples_->setRange(0, 60000);
    trainSamples_->setSingleStep(1000);
    trainSamples_->setGroupSeparatorShown(true);
    trainSamples_->setValue(20000);
    trainSamplesLabel_->setBuddy(trainSamples_);
    model->addRow(trainSamplesLabel_, trainSamples_);
    modelLabel_ = new QLabel(modelBox_);
    model_ = new QComboBox(modelBox_);
    model_->setObjectName(QStringLiteral("model"));
    model_->addItems({QString(), QString()});
    // The texts arrive with the language; the column must widen with them.
    model_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    dataCombo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    modelLabel_->setBuddy(model_);
    model->addRow(modelLabel_, model_);
    bnOff_ = new QCheckBox(modelBox_);
    bnOff_->setObjectName(QStringLiteral("bnOff"));
    bnOff_->setChecked(true);
    bnOn_ = new QCheckBox(modelBox_);
    bnOn_->setObjectName(QStringLiteral("bnOn"));
    model->addRow(bnOff_);
    model->addRow(bnOn_);
    seedsLabel_ = new QLabel(modelBox_);
    seeds_ = new QSpinBox(modelBox_);
    seeds_->setObjectName(QStringLiteral("seeds"));
    seeds_->setRange(1, 10);
    seeds_->setValue(3);
    seedsLabel_->setBuddy(seeds_);
    model->addRow(seedsLabel_, seeds_);

    runButton_ = new QPushButton(this);
    runButton_->setObjectName(QStringLiteral("runSweepButton"));
    runButton_->setDefault(true);
    cancelButton_ = new QPushButton(this);
    cancelButton_->setObjectName(QStringLiteral("cancelSweepButton"));
    mapButton_ = new QPushButton(this);
    mapButton_->setObjectName(QStringLiteral("heatmapSweepButton"));
    connect(runButton_, &QPushButton::clicked, this, [this] { runSweep(); });
    connect(cancelButton_, &QPushButton::clicked, this, &BatchSizePage::cancelSweep);
    connect(mapButton_, &QPushButton::clicked, this, [this] { runHeatmapSweep(); });
    overall_ = new QProgressBar(this);
    overall_->setRange(0, 1000);
    overall_->setValue(0);
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->hide();
}

void BatchSizePage::syncLrSlider() {
    const QSignalBlocker block(baseLrSlider_);
    baseLrSlider_->setValue(
        static_cast<int>(std::lround(std::log10(baseLr_->value()) * kSliderPerDecade)));
}

void BatchSizePage::buildViews() {
    views_ = new QTabWidget;
    views_->setDocumentMode(true);

    const auto chartPage = [this](QWidget* chart, QLabel* label, QComboBox* selector,
                                  QLabel* hint = nullptr) {
        auto* page = new QWidget;
        auto* v = new QVBoxLayout(page);
        v->setContentsMargins(0, 4, 0, 0);
        if (selector) {
            auto* row = new QHBoxLayout;
            row->addWidget(label);
            row->addWidget(selector);
            row->addStretch(1);
            v->addLayout(row);
        }
        if (hint) {
            hint->setWordWrap(true);
            v->addWidget(hint);
        }
        v->addWidget(chart, 1);
        views_->addTab(page, QString());
    };

    accuracyChart_ = new LabelledAxisChart;
    addGroupSeries(accuracyChart_);
    metricLabel_ = new QLabel;
    metric_ = new QComboBox;
    metric_->setObjectName(QStringLiteral("accuracyMetric"));
    metric_->addItems({QString(), QString()});
    metricLabel_->setBuddy(metric_);
    connect(metric_, &QComboBox::currentIndexChanged, this, [this] { refreshAccuracyAndGap(); });
    measured_ = new QLabel;
    measured_->setObjectName(QStringLiteral("measuredText"));
    measured_->setTextFormat(Qt::RichText);
    chartPage(accuracyChart_, metricLabel_, metric_, measured_);

    curvesChart_ = new LabelledAxisChart;
    curvesChart_->setLegendAlignment(Qt::AlignRight);  // one entry per batch size
    curveAxisLabel_ = new QLabel;
    curveAxis_ = new QComboBox;
    curveAxis_->setObjectName(QStringLiteral("curveAxis"));
    curveAxis_->addItems({QString(), QString(), QString()});
    curveAxisLabel_->setBuddy(curveAxis_);
    connect(curveAxis_, &QComboBox::currentIndexChanged, this, [this] { refreshCurves(); });
    chartPage(curvesChart_, curveAxisLabel_, curveAxis_);

    gapChart_ = new LabelledAxisChart;
    addGroupSeries(gapChart_);
    chartPage(gapChart_, nullptr, nullptr);

    heatmapChart_ = new HeatmapChart;
    mapHint_ = new QLabel;
    chartPage(heatmapChart_, nullptr, nullptr, mapHint_);

    bnModeChart_ = new LabelledAxisChart;
    for (LearningRateRule rule : kRules) {
        bnModeChart_->addLineSeries(QString(), groupColor(rule, true), 2.5);
        QColor light = groupColor(rule, true).lighter(170);
        bnModeChart_->addLineSeries(QString(), light, 2.5);
    }
    for (LearningRateRule rule : kRules) {
        for (const QColor& c : {groupColor(rule, true), groupColor(rule, true).lighter(170)})
            bnModeChart_->setSeriesName(bnModeChart_->addScatterSeries(QString(), c, 9.0),
                                        QString());
    }
    bnHint_ = new QLabel;
    chartPage(bnModeChart_, nullptr, nullptr, bnHint_);

    sameLoss_ = new SameLossView;
    views_->addTab(sameLoss_, QString());

    table_ = new QTableWidget(0, ColCount);
    table_->setObjectName(QStringLiteral("runTable"));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(ColProgress, QHeaderView::Stretch);
    table_->setAlternatingRowColors(true);

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

void BatchSizePage::retranslate() {
    sizesBox_->setTitle(tr("Batch sizes B"));
    extraSize_->setToolTip(tr("A batch size to add to the finished sweep."));
    addButton_->setText(tr("&Add this size"));
    addButton_->setToolTip(
        tr("Runs only the new batch size (with every checked lr rule, BN setting and seed) and "
           "adds it to the table and charts; earlier runs are kept, not rerun."));

    budgetBox_->setTitle(tr("Budget per run"));
    budgetKind_->setItemText(0, tr("Epochs"));
    budgetKind_->setItemText(1, tr("Examples seen"));
    budgetKind_->setToolTip(
        tr("Every batch size gets the same budget: the same passes over the data (epochs) or "
           "the same number of examples seen. Updates = examples seen / B."));
    epochs_->setToolTip(tr("Passes over the training set for every batch size."));
    examples_->setToolTip(tr("Training examples each run sees; updates = examples / B."));

    lrBox_->setTitle(tr("Learning-rate rule"));
    ruleConstant_->setText(tr("Constant: lr = base lr"));
    ruleConstant_->setToolTip(
        tr("The same step size for every B: large batches take few steps of the same size, so "
           "they move the weights much less per epoch."));
    ruleLinear_->setText(tr("Linear: lr = base lr × B"));
    ruleLinear_->setToolTip(
        tr("lr grows in proportion to B, so every example moves the weights by the same amount "
           "(Goyal et al. 2017)."));
    ruleSqrt_->setText(tr("Square root: lr = base lr × √B"));
    ruleSqrt_->setToolTip(
        tr("lr grows with √B, which keeps the noise of an update about constant (Hoffer et al. "
           "2017)."));
    baseLrLabel_->setText(tr("&Base lr:"));
    const QString lrTip =
        tr("The base learning rate the rule scales: w ← w − lr · ∇L. The slider "
           "is logarithmic (1e-6 to 1).");
    baseLr_->setToolTip(lrTip);
    baseLrSlider_->setToolTip(lrTip);

    modelBox_->setTitle(tr("Model and data"));
    dataLabel_->setText(tr("&Data:"));
    dataCombo_->setItemText(0, tr("Fashion-MNIST"));
    dataCombo_->setItemText(1, tr("Spirals (synthetic 2-D)"));
    dataCombo_->setItemText(2, tr("Moons (synthetic 2-D)"));
    dataCombo_->setToolTip(tr("The classification data every run trains and is tested on."));
    trainSamplesLabel_->setText(tr("&Training examples:"));
    trainSamples_->setSpecialValueText(tr("All"));
    trainSamples_->setToolTip(
        tr("Training examples used (0 = all 60,000 of Fashion-MNIST). Fewer make a quick "
           "sweep; synthetic sets generate this many (0 = 2,000)."));
    modelLabel_->setText(tr("&Network:"));
    model_->setItemText(0, tr("MLP 2×100 ReLU"));
    model_->setItemText(1, tr("BN lab: 3×100 sigmoid"));
    model_->setToolTip(
        tr("This lab's MLP (2 hidden layers of 100 ReLU units, He init), or the network of the "
           "batch-normalization lab (Ioffe & Szegedy's 3×100 sigmoid MLP, Gaussian init with "
           "std 1)."));
    bnOff_->setText(tr("Without batch norm"));
    bnOff_->setToolTip(tr("Run every point with the plain network."));
    bnOn_->setText(tr("With batch norm"));
    bnOn_->setToolTip(
        tr("Run every point with BN in each hidden layer: x̂ = (x − μ_B) / √(σ²_B + ε), with μ_B "
           "and σ²_B taken over the B examples of the mini-batch. Needs B ≥ 2."));
    seedsLabel_->setText(tr("&Seeds per point:"));
    seeds_->setToolTip(
        tr("Runs per point with different initial weights and data order; the charts draw "
           "their mean and a min–max band."));

    runButton_->setText(tr("&Run sweep"));
    runButton_->setToolTip(
        tr("Clears the table and trains one run per checked batch size × lr rule × BN "
           "setting × seed in the background, %n at a time.",
           "", session::SweepRunner::defaultWorkerCount()));
    cancelButton_->setText(tr("&Cancel"));
    cancelButton_->setToolTip(tr("Stops the runs in progress; finished runs stay."));
    mapButton_->setText(tr("Run lr × B &map"));
    mapButton_->setToolTip(
        tr("Fills the lr × batch-size map: every checked B with constant learning rates 0.001, "
           "0.003, …, 1 (7 × sizes runs). Runs already done are not repeated."));
    overall_->setToolTip(tr("Runs finished out of those queued."));

    views_->setTabText(0, tr("Accuracy vs B"));
    views_->setTabToolTip(0, tr("Final test accuracy or loss of every batch size"));
    views_->setTabText(1, tr("Learning curves"));
    views_->setTabToolTip(1, tr("Test accuracy of every run while it trained"));
    views_->setTabText(2, tr("Gap"));
    views_->setTabToolTip(2, tr("Generalisation gap: train accuracy minus test accuracy"));
    views_->setTabText(3, tr("lr × B map"));
    views_->setTabToolTip(3, tr("Final test accuracy for each learning rate and batch size"));
    views_->setTabText(5, tr("Same training loss"));
    views_->setTabToolTip(5, tr("Small vs large batch trained to the same training loss: test "
                                "accuracy, the loss between them and their sharpness"));
    views_->setTabText(4, tr("BN modes"));
    views_->setTabToolTip(4,
                          tr("Test accuracy with BN's batch statistics vs its running statistics"));
    metricLabel_->setText(tr("&Show:"));
    metric_->setItemText(0, tr("Test accuracy"));
    metric_->setItemText(1, tr("Test loss"));
    metric_->setToolTip(tr("Final test accuracy (%) or mean cross-entropy test loss."));
    curveAxisLabel_->setText(tr("&Against:"));
    curveAxis_->setItemText(0, tr("Epochs"));
    curveAxis_->setItemText(1, tr("Updates (log scale)"));
    curveAxis_->setItemText(2, tr("Wall time"));
    curveAxis_->setToolTip(
        tr("Epochs: the same data seen. Updates: small batches take many more steps. Wall time: "
           "each small step is cheap, so per second the picture changes again."));

    table_->setHorizontalHeaderLabels(
        {tr("B"), tr("lr rule"), tr("lr"), tr("BN"), tr("Seed"), tr("Progress"), tr("Test acc. %"),
         tr("Test loss"), tr("Train acc. %"), tr("Gap"), tr("Updates"), tr("Time (s)")});
    table_->setToolTip(
        tr("One row per run: its settings, progress and final numbers. Gap = train "
           "accuracy − test accuracy (percentage points)."));
    lesson_->setHtml(batchSizeLesson());
    lessonToggle_->setText(tr("Lesson"));
    lessonToggle_->setToolTip(tr("Show or hide the lesson beside the charts."));
    for (int i = 0; i < static_cast<int>(runs_.size()); ++i) updateRow(i);
    refreshCharts();
    setStatus(status_->text());
    updateButtons();
}

QList<int> BatchSizePage::checkedBatchSizes() const {
    QList<int> sizes;
    for (const auto& [size, chip] : chips_)
        if (chip->isChecked()) sizes << size;
    return sizes;
}

QList<LearningRateRule> BatchSizePage::checkedRules() const {
    QList<LearningRateRule> rules;
    if (ruleConstant_->isChecked()) rules << LearningRateRule::Constant;
    if (ruleLinear_->isChecked()) rules << LearningRateRule::Linear;
    if (ruleSqrt_->isChecked()) rules << LearningRateRule::Sqrt;
    return rules;
}

QList<bool> BatchSizePage::checkedBnSettings() const {
    QList<bool> settings;
    if (bnOff_->isChecked()) settings << false;
    if (bnOn_->isChecked()) settings << true;
    return settings;
}

session::ExperimentConfig BatchSizePage::controlsConfig() const {
    auto c = session::ExperimentConfig::defaults(QStringLiteral("batch-sweep"));
    QJsonArray sizes;
    for (int size : checkedBatchSizes()) sizes.append(size);
    if (!sizes.isEmpty()) c.setValue(QStringLiteral("batch_sizes"), sizes);
    c.setValue(QStringLiteral("epochs"), epochs_->value());
    c.setValue(QStringLiteral("examples"),
               budgetKind_->currentIndex() == 1 ? examples_->value() : 0);
    const QList<LearningRateRule> rules = checkedRules();
    if (!rules.isEmpty())
        c.setValue(QStringLiteral("lr_rule"),
                   QString::fromStdString(core::toString(rules.first())));
    c.setValue(QStringLiteral("base_lr"), baseLr_->value());
    const QList<bool> bn = checkedBnSettings();
    c.setValue(QStringLiteral("bn"), !bn.isEmpty() && bn.first());
    c.setValue(QStringLiteral("seeds"), seeds_->value());
    c.setValue(QStringLiteral("dataset"), dataCombo_->currentData().toString());
    const bool synthetic = dataCombo_->currentIndex() != 0;
    c.setValue(QStringLiteral("train_samples"),
               trainSamples_->value() > 0 ? trainSamples_->value() : (synthetic ? 2000 : 0));
    if (model_->currentIndex() == 1) {
        // The bn-paper network of the batch-normalization lab.
        c.setValue(QStringLiteral("depth"), 3);
        c.setValue(QStringLiteral("width"), 100);
        c.setValue(QStringLiteral("activation"), QStringLiteral("sigmoid"));
        c.setValue(QStringLiteral("init"), QStringLiteral("gaussian"));
        c.setValue(QStringLiteral("init_std"), 1.0);
    }
    return c;
}

std::optional<session::ExperimentConfig> BatchSizePage::experimentConfig() const {
    return controlsConfig();
}

void BatchSizePage::applyExperimentConfig(const session::ExperimentConfig& c) {
    if (c.kind != QLatin1String("batch-sweep")) return;
    for (auto& [size, chip] : chips_) chip->setChecked(false);
    for (int size : c.getIntList(QStringLiteral("batch_sizes"))) addChip(size, true);
    const int examples = c.getInt(QStringLiteral("examples"));
    budgetKind_->setCurrentIndex(examples > 0 ? 1 : 0);
    if (examples > 0) examples_->setValue(examples);
    epochs_->setValue(c.getDouble(QStringLiteral("epochs")));
    const auto rule =
        core::learningRateRuleFromString(c.getString(QStringLiteral("lr_rule")).toStdString());
    ruleConstant_->setChecked(rule == LearningRateRule::Constant);
    ruleLinear_->setChecked(rule == LearningRateRule::Linear);
    ruleSqrt_->setChecked(rule == LearningRateRule::Sqrt);
    baseLr_->setValue(c.getDouble(QStringLiteral("base_lr")));
    const bool bn = c.getBool(QStringLiteral("bn"));
    bnOn_->setChecked(bn);
    bnOff_->setChecked(!bn);
    seeds_->setValue(c.getInt(QStringLiteral("seeds")));
    const int data = dataCombo_->findData(c.getString(QStringLiteral("dataset")));
    dataCombo_->setCurrentIndex(std::max(0, data));
    trainSamples_->setValue(c.getInt(QStringLiteral("train_samples")));
    model_->setCurrentIndex(
        c.getString(QStringLiteral("activation")) == QLatin1String("sigmoid") ? 1 : 0);
    setStatus(tr("Settings loaded from \"%1\": press Run sweep.").arg(c.name));
}

std::shared_ptr<const core::Dataset> BatchSizePage::dataset(QString* error) {
    const session::ExperimentConfig c = controlsConfig();
    const QString key = QStringLiteral("%1/%2/%3")
                            .arg(c.getString(QStringLiteral("dataset")))
                            .arg(c.getInt(QStringLiteral("train_samples")))
                            .arg(c.getInt(QStringLiteral("seed")));
    if (loadedData_ && key == dataKey_) return loadedData_;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto loaded = session::loadNetworkDataset(c);
        QApplication::restoreOverrideCursor();
        loadedData_ = std::move(loaded);
        dataKey_ = key;
        return loadedData_;
    } catch (const std::exception& e) {
        QApplication::restoreOverrideCursor();
        if (error) *error = QString::fromStdString(e.what());
        return nullptr;
    }
}

void BatchSizePage::ensureRunner(bool fresh) {
    if (runner_ && !fresh) return;
    if (runner_) runner_->cancel();
    runner_.reset();  // joins; its pending signals are dropped with it
    runs_.clear();
    rowProgress_.clear();
    table_->setRowCount(0);
    runner_ = std::make_unique<session::SweepRunner>();
    session::SweepRunner* r = runner_.get();
    connect(r, &session::SweepRunner::pointStarted, this, [this](int i) { updateRow(i); });
    connect(r, &session::SweepRunner::pointProgress, this, [this](int i, double fraction) {
        if (i < rowProgress_.size()) rowProgress_[i]->setValue(static_cast<int>(fraction * 1000));
        updateButtons();
    });
    connect(r, &session::SweepRunner::pointFinished, this, [this](int i) {
        updateRow(i);
        updateButtons();
        scheduleRefresh();
    });
    connect(r, &session::SweepRunner::idle, this, [this] {
        updateButtons();
        refreshCharts();
        if (cancelling_) setStatus(tr("Cancelled: finished runs stay in the table."));
        cancelling_ = false;
    });
}

bool BatchSizePage::queue(std::vector<Run> runs, bool fresh) {
    if (runs.empty()) return false;
    QString error;
    const auto data = dataset(&error);
    if (!data) {
        setStatus(tr("Could not load the data: %1").arg(error));
        return false;
    }
    // Check every run before queueing any, so a bad setting fails as a whole.
    for (const Run& run : runs) {
        try {
            (void)core::BatchSizeRun(data, run.config);
        } catch (const std::exception& e) {
            setStatus(tr("Cannot run B = %1: %2")
                          .arg(run.config.batchSize)
                          .arg(QString::fromStdString(e.what())));
            return false;
        }
    }
    ensureRunner(fresh);
    std::vector<session::SweepTask> tasks;
    for (const Run& run : runs) {
        session::BatchSweepPoint point{run.config.batchSize, run.config.lrRule,
                                       run.config.network.usesBatchNorm(), run.config.seed};
        tasks.push_back(session::batchSweepTask(data, run.config, point));
    }
    const int first = runner_->add(std::move(tasks));
    for (std::size_t k = 0; k < runs.size(); ++k) {
        runs_.push_back(runs[k]);
        addTableRow(first + static_cast<int>(k), runs[k]);
    }
    updateButtons();
    setStatus(QString());
    scheduleRefresh();
    return true;
}

std::optional<core::BatchSizeRunConfig> BatchSizePage::baseRunConfig() {
    QString error;
    const auto data = dataset(&error);
    if (!data) {
        setStatus(tr("Could not load the data: %1").arg(error));
        return std::nullopt;
    }
    return session::batchSizeRunConfigFrom(controlsConfig(), data->shape, data->numClasses);
}

std::vector<BatchSizePage::Run> BatchSizePage::sweepRuns(const QList<int>& sizes) {
    const QList<LearningRateRule> rules = checkedRules();
    const QList<bool> bnSettings = checkedBnSettings();
    if (sizes.isEmpty() || rules.isEmpty() || bnSettings.isEmpty()) {
        setStatus(tr("Check at least one batch size, one lr rule and one BN setting."));
        return {};
    }
    const std::optional<core::BatchSizeRunConfig> base = baseRunConfig();
    if (!base) return {};
    std::vector<Run> runs;
    for (bool bn : bnSettings)
        for (LearningRateRule rule : rules)
            for (int size : sizes) {
                if (bn && size < 2) continue;  // BN has no batch variance at B = 1
                for (int s = 0; s < seeds_->value(); ++s) {
                    Run run{*base, false};
                    run.config.batchSize = size;
                    run.config.lrRule = rule;
                    run.config.network.normaliser =
                        bn ? core::NormKind::Batch : core::NormKind::None;
                    run.config.seed = base->seed + static_cast<std::uint64_t>(s);
                    runs.push_back(run);
                }
            }
    return runs;
}

bool BatchSizePage::runSweep() {
    if (isRunning()) return false;
    return queue(sweepRuns(checkedBatchSizes()), true);
}

bool BatchSizePage::addBatchSize(int batchSize) {
    std::vector<Run> runs = sweepRuns({batchSize});
    if (runs.empty()) return false;  // the reason is shown
    // Runs already in the table (same settings) are not run again.
    std::erase_if(runs, [this](const Run& run) {
        return std::any_of(runs_.begin(), runs_.end(), [&](const Run& r) {
            const core::BatchSizeRunConfig& a = r.config;
            const core::BatchSizeRunConfig& b = run.config;
            return !r.mapOnly && a.batchSize == b.batchSize && a.lrRule == b.lrRule &&
                   a.network.usesBatchNorm() == b.network.usesBatchNorm() && a.seed == b.seed &&
                   a.baseLr == b.baseLr;
        });
    });
    if (runs.empty()) {
        setStatus(tr("B = %1 is already in the table.").arg(batchSize));
        return false;
    }
    return queue(std::move(runs), false);
}

bool BatchSizePage::runHeatmapSweep() {
    const QList<int> sizes = checkedBatchSizes();
    if (sizes.isEmpty()) {
        setStatus(tr("Check at least one batch size."));
        return false;
    }
    const std::optional<core::BatchSizeRunConfig> base = baseRunConfig();
    if (!base) return false;
    const QList<bool> bnSettings = checkedBnSettings();
    const bool bn = !bnSettings.isEmpty() && bnSettings.first();
    std::vector<Run> runs;
    for (double exponent : kMapLrExponents) {
        for (int size : sizes) {
            if (bn && size < 2) continue;
            const bool done = std::any_of(runs_.begin(), runs_.end(), [&](const Run& r) {
                return r.config.batchSize == size && r.config.network.usesBatchNorm() == bn &&
                       std::abs(std::log10(r.config.learningRate()) - exponent) < 0.01;
            });
            if (done) continue;
            Run run{*base, true};
            run.config.batchSize = size;
            run.config.lrRule = LearningRateRule::Constant;
            run.config.baseLr = std::pow(10.0, exponent);
            run.config.network.normaliser = bn ? core::NormKind::Batch : core::NormKind::None;
            runs.push_back(run);
        }
    }
    if (runs.empty()) {
        setStatus(tr("The map already has every learning rate for these batch sizes."));
        return false;
    }
    views_->setCurrentIndex(3);
    return queue(std::move(runs), false);
}

void BatchSizePage::cancelSweep() {
    if (!runner_) return;
    runner_->cancel();
    cancelling_ = true;
    setStatus(tr("Cancelling: finished runs stay in the table."));
}

bool BatchSizePage::isRunning() const { return runner_ && !runner_->isIdle(); }

int BatchSizePage::finishedRuns() const {
    if (!runner_) return 0;
    int n = 0;
    for (const session::SweepPointStatus& p : runner_->points())
        if (p.state == SweepPointState::Finished) ++n;
    return n;
}

QString BatchSizePage::statusText() const {
    if (!runner_ || runner_->pointCount() == 0)
        return tr("Batch-size sweep: choose the batch sizes and press Run sweep.");
    int finished = 0, running = 0, pending = 0, stopped = 0;
    for (const session::SweepPointStatus& p : runner_->points()) {
        switch (p.state) {
            case SweepPointState::Finished:
                ++finished;
                break;
            case SweepPointState::Running:
                ++running;
                break;
            case SweepPointState::Pending:
                ++pending;
                break;
            default:
                ++stopped;
        }
    }
    QString text = tr("Sweep: %1 of %2 runs finished").arg(finished).arg(runner_->pointCount());
    if (running + pending > 0)
        text += tr(", %1 running on %2 worker threads").arg(running).arg(runner_->workerLimit());
    if (stopped > 0) text += tr(", %1 cancelled or failed").arg(stopped);
    return text + QLatin1Char('.');
}

void BatchSizePage::setStatus(const QString& text) {
    status_->setText(text);
    status_->setVisible(!text.isEmpty());
}

void BatchSizePage::updateButtons() {
    const bool running = isRunning();
    runButton_->setEnabled(!running);
    cancelButton_->setEnabled(running);
    int done = 0, total = 0;
    double partial = 0;
    if (runner_) {
        for (const session::SweepPointStatus& p : runner_->points()) {
            ++total;
            if (p.state == SweepPointState::Running) partial += p.fraction;
            if (p.state != SweepPointState::Pending && p.state != SweepPointState::Running) ++done;
        }
    }
    overall_->setValue(total > 0 ? static_cast<int>(1000.0 * (done + partial) / total) : 0);
    overall_->setFormat(total > 0 ? tr("%1 of %2 runs done").arg(done).arg(total)
                                  : tr("No runs yet"));
}

void BatchSizePage::addTableRow(int index, const Run& run) {
    if (table_->rowCount() <= index) table_->setRowCount(index + 1);
    const core::BatchSizeRunConfig& c = run.config;
    const auto cell = [&](int column, const QString& text) {
        auto* item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table_->setItem(index, column, item);
    };
    cell(ColBatch, QString::number(c.batchSize));
    cell(ColRule, run.mapOnly ? tr("map") : ruleName(c.lrRule));
    cell(ColLr, QString::number(c.learningRate(), 'g', 3));
    cell(ColBn, c.network.usesBatchNorm() ? tr("yes") : tr("no"));
    cell(ColSeed, QString::number(c.seed));
    for (int col = ColTestAcc; col < ColCount; ++col) cell(col, QString());
    auto* bar = new QProgressBar;
    bar->setRange(0, 1000);
    bar->setValue(0);
    table_->setCellWidget(index, ColProgress, bar);
    while (rowProgress_.size() <= index) rowProgress_.append(nullptr);
    rowProgress_[index] = bar;
    updateRow(index);
}

void BatchSizePage::updateRow(int index) {
    if (!runner_ || index < 0 || index >= runner_->pointCount() || index >= rowProgress_.size())
        return;
    const session::SweepPointStatus p = runner_->point(index);
    QProgressBar* bar = rowProgress_[index];
    switch (p.state) {
        case SweepPointState::Pending:
            bar->setFormat(tr("Waiting"));
            break;
        case SweepPointState::Running:
            bar->setFormat(tr("Running %p%"));
            break;
        case SweepPointState::Finished:
            bar->setValue(1000);
            bar->setFormat(tr("Done"));
            break;
        case SweepPointState::Cancelled:
            bar->setFormat(tr("Cancelled"));
            break;
        case SweepPointState::Failed:
            bar->setFormat(tr("Failed"));
            bar->setToolTip(p.error);
            break;
    }
    if (p.state != SweepPointState::Finished || !p.outcome) return;
    const auto& r = std::get<core::BatchSizeResult>(*p.outcome);
    switch (core::verdictOf(r)) {
        case core::RunVerdict::Diverged:
            bar->setFormat(tr("Diverged"));
            bar->setToolTip(r.diverged ? QString::fromStdString(r.divergence)
                                       : tr("The final test loss is higher than before "
                                            "training: the loss blew up."));
            break;
        case core::RunVerdict::UnderTrained:
            bar->setFormat(tr("Under-trained"));
            bar->setToolTip(tr("Training accuracy %1 % stayed near chance after %2 updates: "
                               "too few or too small steps, not poor generalisation.")
                                .arg(percent(r.finalTrainAccuracy))
                                .arg(r.updates));
            break;
        case core::RunVerdict::Trained:
            break;
    }
    table_->item(index, ColTestAcc)->setText(percent(r.finalTestAccuracy));
    table_->item(index, ColTestLoss)
        ->setText(std::isfinite(r.finalTestLoss) ? QString::number(r.finalTestLoss, 'f', 3)
                                                 : QStringLiteral("–"));
    table_->item(index, ColTrainAcc)->setText(percent(r.finalTrainAccuracy));
    table_->item(index, ColGap)->setText(percent(r.finalTrainAccuracy - r.finalTestAccuracy));
    table_->item(index, ColUpdates)->setText(QString::number(r.updates));
    table_->item(index, ColWall)->setText(QString::number(r.wallSeconds, 'f', 1));
}

void BatchSizePage::scheduleRefresh() {
    if (!refreshTimer_->isActive()) refreshTimer_->start();
}

void BatchSizePage::refreshCharts() {
    refreshAccuracyAndGap();
    refreshCurves();
    refreshHeatmap();
    refreshBnModes();
}

void BatchSizePage::refreshAccuracyAndGap() {
    const bool loss = metric_->currentIndex() == 1;
    accuracyChart_->setTitle(loss ? tr("Final test loss vs batch size")
                                  : tr("Final test accuracy vs batch size"));
    accuracyChart_->setAxisTitles(tr("Batch size B (log₂ scale)"),
                                  loss ? tr("Test loss (cross-entropy)") : tr("Test accuracy (%)"));
    gapChart_->setTitle(tr("Generalisation gap vs batch size"));
    gapChart_->setAxisTitles(tr("Batch size B (log₂ scale)"),
                             tr("Train − test accuracy (percentage points)"));

    // group -> batch size -> values over seeds, trained runs only
    std::map<int, std::map<int, QList<double>>> metric, gap;
    std::map<int, std::vector<const core::BatchSizeResult*>> groupRuns;
    QList<QPointF> flaggedMetric, flaggedGap;
    std::set<int> sizes;
    const std::vector<session::SweepPointStatus> points =
        runner_ ? runner_->points() : std::vector<session::SweepPointStatus>{};
    for (std::size_t i = 0; i < points.size() && i < runs_.size(); ++i) {
        if (runs_[i].mapOnly || !finished(points[i])) continue;
        const auto& r = std::get<core::BatchSizeResult>(*points[i].outcome);
        const int g = groupOf(r.config.lrRule, r.config.network.usesBatchNorm());
        const int b = r.config.batchSize;
        sizes.insert(b);
        groupRuns[g].push_back(&r);
        const double value = loss ? r.finalTestLoss : 100.0 * r.finalTestAccuracy;
        const double x = std::log2(static_cast<double>(b));
        if (core::verdictOf(r) != core::RunVerdict::Trained) {
            // Marked where it ended, kept out of the means: it says nothing about generalisation.
            if (std::isfinite(value)) flaggedMetric << QPointF(x, value);
            continue;
        }
        metric[g][b] << value;
        gap[g][b] << 100.0 * (r.finalTrainAccuracy - r.finalTestAccuracy);
    }
    for (int size : checkedBatchSizes()) sizes.insert(size);
    if (sizes.empty()) sizes = {2, 1024};
    const QList<int> sizeList(sizes.begin(), sizes.end());

    const auto fill = [&](LabelledAxisChart* chart,
                          std::map<int, std::map<int, QList<double>>>& data,
                          const QList<QPointF>& flagged, double floor, double ceiling,
                          double emptyLo, double emptyHi) {
        double lo = std::numeric_limits<double>::max(), hi = -lo;
        for (int g = 0; g < kGroups; ++g) {
            QList<QPointF> mean, low, high;
            for (const auto& [b, values] : data[g]) {
                const Spread s = spreadOf(values);
                if (!std::isfinite(s.mean)) continue;
                const double x = std::log2(static_cast<double>(b));
                mean << QPointF(x, s.mean);
                low << QPointF(x, s.min);
                high << QPointF(x, s.max);
                lo = std::min(lo, s.min);
                hi = std::max(hi, s.max);
            }
            chart->setBand(g, low, high);
            chart->setPoints(g, mean);
            chart->setPoints(kGroups + g, mean);
            chart->setPoints(kErrorBarSeries + g, errorBars(low, high));
            chart->setSeriesName(g, mean.isEmpty() ? QString() : groupName(kRules[g / 2], g % 2));
        }
        chart->setPoints(kFlaggedSeries, flagged);
        chart->setSeriesName(kFlaggedSeries,
                             flagged.isEmpty()
                                 ? QString()
                                 : tr("diverged or under-trained: not a generalisation result"));
        for (const QPointF& p : flagged) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
        chart->setXTicks(log2Ticks(sizeList));
        chart->setXRange(std::log2(sizeList.first()) - 0.5, std::log2(sizeList.last()) + 0.5);
        if (lo > hi) {  // nothing to show yet
            lo = emptyLo;
            hi = emptyHi;
        }
        const double pad = std::max(0.05 * (hi - lo), 0.5);
        chart->setYRange(std::max(floor, lo - pad), std::min(ceiling, hi + pad));
        chart->applyNiceNumbers(Qt::Vertical);
    };
    const double big = std::numeric_limits<double>::max();
    if (loss)
        fill(accuracyChart_, metric, flaggedMetric, 0.0, big, 0.0, 2.5);
    else
        fill(accuracyChart_, metric, flaggedMetric, 0.0, 100.0, 0.0, 100.0);
    fill(gapChart_, gap, flaggedGap, -big, big, -5.0, 5.0);
    measured_->setText(measuredText(groupRuns));
}

QString BatchSizePage::measuredText(
    const std::map<int, std::vector<const core::BatchSizeResult*>>& groupRuns) const {
    if (groupRuns.empty())
        return tr("<b>Measured in this sweep:</b> nothing yet. Press Run sweep; the sentences "
                  "here are computed from the finished runs.");
    // The group with the most runs; its own lr rule, BN setting and budget.
    const auto largest = std::max_element(groupRuns.begin(), groupRuns.end(),
                                          [](const auto& a, const auto& b) {
                                              return a.second.size() < b.second.size();
                                          });
    const core::BatchSizeRunConfig& c = largest->second.front()->config;
    const core::BatchSweepSummary summary = core::summarizeSweep(largest->second);
    const auto pct = [](double a) { return QString::number(100.0 * a, 'f', 1); };
    const auto stats = [&](const core::BatchSizeStats& s) {
        return s.trained > 1 ? tr("B = %1: %2 % (seeds %3–%4, %5 updates)")
                                   .arg(s.batchSize)
                                   .arg(pct(s.mean), pct(s.min), pct(s.max))
                                   .arg(s.updates)
                             : tr("B = %1: %2 % (%3 updates)")
                                   .arg(s.batchSize)
                                   .arg(pct(s.mean))
                                   .arg(s.updates);
    };
    const QString budget =
        c.examples > 0 ? tr("%1 examples seen").arg(c.examples) : tr("%1 epochs").arg(c.epochs);
    QStringList parts;
    parts << tr("<b>Measured in this sweep</b> (%1, %2, %3 per run):")
                 .arg(groupName(c.lrRule, c.network.usesBatchNorm()),
                      tr("lr %1").arg(c.learningRate(), 0, 'g', 3), budget);
    if (summary.best < 0) {
        parts << tr("no run trained: every one diverged or stayed near chance.");
        return parts.join(QLatin1Char(' '));
    }
    const core::BatchSizeStats& best = summary.sizes[static_cast<std::size_t>(summary.best)];
    parts << tr("best mean test accuracy at %1.").arg(stats(best));
    const int smallIndex = summary.bestIn(8, 32);
    const core::BatchSizeStats* largestTrained = nullptr;
    for (const core::BatchSizeStats& s : summary.sizes)
        if (s.trained > 0 && s.batchSize >= 256) largestTrained = &s;
    if (smallIndex >= 0 && largestTrained) {
        const core::BatchSizeStats& small = summary.sizes[static_cast<std::size_t>(smallIndex)];
        parts << tr("Best of B = 8–32: %1; largest batch: %2.").arg(stats(small),
                                                                  stats(*largestTrained));
        if (core::beatsEverySeed(small, *largestTrained))
            parts << tr("Every seed of B = %1 beats every seed of B = %2.")
                         .arg(small.batchSize)
                         .arg(largestTrained->batchSize);
        else if (small.mean > largestTrained->mean)
            parts << tr("The seeds of B = %1 and B = %2 overlap: this sweep does not separate "
                        "them.")
                         .arg(small.batchSize)
                         .arg(largestTrained->batchSize);
        else
            parts << tr("Here the small batches do <i>not</i> win.");
        if (c.examples == 0 && largestTrained->updates < small.updates)
            parts << tr("At equal epochs B = %1 made %2 updates, B = %3 only %4: this sweep "
                        "cannot tell better generalisation from more updates (the Same "
                        "training loss tab compares models trained to equal loss).")
                         .arg(small.batchSize)
                         .arg(small.updates)
                         .arg(largestTrained->batchSize)
                         .arg(largestTrained->updates);
    }
    int diverged = 0, underTrained = 0;
    for (const core::BatchSizeStats& s : summary.sizes) {
        diverged += s.diverged;
        underTrained += s.underTrained;
    }
    if (diverged + underTrained > 0)
        parts << tr("%1 run(s) diverged and %2 stayed near chance (train accuracy below %3 %): "
                    "marked in red, left out of the means.")
                     .arg(diverged)
                     .arg(underTrained)
                     .arg(pct(core::underTrainedAccuracy(c.network.outputs)));
    if (groupRuns.size() > 1)
        parts << tr("(Other lr rules and BN settings are drawn but not summarised here.)");
    return parts.join(QLatin1Char(' '));
}

void BatchSizePage::refreshCurves() {
    const int axis = curveAxis_->currentIndex();
    curvesChart_->setTitle(tr("Learning curves: test accuracy of every run"));
    const QString xTitle = axis == 0   ? tr("Epochs (passes over the training set)")
                           : axis == 1 ? tr("Updates (optimisation steps, log₁₀ scale)")
                                       : tr("Wall time (s, training only)");
    curvesChart_->setAxisTitles(xTitle, tr("Test accuracy (%)"));
    const std::vector<session::SweepPointStatus> points =
        runner_ ? runner_->points() : std::vector<session::SweepPointStatus>{};
    std::set<std::pair<int, int>> named;  // one legend entry per batch size and group
    std::set<int> groups;
    for (std::size_t i = 0; i < points.size() && i < runs_.size(); ++i)
        if (!runs_[i].mapOnly)
            groups.insert(groupOf(runs_[i].config.lrRule, runs_[i].config.network.usesBatchNorm()));
    int used = 0;
    double xMax = 0, yMin = 100, yMax = 0;
    for (std::size_t i = 0; i < points.size() && i < runs_.size(); ++i) {
        if (runs_[i].mapOnly || !finished(points[i])) continue;
        const auto& r = std::get<core::BatchSizeResult>(*points[i].outcome);
        QList<QPointF> line;
        for (const core::BatchSizeCurvePoint& q : r.curve) {
            double x = axis == 0   ? q.epoch
                       : axis == 2 ? q.wallSeconds
                                   : static_cast<double>(q.updates);
            if (axis == 1) {
                if (q.updates <= 0) continue;
                x = std::log10(x);
            }
            const double y = 100.0 * q.testAccuracy;
            if (!std::isfinite(y)) continue;
            line << QPointF(x, y);
            xMax = std::max(xMax, x);
            yMin = std::min(yMin, y);
            yMax = std::max(yMax, y);
        }
        const int b = r.config.batchSize;
        const bool bn = r.config.network.usesBatchNorm();
        const QColor color = bn ? bnSizeColor(b) : sizeColor(b);
        if (used >= curvesChart_->seriesCount())
            curvesChart_->addLineSeries(QString(), color, 2.0);
        curvesChart_->setSeriesColor(used, color);
        QString name;
        if (named.insert({b, groupOf(r.config.lrRule, bn)}).second) name = tr("B = %1").arg(b);
        if (groups.size() > 1 && !name.isEmpty())
            name = tr("B = %1 (%2)")
                       .arg(b)
                       .arg(groupName(r.config.lrRule, r.config.network.usesBatchNorm()));
        curvesChart_->setSeriesName(used, name);
        curvesChart_->setPoints(used, line);
        ++used;
    }
    for (int s = used; s < curveSeriesUsed_; ++s) {
        curvesChart_->setPoints(s, {});
        curvesChart_->setSeriesName(s, QString());
    }
    curveSeriesUsed_ = std::max(used, curveSeriesUsed_);
    if (axis == 1) {
        const int top = std::max(1, static_cast<int>(std::ceil(xMax)));
        curvesChart_->setXTicks(log10Ticks(0, top));
        curvesChart_->setXRange(0, top);
    } else {
        curvesChart_->setXTicks({});
        curvesChart_->setXRange(0, xMax > 0 ? xMax : 1.0);
        curvesChart_->applyNiceNumbers(Qt::Horizontal);
    }
    if (yMin > yMax) {
        yMin = 0;
        yMax = 100;
    }
    curvesChart_->setYRange(std::max(0.0, std::floor(yMin / 10) * 10),
                            std::min(100.0, std::ceil(yMax / 10) * 10));
    curvesChart_->applyNiceNumbers(Qt::Vertical);
}

void BatchSizePage::refreshHeatmap() {
    heatmapChart_->setTitle(tr("Final test accuracy (%) by learning rate and batch size"));
    mapHint_->setText(
        tr("A sweep fills one cell per batch size, at the lr its rule gives. Press "
           "Run lr × B map to fill the grid with constant rates 0.001 … 1 and see "
           "where training is stable."));
    heatmapChart_->setAxisTitles(tr("Batch size B (log₂ scale)"),
                                 tr("Learning rate actually used (log₁₀ scale)"));
    // (log2 B, half-decade row) -> accuracies
    std::map<std::pair<int, int>, QList<double>> cells;
    std::map<std::pair<int, int>, int> diverged;
    std::set<int> sizes;
    int rowLo = -6, rowHi = 0;  // in half decades: -6 = 1e-3, 0 = 1
    const std::vector<session::SweepPointStatus> points =
        runner_ ? runner_->points() : std::vector<session::SweepPointStatus>{};
    bool anyMapRun = false;
    // One BN setting and budget per map, the latest map run's (else the latest
    // run's): a cell never averages runs that differ in anything but the seed.
    struct Setting {
        bool bn = false;
        double epochs = 0;
        std::int64_t examples = 0;
        bool operator==(const Setting&) const = default;
    };
    const auto settingOf = [](const core::BatchSizeResult& r) {
        return Setting{r.config.network.usesBatchNorm(), r.config.epochs, r.config.examples};
    };
    std::optional<Setting> setting;
    for (std::size_t i = 0; i < points.size() && i < runs_.size(); ++i) {
        if (!finished(points[i])) continue;
        const auto& r = std::get<core::BatchSizeResult>(*points[i].outcome);
        if (runs_[i].mapOnly || !anyMapRun) setting = settingOf(r);
        anyMapRun |= runs_[i].mapOnly;
    }
    // Per cell the one lr nearest the row's nominal rate, and that lr's runs.
    std::map<std::pair<int, int>, double> cellLr;
    for (std::size_t i = 0; i < points.size() && i < runs_.size(); ++i) {
        const session::SweepPointStatus& p = points[i];
        if (!finished(p)) continue;
        const auto& r = std::get<core::BatchSizeResult>(*p.outcome);
        if (!setting || !(settingOf(r) == *setting)) continue;
        const int row = static_cast<int>(std::lround(2.0 * std::log10(r.learningRate)));
        const std::pair<int, int> key{r.config.batchSize, row};
        const auto offRow = [row](double lr) { return std::abs(std::log10(lr) - row / 2.0); };
        const auto known = cellLr.find(key);
        if (known != cellLr.end() && std::abs(known->second - r.learningRate) >
                                         1e-9 * std::abs(r.learningRate)) {
            if (offRow(r.learningRate) >= offRow(known->second)) continue;
            cells.erase(key);  // a rate nearer the row replaces the cell
            diverged.erase(key);
        }
        cellLr[key] = r.learningRate;
        sizes.insert(r.config.batchSize);
        rowLo = std::min(rowLo, row);
        rowHi = std::max(rowHi, row);
        if (core::verdictOf(r) == core::RunVerdict::Diverged)
            ++diverged[key];
        else
            cells[key] << 100.0 * r.finalTestAccuracy;
    }
    if (setting)
        heatmapChart_->setTitle(
            tr("Final test accuracy (%) by learning rate and batch size (%1, %2)")
                .arg(setting->bn ? tr("with BN") : tr("no BN"),
                     setting->examples > 0 ? tr("%1 examples seen").arg(setting->examples)
                                           : tr("%1 epochs").arg(setting->epochs)));
    for (int size : checkedBatchSizes()) sizes.insert(size);
    if (sizes.empty()) sizes = {2, 1024};
    QList<HeatCell> list;
    double lo = 100, hi = 0;
    std::set<std::pair<int, int>> keys;
    for (const auto& [k, v] : cells) keys.insert(k);
    for (const auto& [k, v] : diverged) keys.insert(k);
    for (const auto& key : keys) {
        const double x = std::log2(static_cast<double>(key.first));
        const double y = key.second / 2.0;
        const Spread s = spreadOf(cells[key]);
        const double lr = cellLr[key];
        HeatCell cell{QRectF(x - 0.5, y + 0.25, 1.0, -0.5), s.mean, QString(), QString()};
        cell.text = std::isfinite(s.mean) ? QString::number(s.mean, 'f', 0) : tr("div.");
        cell.toolTip =
            std::isfinite(s.mean)
                ? tr("B = %1, lr ≈ %2: %3% test accuracy (%n run(s))", "",
                     static_cast<int>(cells[key].size()))
                      .arg(key.first)
                      .arg(lr, 0, 'g', 3)
                      .arg(s.mean, 0, 'f', 1)
                : tr("B = %1, lr ≈ %2: diverged").arg(key.first).arg(lr, 0, 'g', 3);
        if (std::isfinite(s.mean)) {
            lo = std::min(lo, s.mean);
            hi = std::max(hi, s.mean);
        }
        list << cell;
    }
    const QList<int> sizeList(sizes.begin(), sizes.end());
    heatmapChart_->setXTicks(log2Ticks(sizeList));
    heatmapChart_->setXRange(std::log2(sizeList.first()) - 0.5, std::log2(sizeList.last()) + 0.5);
    const int decadeLo = static_cast<int>(std::floor(rowLo / 2.0));
    const int decadeHi = static_cast<int>(std::ceil(rowHi / 2.0));
    heatmapChart_->setYTicks(log10Ticks(decadeLo, decadeHi));
    heatmapChart_->setYRange(rowLo / 2.0 - 0.25, rowHi / 2.0 + 0.25);
    if (hi > lo)
        heatmapChart_->setValueRange(lo, hi);
    else
        heatmapChart_->setValueRange(0, 100);
    heatmapChart_->setCells(list);
    mapHint_->setVisible(!anyMapRun);
}

void BatchSizePage::refreshBnModes() {
    // group (rule) -> batch size -> (eval, train-mode) accuracies
    std::map<int, std::map<int, std::pair<QList<double>, QList<double>>>> data;
    std::set<int> sizes;
    const std::vector<session::SweepPointStatus> points =
        runner_ ? runner_->points() : std::vector<session::SweepPointStatus>{};
    for (std::size_t i = 0; i < points.size() && i < runs_.size(); ++i) {
        if (runs_[i].mapOnly || !finished(points[i])) continue;
        const auto& r = std::get<core::BatchSizeResult>(*points[i].outcome);
        if (!r.config.network.usesBatchNorm()) continue;
        auto& slot = data[ruleIndex(r.config.lrRule)][r.config.batchSize];
        slot.first << 100.0 * r.finalTestAccuracy;
        slot.second << 100.0 * r.testAccuracyBnTrainMode;
        sizes.insert(r.config.batchSize);
    }
    bnModeChart_->setTitle(tr("BN: test accuracy in eval vs train mode"));
    bnHint_->setText(
        tr("No runs with batch norm yet: check \"With batch norm\" and press Run "
           "sweep. Eval mode normalises with running averages of the batch "
           "statistics; train mode with the mean and variance of each test batch of "
           "B examples, which are noisy when B is small."));
    bnHint_->setVisible(data.empty());
    bnModeChart_->setAxisTitles(tr("Batch size B (log₂ scale)"), tr("Test accuracy (%)"));
    double lo = 100, hi = 0;
    for (int rule = 0; rule < 3; ++rule) {
        QList<QPointF> eval, train;
        for (const auto& [b, pair] : data[rule]) {
            const double x = std::log2(static_cast<double>(b));
            const Spread e = spreadOf(pair.first), t = spreadOf(pair.second);
            if (std::isfinite(e.mean)) eval << QPointF(x, e.mean);
            if (std::isfinite(t.mean)) train << QPointF(x, t.mean);
            for (double v : {e.mean, t.mean})
                if (std::isfinite(v)) {
                    lo = std::min(lo, v);
                    hi = std::max(hi, v);
                }
        }
        bnModeChart_->setPoints(2 * rule, eval);
        bnModeChart_->setPoints(2 * rule + 1, train);
        bnModeChart_->setPoints(6 + 2 * rule, eval);
        bnModeChart_->setPoints(6 + 2 * rule + 1, train);
        bnModeChart_->setSeriesName(
            2 * rule, eval.isEmpty()
                          ? QString()
                          : tr("%1: eval mode (running mean/var)").arg(ruleName(kRules[rule])));
        bnModeChart_->setSeriesName(
            2 * rule + 1, train.isEmpty()
                              ? QString()
                              : tr("%1: train mode (batch mean/var)").arg(ruleName(kRules[rule])));
    }
    for (int size : checkedBatchSizes()) sizes.insert(size);
    if (sizes.empty()) sizes = {2, 1024};
    const QList<int> sizeList(sizes.begin(), sizes.end());
    bnModeChart_->setXTicks(log2Ticks(sizeList));
    bnModeChart_->setXRange(std::log2(sizeList.first()) - 0.5, std::log2(sizeList.last()) + 0.5);
    if (lo > hi) {
        lo = 0;
        hi = 100;
    }
    bnModeChart_->setYRange(std::max(0.0, lo - 5), std::min(100.0, hi + 5));
    bnModeChart_->applyNiceNumbers(Qt::Vertical);
}

QList<ChartView*> BatchSizePage::charts() const {
    return {accuracyChart_, curvesChart_, gapChart_, heatmapChart_, bnModeChart_,
            sameLoss_->chart()};
}

QString BatchSizePage::metricsCsv() const {
    if (!runner_) return {};
    QStringList lines;
    lines << QStringLiteral(
        "batch_size,lr_rule,lr,bn,seed,epochs,updates,final_train_accuracy,final_test_accuracy,"
        "final_test_loss,wall_seconds,test_accuracy_bn_train_mode,diverged,lr_map");
    const std::vector<session::SweepPointStatus> points = runner_->points();
    for (std::size_t i = 0; i < points.size() && i < runs_.size(); ++i) {
        if (!finished(points[i])) continue;
        const auto& r = std::get<core::BatchSizeResult>(*points[i].outcome);
        const auto num = [](double v) { return QString::number(v, 'g', 8); };
        lines << QStringList{QString::number(r.config.batchSize),
                             QString::fromStdString(core::toString(r.config.lrRule)),
                             num(r.learningRate),
                             r.config.network.usesBatchNorm() ? QStringLiteral("true")
                                                              : QStringLiteral("false"),
                             QString::number(r.config.seed),
                             num(r.epochs),
                             QString::number(r.updates),
                             num(r.finalTrainAccuracy),
                             num(r.finalTestAccuracy),
                             num(r.finalTestLoss),
                             num(r.wallSeconds),
                             num(r.testAccuracyBnTrainMode),
                             r.diverged ? QStringLiteral("true") : QStringLiteral("false"),
                             runs_[i].mapOnly ? QStringLiteral("true") : QStringLiteral("false")}
                     .join(QLatin1Char(','));
    }
    if (lines.size() == 1) return {};
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

}  // namespace normlab::app
