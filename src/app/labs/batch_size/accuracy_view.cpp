#include "app/labs/batch_size/accuracy_view.h"

#include <QComboBox>
#include <QLabel>
#include <QVBoxLayout>
#include <limits>

#include "app/labs/batch_size/batch_size_page.h"
#include "app/labs/batch_size/group_mean_chart.h"
#include "app/labs/batch_size/measured_text.h"

namespace normlab::app {

AccuracyView::AccuracyView(QWidget* parent)
    : SweepChoiceView(QStringLiteral("accuracyMetric"), 2, parent) {
    chart_ = new GroupMeanChart;
    measured_ = new QLabel;
    measured_->setObjectName(QStringLiteral("measuredText"));
    measured_->setTextFormat(Qt::RichText);
    measured_->setWordWrap(true);
    column()->addWidget(measured_);
    column()->addWidget(chart_, 1);
}

bool AccuracyView::showsLoss() const { return choice()->currentIndex() == 1; }

void AccuracyView::retranslate() {
    choiceLabel()->setText(BatchSizePage::tr("&Show:"));
    choice()->setItemText(0, BatchSizePage::tr("Test accuracy"));
    choice()->setItemText(1, BatchSizePage::tr("Test loss"));
    choice()->setToolTip(
        BatchSizePage::tr("Final test accuracy (%) or mean cross-entropy test loss."));
    redraw();
}

void AccuracyView::render(const session::SweepSnapshot& sweep, const QList<int>& checkedSizes) {
    sizes_ = checkedSizes;
    setSweep(sweep);
}

void AccuracyView::redraw() {
    const bool loss = showsLoss();
    chart_->setTitle(loss ? BatchSizePage::tr("Final test loss vs batch size")
                          : BatchSizePage::tr("Final test accuracy vs batch size"));
    chart_->setAxisTitles(BatchSizePage::tr("Batch size B (log₂ scale)"),
                          loss ? BatchSizePage::tr("Test loss (cross-entropy)")
                               : BatchSizePage::tr("Test accuracy (%)"));
    const QList<SweepRun> runs = sweep() ? curveRuns(*sweep()) : QList<SweepRun>{};
    const double big = std::numeric_limits<double>::max();
    if (loss)
        chart_->render(runs, sizes_, [](const core::BatchSizeResult& r) { return r.finalTestLoss; },
                       {0.0, big, 0.0, 2.5});
    else
        chart_->render(runs, sizes_,
                       [](const core::BatchSizeResult& r) { return 100.0 * r.finalTestAccuracy; },
                       {0.0, 100.0, 0.0, 100.0});
    measured_->setText(measuredText(runs));
}

}  // namespace normlab::app
