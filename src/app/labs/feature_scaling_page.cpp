#include "app/labs/feature_scaling_page.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSlider>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextStream>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "app/chart_view.h"
#include "app/charts/contour_chart_view.h"
#include "app/charts/log_chart_view.h"
#include "app/charts/nice_chart_view.h"
#include "app/lessons/lesson_text.h"
#include "app/widgets/mapped_slider.h"
#include "app/widgets/rich_text_box.h"
#include "core/data/csv_loader.h"
#include "session/feature_scaling_config.h"

namespace normlab::app {

namespace {

// One colour per scaling, the same in every view.
const std::array<QColor, 3> kRunColors{QColor(0xc0, 0x39, 0x2b), QColor(0x8e, 0x44, 0xad),
                                       QColor(0x1e, 0x84, 0x49)};
const QColor kSteepColor(0x33, 0x33, 0x33);
const QColor kFlatColor(0x55, 0x55, 0x55);
const QColor kMinimumColor(0x11, 0x11, 0x11);
const QColor kStartColor(0xff, 0xff, 0xff);

constexpr int kSteepSeries = 0;
constexpr int kFlatSeries = 1;
constexpr int kMinimumSeries = 2;
constexpr int kStartSeries = 3;
constexpr int kCurrentSeries = 5;

const QList<double> kBatchSizes{0, 1, 2, 4, 8, 16, 32, 64, 128, 256};

// Three significant digits, without an exponent where a reader does not need one.
QString number(double v) {
    const double a = std::abs(v);
    if (!std::isfinite(v)) return QString::number(v);
    if (a == 0.0 || (a >= 1e-3 && a < 1e5)) {
        const int decimals = a == 0.0 ? 0 : std::clamp(2 - int(std::floor(std::log10(a))), 0, 5);
        return QString::number(v, 'f', decimals);
    }
    return QString::number(v, 'e', 2);
}

// The smallest of 1, 2, 4, 6, 8 times a power of ten at least `v`: an axis
// end that splits into four round intervals.
double roundUp(double v) {
    const double decade = std::pow(10.0, std::floor(std::log10(std::max(v, 1.0))));
    for (const double m : {1.0, 2.0, 4.0, 6.0, 8.0, 10.0})
        if (m * decade >= v) return m * decade;
    return 10.0 * decade;
}

template <typename F>
void withComparison(core::Experiment& e, F&& apply) {
    if (auto* c = dynamic_cast<core::ScalingComparison*>(&e)) apply(*c);
}

// Two ends of a line through `centre` along `direction`, long enough to leave any window.
QList<QPointF> lineThrough(const Eigen::Vector2d& centre, const Eigen::Vector2d& direction,
                           double length) {
    const Eigen::Vector2d a = centre - length * direction;
    const Eigen::Vector2d b = centre + length * direction;
    return {QPointF(a[0], a[1]), QPointF(b[0], b[1])};
}

}  // namespace

FeatureScalingPage::FeatureScalingPage(QWidget* parent) : LabPage(parent) {
    buildControls();
    buildViews();
    connectControls();
    // The one source of the lab's defaults, the same the bundled preset and
    // normlab-cli use.
    applyExperimentConfig(session::ExperimentConfig::defaults("feature-scaling"));
    retranslate();
    updateSourceVisibility();
    updateModeVisibility();
    updateSideWidth();
}

FeatureScalingPage::~FeatureScalingPage() = default;

void FeatureScalingPage::changeEvent(QEvent* event) {
    LabPage::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        // Measure once every child has the new font too.
        QTimer::singleShot(0, this, [this] {
            updateSideWidth();
            fitTextHeights();
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
    // The room the page is shown in, or one of the text boxes. A filter sees
    // a box's font change before the box has taken it, so that one is
    // measured afterwards.
    if (event->type() == QEvent::Resize && watched == watchedParent_)
        updateCompactness();
    else if (event->type() == QEvent::Resize)
        fitTextHeights();
    else if (event->type() == QEvent::FontChange)
        QTimer::singleShot(0, this, [this] { fitTextHeights(); });
    return LabPage::eventFilter(watched, event);
}

void FeatureScalingPage::resizeEvent(QResizeEvent* event) {
    LabPage::resizeEvent(event);
    updateCompactness();
}

void FeatureScalingPage::updateSideWidth() {
    // Wide enough for every control, so no value or picker is cut, within
    // limits that leave the plots their room.
    const QFontMetrics metrics(font());
    const int em = metrics.averageCharWidth();
    const int needed = controls_->minimumSizeHint().width() +
                       controlsScroll_->verticalScrollBar()->sizeHint().width() + 4;
    side_->setMinimumWidth(std::clamp(needed, 40 * em, 60 * em));
    side_->setMaximumWidth(std::max(60 * em, side_->minimumWidth()));
}

void FeatureScalingPage::fitTextHeights() {
    // Text boxes in a layout do not ask for the height their text needs at
    // their width; give it to them. The readouts share one height so the
    // three columns stay aligned.
    const auto fit = [](RichTextBox* box, int height) {
        if (height > 0 && box->maximumHeight() != height) box->setFixedHeight(height);
    };
    fit(surfaceCaption_, surfaceCaption_->textHeight());
    fit(legendKey_, legendKey_->textHeight());
    int readoutHeight = -1;
    for (const RichTextBox* readout : readouts_)
        readoutHeight = std::max(readoutHeight, readout->textHeight());
    for (RichTextBox* readout : readouts_) fit(readout, readoutHeight);
}

void FeatureScalingPage::updateCompactness() {
    // Both rows of views need about this many lines of the current font.
    constexpr int kWideLines = 40;
    const QWidget* room = watchedParent_ ? watchedParent_ : this;
    const int lines = room->height() / std::max(1, QFontMetrics(font()).lineSpacing());
    // Two lines of margin, so a window at the edge does not flip back and forth.
    if (!compact_ && lines < kWideLines)
        setCompact(true);
    else if (compact_ && lines > kWideLines + 2)
        setCompact(false);
}

void FeatureScalingPage::setCompact(bool compact) {
    if (compact == compact_) return;
    compact_ = compact;
    if (compact) {
        viewTabs_->addTab(surfacesPane_, paneTitle(0));
        viewTabs_->addTab(curvesPane_, paneTitle(1));
        viewsStack_->setCurrentWidget(viewTabs_);
    } else {
        viewTabs_->clear();  // removes the tabs, keeps the panes
        auto* wide = static_cast<QVBoxLayout*>(wideViews_->layout());
        wide->addWidget(surfacesPane_, 3);
        wide->addWidget(curvesPane_, 2);
        surfacesPane_->show();
        curvesPane_->show();
        viewsStack_->setCurrentWidget(wideViews_);
    }
    arrangeCurves();
}

void FeatureScalingPage::arrangeCurves() {
    for (QWidget* chart : {static_cast<QWidget*>(lossChart_), static_cast<QWidget*>(rawScatter_),
                           static_cast<QWidget*>(scaledScatter_)})
        curvesGrid_->removeWidget(chart);
    for (int i = 0; i < 3; ++i) {
        curvesGrid_->setColumnStretch(i, 0);
        curvesGrid_->setRowStretch(i, 0);
    }
    if (compact_) {
        // A tab of its own: the loss curves tall on the left, the two
        // scatters stacked on the right so their axes keep room for labels.
        curvesGrid_->addWidget(lossChart_, 0, 0, 2, 1);
        curvesGrid_->addWidget(rawScatter_, 0, 1);
        curvesGrid_->addWidget(scaledScatter_, 1, 1);
        curvesGrid_->setColumnStretch(0, 1);
        curvesGrid_->setColumnStretch(1, 1);
        curvesGrid_->setRowStretch(0, 1);
        curvesGrid_->setRowStretch(1, 1);
    } else {
        curvesGrid_->addWidget(lossChart_, 0, 0);
        curvesGrid_->addWidget(rawScatter_, 0, 1);
        curvesGrid_->addWidget(scaledScatter_, 0, 2);
        curvesGrid_->setColumnStretch(0, 3);
        curvesGrid_->setColumnStretch(1, 2);
        curvesGrid_->setColumnStretch(2, 2);
    }
}

QString FeatureScalingPage::paneTitle(int pane) const {
    return pane == 0 ? tr("Loss surfaces") : tr("Loss curves and features");
}

void FeatureScalingPage::buildControls() {
    const auto addRow = [this](QFormLayout* form, QWidget* field) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        label->setWordWrap(true);
        formLabels_ << label;
        form->addRow(label, field);
    };

    dataGroup_ = new QGroupBox(this);
    auto* dataLayout = new QVBoxLayout(dataGroup_);
    auto* sourceForm = new QFormLayout;
    source_ = new QComboBox(this);
    source_->setObjectName(QStringLiteral("dataSource"));
    source_->addItems({QString(), QString()});
    addRow(sourceForm, source_);
    dataLayout->addLayout(sourceForm);

    syntheticBox_ = new QWidget(this);
    auto* synthetic = new QFormLayout(syntheticBox_);
    synthetic->setContentsMargins(0, 0, 0, 0);
    using Scale = MappedSlider::Scale;
    feature1Scale_ =
        new MappedSlider(QStringLiteral("feature1Scale"), 0.1, 1000, 200, Scale::Logarithmic, this);
    feature1Mean_ =
        new MappedSlider(QStringLiteral("feature1Mean"), -500, 500, 1000, Scale::Linear, this);
    feature2Scale_ =
        new MappedSlider(QStringLiteral("feature2Scale"), 0.1, 1000, 200, Scale::Logarithmic, this);
    feature2Mean_ =
        new MappedSlider(QStringLiteral("feature2Mean"), -500, 500, 1000, Scale::Linear, this);
    correlation_ =
        new MappedSlider(QStringLiteral("correlation"), -0.95, 0.95, 38, Scale::Linear, this);
    noise_ = new MappedSlider(QStringLiteral("noise"), 0, 100, 100, Scale::Linear, this);
    samples_ = new MappedSlider(QStringLiteral("samples"), 10, 5000, 100, Scale::Logarithmic, this);
    samples_->setFormatter([](double v) { return QString::number(std::lround(v)); });
    for (MappedSlider* s : {feature1Scale_, feature1Mean_, feature2Scale_, feature2Mean_,
                            correlation_, noise_, samples_})
        addRow(synthetic, s);
    dataLayout->addWidget(syntheticBox_);

    csvBox_ = new QWidget(this);
    auto* csv = new QFormLayout(csvBox_);
    csv->setContentsMargins(0, 0, 0, 0);
    openCsv_ = new QPushButton(this);
    openCsv_->setObjectName(QStringLiteral("openCsv"));
    csvFile_ = new QLabel(this);
    csvFile_->setWordWrap(true);
    csv->addRow(openCsv_);
    csv->addRow(csvFile_);
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        columns_[i] = new QComboBox(this);
        addRow(csv, columns_[i]);
    }
    dataLayout->addWidget(csvBox_);
    dataMessage_ = new QLabel(this);
    dataMessage_->setWordWrap(true);
    QPalette warning = dataMessage_->palette();
    warning.setColor(QPalette::WindowText, QColor(0x9b, 0x1c, 0x1c));
    dataMessage_->setPalette(warning);
    dataMessage_->hide();
    dataLayout->addWidget(dataMessage_);
    intercept_ = new QCheckBox(this);
    intercept_->setObjectName(QStringLiteral("intercept"));
    dataLayout->addWidget(intercept_);

    optimizerGroup_ = new QGroupBox(this);
    auto* opt = new QFormLayout(optimizerGroup_);
    optimizer_ = new QComboBox(this);
    optimizer_->setObjectName(QStringLiteral("optimizer"));
    optimizer_->addItems({QString(), QString(), QString()});
    addRow(opt, optimizer_);
    sameRate_ = new QRadioButton(this);
    sameRate_->setObjectName(QStringLiteral("sameRate"));
    fractionRate_ = new QRadioButton(this);
    fractionRate_->setObjectName(QStringLiteral("fractionRate"));
    fractionRate_->setChecked(true);
    auto* modes = new QButtonGroup(this);
    modes->addButton(sameRate_);
    modes->addButton(fractionRate_);
    opt->addRow(sameRate_);
    opt->addRow(fractionRate_);
    learningRate_ =
        new MappedSlider(QStringLiteral("learningRate"), 1e-6, 10, 280, Scale::Logarithmic, this);
    fraction_ =
        new MappedSlider(QStringLiteral("lrFraction"), 0.01, 2.5, 240, Scale::Logarithmic, this);
    addRow(opt, learningRate_);
    addRow(opt, fraction_);
    batchSize_ = new MappedSlider(QStringLiteral("batchSize"), kBatchSizes, this);
    addRow(opt, batchSize_);
    auto* startRow = new QWidget(this);
    auto* startLayout = new QHBoxLayout(startRow);
    startLayout->setContentsMargins(0, 0, 0, 0);
    for (std::size_t i = 0; i < start_.size(); ++i) {
        start_[i] = new QDoubleSpinBox(this);
        start_[i]->setObjectName(i == 0 ? QStringLiteral("startW1") : QStringLiteral("startW2"));
        start_[i]->setRange(-1e6, 1e6);
        start_[i]->setDecimals(3);
        start_[i]->setKeyboardTracking(false);
        startLayout->addWidget(start_[i]);
    }
    addRow(opt, startRow);
    startHint_ = new QLabel(this);
    startHint_->setWordWrap(true);
    opt->addRow(startHint_);
}

void FeatureScalingPage::buildViews() {
    controls_ = new QWidget(this);
    auto* controlsLayout = new QVBoxLayout(controls_);
    controlsLayout->setContentsMargins(0, 0, 0, 0);
    controlsLayout->addWidget(dataGroup_);
    controlsLayout->addWidget(optimizerGroup_);
    controlsLayout->addStretch(1);
    controlsScroll_ = new QScrollArea(this);
    controlsScroll_->setWidget(controls_);
    controlsScroll_->setWidgetResizable(true);
    controlsScroll_->setFrameShape(QFrame::NoFrame);
    controlsScroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    lesson_ = new QTextBrowser(this);
    lesson_->setObjectName(QStringLiteral("lesson"));
    lesson_->setOpenExternalLinks(false);
    // Controls and lesson on two tabs: the lesson gets the whole height of
    // the side at every window size, not a corner under the controls.
    sideTabs_ = new QTabWidget(this);
    sideTabs_->setObjectName(QStringLiteral("sideTabs"));
    sideTabs_->addTab(controlsScroll_, QString());
    sideTabs_->addTab(lesson_, QString());
    side_ = sideTabs_;
    QWidget* side = side_;

    surfaceCaption_ = new RichTextBox(this);
    legendKey_ = new RichTextBox(this);

    auto* plotsRow = new QGridLayout;
    plotsRow->setHorizontalSpacing(6);
    plotsRow->setVerticalSpacing(2);
    for (std::size_t i = 0; i < plots_.size(); ++i) {
        auto* plot = new ContourChartView(this);
        plot->setObjectName(QStringLiteral("contour%1").arg(i));
        const int steep = plot->addStyledLineSeries(kSteepColor, 1.6, Qt::DashLine);
        const int flat = plot->addStyledLineSeries(kFlatColor, 1.6, Qt::DotLine);
        const int minimum = plot->addScatterSeries(QString(), kMinimumColor, 11);
        const int start = plot->addScatterSeries(QString(), kStartColor, 11);
        const int path = plot->addLineSeries(QString(), kRunColors[i], 2.2);
        const int current = plot->addScatterSeries(QString(), kRunColors[i], 10);
        Q_ASSERT(steep == kSteepSeries && flat == kFlatSeries && minimum == kMinimumSeries &&
                 start == kStartSeries && path == kPathSeries && current == kCurrentSeries);
        (void)steep, (void)flat, (void)minimum, (void)start, (void)path, (void)current;
        plot->setMinimumSize(180, 180);
        plots_[i] = plot;
        // New numbers every frame: a box that neither resizes the plots'
        // columns nor re-lays out the page when its text changes.
        readouts_[i] = new RichTextBox(this);
        readouts_[i]->setAutoFillBackground(true);
        plotsRow->addWidget(plot, 0, static_cast<int>(i));
        plotsRow->addWidget(readouts_[i], 1, static_cast<int>(i));
        plotsRow->setColumnStretch(static_cast<int>(i), 1);
        connect(plot, &ContourChartView::pointClicked, this, &FeatureScalingPage::setStart);
    }
    plotsRow->setRowStretch(0, 1);

    lossChart_ = new LogChartView(this);
    lossChart_->setObjectName(QStringLiteral("lossChart"));
    for (std::size_t i = 0; i < lossSeries_.size(); ++i)
        lossSeries_[i] = lossChart_->addLineSeries(QString(), kRunColors[i], 2.0);
    rawScatter_ = new NiceChartView(this);
    rawScatter_->setObjectName(QStringLiteral("rawScatter"));
    rawSeries_ = rawScatter_->addScatterSeries(QString(), QColor(0x44, 0x44, 0x44), 5);
    scaledScatter_ = new NiceChartView(this);
    scaledScatter_->setObjectName(QStringLiteral("scaledScatter"));
    // Z-score underneath: the min-max square stays visible inside its cloud.
    scaledSeries_[1] = scaledScatter_->addScatterSeries(QString(), kRunColors[2], 5);
    scaledSeries_[0] = scaledScatter_->addScatterSeries(QString(), kRunColors[1], 5);
    for (NiceChartView* c : {static_cast<NiceChartView*>(lossChart_), rawScatter_, scaledScatter_})
        c->setMinimumSize(200, 170);
    curvesGrid_ = new QGridLayout;
    arrangeCurves();

    surfacesPane_ = new QWidget(this);
    auto* surfaces = new QVBoxLayout(surfacesPane_);
    surfaces->setContentsMargins(0, 0, 0, 0);
    surfaces->addWidget(surfaceCaption_);
    auto* keyRow = new QHBoxLayout;
    keyRow->setContentsMargins(0, 0, 0, 0);
    keyRow->addWidget(legendKey_, 1);
    stretchPlots_ = new QCheckBox(this);
    stretchPlots_->setObjectName(QStringLiteral("stretchPlots"));
    keyRow->addWidget(stretchPlots_, 0, Qt::AlignTop);
    surfaces->addLayout(keyRow);
    surfaces->addLayout(plotsRow, 1);
    curvesPane_ = new QWidget(this);
    curvesPane_->setLayout(curvesGrid_);
    curvesGrid_->setContentsMargins(0, 0, 0, 0);
    for (RichTextBox* box : {surfaceCaption_, legendKey_}) box->installEventFilter(this);
    for (RichTextBox* readout : readouts_) readout->installEventFilter(this);

    wideViews_ = new QWidget(this);
    auto* wide = new QVBoxLayout(wideViews_);
    wide->setContentsMargins(0, 0, 0, 0);
    wide->addWidget(surfacesPane_, 3);
    wide->addWidget(curvesPane_, 2);
    viewTabs_ = new QTabWidget(this);
    viewTabs_->setObjectName(QStringLiteral("viewTabs"));
    viewsStack_ = new QStackedWidget(this);
    viewsStack_->addWidget(wideViews_);
    viewsStack_->addWidget(viewTabs_);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(side, 0);
    layout->addWidget(viewsStack_, 1);
}

void FeatureScalingPage::connectControls() {
    connect(source_, &QComboBox::currentIndexChanged, this, [this] {
        updateSourceVisibility();
        if (source_->currentIndex() == 1 && csvPath_.isEmpty()) {
            dataMessage_->setText(
                tr("Open a CSV file to use your own data; the synthetic set "
                   "stays in use until then."));
            dataMessage_->show();
            return;
        }
        requestDataReset(tr("The data source changed"));
    });
    for (MappedSlider* s : {feature1Scale_, feature1Mean_, feature2Scale_, feature2Mean_,
                            correlation_, noise_, samples_})
        connect(s, &MappedSlider::valueChanged, this,
                [this] { requestDataReset(tr("The synthetic data changed")); });
    connect(openCsv_, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open data set"), {}, datasetFileFilter());
        if (path.isEmpty()) return;
        QString error;
        if (!openDataset(path, &error)) {
            dataMessage_->setText(error);
            dataMessage_->show();
        }
    });
    for (QComboBox* box : columns_) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            QString error;
            if (checkCsvColumns(&error)) requestDataReset(tr("The data columns changed"));
        });
    }
    connect(intercept_, &QCheckBox::toggled, this,
            [this] { requestDataReset(tr("The intercept was switched")); });

    connect(optimizer_, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto kind = static_cast<core::DescentKind>(index);
        Q_EMIT commandRequested([kind](core::Experiment& e) {
            withComparison(e, [kind](core::ScalingComparison& c) { c.setOptimizer(kind); });
        });
    });
    connect(fractionRate_, &QRadioButton::toggled, this, [this] {
        updateModeVisibility();
        const auto mode = fractionRate_->isChecked() ? core::LearningRateMode::FractionOfMaxStable
                                                     : core::LearningRateMode::SameForAll;
        const double rate =
            fractionRate_->isChecked() ? fraction_->value() : learningRate_->value();
        Q_EMIT commandRequested([mode, rate](core::Experiment& e) {
            withComparison(e, [&](core::ScalingComparison& c) {
                // Rate first: the new mode must never run with the other mode's number.
                c.setLearningRateMode(mode);
                c.setLearningRate(rate);
            });
        });
    });
    connect(learningRate_, &MappedSlider::valueChanged, this, [this] {
        if (sameRate_->isChecked()) emitLearningRate();
    });
    connect(fraction_, &MappedSlider::valueChanged, this, [this] {
        if (fractionRate_->isChecked()) emitLearningRate();
    });
    connect(batchSize_, &MappedSlider::valueChanged, this, [this](double size) {
        const int batch = static_cast<int>(size);
        Q_EMIT commandRequested([batch](core::Experiment& e) {
            withComparison(e, [batch](core::ScalingComparison& c) { c.setBatchSize(batch); });
        });
    });
    for (QDoubleSpinBox* box : start_)
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] { emitStart(); });
    connect(stretchPlots_, &QCheckBox::toggled, this, [this] {
        shownSurfaces_ = {};  // the other sampling of each surface
        if (last_) render(last_);
    });
}

