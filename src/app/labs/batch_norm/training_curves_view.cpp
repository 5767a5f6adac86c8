#include "app/labs/batch_norm/training_curves_view.h"

#include <QGridLayout>
#include <QLabel>
#include <algorithm>
#include <utility>
#include <cmath>

#include "app/labs/batch_norm/bn_chart.h"

namespace normlab::app {

TrainingCurvesView::TrainingCurvesView(QWidget* parent)
    : BnView(QT_TRANSLATE_NOOP("normlab::app::TrainingCurvesView", "Training curves"), parent) {
    accuracy_ = addChart();
    loss_ = addChart();
    gap_ = addChart();
    for (int m : kAllModels) {
        trainLoss_[m] = loss_->addLineSeries(QString(), modelColor(m), 2.5);
        testLoss_[m] = loss_->addLineSeries(QString(), modelColor(m).lighter(150), 1.5);
        testAccuracy_[m] = accuracy_->addLineSeries(QString(), modelColor(m), 2.5);
        gapSeries_[m] = gap_->addLineSeries(QString(), modelColor(m), 2.5);
    }
    readout_ = new QLabel(this);
    readout_->setWordWrap(true);
    auto* layout = new QGridLayout(this);
    layout->addWidget(accuracy_, 0, 0);
    layout->addWidget(loss_, 0, 1);
    layout->addWidget(gap_, 1, 0);
    layout->addWidget(readout_, 1, 1);
    layout->setRowStretch(0, 3);
    layout->setRowStretch(1, 2);
    retranslate();
}

void TrainingCurvesView::draw(const core::TwinSnapshot& s) {
    double xMax = 1, lossMax = 0.1, gapLo = 0, gapHi = 1;
    if (modelCount(s) != shownModels_) {
        shownModels_ = modelCount(s);
        nameSeries();
    }
    for (int m : kAllModels) {
        // A series of a network this run does not train stays empty.
        const bool trained = m < modelCount(s);
        QList<QPointF> trainLoss, testLoss, testAccuracy, gap;
        for (std::size_t i = 0; trained && i < s.models[m].evals.size(); ++i) {
            const core::EvalRecord& e = s.models[m].evals[i];
            const double x = static_cast<double>(e.step);
            if (e.step > 0) trainLoss.append(QPointF(x, e.trainLoss));
            testLoss.append(QPointF(x, e.testLoss));
            testAccuracy.append(QPointF(x, 100.0 * e.testAccuracy));
            if (e.step > 0) {
                const double g = 100.0 * (e.trainAccuracy - e.testAccuracy);
                gap.append(QPointF(x, g));
                if (std::isfinite(g)) {
                    gapLo = std::min(gapLo, g);
                    gapHi = std::max(gapHi, g);
                }
            }
            xMax = std::max(xMax, x);
            if (std::isfinite(e.trainLoss)) lossMax = std::max(lossMax, e.trainLoss);
            if (std::isfinite(e.testLoss)) lossMax = std::max(lossMax, e.testLoss);
        }
        loss_->setPoints(trainLoss_[m], trainLoss);
        loss_->setPoints(testLoss_[m], testLoss);
        accuracy_->setPoints(testAccuracy_[m], testAccuracy);
        gap_->setPoints(gapSeries_[m], gap);
    }
    for (BnChart* chart : {loss_, accuracy_, gap_}) chart->setNiceXRange(0, xMax);
    loss_->setNiceYRange(0, std::min(lossMax * 1.05, 10.0));
    accuracy_->setNiceYRange(0, 100);
    gap_->setNiceYRange(gapLo, gapHi);

    QString text;
    for (int m = 0; m < modelCount(s); ++m) {
        const auto& evals = s.models[m].evals;
        if (evals.empty()) continue;
        const core::EvalRecord& e = evals.back();
        text += tr("<b>%1</b>: test accuracy %2%, test loss %3, train − test accuracy %4 "
                   "points.<br>")
                    .arg(modelName(m).toHtmlEscaped())
                    .arg(100.0 * e.testAccuracy, 0, 'f', 1)
                    .arg(e.testLoss, 0, 'f', 3)
                    .arg(e.step > 0 ? 100.0 * (e.trainAccuracy - e.testAccuracy) : 0.0, 0, 'f', 1);
    }
    readout_->setText(text + tr("At step %1.").arg(s.step));
}

void TrainingCurvesView::retranslate() {
    loss_->setTitle(tr("Loss"));
    loss_->setAxisTitles(tr("training step"), tr("cross-entropy loss (nats)"));
    accuracy_->setTitle(tr("Test accuracy"));
    accuracy_->setAxisTitles(tr("training step"), tr("test accuracy (%)"));
    gap_->setTitle(tr("Generalisation gap"));
    gap_->setAxisTitles(tr("training step"), tr("train − test accuracy (points)"));
    nameSeries();
}

void TrainingCurvesView::nameSeries() {
    for (int m : kAllModels) {
        // A network this run does not train gets no legend entry.
        if (m >= shownModels_) {
            for (auto [chart, series] : {std::pair{loss_, trainLoss_[m]}, std::pair{loss_, testLoss_[m]},
                                          std::pair{accuracy_, testAccuracy_[m]},
                                          std::pair{gap_, gapSeries_[m]}})
                chart->setSeriesName(series, QString());
            continue;
        }
        loss_->setSeriesName(trainLoss_[m], m == core::TwinTrainer::kBn      ? tr("%1 train").arg(normaliserShortName())
                                            : m == core::TwinTrainer::kNoisy ? tr("noisy BN train")
                                                                             : tr("plain train"));
        loss_->setSeriesName(testLoss_[m], m == core::TwinTrainer::kBn      ? tr("%1 test").arg(normaliserShortName())
                                           : m == core::TwinTrainer::kNoisy ? tr("noisy BN test")
                                                                            : tr("plain test"));
        accuracy_->setSeriesName(testAccuracy_[m], modelName(m));
        gap_->setSeriesName(gapSeries_[m], modelName(m));
    }
}

}  // namespace normlab::app
