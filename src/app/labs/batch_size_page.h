#pragma once
// Batch size lab tab: the same model trained once per mini-batch size (and lr
// rule, BN setting and seed) at a fixed budget, the runs spread over a
// background pool. There is no step-by-step session: the sweep is the run.

#include <QList>
#include <QString>
#include <map>
#include <memory>
#include <vector>

#include "app/labs/lab_page.h"
#include "core/lab/batch_size_run.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QSplitter;
class QTableWidget;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QToolButton;
QT_END_NAMESPACE

namespace normlab::session {
class SweepRunner;
}

namespace normlab::app {

class HeatmapChart;
class LabelledAxisChart;
class SameLossView;

class BatchSizePage : public LabPage {
    Q_OBJECT
  public:
    explicit BatchSizePage(QWidget* parent = nullptr);
    // Cancels and joins the pool before any widget it reports to goes.
    ~BatchSizePage() override;

    [[nodiscard]] QString labId() const override { return QStringLiteral("batch_size"); }
    [[nodiscard]] QString title() const override { return tr("Batch size"); }
    // Sweeps run in the page's own pool, not in a training session.
    [[nodiscard]] session::ExperimentFactory createSession() const override { return {}; }
    void render(const session::SnapshotPtr& /*snapshot*/) override {}
    [[nodiscard]] QString statusText() const override;

    [[nodiscard]] QList<ChartView*> charts() const override;
    // One row per finished run, the columns of normlab-cli's sweep.csv.
    [[nodiscard]] QString metricsCsv() const override;
    [[nodiscard]] QStringList experimentKinds() const override {
        return {QStringLiteral("batch-sweep")};
    }
    [[nodiscard]] std::optional<session::ExperimentConfig> experimentConfig() const override;
    void applyExperimentConfig(const session::ExperimentConfig& config) override;

    // What the buttons do. Each returns false (with the reason in the status
    // line) when nothing could be queued.
    bool runSweep();
    bool addBatchSize(int batchSize);
    bool runHeatmapSweep();
    void cancelSweep();

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] session::SweepRunner* runner() const { return runner_.get(); }
    [[nodiscard]] int finishedRuns() const;
    [[nodiscard]] LabelledAxisChart* accuracyChart() const { return accuracyChart_; }
    [[nodiscard]] LabelledAxisChart* curvesChart() const { return curvesChart_; }
    [[nodiscard]] LabelledAxisChart* gapChart() const { return gapChart_; }
    [[nodiscard]] HeatmapChart* heatmapChart() const { return heatmapChart_; }
    [[nodiscard]] LabelledAxisChart* bnModeChart() const { return bnModeChart_; }
    [[nodiscard]] SameLossView* sameLossView() const { return sameLoss_; }
    [[nodiscard]] QTableWidget* runTable() const { return table_; }
    // Series of accuracyChart() holding the mean over seeds of one lr rule and BN setting.
    [[nodiscard]] static int accuracySeries(core::LearningRateRule rule, bool batchNorm);

  protected:
    void retranslate() override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

  private:
    struct Run {
        core::BatchSizeRunConfig config;  // the complete run, batch size and lr included
        bool mapOnly = false;             // queued by the lr x B map, kept out of the curves
    };

    void buildControls();
    void buildViews();
    QCheckBox* addChip(int batchSize, bool checked);
    [[nodiscard]] QList<int> checkedBatchSizes() const;
    [[nodiscard]] QList<core::LearningRateRule> checkedRules() const;
    [[nodiscard]] QList<bool> checkedBnSettings() const;
    [[nodiscard]] session::ExperimentConfig controlsConfig() const;
    // The run the controls describe (batch size, rule, BN and seed still to
    // set); nullopt with the reason in the status line.
    std::optional<core::BatchSizeRunConfig> baseRunConfig();
    // Checked rules x BN settings x `sizes` x seeds; empty (reason shown) when
    // nothing is checked or the data cannot be loaded.
    std::vector<Run> sweepRuns(const QList<int>& sizes);
    // The data the controls name, loaded once per choice; null with `error` set.
    std::shared_ptr<const core::Dataset> dataset(QString* error);
    bool queue(std::vector<Run> runs, bool fresh);
    void ensureRunner(bool fresh);
    void addTableRow(int index, const Run& run);
    void updateRow(int index);
    void updateButtons();
    void scheduleRefresh();
    void refreshCharts();
    void refreshAccuracyAndGap();
    // The lesson's sentences about this sweep, computed from its finished runs.
    [[nodiscard]] QString measuredText(
        const std::map<int, std::vector<const core::BatchSizeResult*>>& groupRuns) const;
    void refreshCurves();
    void refreshHeatmap();
    void refreshBnModes();
    void setStatus(const QString& text);
    void syncLrSlider();
    // The controls column as wide as its contents (they grow in presentation
    // mode), the lesson shown when there is room unless the user chose.
    void fitLayout();