void FeatureScalingPage::emitLearningRate() {
    const double rate = fractionRate_->isChecked() ? fraction_->value() : learningRate_->value();
    Q_EMIT commandRequested([rate](core::Experiment& e) {
        withComparison(e, [rate](core::ScalingComparison& c) { c.setLearningRate(rate); });
    });
}

void FeatureScalingPage::emitStart() {
    const Eigen::Vector2d start(start_[0]->value(), start_[1]->value());
    Q_EMIT commandRequested([start](core::Experiment& e) {
        withComparison(e, [&start](core::ScalingComparison& c) { c.setStart(start); });
    });
}

void FeatureScalingPage::setStart(const QPointF& start) {
    {
        const QSignalBlocker block0(start_[0]);
        const QSignalBlocker block1(start_[1]);
        start_[0]->setValue(start.x());
        start_[1]->setValue(start.y());
    }
    emitStart();
}

void FeatureScalingPage::requestDataReset(const QString& reason) {
    dataMessage_->hide();
    Q_EMIT resetRequested(reason);
}

void FeatureScalingPage::updateSourceVisibility() {
    const bool csv = source_->currentIndex() == 1;
    syntheticBox_->setVisible(!csv);
    csvBox_->setVisible(csv);
}

void FeatureScalingPage::updateModeVisibility() {
    const bool fraction = fractionRate_->isChecked();
    // The rate slider and its label share a form row; hide the row's pair together.
    for (QLabel* label : formLabels_) {
        if (label->buddy() == learningRate_) label->setVisible(!fraction);
        if (label->buddy() == fraction_) label->setVisible(fraction);
    }
    learningRate_->setVisible(!fraction);
    fraction_->setVisible(fraction);
}

