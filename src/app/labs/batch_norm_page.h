#pragma once
// Batch normalization lab tab: a plain network and its batch-normalized twin
// trained in lockstep from the same initial weights on the same batches,
// with one tab per view of what BN changes.

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QTimer>
#include <memory>
#include <optional>

#include "app/labs/batch_norm/bn_view.h"
#include "app/labs/training_lab_page.h"

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QScrollArea;
class QTabWidget;
class QTextBrowser;
QT_END_NAMESPACE

namespace normlab::app {

class AffineView;
class BnControls;
class InitSweepView;
class LandscapeView;
class LinearRegionView;
class NoisyBnView;
class ShiftView;
class SigmoidInputView;
class TrainingCurvesView;

struct DataLoadStatus;
class DataLoadBar;

class BatchNormPage : public TrainingLabPage {
    Q_OBJECT
  public:
    explicit BatchNormPage(QWidget* parent = nullptr);
    ~BatchNormPage() override;

    [[nodiscard]] QString labId() const override { return QStringLiteral("batch_norm"); }
    [[nodiscard]] QString title() const override { return tr("Batch normalization"); }
    [[nodiscard]] session::ExperimentFactory createSession() const override;
    void render(const session::SnapshotPtr& snapshot) override;
    // In the status line, until a value of that field is posted again.
    void showRefusal(const core::CommandRefusal& refusal) override;
    [[nodiscard]] QList<ChartView*> charts() const override;
    [[nodiscard]] QString metricsCsv() const override;
    [[nodiscard]] QStringList experimentKinds() const override;
    [[nodiscard]] std::optional<session::ExperimentConfig> experimentConfig() const override;
    void applyExperimentConfig(const session::ExperimentConfig& config) override;
    // An init-sweep file's finished points, into the Initialisation view.
    bool restoreResults(const session::ExperimentConfig& config, QString* problem) override;
    // The experiment's "steps": the preset's budget.
    [[nodiscard]] std::int64_t stepBudget() const override;
    [[nodiscard]] QString datasetFileFilter() const override;
    // Checks the file's kind at once (false with why); the data then loads on
    // the cache's thread and the run restarts on it. A file that fails to load
    // or has no class labels is said in the status line and the lab keeps its data.
    bool openDataset(const QString& path, QString* error) override;
    // The twins' config and the init sweep's, each exactly.
    void saveSettings(QSettings& settings) const override;
    void restoreSettings(QSettings& settings) override;

    // One more view is one call; the lesson stays the last tab.
    void addView(BnView* view);

    [[nodiscard]] BnControls* controls() const { return controls_; }
    [[nodiscard]] QTabWidget* tabs() const { return tabs_; }
    [[nodiscard]] ShiftView* shiftView() const { return shift_; }
    [[nodiscard]] SigmoidInputView* sigmoidView() const { return sigmoid_; }
    [[nodiscard]] LinearRegionView* regionView() const { return region_; }
    [[nodiscard]] TrainingCurvesView* curvesView() const { return curves_; }
    [[nodiscard]] AffineView* affineView() const { return affine_; }
    [[nodiscard]] LandscapeView* landscapeView() const { return landscape_; }
    [[nodiscard]] InitSweepView* initSweepView() const { return initSweep_; }
    [[nodiscard]] NoisyBnView* noisyView() const { return noisy_; }
    [[nodiscard]] TwinSnapshotPtr lastRendered() const { return last_; }
    [[nodiscard]] QString statusText() const;
    // `what` lists the networks that diverged ("bn,plain"); each is named.
    [[nodiscard]] QString describeDivergence(const QString& what) const override;
    // One sentence per diverged network of the last run rendered: step and
    // learning rate from the snapshot's record.
    [[nodiscard]] QString divergenceWarning() const;
    // Non-empty when a network's first evaluations all sit at chance accuracy.
    [[nodiscard]] QString chanceWarning() const;
    static constexpr std::size_t kChanceEvaluations = 3;
    static constexpr double kChanceMargin = 0.02;

    [[nodiscard]] QWidget* viewWidget(const QString& name) const override;
    [[nodiscard]] QWidget* controlsPanel() const override { return sidePanel_; }

  protected:
    void retranslate() override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

  private:
    void fitControlsWidth();
    // Renders the latest snapshot into `view` unless it already shows it.
    void refreshView(BnView* view) const;
    void fitTabsToCurrentView();
    // The view state a bn-twin file keeps (see twinConfig()).
    void applyViewState(const QJsonObject& view);
    void postToTwins(core::TwinCommand command);
    void updateStatus();
    // The init sweep and the unit chooser follow the network the controls describe.
    void followControls();
    // The bn-twin experiment: the controls and the Measure box.
    [[nodiscard]] session::ExperimentConfig twinConfig() const;
    void restartWhenDataReady(const QString& reason);
    // The cache's load of `key` ended; `failure` is its message when it failed.
    void dataArrived(const QString& key, const QString& failure);
    // The controls' data is in (or failed): the restart waiting for it, unless
    // a file being opened turned out unusable.
    void dataReady(const QString& failure);
    void dataCancelled(const QString& key);
    // The controls go back to the data (and model) of `config`.
    void returnToData(const session::ExperimentConfig& config);
    // A file opened could not be used: said, and the lab keeps its data.
    void openFailed(const QString& problem);
    void requestRestart(const QString& reason);

    BnControls* controls_;
    QTabWidget* tabs_;
    QWidget* sidePanel_ = nullptr;
    QScrollArea* scroll_ = nullptr;
    QTextBrowser* lesson_;
    QLabel* status_;
    QProgressBar* busy_;
    DataLoadBar* loadBar_;
    QString pendingKey_;     // the data a restart waits for
    QString pendingReason_;  // and the restart's reason
    // The controls before a File > Open whose data is still on its way.
    std::optional<session::ExperimentConfig> beforeOpen_;
    QString dataProblem_;  // a failed or cancelled load, shown until the next restart
    mutable std::optional<session::ExperimentConfig> runConfig_;  // of the run in front
    ShiftView* shift_;
    SigmoidInputView* sigmoid_;
    LinearRegionView* region_;
    TrainingCurvesView* curves_;
    AffineView* affine_;
    LandscapeView* landscape_;
    InitSweepView* initSweep_;
    NoisyBnView* noisy_;
    QList<BnView*> views_;
    QTimer statusTimer_;
    std::shared_ptr<DataLoadStatus> loadStatus_;
    int trackedUnit_ = 0;
    QString refusal_;  // the last refused value and why, until a value is accepted
    std::optional<core::CommandRefusal> commandRefusal_;  // the run's last refusal
    TwinSnapshotPtr last_;
    mutable QHash<BnView*, const core::TwinSnapshot*> shown_;
};

}  // namespace normlab::app
