#include "app/labs/batch_norm/init_sweep_view.h"

#include <QVBoxLayout>

#include "app/labs/init_sweep_panel.h"

namespace normlab::app {

InitSweepView::InitSweepView(QWidget* parent)
    : BnView(QT_TRANSLATE_NOOP("normlab::app::InitSweepView", "Initialisation"), parent) {
    panel_ = new InitSweepPanel(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(panel_);
}

QList<ChartView*> InitSweepView::charts() const { return panel_->charts(); }

void InitSweepView::setBaseConfig(const session::ExperimentConfig& config) {
    panel_->setBaseConfig(config);
}

}  // namespace normlab::app
