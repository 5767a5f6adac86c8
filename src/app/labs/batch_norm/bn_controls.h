#pragma once
// The batch-normalization lab's controls, mapped to and from a bn-twin
// experiment config. Changes the running twins can take (learning rate,
// momentum, batch size, gamma/beta frozen, BN eval mode) are reported as
// live changes; the rest need a new run and are reported with a reason.

#include <QString>
#include <QWidget>

#include "session/experiment_config.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QSpinBox;
QT_END_NAMESPACE

namespace normlab::app {

class LogSlider;

class BnControls : public QWidget {
    Q_OBJECT
  public:
    explicit BnControls(QWidget* parent = nullptr);

    // The base config with every control's value written in.
    [[nodiscard]] session::ExperimentConfig config() const;
    // Sets every control from `config` without emitting anything.
    void setConfig(const session::ExperimentConfig& config);
    // A data file chosen through File > Open data set ("idx" or "csv").
    void setDataFile(const QString& kind, const QString& path);
    void retranslate();

    [[nodiscard]] LogSlider* learningRate() const { return learningRate_; }
    [[nodiscard]] QSpinBox* batchSize() const { return batchSize_; }
    [[nodiscard]] QCheckBox* learnableAffine() const { return learnableAffine_; }
    [[nodiscard]] QComboBox* dataset() const { return dataset_; }
    [[nodiscard]] QComboBox* model() const { return model_; }
    [[nodiscard]] QSpinBox* depth() const { return depth_; }
    [[nodiscard]] QCheckBox* noisyBn() const { return noisyBn_; }
    [[nodiscard]] QDoubleSpinBox* noiseStrength() const { return noiseStrength_; }

  Q_SIGNALS:
    void learningRateChanged(double lr);
    void momentumChanged(double momentum);
    void batchSizeChanged(int batchSize);
    void affineLearnableChanged(bool learnable);
    void bnEvalUsesRunningStatsChanged(bool running);
    void noiseStrengthChanged(double strength);
    void restartNeeded(QString reason);

  private:
    void addRow(QFormLayout* form, QLabel** label, QWidget* field, const QString& objectName);
    void updateEnabled();
    void selectData(const QString& value);

    session::ExperimentConfig base_;
    QGroupBox* dataGroup_;
    QGroupBox* modelGroup_;
    QGroupBox* trainingGroup_;
    QComboBox* dataset_;
    QComboBox* scaling_;
    QSpinBox* trainSamples_;
    QLabel* dataPath_;
    QComboBox* model_;
    QSpinBox* depth_;
    QSpinBox* width_;
    QComboBox* activation_;
    QComboBox* placement_;
    QCheckBox* learnableAffine_;
    QDoubleSpinBox* bnMomentum_;
    QComboBox* bnEps_;
    QCheckBox* noisyBn_;
    QDoubleSpinBox* noiseStrength_;
    QComboBox* init_;
    LogSlider* initStd_;
    QComboBox* optimizer_;
    LogSlider* learningRate_;
    QDoubleSpinBox* momentum_;
    QSpinBox* batchSize_;
    QComboBox* evalMode_;
    QSpinBox* seed_;
    QLabel *datasetLabel_, *scalingLabel_, *trainSamplesLabel_, *modelLabel_, *depthLabel_,
        *widthLabel_, *activationLabel_, *placementLabel_, *affineLabel_, *bnMomentumLabel_,
        *bnEpsLabel_, *noisyBnLabel_, *noiseStrengthLabel_, *initLabel_, *initStdLabel_, *optimizerLabel_, *learningRateLabel_,
        *momentumLabel_, *batchSizeLabel_, *evalModeLabel_, *seedLabel_;
};

}  // namespace normlab::app
