#include "app/labs/batch_size_page.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace normlab::app {

BatchSizePage::BatchSizePage(QWidget* parent) : UpcomingLabPage(parent) {
    batchSizes_ = new QLineEdit(QStringLiteral("1, 8, 32, 128, 512"), this);
    batchSizesLabel_ = addControl(batchSizes_, QStringLiteral("batchSizes"));
    lrRule_ = addComboBox(QStringLiteral("learningRateRule"), 3, &lrRuleLabel_);
    learningRate_ = addDoubleSpinBox(QStringLiteral("learningRate"), 0.0001, 10.0, 0.05, 4,
                                     &learningRateLabel_);
    epochs_ = addSpinBox(QStringLiteral("epochs"), 1, 500, 20, &epochsLabel_);
    retranslate();
}

void BatchSizePage::retranslate() {
    setControlsTitle(tr("Experiment"));
    batchSizesLabel_->setText(tr("Batch &sizes:"));
    batchSizes_->setToolTip(
        tr("Mini-batch sizes B to compare, separated by commas. The "
           "gradient's noise shrinks roughly like 1 / sqrt(B)."));
    lrRuleLabel_->setText(tr("Learning-rate &rule:"));
    lrRule_->setItemText(0, tr("Same for all"));
    lrRule_->setItemText(1, tr("Linear: lr * B / B0"));
    lrRule_->setItemText(2, tr("Square root: lr * sqrt(B / B0)"));
    lrRule_->setToolTip(
        tr("How the learning rate changes with the batch size B relative to "
           "the smallest size B0."));
    learningRateLabel_->setText(tr("Base &learning rate:"));
    learningRate_->setToolTip(
        tr("Step size lr for the smallest batch size, in w <- w - lr * "
           "grad."));
    epochsLabel_->setText(tr("&Epochs:"));
    epochs_->setToolTip(tr("Passes over the training set for every batch size."));
    setNotice(tr("Batch size lab — coming in the next build"),
              tr("<p>Here the same model trains once per batch size, all from the same "
                 "initial weights.</p><p>You will see the loss against epochs, against "
                 "optimisation steps and against wall-clock time for each batch size, the "
                 "noise of the gradient estimate, and the descent paths across the loss "
                 "surface.</p>"));
}

}  // namespace normlab::app