QString FeatureScalingPage::datasetFileFilter() const {
    return tr("CSV files (*.csv *.txt);;All files (*)");
}

bool FeatureScalingPage::openDataset(const QString& path, QString* error) {
    const auto fail = [this, error](const QString& message) {
        dataMessage_->setText(message);
        dataMessage_->show();
        if (error) *error = message;
        return false;
    };
    QStringList numeric;
    try {
        const core::CsvSummary summary = core::inspectCsv(path.toStdString());
        for (const core::CsvColumnInfo& c : summary.columns)
            if (c.numeric) numeric << QString::fromStdString(c.name);
    } catch (const std::exception& e) {
        return fail(QString::fromUtf8(e.what()));
    }
    if (numeric.size() < 3) {
        return fail(tr("%1 has %2 numeric columns (%3); the lab needs three: two features and "
                       "the target.")
                        .arg(QFileInfo(path).fileName())
                        .arg(numeric.size())
                        .arg(numeric.isEmpty() ? tr("none") : numeric.join(QStringLiteral(", "))));
    }
    // The first two numeric columns as features, the last as the target; the
    // lab changes only once they load.
    try {
        core::ScalingComparisonConfig probe;
        session::loadCsvRegression(path, {numeric[0], numeric[1], numeric.last()}, probe);
    } catch (const std::exception& e) {
        return fail(QString::fromUtf8(e.what()));
    }
    csvPath_ = path;
    fillColumnPickers(numeric);
    csvFile_->setText(
        tr("File: %1 (%2 numeric columns)").arg(QFileInfo(path).fileName()).arg(numeric.size()));
    {
        const QSignalBlocker block(source_);
        source_->setCurrentIndex(1);
    }
    updateSourceVisibility();
    requestDataReset(tr("A new data set was opened"));
    return true;
}

