#pragma once
// Feature scaling lab tab: how the scale of the inputs shapes the loss
// surface and what gradient descent can do on it.

#include "app/labs/upcoming_lab_page.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
QT_END_NAMESPACE

namespace normlab::app {

class FeatureScalingPage : public UpcomingLabPage {
    Q_OBJECT
  public:
    explicit FeatureScalingPage(QWidget* parent = nullptr);
    [[nodiscard]] QString labId() const override { return QStringLiteral("feature_scaling"); }
    [[nodiscard]] QString title() const override { return tr("Feature scaling"); }

  protected:
    void retranslate() override;

  private:
    QComboBox* scaler_;
    QComboBox* optimizer_;
    QDoubleSpinBox* learningRate_;
    QDoubleSpinBox* scaleRatio_;
    QDoubleSpinBox* correlation_;
    QSpinBox* batchSize_;
    QLabel* scalerLabel_;
    QLabel* optimizerLabel_;
    QLabel* learningRateLabel_;
    QLabel* scaleRatioLabel_;
    QLabel* correlationLabel_;
    QLabel* batchSizeLabel_;
};

}  // namespace normlab::app
