#pragma once
// View 6, initialisation sensitivity: the init-sweep panel (final test
// accuracy vs initial weight std for both twins, run in the background) as
// one of the lab's views, sweeping the architecture the controls describe.

#include "app/labs/batch_norm/bn_view.h"
#include "session/experiment_config.h"

namespace normlab::app {

class InitSweepPanel;

class InitSweepView : public BnView {
    Q_OBJECT
  public:
    explicit InitSweepView(QWidget* parent = nullptr);
    [[nodiscard]] QList<ChartView*> charts() const override;
    void retranslate() override {}
    // The architecture, data and optimiser of the next sweep.
    void setBaseConfig(const session::ExperimentConfig& config);
    [[nodiscard]] InitSweepPanel* panel() const { return panel_; }

  private:
    // The sweep runs in its own pool: live snapshots have nothing for it.
    void draw(const core::TwinSnapshot& /*snapshot*/) override {}

    InitSweepPanel* panel_;
};

}  // namespace normlab::app
