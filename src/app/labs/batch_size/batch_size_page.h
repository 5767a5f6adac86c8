#pragma once
// Batch size lab tab: the same model trained once per mini-batch size (and
// lr rule, BN setting and seed) at a fixed budget. The sweep runs in a
// SweepSession; its snapshots reach the views through render(), the data
// comes from the shared dataset cache, loaded off the GUI thread.

#include <QList>
#include <QString>
#include <memory>

#include "app/labs/sweep_lab_page.h"
#include "session/sweep_session.h"

QT_BEGIN_NAMESPACE
class QSplitter;
class QTabWidget;
class QTextBrowser;
class QToolButton;
QT_END_NAMESPACE

namespace normlab::app {

class AccuracyView;
class BatchSizeControls;
class BnModesView;
class DataLoadBar;
class GapView;
class GroupMeanChart;
class HeatmapChart;
class LabelledAxisChart;
class LearningCurvesView;
class LrMapView;
class RunTableView;
class SameLossView;
class SmallBatchView;

class BatchSizePage : public SweepLabPage {
    Q_OBJECT
  public:
    explicit BatchSizePage(QWidget* parent = nullptr);
    // Cancels and joins the sweep before any widget it reports to goes.
    ~BatchSizePage() override;

    [[nodiscard]] QString labId() const override { return QStringLiteral("batch_size"); }
    [[nodiscard]] QString title() const override { return tr("Batch size"); }
    // The sweep's progress for the status bar.
    [[nodiscard]] QString statusText() const override;

    [[nodiscard]] QList<ChartView*> charts() const override;
    // One row per finished run, the columns of normlab-cli's sweep.csv.
    [[nodiscard]] QString metricsCsv() const override;
    [[nodiscard]] QStringList experimentKinds() const override {
        return {QStringLiteral("batch-sweep"), QStringLiteral("norm-vs-batch")};
    }
    // The controls, and the finished runs as the file's results.
    [[nodiscard]] std::optional<session::ExperimentConfig> experimentConfig() const override;
    bool restoreResults(const session::ExperimentConfig& config, QString* problem) override;
    void applyExperimentConfig(const session::ExperimentConfig& config) override;
    // The controls as an experiment file, so a size added by hand survives too.
    void saveSettings(QSettings& settings) const override;
    void restoreSettings(QSettings& settings) override;

    // What the buttons do. Each returns false (with the reason in the status
    // line) when nothing could be queued; true once queued, or once the data
    // they need is loading (the runs are queued when it arrives).
    bool runSweep();
    bool addBatchSize(int batchSize);
    bool runHeatmapSweep();
    void cancelSweep();

    // Loading data or running points.
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] session::SweepSession* sweep() const { return sweep_.get(); }
    // The snapshot the views show.
    [[nodiscard]] session::SweepSnapshotPtr shownSweep() const { return shown_; }
    [[nodiscard]] int finishedRuns() const;
    [[nodiscard]] QString statusLine() const;
    [[nodiscard]] GroupMeanChart* accuracyChart() const;
    [[nodiscard]] LabelledAxisChart* curvesChart() const;
    [[nodiscard]] GroupMeanChart* gapChart() const;
    [[nodiscard]] HeatmapChart* heatmapChart() const;
    [[nodiscard]] LabelledAxisChart* bnModeChart() const;
    [[nodiscard]] BnModesView* bnModesView() const { return bnModes_; }
    [[nodiscard]] SameLossView* sameLossView() const { return sameLoss_; }
    [[nodiscard]] SmallBatchView* smallBatchView() const { return smallBatch_; }
    [[nodiscard]] RunTableView* runTable() const { return table_; }

    // Views by the course's names; the sweep as the course runs it.
    [[nodiscard]] QWidget* viewWidget(const QString& name) const override;
    [[nodiscard]] QWidget* controlsPanel() const override { return controlsArea_; }
    // The window's transport: Play runs the sweep or cancels it, Reset clears it.
    bool runExperiment() override { return runSweep(); }
    void cancelExperiment() override { cancelSweep(); }
    void clearExperiment() override;
    [[nodiscard]] bool experimentRunning() const override { return isRunning(); }
    [[nodiscard]] session::course::Measures measures() const override;

  protected:
    void retranslate() override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

  private:
    enum class Action { Sweep, AddSize, Map };

    void buildViews();
    // The data `config` names, or null while it loads (the action then runs
    // again when it has arrived) or when it cannot load (reason shown).
    std::shared_ptr<const core::Dataset> dataFor(const session::ExperimentConfig& config,
                                                 Action action, int size = 0);
    void dataLoaded(const QString& key);
    void dataFailed(const QString& key, const QString& message);
    void dataCancelled(const QString& key);
    bool queue(const session::ExperimentConfig& config,
               const std::vector<session::BatchSweepPoint>& points, bool fresh, bool sameRate);
    void renderSweep(const session::SweepSnapshotPtr& sweep);
    void setStatus(const QString& text);
    // Emits runningChanged() when isRunning() is not what it last said.
    void noteRunning();
    // The controls column as wide as its contents (they grow in presentation
    // mode), the lesson shown when there is room unless the user chose.
    void fitLayout();

    BatchSizeControls* controls_ = nullptr;
    QWidget* controlsArea_ = nullptr;
    QWidget* sweepSide_ = nullptr;  // the main sweep's controls and load bar
    QSplitter* splitter_ = nullptr;
    QTabWidget* views_ = nullptr;
    AccuracyView* accuracy_ = nullptr;
    LearningCurvesView* curves_ = nullptr;
    GapView* gap_ = nullptr;
    LrMapView* lrMap_ = nullptr;
    BnModesView* bnModes_ = nullptr;
    SameLossView* sameLoss_ = nullptr;
    SmallBatchView* smallBatch_ = nullptr;
    RunTableView* table_ = nullptr;
    QTextBrowser* lesson_ = nullptr;
    QToolButton* lessonToggle_ = nullptr;
    bool lessonChosen_ = false;
    bool cancelling_ = false;
    bool saidRunning_ = false;

    std::unique_ptr<session::SweepSession> sweep_;
    session::SweepSnapshotPtr shown_;
    // The action waiting for its data set.
    QString pendingKey_;
    DataLoadBar* loadBar_ = nullptr;
    Action pendingAction_ = Action::Sweep;
    int pendingSize_ = 0;
};

}  // namespace normlab::app