    // Controls
    QGroupBox* sizesBox_ = nullptr;
    QGridLayout* chipGrid_ = nullptr;
    std::map<int, QCheckBox*> chips_;
    QSpinBox* extraSize_ = nullptr;
    QPushButton* addButton_ = nullptr;
    QGroupBox* budgetBox_ = nullptr;
    QComboBox* budgetKind_ = nullptr;
    QDoubleSpinBox* epochs_ = nullptr;
    QSpinBox* examples_ = nullptr;
    QGroupBox* lrBox_ = nullptr;
    QCheckBox* ruleConstant_ = nullptr;
    QCheckBox* ruleLinear_ = nullptr;
    QCheckBox* ruleSqrt_ = nullptr;
    QLabel* baseLrLabel_ = nullptr;
    QSlider* baseLrSlider_ = nullptr;
    QDoubleSpinBox* baseLr_ = nullptr;
    QGroupBox* modelBox_ = nullptr;
    QLabel* dataLabel_ = nullptr;
    QComboBox* dataCombo_ = nullptr;
    QLabel* trainSamplesLabel_ = nullptr;
    QSpinBox* trainSamples_ = nullptr;
    QLabel* modelLabel_ = nullptr;
    QComboBox* model_ = nullptr;
    QCheckBox* bnOff_ = nullptr;
    QCheckBox* bnOn_ = nullptr;
    QLabel* seedsLabel_ = nullptr;
    QSpinBox* seeds_ = nullptr;
    QPushButton* runButton_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QPushButton* mapButton_ = nullptr;
    QProgressBar* overall_ = nullptr;
    QLabel* status_ = nullptr;
    // Cancel was pressed and the sweep has not gone idle yet (the status
    // line's text says so, but text changes with the language).
    bool cancelling_ = false;

    // Views
    QWidget* controlsArea_ = nullptr;
    QWidget* controlsWidget_ = nullptr;
    bool lessonChosen_ = false;
    QSplitter* splitter_ = nullptr;
    QTabWidget* views_ = nullptr;
    QLabel* metricLabel_ = nullptr;
    QComboBox* metric_ = nullptr;
    QLabel* curveAxisLabel_ = nullptr;
    QComboBox* curveAxis_ = nullptr;
    LabelledAxisChart* accuracyChart_ = nullptr;
    LabelledAxisChart* curvesChart_ = nullptr;
    LabelledAxisChart* gapChart_ = nullptr;
    HeatmapChart* heatmapChart_ = nullptr;
    LabelledAxisChart* bnModeChart_ = nullptr;
    QLabel* mapHint_ = nullptr;
    QLabel* measured_ = nullptr;
    SameLossView* sameLoss_ = nullptr;
    QLabel* bnHint_ = nullptr;
    QTableWidget* table_ = nullptr;
    QTextBrowser* lesson_ = nullptr;
    QToolButton* lessonToggle_ = nullptr;
    QTimer* refreshTimer_ = nullptr;
    int curveSeriesUsed_ = 0;

    // Sweep state: runs_[i] is the runner's point i.
    std::unique_ptr<session::SweepRunner> runner_;
    std::vector<Run> runs_;
    QList<QProgressBar*> rowProgress_;
    std::shared_ptr<const core::Dataset> loadedData_;
    QString dataKey_;
};

}  // namespace normlab::app
