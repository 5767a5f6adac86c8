#pragma once
// Feature scaling lab: one linear regression fitted on raw, min-max scaled
// and z-scored features, each descending its exact loss surface from the
// same start. The page joins the kit's parts: schema-bound controls
// (ScalingControls), the views of one snapshot type (ScalingViews) and the
// lesson, on a side panel beside the views.

#include <QJsonObject>
#include <memory>

#include "app/labs/training_lab_page.h"
#include "core/lab/scaling_comparison.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QScrollArea;
class QTabWidget;
class QTextBrowser;
QT_END_NAMESPACE

namespace normlab::app {

class ContourChartView;
class LogChartView;
class MappedSlider;
class RichTextBox;
class ScalingControls;
class ScalingViews;

class FeatureScalingPage : public TrainingLabPage {
    Q_OBJECT
  public:
    explicit FeatureScalingPage(QWidget* parent = nullptr);
    ~FeatureScalingPage() override;

    [[nodiscard]] QString labId() const override { return QStringLiteral("feature_scaling"); }
    [[nodiscard]] QString title() const override { return tr("Feature scaling"); }
    [[nodiscard]] session::ExperimentFactory createSession() const override;
    void render(const session::SnapshotPtr& snapshot) override;
    // In the data message under the controls.
    void showRefusal(const core::CommandRefusal& refusal) override;
    [[nodiscard]] QList<ChartView*> charts() const override;
    [[nodiscard]] QString metricsCsv() const override;
    [[nodiscard]] QStringList experimentKinds() const override;
    // The controls and the view state worth keeping (side tab, view tab, stretching).
    [[nodiscard]] std::optional<session::ExperimentConfig> experimentConfig() const override;
    void applyExperimentConfig(const session::ExperimentConfig& config) override;
    [[nodiscard]] QString datasetFileFilter() const override;
    // Starts reading the file off the GUI thread; false only when it cannot be read at all.
    bool openDataset(const QString& path, QString* error) override;
    // The lab's settings are its experiment file.
    void saveSettings(QSettings& settings) const override;
    void restoreSettings(QSettings& settings) override;

    // For tests and the window: the parts and the last frame shown.
    [[nodiscard]] ScalingControls* controls() const { return controls_; }
    [[nodiscard]] ScalingViews* views() const { return views_; }
    // The slider of the rate in use (the learning rate or the fraction).
    [[nodiscard]] MappedSlider* learningRateSlider() const;
    [[nodiscard]] ContourChartView* plot(int index) const;
    [[nodiscard]] int pathSeries(int index) const;
    [[nodiscard]] RichTextBox* readout(int index) const;
    [[nodiscard]] LogChartView* lossChart() const;
    [[nodiscard]] QLabel* dataMessage() const;
    [[nodiscard]] QComboBox* columnPicker(int index) const;
    [[nodiscard]] QDoubleSpinBox* startBox(int index) const;
    [[nodiscard]] std::shared_ptr<const core::ScalingComparisonSnapshot> lastRendered() const;
    // Compact: the contour plots and the other charts on two tabs, for a
    // window too short for both rows (a projector at presentation fonts).
    [[nodiscard]] bool isCompact() const;
    [[nodiscard]] QTabWidget* viewTabs() const;
    [[nodiscard]] QTabWidget* sideTabs() const { return sideTabs_; }
    [[nodiscard]] QCheckBox* stretchToggle() const;
    [[nodiscard]] QTextBrowser* lesson() const { return lesson_; }

    // "surfaces" and "curves": side by side in a tall window, tabs in a short one
    // (then the one in front is the current view).
    [[nodiscard]] QWidget* viewWidget(const QString& name) const override;
    [[nodiscard]] QWidget* controlsPanel() const override;

  protected:
    void retranslate() override;
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

  private:
    void updateSideWidth();
    // Chooses compact or wide from the room the page is shown in, counted in lines.
    void updateCompactness();
    void postLiveChange(const QString& key);
    void setStart(const QPointF& start);
    [[nodiscard]] QJsonObject viewState() const;
    void applyViewState(const QJsonObject& view);

    ScalingControls* controls_;
    ScalingViews* views_;
    QScrollArea* controlsScroll_;
    QTextBrowser* lesson_;
    QTabWidget* sideTabs_;  // controls | lesson
    QWidget* watchedParent_ = nullptr;
    int viewTab_ = 0;  // the compact tab asked for, kept while the page is wide
};

}  // namespace normlab::app
