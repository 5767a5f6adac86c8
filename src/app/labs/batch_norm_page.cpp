#include "app/labs/batch_norm_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>

namespace normlab::app {

BatchNormPage::BatchNormPage(QWidget* parent) : UpcomingLabPage(parent) {
    dataset_ = addComboBox(QStringLiteral("dataset"), 2, &datasetLabel_);
    depth_ = addSpinBox(QStringLiteral("depth"), 1, 12, 4, &depthLabel_);
    activation_ = addComboBox(QStringLiteral("activation"), 3, &activationLabel_);
    learningRate_ =
        addDoubleSpinBox(QStringLiteral("learningRate"), 0.0001, 10.0, 0.1, 4, &learningRateLabel_);
    learnableAffine_ = new QCheckBox(this);
    learnableAffine_->setChecked(true);
    learnableAffineLabel_ = addControl(learnableAffine_, QStringLiteral("learnableAffine"));
    mode_ = addComboBox(QStringLiteral("mode"), 2, &modeLabel_);
    retranslate();
}

void BatchNormPage::retranslate() {
    setControlsTitle(tr("Experiment"));
    datasetLabel_->setText(tr("&Data set:"));
    dataset_->setItemText(0, tr("Two spirals (synthetic)"));
    dataset_->setItemText(1, tr("Fashion-MNIST"));
    dataset_->setToolTip(tr("The training data; changing it starts a new run."));
    depthLabel_->setText(tr("Hidden &layers:"));
    depth_->setToolTip(
        tr("Number of hidden layers in both networks; changing it starts a new "
           "run."));
    activationLabel_->setText(tr("&Activation:"));
    activation_->setItemText(0, tr("ReLU"));
    activation_->setItemText(1, tr("Sigmoid"));
    activation_->setItemText(2, tr("Tanh"));
    activation_->setToolTip(
        tr("Non-linearity after each layer: ReLU max(0, x), sigmoid "
           "1 / (1 + e^-x) or tanh."));
    learningRateLabel_->setText(tr("L&earning rate:"));
    learningRate_->setToolTip(tr("Step size lr in w <- w - lr * grad, the same for both twins."));
    learnableAffineLabel_->setText(tr("Learnable &gamma/beta:"));
    learnableAffine_->setToolTip(
        tr("Whether the scale gamma and shift beta in y = gamma * (x - mean_B) / "
           "sqrt(var_B + eps) + beta are trained or frozen at 1 and 0."));
    modeLabel_->setText(tr("BN &mode:"));
    mode_->setItemText(0, tr("Train (batch statistics)"));
    mode_->setItemText(1, tr("Eval (running statistics)"));
    mode_->setToolTip(
        tr("Train normalizes with the mini-batch mean_B and var_B; eval uses the "
           "running averages collected during training."));
    setNotice(tr("Batch normalization lab — coming in the next build"),
              tr("<p>Here a plain network and the same network with batch normalization "
                 "train in lockstep from the same initial weights on the same batches.</p>"
                 "<p>You will see both loss and accuracy curves, each layer's activation "
                 "distribution over time (15th, 50th and 85th percentiles), the learned "
                 "gamma and beta, and how much each layer's input distribution shifts "
                 "between steps.</p>"));
}

}  // namespace normlab::app
