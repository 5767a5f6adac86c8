#pragma once
// The batch-normalization lab's initialisation-sensitivity view: BN and plain
// twins trained from Gaussian weights of many standard deviations, final
// test accuracy against the std on a log axis. The runs go to a background
// pool with progress and cancel; the BN lab supplies its architecture and
// data through setBaseConfig().

#include <QList>
#include <QString>
#include <QWidget>
#include <memory>

#include "core/data/dataset.h"
#include "session/experiment_config.h"

QT_BEGIN_NAMESPACE
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
QT_END_NAMESPACE

namespace normlab::session {
class SweepSession;
struct SweepSnapshot;
}  // namespace normlab::session

namespace normlab::app {

class ChartView;
class DataLoadBar;
class LabelledAxisChart;

class InitSweepPanel : public QWidget {
    Q_OBJECT
  public:
    explicit InitSweepPanel(QWidget* parent = nullptr);
    // Cancels and joins the runs first.
    ~InitSweepPanel() override;

    // The BN lab's current config (kind "bn-twin"): data, architecture,
    // optimiser, lr and batch size are taken from it; the stds, steps and
    // seeds are the panel's own controls. Applies to the next run.
    void setBaseConfig(const session::ExperimentConfig& bnTwinConfig);
    [[nodiscard]] QList<ChartView*> charts() const;
    // init_std,model,seed,final_test_accuracy,diverged for every finished
    // point (model bn or plain); empty before any.
    [[nodiscard]] QString resultsCsv() const;

    // What the Run and Cancel buttons do; run() returns false (reason in the
    // status line) when nothing could start.
    bool run();
    void cancel();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] session::SweepSession* sweep() const { return sweep_.get(); }
    // The snapshot the chart shows.
    [[nodiscard]] std::shared_ptr<const session::SweepSnapshot> shownSweep() const {
        return shown_;
    }
    [[nodiscard]] QString statusLine() const;
    [[nodiscard]] LabelledAxisChart* chart() const { return chart_; }
    // The stds the controls describe: log-spaced from min to max.
    [[nodiscard]] QList<double> stds() const;
    // Series of chart(): the BN and plain means.
    [[nodiscard]] int bnSeries() const;
    [[nodiscard]] int plainSeries() const;

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();
    void render(std::shared_ptr<const session::SweepSnapshot> sweep);
    void refreshChart();
    void updateProgress();
    // Queues the sweep on `data`; false with the reason shown.
    bool start(const std::shared_ptr<const core::Dataset>& data);
    [[nodiscard]] session::ExperimentConfig sweepConfig() const;

    QWidget* side_ = nullptr;
    QGroupBox* controls_ = nullptr;
    QLabel* stdMinLabel_ = nullptr;
    QDoubleSpinBox* stdMin_ = nullptr;
    QLabel* stdMaxLabel_ = nullptr;
    QDoubleSpinBox* stdMax_ = nullptr;
    QLabel* countLabel_ = nullptr;
    QSpinBox* count_ = nullptr;
    QLabel* stepsLabel_ = nullptr;
    QSpinBox* steps_ = nullptr;
    QLabel* seedsLabel_ = nullptr;
    QSpinBox* seeds_ = nullptr;
    QPushButton* runButton_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* baseLabel_ = nullptr;
    LabelledAxisChart* chart_ = nullptr;
    struct ModelSeries;
    std::unique_ptr<ModelSeries> series_;

    session::ExperimentConfig base_;
    std::unique_ptr<session::SweepSession> sweep_;
    std::shared_ptr<const session::SweepSnapshot> shown_;
    QString pendingKey_;  // the data set a Run waits for
    DataLoadBar* loadBar_ = nullptr;
};

}  // namespace normlab::app