void FeatureScalingPage::fillColumnPickers(const QStringList& numericColumns) {
    // First two numeric columns as features, the last as the target.
    const std::array<int, 3> picks{0, 1, static_cast<int>(numericColumns.size()) - 1};
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        const QSignalBlocker block(columns_[i]);
        columns_[i]->clear();
        columns_[i]->addItems(numericColumns);
        columns_[i]->setCurrentIndex(picks[i]);
    }
}

bool FeatureScalingPage::checkCsvColumns(QString* error) {
    QString message;
    if (csvPath_.isEmpty()) {
        message = tr("No CSV file is open.");
    } else {
        try {
            core::ScalingComparisonConfig probe;
            session::loadCsvRegression(csvPath_,
                                       {columns_[0]->currentText(), columns_[1]->currentText(),
                                        columns_[2]->currentText()},
                                       probe);
            if (columns_[2]->currentText() == columns_[0]->currentText() ||
                columns_[2]->currentText() == columns_[1]->currentText())
                message = tr("The target \"%1\" is also a feature; pick a different column.")
                              .arg(columns_[2]->currentText());
        } catch (const std::exception& e) {
            message = QString::fromUtf8(e.what());
        }
    }
    if (message.isEmpty()) {
        dataMessage_->hide();
        return true;
    }
    dataMessage_->setText(message);
    dataMessage_->show();
    if (error) *error = message;
    return false;
}

