#pragma once
// Batch size lab tab: the same model trained with several mini-batch sizes.

#include "app/labs/upcoming_lab_page.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace normlab::app {

class BatchSizePage : public UpcomingLabPage {
    Q_OBJECT
  public:
    explicit BatchSizePage(QWidget* parent = nullptr);
    [[nodiscard]] QString labId() const override { return QStringLiteral("batch_size"); }
    [[nodiscard]] QString title() const override { return tr("Batch size"); }

  protected:
    void retranslate() override;

  private:
    QLineEdit* batchSizes_;
    QComboBox* lrRule_;
    QDoubleSpinBox* learningRate_;
    QSpinBox* epochs_;
    QLabel* batchSizesLabel_;
    QLabel* lrRuleLabel_;
    QLabel* learningRateLabel_;
    QLabel* epochsLabel_;
};

}  // namespace normlab::app
