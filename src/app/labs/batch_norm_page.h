#pragma once
// Batch normalization lab tab: a plain network and its batch-normalized twin
// trained in lockstep.

#include "app/labs/upcoming_lab_page.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
QT_END_NAMESPACE

namespace normlab::app {

class BatchNormPage : public UpcomingLabPage {
    Q_OBJECT
  public:
    explicit BatchNormPage(QWidget* parent = nullptr);
    [[nodiscard]] QString labId() const override { return QStringLiteral("batch_norm"); }
    [[nodiscard]] QString title() const override { return tr("Batch normalization"); }

  protected:
    void retranslate() override;

  private:
    QComboBox* dataset_;
    QSpinBox* depth_;
    QComboBox* activation_;
    QDoubleSpinBox* learningRate_;
    QCheckBox* learnableAffine_;
    QComboBox* mode_;
    QLabel* datasetLabel_;
    QLabel* depthLabel_;
    QLabel* activationLabel_;
    QLabel* learningRateLabel_;
    QLabel* learnableAffineLabel_;
    QLabel* modeLabel_;
};

}  // namespace normlab::app
