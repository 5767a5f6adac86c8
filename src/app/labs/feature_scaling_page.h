#pragma once
// Feature scaling lab: one linear regression fitted on raw, min-max scaled
// and z-scored features, each descending its exact loss surface from the
// same start. Three contour plots side by side with the numbers that explain
// them (kappa, lambda_max, lambda_min, 2/lambda_max), the loss curves on a
// log axis, the features before and after scaling, and the lesson.

#include <QStringList>
#include <array>
#include <memory>

#include "app/labs/lab_page.h"
#include "core/lab/scaling_comparison.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QWidget;
QT_END_NAMESPACE

namespace normlab::app {

class ContourChartView;
class LogChartView;
class MappedSlider;
class NiceChartView;
class RichTextBox;

class FeatureScalingPage : public LabPage {
    Q_OBJECT
  public:
    explicit FeatureScalingPage(QWidget* parent = nullptr);
    ~FeatureScalingPage() override;

    [[nodiscard]] QString labId() const override { return QStringLiteral("feature_scaling"); }
    [[nodiscard]] QString title() const override { return tr("Feature scaling"); }
    [[nodiscard]] session::ExperimentFactory createSession() const override;
    void render(const session::SnapshotPtr& snapshot) override;
    [[nodiscard]] QList<ChartView*> charts() const override;
    [[nodiscard]] QString metricsCsv() const override;
    [[nodiscard]] QStringList experimentKinds() const override;
    [[nodiscard]] std::optional<session::ExperimentConfig> experimentConfig() const override;
    void applyExperimentConfig(const session::ExperimentConfig& config) override;
    [[nodiscard]] QString datasetFileFilter() const override;
    bool openDataset(const QString& path, QString* error) override;
    void restoreSettings(QSettings& settings) override;

    // For tests and the window: the widgets and the last frame shown.
    [[nodiscard]] MappedSlider* learningRateSlider() const;
    [[nodiscard]] ContourChartView* plot(int index) const { return plots_[std::size_t(index)]; }
    [[nodiscard]] RichTextBox* readout(int index) const { return readouts_[std::size_t(index)]; }
    [[nodiscard]] LogChartView* lossChart() const { return lossChart_; }
    [[nodiscard]] QLabel* dataMessage() const { return dataMessage_; }
    [[nodiscard]] QComboBox* columnPicker(int index) const { return columns_[std::size_t(index)]; }
    [[nodiscard]] QDoubleSpinBox* startBox(int index) const { return start_[std::size_t(index)]; }
    [[nodiscard]] std::shared_ptr<const core::ScalingComparisonSnapshot> lastRendered() const {
        return last_;
    }
    // Series index of each plot's descent path.
    static constexpr int kPathSeries = 4;
    // Compact: the contour plots and the other charts on two tabs, for a
    // window too short for both rows (a projector at presentation fonts).
    [[nodiscard]] bool isCompact() const { return compact_; }
    [[nodiscard]] QTabWidget* viewTabs() const { return viewTabs_; }
    [[nodiscard]] QTabWidget* sideTabs() const { return sideTabs_; }
    [[nodiscard]] QCheckBox* stretchToggle() const { return stretchPlots_; }
    [[nodiscard]] QTextBrowser* lesson() const { return lesson_; }

  protected:
    void retranslate() override;
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