std::optional<session::ExperimentConfig> FeatureScalingPage::experimentConfig() const {
    session::ExperimentConfig c = session::ExperimentConfig::defaults("feature-scaling");
    c.name = QStringLiteral("feature-scaling");
    const bool csv = source_->currentIndex() == 1 && !csvPath_.isEmpty();
    c.setValue("dataset", csv ? QStringLiteral("csv") : QStringLiteral("synthetic"));
    if (csv) {
        c.setValue("data_path", csvPath_);
        c.setValue("csv_feature1", columns_[0]->currentText());
        c.setValue("csv_feature2", columns_[1]->currentText());
        c.setValue("csv_target", columns_[2]->currentText());
    }
    c.setValue("n_samples", static_cast<int>(std::lround(samples_->value())));
    c.setValue("feature1_scale", feature1Scale_->value());
    c.setValue("feature1_mean", feature1Mean_->value());
    c.setValue("feature2_scale", feature2Scale_->value());
    c.setValue("feature2_mean", feature2Mean_->value());
    c.setValue("correlation", correlation_->value());
    c.setValue("noise", noise_->value());
    c.setValue("intercept", intercept_->isChecked());
    static const QStringList optimizers{"gd", "momentum", "adam"};
    c.setValue("optimizer", optimizers.value(optimizer_->currentIndex()));
    c.setValue("lr_mode",
               fractionRate_->isChecked() ? QStringLiteral("fraction") : QStringLiteral("same"));
    c.setValue("lr", learningRate_->value());
    c.setValue("fraction", fraction_->value());
    c.setValue("batch_size", static_cast<int>(batchSize_->value()));
    c.setValue("start_w1", start_[0]->value());
    c.setValue("start_w2", start_[1]->value());
    return c;
}

void FeatureScalingPage::applyExperimentConfig(const session::ExperimentConfig& c) {
    QList<QObject*> widgets{source_, intercept_, optimizer_, sameRate_, fractionRate_};
    for (MappedSlider* s : {feature1Scale_, feature1Mean_, feature2Scale_, feature2Mean_,
                            correlation_, noise_, samples_, learningRate_, fraction_, batchSize_})
        widgets << s;  // not the inner slider: its label must still follow
    for (QComboBox* box : columns_) widgets << box;
    for (QDoubleSpinBox* box : start_) widgets << box;
    std::vector<std::unique_ptr<QSignalBlocker>> blockers;
    for (QObject* w : widgets) blockers.push_back(std::make_unique<QSignalBlocker>(w));

    samples_->setValue(c.getInt("n_samples"));
    feature1Scale_->setValue(c.getDouble("feature1_scale"));
    feature1Mean_->setValue(c.getDouble("feature1_mean"));
    feature2Scale_->setValue(c.getDouble("feature2_scale"));
    feature2Mean_->setValue(c.getDouble("feature2_mean"));
    correlation_->setValue(c.getDouble("correlation"));
    noise_->setValue(c.getDouble("noise"));
    intercept_->setChecked(c.getBool("intercept"));
    static const QStringList optimizers{"gd", "momentum", "adam"};
    optimizer_->setCurrentIndex(std::max(0, int(optimizers.indexOf(c.getString("optimizer")))));
    const bool fraction = c.getString("lr_mode") == QLatin1String("fraction");
    (fraction ? fractionRate_ : sameRate_)->setChecked(true);
    learningRate_->setValue(c.getDouble("lr"));
    fraction_->setValue(c.getDouble("fraction"));
    batchSize_->setValue(c.getInt("batch_size"));
    start_[0]->setValue(c.getDouble("start_w1"));
    start_[1]->setValue(c.getDouble("start_w2"));
    source_->setCurrentIndex(0);
    blockers.clear();

    if (c.getString("dataset") == QLatin1String("csv")) {
        QString error;
        if (openDataset(c.getString("data_path"), &error)) {
            const QStringList wanted{c.getString("csv_feature1"), c.getString("csv_feature2"),
                                     c.getString("csv_target")};
            QStringList missing;
            for (std::size_t i = 0; i < columns_.size(); ++i) {
                const QSignalBlocker block(columns_[i]);
                const int index = columns_[i]->findText(wanted[int(i)]);
                if (index >= 0)
                    columns_[i]->setCurrentIndex(index);
                else
                    missing << wanted[int(i)];
            }
            if (checkCsvColumns(nullptr) && !missing.isEmpty()) {
                dataMessage_->setText(
                    tr("%1 has no numeric column %2; the pickers show the columns used instead.")
                        .arg(QFileInfo(csvPath_).fileName(), missing.join(QStringLiteral(", "))));
                dataMessage_->show();
            }
        } else {
            dataMessage_->setText(error);
            dataMessage_->show();
        }
    }
    updateSourceVisibility();
    updateModeVisibility();
}

void FeatureScalingPage::restoreSettings(QSettings& settings) {
    LabPage::restoreSettings(settings);
    // A CSV source needs its file again; without it the synthetic set is shown.
    if (source_->currentIndex() == 1 && csvPath_.isEmpty()) {
        const QSignalBlocker block(source_);
        source_->setCurrentIndex(0);
    }
    updateSourceVisibility();
    updateModeVisibility();
}

QStringList FeatureScalingPage::experimentKinds() const {
    return {QStringLiteral("feature-scaling")};
}

