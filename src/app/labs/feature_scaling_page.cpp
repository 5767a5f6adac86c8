#include "app/labs/feature_scaling_page.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>

namespace normlab::app {

FeatureScalingPage::FeatureScalingPage(QWidget* parent) : UpcomingLabPage(parent) {
    scaler_ = addComboBox(QStringLiteral("scaler"), 3, &scalerLabel_);
    optimizer_ = addComboBox(QStringLiteral("optimizer"), 3, &optimizerLabel_);
    learningRate_ = addDoubleSpinBox(QStringLiteral("learningRate"), 0.0001, 10.0, 0.05, 4,
                                     &learningRateLabel_);
    scaleRatio_ =
        addDoubleSpinBox(QStringLiteral("scaleRatio"), 1.0, 1000.0, 10.0, 2, &scaleRatioLabel_);
    correlation_ =
        addDoubleSpinBox(QStringLiteral("correlation"), -0.95, 0.95, 0.0, 2, &correlationLabel_);
    correlation_->setSingleStep(0.05);
    batchSize_ = addSpinBox(QStringLiteral("batchSize"), 1, 4096, 32, &batchSizeLabel_);
    retranslate();
}

void FeatureScalingPage::retranslate() {
    setControlsTitle(tr("Experiment"));
    scalerLabel_->setText(tr("&Scaling:"));
    scaler_->setItemText(0, tr("None"));
    scaler_->setItemText(1, tr("Min-max"));
    scaler_->setItemText(2, tr("Z-score"));
    scaler_->setToolTip(
        tr("How the features are rescaled before training, fitted on the training split only.\n"
           "Min-max: x' = (x - min) / (max - min)\nZ-score: x' = (x - mean) / std"));
    optimizerLabel_->setText(tr("&Optimizer:"));
    optimizer_->setItemText(0, tr("SGD"));
    optimizer_->setItemText(1, tr("Momentum"));
    optimizer_->setItemText(2, tr("Adam"));
    optimizer_->setToolTip(
        tr("The update rule.\nSGD: w <- w - lr * grad\n"
           "Momentum: v <- beta * v + grad, w <- w - lr * v\n"
           "Adam: per-weight steps from running moments of the gradient"));
    learningRateLabel_->setText(tr("&Learning rate:"));
    learningRate_->setToolTip(
        tr("Step size lr in w <- w - lr * grad. Plain gradient descent is stable only for "
           "lr < 2 / lambda_max of the Hessian."));
    scaleRatioLabel_->setText(tr("Feature scale &ratio:"));
    scaleRatio_->setToolTip(
        tr("How much larger the second feature's spread is than the first's; stretches the "
           "loss contours into ellipses with condition number about ratio^2."));
    correlationLabel_->setText(tr("&Correlation:"));
    correlation_->setToolTip(tr("Correlation rho between the two features; tilts the ellipses."));
    batchSizeLabel_->setText(tr("&Batch size:"));
    batchSize_->setToolTip(tr("Samples per gradient estimate (mini-batch size)."));
    setNotice(tr("Feature scaling lab — coming in the next build"),
              tr("<p>Here you will see the least-squares loss of a two-feature regression as "
                 "contour lines in weight space, with the path each optimizer takes across "
                 "it, for raw and for scaled features side by side.</p>"
                 "<p>Beside the paths: the Hessian's eigenvalues, its condition number "
                 "kappa = lambda_max / lambda_min and the largest stable learning rate "
                 "2 / lambda_max, and the loss curve of each run.</p>"));
}

}  // namespace normlab::app
