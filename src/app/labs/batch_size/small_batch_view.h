#pragma once
// The batch-size lab's small-batch view: a norm-vs-batch sweep run in the
// window (its own SweepSession, the plan the command line runs), drawn as
// test error vs batch size per normaliser with the seed spread, batch norm's
// batch-vs-running statistics gap per layer vs batch size, and a statement
// of who is ahead at the smallest batch, worded from the run's numbers.

#include <QString>
#include <QWidget>
#include <map>
#include <memory>

#include "app/charts/spread_series.h"
#include "core/lab/norm_vs_batch_summary.h"
#include "session/experiment_config.h"
#include "session/sweep_snapshot.h"

QT_BEGIN_NAMESPACE
class QGroupBox;
class QLabel;
class QSplitter;
QT_END_NAMESPACE

namespace normlab::session {
class SweepSession;
}

namespace normlab::app {

class BoundForm;
class ChartView;
class LabelledAxisChart;
class SweepProgressBox;
class SweepStarter;

class SmallBatchView : public QWidget {
    Q_OBJECT
  public:
    explicit SmallBatchView(QWidget* parent = nullptr);
    // Cancels and joins the runs before the widgets they report to go.
    ~SmallBatchView() override;

    // A norm-vs-batch config (the norm-vs-batch preset at start).
    [[nodiscard]] session::ExperimentConfig config() const;
    void apply(const session::ExperimentConfig& config);

    // What the buttons do; run() returns false (reason in the status line)
    // when nothing could be queued, true once queued or once its data loads.
    bool run();
    void cancel();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] session::SweepSession* sweep() const { return sweep_.get(); }
    [[nodiscard]] session::SweepSnapshotPtr shownSweep() const { return shown_; }
    [[nodiscard]] const core::NormVsBatchSummary& summary() const { return summary_; }

    [[nodiscard]] LabelledAxisChart* errorChart() const { return error_; }
    [[nodiscard]] LabelledAxisChart* gapChart() const { return gap_; }
    [[nodiscard]] QList<ChartView*> charts() const;
    // The measured statement under the title, and the status line.
    [[nodiscard]] QString verdictText() const;
    [[nodiscard]] QString statusLine() const;
    [[nodiscard]] BoundForm* form() const { return form_; }
    // The mean line of one normaliser's series in errorChart().
    [[nodiscard]] int errorLine(core::NormSeries series) const { return errorSeries_.at(series).line; }
    // "Group norm (G = 2)", ... in the current language.
    [[nodiscard]] QString seriesName(core::NormSeries series) const;

    void retranslate();

  protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

  private:
    void render(session::SweepSnapshotPtr sweep);
    void redraw();
    void updateProgress();
    bool start(const std::shared_ptr<const core::Dataset>& data);
    [[nodiscard]] QString measuredText() const;
    [[nodiscard]] QString gapText() const;
    void fitSideWidth();

    QWidget* side_ = nullptr;  // the controls beside the charts
    QSplitter* charts_ = nullptr;
    QGroupBox* box_ = nullptr;
    BoundForm* form_ = nullptr;
    session::ExperimentConfig base_;
    SweepProgressBox* progress_ = nullptr;
    QLabel* about_ = nullptr;
    QLabel* verdict_ = nullptr;
    LabelledAxisChart* error_ = nullptr;
    LabelledAxisChart* gap_ = nullptr;
    std::map<core::NormSeries, SpreadSeries> errorSeries_;
    std::map<int, SpreadSeries> gapSeries_;  // per BN layer, 1-based; made as layers appear
    int groupsShown_ = 2;                    // G of the run shown

    std::unique_ptr<session::SweepSession> sweep_;
    session::SweepSnapshotPtr shown_;
    core::NormVsBatchSummary summary_;
    SweepStarter* starter_ = nullptr;
};

}  // namespace normlab::app