session::ExperimentFactory FeatureScalingPage::createSession() const {
    const std::optional<session::ExperimentConfig> config = experimentConfig();
    // Read on the worker thread: the GUI and normlab-cli build the same experiment.
    return [config = *config]() -> std::unique_ptr<core::Experiment> {
        return std::make_unique<core::ScalingComparison>(
            session::scalingComparisonConfigFrom(config));
    };
}

MappedSlider* FeatureScalingPage::learningRateSlider() const {
    return fractionRate_->isChecked() ? fraction_ : learningRate_;
}

QList<ChartView*> FeatureScalingPage::charts() const {
    return {plots_[0], plots_[1], plots_[2], lossChart_, rawScatter_, scaledScatter_};
}

QString FeatureScalingPage::shortScalingName(std::size_t index) const {
    switch (index) {
        case 0:
            return tr("none");
        case 1:
            return tr("min-max");
        default:
            return tr("z-score");
    }
}

QString FeatureScalingPage::scalingName(std::size_t index) const {
    switch (index) {
        case 0:
            return tr("No scaling");
        case 1:
            return tr("Min-max scaling");
        default:
            return tr("Z-score scaling");
    }
}

void FeatureScalingPage::render(const session::SnapshotPtr& snapshot) {
    auto s = std::dynamic_pointer_cast<const core::ScalingComparisonSnapshot>(snapshot);
    if (!s) return;
    surfaceCaption_->setHtml(
        (s->intercept
             ? tr("Each plot: the mean squared error over (w1, w2), with the intercept b at its "
                  "best value for every point, b = mean(y) − w1·mean(x1) − w2·mean(x2). The "
                  "paths descend this same surface.")
             : tr("Each plot: the mean squared error over (w1, w2) of the model y = w1·x1 + "
                  "w2·x2 (no intercept). The paths descend this same surface."))
            .toHtmlEscaped());
    for (std::size_t i = 0; i < s->runs.size(); ++i) renderPlot(i, *s);

    double lastStep = 1.0;
    for (std::size_t i = 0; i < s->runs.size(); ++i) {
        const core::ScalingRunState& run = s->runs[i];
        const double minLoss = run.model->quadratic.minLoss;
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(run.path.size()));
        for (std::size_t k = 0; k < run.path.size(); ++k) {
            const core::PathPoint& p = run.path[k];
            // Above the minimum, so linear convergence is a straight line on the log axis.
            points.append(QPointF(static_cast<double>(p.step), p.loss - minLoss));
        }
        if (!run.path.empty()) lastStep = std::max(lastStep, double(run.path.back().step));
        lossChart_->setLogPoints(lossSeries_[i], points);
    }
    lossChart_->setNiceRange(Qt::Horizontal, 0.0, roundUp(std::max(10.0, lastStep)));
    lossChart_->fitLogY();
    renderScatter(*s);
    fitTextHeights();  // a divergence message is longer than a step count
    last_ = std::move(s);
}