  private:
    void buildControls();
    void updateSideWidth();
    void buildViews();
    // Chooses compact or wide from the room the page is shown in, counted in lines.
    void updateCompactness();
    void setCompact(bool compact);
    [[nodiscard]] QString paneTitle(int pane) const;
    // The loss chart and the two scatters: one row when wide, a column of
    // scatters beside the loss chart on their own tab when compact.
    void arrangeCurves();
    // Caption, key and readouts get the height their text needs at their width.
    void fitTextHeights();
    void connectControls();
    void updateSourceVisibility();
    void updateModeVisibility();
    void emitLearningRate();
    void emitStart();
    void setStart(const QPointF& start);
    void requestDataReset(const QString& reason);
    // Reads the picked columns of csvPath_; on failure shows why and returns false.
    bool checkCsvColumns(QString* error);
    void fillColumnPickers(const QStringList& numericColumns);
    void renderPlot(std::size_t index, const core::ScalingComparisonSnapshot& snapshot);
    void renderScatter(const core::ScalingComparisonSnapshot& snapshot);
    [[nodiscard]] QString readoutText(const core::ScalingRunState& run,
                                      const core::ScalingComparisonSnapshot& snapshot) const;
    [[nodiscard]] QString scalingName(std::size_t index) const;
    [[nodiscard]] QString shortScalingName(std::size_t index) const;

    // Data
    QGroupBox* dataGroup_ = nullptr;
    QComboBox* source_ = nullptr;
    QWidget* syntheticBox_ = nullptr;
    QWidget* csvBox_ = nullptr;
    MappedSlider* feature1Scale_ = nullptr;
    MappedSlider* feature1Mean_ = nullptr;
    MappedSlider* feature2Scale_ = nullptr;
    MappedSlider* feature2Mean_ = nullptr;
    MappedSlider* correlation_ = nullptr;
    MappedSlider* noise_ = nullptr;
    MappedSlider* samples_ = nullptr;
    QPushButton* openCsv_ = nullptr;
    QLabel* csvFile_ = nullptr;
    std::array<QComboBox*, 3> columns_{};  // feature 1, feature 2, target
    QLabel* dataMessage_ = nullptr;
    QCheckBox* intercept_ = nullptr;
    QString csvPath_;
    // Optimiser
    QGroupBox* optimizerGroup_ = nullptr;
    QComboBox* optimizer_ = nullptr;
    QRadioButton* sameRate_ = nullptr;
    QRadioButton* fractionRate_ = nullptr;
    MappedSlider* learningRate_ = nullptr;
    MappedSlider* fraction_ = nullptr;
    MappedSlider* batchSize_ = nullptr;
    std::array<QDoubleSpinBox*, 2> start_{};
    QLabel* startHint_ = nullptr;
    // Labels whose text retranslate() sets.
    QList<QLabel*> formLabels_;

    // Views
    RichTextBox* surfaceCaption_ = nullptr;
    RichTextBox* legendKey_ = nullptr;
    std::array<ContourChartView*, 3> plots_{};
    std::array<RichTextBox*, 3> readouts_{};
    LogChartView* lossChart_ = nullptr;
    std::array<int, 3> lossSeries_{};
    NiceChartView* rawScatter_ = nullptr;
    NiceChartView* scaledScatter_ = nullptr;
    std::array<int, 2> scaledSeries_{};
    int rawSeries_ = 0;
    QTextBrowser* lesson_ = nullptr;
    QCheckBox* stretchPlots_ = nullptr;  // off: every contour plot at equal scale
    QTabWidget* sideTabs_ = nullptr;     // controls | lesson
    QWidget* side_ = nullptr;
    QWidget* controls_ = nullptr;
    QScrollArea* controlsScroll_ = nullptr;
    // The two halves of the views, stacked on the wide page or on two tabs.
    QWidget* surfacesPane_ = nullptr;
    QWidget* curvesPane_ = nullptr;
    QGridLayout* curvesGrid_ = nullptr;
    QStackedWidget* viewsStack_ = nullptr;
    QWidget* wideViews_ = nullptr;
    QTabWidget* viewTabs_ = nullptr;
    bool compact_ = false;
    QWidget* watchedParent_ = nullptr;

    std::shared_ptr<const core::ScalingComparisonSnapshot> last_;
    std::array<const core::ScalingSurface*, 3> shownSurfaces_{};
    const core::ScalingModel* shownModel_ = nullptr;
};

}  // namespace normlab::app
