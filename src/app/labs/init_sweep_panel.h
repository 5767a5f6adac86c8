#pragma once
// The batch-normalization lab's initialisation-sensitivity view: BN and plain
// twins trained from Gaussian weights of many standard deviations, final
// test accuracy against the std on a log axis. The runs go to a background
// pool with progress and cancel; the BN lab supplies its architecture and
// data through setBaseConfig(). The panel's own controls are bound to the
// init-sweep schema: the list of stds (filled from smallest, largest and
// count, or typed), steps and seeds.

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QWidget>
#include <memory>

#include "core/data/dataset.h"
#include "session/experiment_config.h"

QT_BEGIN_NAMESPACE
class QGroupBox;
class QLabel;
QT_END_NAMESPACE

namespace normlab::session {
class SweepSession;
struct SweepSnapshot;
}  // namespace normlab::session

namespace normlab::app {

class ChartView;
class BoundForm;
class ExactSpinBox;
class FieldBinding;
class DataLoadBar;
class LabelledAxisChart;
class SweepProgressBox;
class SweepStarter;

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
    // The stds the controls describe, exactly as listed.
    [[nodiscard]] QList<double> stds() const;
    // The init-sweep experiment the next Run trains (the CLI runs the same file).
    [[nodiscard]] session::ExperimentConfig sweepConfig() const;
    // Sets the panel's own fields (stds, steps, seeds, workers) from an
    // init-sweep config, exactly; the rest comes from the base config.
    void openConfig(const session::ExperimentConfig& initSweepConfig);
    // What File > Save writes: sweepConfig() with the finished points as its results.
    [[nodiscard]] session::ExperimentConfig savedConfig() const;
    // Shows the finished points an init-sweep file holds without running
    // them (see LabPage::restoreResults()).
    bool restoreResults(const session::ExperimentConfig& initSweepConfig, QString* problem);
    [[nodiscard]] FieldBinding* field(const QString& key) const;
    // The init-sweep fields the panel sets itself: stds, steps, seeds, workers.
    [[nodiscard]] static QStringList ownKeys();
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
    // Smallest, largest and count -> the list, log-spaced; refused like a typed list.
    void fillStds();
    // The list's ends and length back into the three boxes that fill it.
    void showListEnds();

    QWidget* side_ = nullptr;
    QGroupBox* controls_ = nullptr;
    BoundForm* form_ = nullptr;
    QLabel* stdMinLabel_ = nullptr;
    ExactSpinBox* stdMin_ = nullptr;
    QLabel* stdMaxLabel_ = nullptr;
    ExactSpinBox* stdMax_ = nullptr;
    QLabel* countLabel_ = nullptr;
    ExactSpinBox* count_ = nullptr;
    QLabel* countError_ = nullptr;
    SweepProgressBox* progress_ = nullptr;
    QLabel* baseLabel_ = nullptr;
    LabelledAxisChart* chart_ = nullptr;
    struct ModelSeries;
    std::unique_ptr<ModelSeries> series_;

    session::ExperimentConfig base_;
    QString name_, description_;  // of the file the sweep was opened from
    QJsonValue workers_;
    bool showingEnds_ = false;
    std::unique_ptr<session::SweepSession> sweep_;
    std::shared_ptr<const session::SweepSnapshot> shown_;
    SweepStarter* starter_ = nullptr;
    DataLoadBar* loadBar_ = nullptr;
};

}  // namespace normlab::app