void FeatureScalingPage::renderPlot(std::size_t i, const core::ScalingComparisonSnapshot& s) {
    const core::ScalingRunState& run = s.runs[i];
    ContourChartView* plot = plots_[i];
    const core::QuadraticSummary& q = run.model->quadratic;
    const core::ScalingSurface& surface = *run.surface;
    const bool equalScale = !stretchPlots_->isChecked();
    if (run.surface.get() != shownSurfaces_[i]) {
        // Equal scale shows more than the frame along one axis: the square sampling covers it.
        if (equalScale)
            plot->setSurface(surface.wideGrid, surface.wideContours);
        else
            plot->setSurface(surface.grid, surface.contours);
        const core::GridWindow& w = surface.wideWindow;
        const double reach = std::hypot(w.w1Max - w.w1Min, w.w2Max - w.w2Min) * 4.0;
        plot->setPoints(kSteepSeries, lineThrough(q.minimizer, q.vMax, reach));
        plot->setPoints(kFlatSeries, lineThrough(q.minimizer, q.vMin, reach));
        plot->setPoints(kMinimumSeries, {QPointF(q.minimizer[0], q.minimizer[1])});
        shownSurfaces_[i] = run.surface.get();
    }
    plot->setPoints(kStartSeries, {QPointF(s.start[0], s.start[1])});
    QList<QPointF> path;
    path.reserve(static_cast<qsizetype>(run.path.size()));
    const core::GridWindow& f = surface.window;
    // The frame holds every stable gradient-descent path; momentum, Adam or
    // mini-batch noise may swing further, and the window grows to keep them.
    double x0 = f.w1Min, x1 = f.w1Max, y0 = f.w2Min, y1 = f.w2Max;
    for (std::size_t k = 0; k < run.path.size(); ++k) {
        const QPointF p(run.path[k].w1, run.path[k].w2);
        path.append(p);
        if (run.diverged || !std::isfinite(p.x()) || !std::isfinite(p.y())) continue;
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    plot->setFraming(QRectF(QPointF(x0, y0), QPointF(x1, y1)), equalScale);
    plot->setPoints(kPathSeries, path);
    plot->setPoints(kCurrentSeries, path.isEmpty() ? QList<QPointF>{} : QList{path.last()});
    plot->setTitle(run.diverged ? tr("%1 — diverged").arg(scalingName(i)) : scalingName(i));
    // Without an intercept, shifting the features changes what the model can
    // fit: say so where the two pictures would otherwise be compared.
    const double rawMin = s.runs[0].model->quadratic.minLoss;
    const bool otherModel =
        !s.intercept && i > 0 &&
        std::abs(q.minLoss - rawMin) > 1e-6 * std::max({std::abs(rawMin), std::abs(q.minLoss), 1e-12});
    plot->setNote(otherModel ? tr("No intercept: a different model from the unscaled one\n"
                                  "(best MSE %1 here, %2 unscaled)")
                                   .arg(number(q.minLoss), number(rawMin))
                             : QString());

    readouts_[i]->setHtml(readoutText(run, s));
    QPalette palette = readouts_[i]->palette();
    palette.setColor(QPalette::Window,
                     run.diverged ? QColor(0xfd, 0xe2, 0xe1) : palette.color(QPalette::Base));
    readouts_[i]->setPalette(palette);
}

QString FeatureScalingPage::readoutText(const core::ScalingRunState& run,
                                        const core::ScalingComparisonSnapshot& s) const {
    const core::QuadraticSummary& q = run.model->quadratic;
    QString text = tr("κ = %1<br>λ<sub>max</sub> = %2, λ<sub>min</sub> = %3<br>"
                      "max stable lr 2/λ<sub>max</sub> = %4<br>lr in use = %5")
                       .arg(number(q.conditionNumber), number(q.lambdaMax), number(q.lambdaMin),
                            number(q.maxStableLearningRate), number(run.learningRate));
    if (s.learningRateMode == core::LearningRateMode::FractionOfMaxStable)
        text += tr(" (%1 × 2/λ<sub>max</sub>)").arg(number(s.learningRateSetting));
    text += QStringLiteral("<br>");
    if (run.diverged) {
        text += tr("<b><font color=\"#9b1c1c\">Diverged at step %1 with lr %2 ≥ 2/λ<sub>max</sub> "
                   "= %3; this run stopped, the others go on.</font></b>")
                    .arg(run.divergedAtStep)
                    .arg(number(run.learningRate), number(q.maxStableLearningRate));
    } else if (run.stepsToConverge >= 0) {
        text += run.stepsToConverge == 1
                    ? tr("<b>Converged in 1 step</b>")
                    : tr("<b>Converged in %1 steps</b>").arg(run.stepsToConverge);
    } else {
        text += tr("<b>Not converged yet</b> (step %1)").arg(s.step);
    }
    // What kappa costs: the count at the best fixed step, beside the measured one.
    const double best = 2.0 / (q.lambdaMax + q.lambdaMin);
    if (std::isfinite(q.theoreticalSteps))
        text += tr("<br>theory ≈ κ·ln(1/tol)/2 = %1 steps at the best lr %2")
                    .arg(number(q.theoreticalSteps), number(best));
    if (s.optimizer == core::DescentKind::Momentum)
        text += tr("<br>best momentum for this κ: β = ((√κ−1)/(√κ+1))² = %1 (in use: %2), "
                   "error × %3 per step")
                    .arg(number(q.optimalMomentum), number(s.momentum),
                         number(q.optimalMomentumRate));
    return text;
}

void FeatureScalingPage::renderScatter(const core::ScalingComparisonSnapshot& s) {
    const core::ScalingModel* model = s.runs[0].model.get();
    if (model == shownModel_) return;
    shownModel_ = model;
    const auto toPoints = [](const core::Matrix<float>& m) {
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(m.rows()));
        for (Eigen::Index r = 0; r < m.rows(); ++r) points.append(QPointF(m(r, 0), m(r, 1)));
        return points;
    };
    // Equal units on both axes: a feature measured in hundreds next to one in
    // single digits shows as a flat strip, which is the whole point.
    const auto equalRanges = [](NiceChartView* chart, const QList<QList<QPointF>>& sets) {
        double x0 = 1e300, x1 = -1e300, y0 = 1e300, y1 = -1e300;
        for (const auto& set : sets)
            for (const QPointF& p : set) {
                x0 = std::min(x0, p.x());
                x1 = std::max(x1, p.x());
                y0 = std::min(y0, p.y());
                y1 = std::max(y1, p.y());
            }
        if (x0 > x1) return;
        // Round ticks, the same step on both axes and the same number of steps.
        const double step = NiceChartView::niceInterval(std::max({x1 - x0, y1 - y0, 1e-9}), 5);
        double xa = std::floor(x0 / step) * step, xb = std::ceil(x1 / step) * step;
        double ya = std::floor(y0 / step) * step, yb = std::ceil(y1 / step) * step;
        const auto steps = [step](double a, double b) { return int(std::lround((b - a) / step)); };
        const int n = std::max({steps(xa, xb), steps(ya, yb), 1});
        const auto widen = [&](double& a, double& b) {
            const int extra = n - steps(a, b);
            a -= step * (extra / 2);
            b += step * (extra - extra / 2);
        };
        widen(xa, xb);
        widen(ya, yb);
        chart->setFixedTicks(Qt::Horizontal, xa, xb, n);
        chart->setFixedTicks(Qt::Vertical, ya, yb, n);
    };
    const QList<QPointF> raw = toPoints(model->rawSample);
    rawScatter_->setPoints(rawSeries_, raw);
    equalRanges(rawScatter_, {raw});
    const QList<QPointF> minmax = toPoints(s.runs[1].model->scaledSample);
    const QList<QPointF> zscore = toPoints(s.runs[2].model->scaledSample);
    scaledScatter_->setPoints(scaledSeries_[0], minmax);
    scaledScatter_->setPoints(scaledSeries_[1], zscore);
    equalRanges(scaledScatter_, {minmax, zscore});
    const QString x1 = QString::fromStdString(s.featureNames[0]);
    const QString x2 = QString::fromStdString(s.featureNames[1]);
    rawScatter_->setAxisTitles(tr("x1 = %1").arg(x1), tr("x2 = %1").arg(x2));
    scaledScatter_->setAxisTitles(tr("scaled x1"), tr("scaled x2"));
}

QString FeatureScalingPage::metricsCsv() const {
    if (!last_) return {};
    QString csv;
    QTextStream out(&csv);
    out.setRealNumberPrecision(10);
    out << "scaling,step,w1,w2,loss,learning_rate,max_stable_lr,kappa,lambda_min,lambda_max,"
           "steps_to_converge,diverged\n";
    for (const core::ScalingRunState& run : last_->runs) {
        const core::QuadraticSummary& q = run.model->quadratic;
        const QString scaling = QString::fromStdString(core::toString(run.scaling));
        for (std::size_t k = 0; k < run.path.size(); ++k) {
            const core::PathPoint& p = run.path[k];
            out << scaling << ',' << p.step << ',' << p.w1 << ',' << p.w2 << ',' << p.loss << ','
                << run.learningRate << ',' << q.maxStableLearningRate << ',' << q.conditionNumber
                << ',' << q.lambdaMin << ',' << q.lambdaMax << ',' << run.stepsToConverge << ','
                << (run.diverged ? 1 : 0) << '\n';
        }
    }
    return csv;
}

