#pragma once
// A small working lab: gradient descent on a two-weight regression. The GUI
// tests use it to drive a real session through real widgets at well under a
// microsecond a step.

#include "app/labs/training_lab_page.h"

QT_BEGIN_NAMESPACE
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
QT_END_NAMESPACE

namespace normlab::app {

class ChartView;

class DescentDemoPage : public TrainingLabPage {
    Q_OBJECT
  public:
    explicit DescentDemoPage(QWidget* parent = nullptr);

    [[nodiscard]] QString labId() const override { return QStringLiteral("descent_demo"); }
    [[nodiscard]] QString title() const override { return tr("Gradient descent (demo)"); }
    [[nodiscard]] session::ExperimentFactory createSession() const override;
    void render(const session::SnapshotPtr& snapshot) override;
    // In the readout, as the refusal's words.
    void showRefusal(const core::CommandRefusal& refusal) override;
    [[nodiscard]] QString refusalShown() const { return refusal_; }
    [[nodiscard]] QString metricsCsv() const override;
    // Stored as a "feature-scaling" config (lr, batch_size): the demo is
    // gradient descent on two features of different scale.
    [[nodiscard]] QStringList experimentKinds() const override;
    [[nodiscard]] std::optional<session::ExperimentConfig> experimentConfig() const override;
    void applyExperimentConfig(const session::ExperimentConfig& config) override;

    [[nodiscard]] QDoubleSpinBox* learningRateBox() const { return learningRate_; }
    [[nodiscard]] QSpinBox* batchSizeBox() const { return batchSize_; }
    [[nodiscard]] ChartView* lossChart() const { return lossChart_; }
    [[nodiscard]] ChartView* pathChart() const { return pathChart_; }
    [[nodiscard]] session::SnapshotPtr lastRendered() const { return last_; }

  protected:
    void retranslate() override;

  private:
    QDoubleSpinBox* learningRate_;
    QSpinBox* batchSize_;
    QLabel* learningRateLabel_;
    QLabel* batchSizeLabel_;
    QLabel* readout_;
    ChartView* lossChart_;
    ChartView* pathChart_;
    int lossSeries_ = 0;
    int pathSeries_ = 0;
    int currentSeries_ = 0;
    session::SnapshotPtr last_;
    QString refusal_;
};

}  // namespace normlab::app