void FeatureScalingPage::retranslate() {
    const auto label = [this](QWidget* buddy) -> QLabel* {
        for (QLabel* l : formLabels_)
            if (l->buddy() == buddy) return l;
        return nullptr;
    };
    const auto setRow = [&](QWidget* field, const QString& text, const QString& tip) {
        if (QLabel* l = label(field)) {
            l->setText(text);
            l->setToolTip(tip);
        }
        if (auto* slider = qobject_cast<MappedSlider*>(field))
            slider->setToolTip(tip);
        else
            field->setToolTip(tip);
    };

    dataGroup_->setTitle(tr("Data"));
    source_->setItemText(0, tr("Synthetic houses"));
    source_->setItemText(1, tr("CSV file"));
    setRow(source_, tr("&Source:"),
           tr("Synthetic: house prices from area (x1) and rooms (x2), generated from the sliders "
              "below. CSV file: two columns of your own file as features and one as the target."));
    setRow(feature1Scale_, tr("Area spread σ1:"),
           tr("Standard deviation of feature x1 (area in m²). A large spread makes the loss "
              "steep along w1: λ grows with σ1²."));
    setRow(feature1Mean_, tr("Area mean:"),
           tr("Mean of feature x1. Without an intercept, a mean far from 0 adds mean² to the "
              "curvature: λ grows with σ1² + mean1²."));
    setRow(feature2Scale_, tr("Rooms spread σ2:"),
           tr("Standard deviation of feature x2 (number of rooms). The ratio of the two spreads "
              "sets how narrow the valley is: κ ≈ (σ1/σ2)²."));
    setRow(feature2Mean_, tr("Rooms mean:"), tr("Mean of feature x2."));
    setRow(correlation_, tr("Correlation ρ:"),
           tr("Correlation between x1 and x2. It tilts the valley; even after z-scoring "
              "κ = (1 + |ρ|) / (1 − |ρ|)."));
    setRow(noise_, tr("Noise:"),
           tr("Standard deviation of the noise added to the price; raises the minimum loss, not "
              "the shape of the valley."));
    setRow(samples_, tr("Samples:"), tr("Number of houses generated."));
    openCsv_->setText(tr("Open CSV file…"));
    openCsv_->setToolTip(tr("Load a CSV file with a header row (also File > Open data set)."));
    if (csvPath_.isEmpty()) csvFile_->setText(tr("No file open yet."));
    setRow(columns_[0], tr("Feature x1:"), tr("Column used as the first feature (weight w1)."));
    setRow(columns_[1], tr("Feature x2:"), tr("Column used as the second feature (weight w2)."));
    setRow(columns_[2], tr("Target y:"), tr("Column the model predicts."));
    intercept_->setText(tr("Fit an intercept b"));
    intercept_->setToolTip(
        tr("Model y = w1·x1 + w2·x2 + b. The plots stay two-dimensional: b is set to its best "
           "value at every (w1, w2), which is the same as centring the data."));

    optimizerGroup_->setTitle(tr("Optimiser"));
    optimizer_->setItemText(0, tr("Gradient descent"));
    optimizer_->setItemText(1, tr("Momentum (0.9)"));
    optimizer_->setItemText(2, tr("Adam"));
    setRow(optimizer_, tr("&Update rule:"),
           tr("Gradient descent: w ← w − lr·∇L\nMomentum: v ← 0.9·v − lr·∇L, w ← w + v\n"
              "Adam: per-weight steps from running averages of ∇L and ∇L²"));
    sameRate_->setText(tr("Same learning rate for all"));
    sameRate_->setToolTip(
        tr("Every plot uses the same lr: the unfair comparison — the raw "
           "features need a tiny lr or they diverge."));
    fractionRate_->setText(tr("Same fraction of each plot's 2/λmax"));
    fractionRate_->setToolTip(
        tr("Each plot uses lr = fraction × 2/λmax of its own surface: the fair comparison. "
           "Above 1 gradient descent diverges."));
    setRow(learningRate_, tr("&Learning rate:"),
           tr("Step size lr in w ← w − lr·∇L, on a log scale. Gradient descent is stable only "
              "for lr < 2/λmax of each plot."));
    setRow(fraction_, tr("&Fraction:"),
           tr("lr = fraction × 2/λmax for each plot, on a log scale. Gradient descent converges "
              "below 1 and diverges above."));
    setRow(batchSize_, tr("&Mini-batch:"),
           tr("Examples per gradient estimate; 0 = full batch (the exact gradient). Small "
              "batches make the path noisy: the same batch-size idea the batch-size lab "
              "explores."));
    batchSize_->setFormatter(
        [](double v) { return v == 0 ? tr("full") : QString::number(static_cast<int>(v)); });
    setRow(start_[0]->parentWidget(), tr("&Start (w1, w2):"),
           tr("Where all three runs start, in each plot's own weights."));
    start_[0]->setToolTip(tr("Starting w1 for all three runs"));
    start_[1]->setToolTip(tr("Starting w2 for all three runs"));
    startHint_->setText(tr("Click any plot to start all three runs there."));

    legendKey_->setHtml(
        tr("<span style=\"color:#333\">- - -</span> steepest direction (λmax) &nbsp; "
           "<span style=\"color:#555\">· · ·</span> flattest direction (λmin) &nbsp; "
           "● minimum &nbsp; ○ start &nbsp; — path (click a plot to move the start)"));
    stretchPlots_->setText(tr("Stretch plots to fill"));
    stretchPlots_->setToolTip(
        tr("Off: one unit of w1 is as long on screen as one unit of w2, so a narrow valley "
           "looks narrow and perpendicular directions look perpendicular. On: each plot fills "
           "its box for a close-up, and says that it is stretched."));
    sideTabs_->setTabText(0, tr("Controls"));
    sideTabs_->setTabText(1, tr("Lesson"));
    for (std::size_t i = 0; i < plots_.size(); ++i) {
        plots_[i]->setTitle(scalingName(i));
        plots_[i]->setStretchedNote(tr("Stretched: w1 and w2 on different scales"));
        plots_[i]->setAxisTitles(tr("w1"), tr("w2"));
        plots_[i]->setToolTip(
            tr("Loss contours over the weights (w1, w2); darker = higher loss. "
               "Click to start all three runs at that point."));
    }
    lossChart_->setTitle(tr("Loss above its minimum"));
    lossChart_->setAxisTitles(tr("step"), tr("loss − min"));
    for (std::size_t i = 0; i < lossSeries_.size(); ++i)
        lossChart_->setSeriesName(lossSeries_[i], shortScalingName(i));
    rawScatter_->setTitle(tr("Raw features (equal units)"));
    rawScatter_->setAxisTitles(tr("x1"), tr("x2"));
    rawScatter_->setSeriesName(rawSeries_, QString());
    scaledScatter_->setTitle(tr("Scaled features"));
    scaledScatter_->setAxisTitles(tr("scaled x1"), tr("scaled x2"));
    scaledScatter_->setSeriesName(scaledSeries_[0], tr("min-max"));
    scaledScatter_->setSeriesName(scaledSeries_[1], tr("z-score"));
    for (int pane = 0; pane < viewTabs_->count(); ++pane)
        viewTabs_->setTabText(pane, paneTitle(pane));
    lesson_->setHtml(featureScalingLesson());
    shownModel_ = nullptr;  // axis titles name the features: set them again
    if (last_) render(last_);
}

}  // namespace normlab::app
