#include "app/labs/batch_norm/bn_controls.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <memory>
#include <optional>
#include <vector>

#include "app/labs/batch_norm/log_slider.h"
#include "core/lab/twin_trainer.h"

namespace normlab::app {

namespace {

QComboBox* makeCombo(QWidget* parent, const QStringList& values) {
    auto* combo = new QComboBox(parent);
    for (const QString& v : values) combo->addItem(v, v);
    return combo;
}

void selectValue(QComboBox* combo, const QString& value) {
    const int i = combo->findData(value);
    if (i >= 0) combo->setCurrentIndex(i);
}

QString valueOf(const QComboBox* combo) { return combo->currentData().toString(); }

// The preset each model starts from: the covariate-shift set-up for the MLP
// (the views open on a run whose drift shows), bn-cnn for the CNN.
QString presetFor(const QString& model) {
    return model == "cnn" ? QStringLiteral("bn-cnn") : QStringLiteral("bn-covariate-shift");
}

std::optional<session::ExperimentConfig> loadModelPreset(const QString& model) {
    try {
        return session::loadPreset(presetFor(model));
    } catch (const session::ConfigError&) {
        return std::nullopt;  // no bundled presets (a bare build): the schema's defaults
    }
}

// What a model's preset sets beyond the architecture: what makes it train.
const QStringList kModelPresetKeys{"activation", "cnn_channels", "pooling",    "init",
                                   "init_std",   "optimizer",    "momentum",   "lr",
                                   "batch_size", "steps",        "eval_interval"};

}  // namespace

BnControls::BnControls(QWidget* parent)
    : QWidget(parent),
      base_(loadModelPreset(QStringLiteral("mlp"))
                .value_or(session::ExperimentConfig::defaults(QStringLiteral("bn-twin")))) {
    dataGroup_ = new QGroupBox(this);
    modelGroup_ = new QGroupBox(this);
    trainingGroup_ = new QGroupBox(this);
    auto* dataForm = new QFormLayout(dataGroup_);
    auto* modelForm = new QFormLayout(modelGroup_);
    auto* trainingForm = new QFormLayout(trainingGroup_);

    dataset_ = makeCombo(
        this, {"fashion-mnist", "moons", "circles", "xor", "spirals", "blobs", "idx", "csv"});
    addRow(dataForm, &datasetLabel_, dataset_, QStringLiteral("dataset"));
    dataPath_ = new QLabel(this);
    dataPath_->setWordWrap(true);
    dataForm->addRow(dataPath_);
    scaling_ = makeCombo(this, {"none", "minmax", "zscore"});
    addRow(dataForm, &scalingLabel_, scaling_, QStringLiteral("inputScaling"));
    trainSamples_ = new QSpinBox(this);
    trainSamples_->setRange(0, 1000000);
    trainSamples_->setSingleStep(1000);
    addRow(dataForm, &trainSamplesLabel_, trainSamples_, QStringLiteral("trainSamples"));

    model_ = makeCombo(this, {"mlp", "cnn"});
    addRow(modelForm, &modelLabel_, model_, QStringLiteral("model"));
    depth_ = new QSpinBox(this);
    depth_->setRange(1, 10);
    addRow(modelForm, &depthLabel_, depth_, QStringLiteral("depth"));
    width_ = new QSpinBox(this);
    width_->setRange(8, 256);
    addRow(modelForm, &widthLabel_, width_, QStringLiteral("width"));
    activation_ = makeCombo(this, {"sigmoid", "tanh", "relu"});
    addRow(modelForm, &activationLabel_, activation_, QStringLiteral("activation"));
    placement_ = makeCombo(this, {"before", "after"});
    addRow(modelForm, &placementLabel_, placement_, QStringLiteral("bnPlacement"));
    learnableAffine_ = new QCheckBox(this);
    addRow(modelForm, &affineLabel_, learnableAffine_, QStringLiteral("learnableAffine"));
    bnMomentum_ = new QDoubleSpinBox(this);
    bnMomentum_->setDecimals(3);
    bnMomentum_->setRange(0.001, 1.0);
    bnMomentum_->setSingleStep(0.01);
    addRow(modelForm, &bnMomentumLabel_, bnMomentum_, QStringLiteral("bnMomentum"));
    bnEps_ = new QComboBox(this);
    for (double eps : {1e-8, 1e-5, 1e-3, 1e-1}) bnEps_->addItem(QString::number(eps, 'g'), eps);
    addRow(modelForm, &bnEpsLabel_, bnEps_, QStringLiteral("bnEps"));
    noisyBn_ = new QCheckBox(this);
    addRow(modelForm, &noisyBnLabel_, noisyBn_, QStringLiteral("noisyBn"));
    noiseStrength_ = new QDoubleSpinBox(this);
    noiseStrength_->setDecimals(2);
    noiseStrength_->setRange(0.0, core::TwinConfig::kMaxNoiseStrength);
    noiseStrength_->setSingleStep(0.25);
    addRow(modelForm, &noiseStrengthLabel_, noiseStrength_, QStringLiteral("noiseStrength"));
    init_ = makeCombo(this, {"gaussian", "xavier", "he"});
    addRow(modelForm, &initLabel_, init_, QStringLiteral("init"));
    initStd_ = new LogSlider(1e-3, 10.0, this);
    initStd_->slider()->setObjectName(QStringLiteral("initStd"));
    modelForm->addRow(initStdLabel_ = new QLabel(this), initStd_);
    initStdLabel_->setBuddy(initStd_->slider());

    optimizer_ = makeCombo(this, {"sgd", "momentum", "adam"});
    addRow(trainingForm, &optimizerLabel_, optimizer_, QStringLiteral("optimizer"));
    learningRate_ = new LogSlider(1e-4, 10.0, this);
    learningRate_->slider()->setObjectName(QStringLiteral("learningRate"));
    trainingForm->addRow(learningRateLabel_ = new QLabel(this), learningRate_);
    learningRateLabel_->setBuddy(learningRate_->slider());
    momentum_ = new QDoubleSpinBox(this);
    momentum_->setDecimals(3);
    momentum_->setRange(0.0, 0.999);
    momentum_->setSingleStep(0.05);
    addRow(trainingForm, &momentumLabel_, momentum_, QStringLiteral("momentum"));
    batchSize_ = new QSpinBox(this);
    batchSize_->setRange(2, 4096);
    addRow(trainingForm, &batchSizeLabel_, batchSize_, QStringLiteral("batchSize"));
    evalMode_ = makeCombo(this, {"eval", "train"});
    addRow(trainingForm, &evalModeLabel_, evalMode_, QStringLiteral("bnEvalMode"));
    seed_ = new QSpinBox(this);
    seed_->setRange(0, 1000000);
    addRow(trainingForm, &seedLabel_, seed_, QStringLiteral("seed"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(dataGroup_);
    layout->addWidget(modelGroup_);
    layout->addWidget(trainingGroup_);
    layout->addStretch(1);

    setConfig(base_);

    // Live: applied by the running twins between two steps.
    connect(learningRate_, &LogSlider::valueCommitted, this, &BnControls::learningRateChanged);
    connect(momentum_, &QDoubleSpinBox::valueChanged, this, &BnControls::momentumChanged);
    connect(batchSize_, &QSpinBox::valueChanged, this, &BnControls::batchSizeChanged);
    connect(learnableAffine_, &QCheckBox::toggled, this, &BnControls::affineLearnableChanged);
    connect(noiseStrength_, &QDoubleSpinBox::valueChanged, this, &BnControls::noiseStrengthChanged);
    connect(evalMode_, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT bnEvalUsesRunningStatsChanged(valueOf(evalMode_) == "eval"); });

    // Shape, data or initialisation: a new run.
    const auto restartOn = [this](auto* widget, auto signal, auto reason) {
        connect(widget, signal, this, [this, reason] {
            updateEnabled();
            Q_EMIT restartNeeded(reason());
        });
    };
    connect(dataset_, &QComboBox::currentIndexChanged, this, [this] {
        const QString kind = valueOf(dataset_);
        // A file set needs a file: File > Open data set chooses one.
        if ((kind == "idx" || kind == "csv") && base_.getString("data_path").isEmpty()) {
            const QSignalBlocker block(dataset_);
            selectValue(dataset_, base_.getString("dataset"));
            dataPath_->setText(tr("Choose a file with File > Open data set."));
            dataPath_->show();
            return;
        }
        if (model_->currentData() == "cnn" && kind != "fashion-mnist" && kind != "idx") {
            const QSignalBlocker block(model_);
            selectValue(model_, QStringLiteral("mlp"));
        }
        updateEnabled();
        Q_EMIT restartNeeded(tr("The data set changed"));
    });
    restartOn(scaling_, &QComboBox::currentIndexChanged,
              [this] { return tr("The input scaling changed"); });
    restartOn(trainSamples_, &QSpinBox::editingFinished,
              [this] { return tr("The number of training examples changed"); });
    connect(model_, &QComboBox::currentIndexChanged, this, [this] {
        const QString kind = valueOf(dataset_);
        if (valueOf(model_) == "cnn" && kind != "fashion-mnist" && kind != "idx") {
            const QSignalBlocker block(dataset_);
            selectValue(dataset_, QStringLiteral("fashion-mnist"));
        }
        const std::optional<session::ExperimentConfig> preset = loadModelPreset(valueOf(model_));
        if (!preset) {
            updateEnabled();
            Q_EMIT restartNeeded(tr("The model changed"));
            return;
        }
        // A CNN at the MLP's learning rate and N(0, 1) weights sits at chance:
        // the model's own preset brings settings it trains with.
        session::ExperimentConfig c = config();
        for (const QString& key : kModelPresetKeys) c.setValue(key, preset->value(key));
        setConfig(c);
        Q_EMIT restartNeeded(tr("The model changed; the %1 preset's settings apply (learning "
                                "rate %2, %3 initialisation, %4 steps)")
                                 .arg(presetFor(valueOf(model_)))
                                 .arg(c.getDouble("lr"))
                                 .arg(init_->currentText())
                                 .arg(c.getInt("steps")));
    });
    restartOn(depth_, &QSpinBox::valueChanged, [this] { return tr("The depth changed"); });
    restartOn(width_, &QSpinBox::valueChanged, [this] { return tr("The width changed"); });
    restartOn(activation_, &QComboBox::currentIndexChanged,
              [this] { return tr("The activation changed"); });
    restartOn(placement_, &QComboBox::currentIndexChanged,
              [this] { return tr("The BN placement changed"); });
    restartOn(bnMomentum_, &QDoubleSpinBox::valueChanged,
              [this] { return tr("The BN momentum changed"); });
    restartOn(bnEps_, &QComboBox::currentIndexChanged, [this] { return tr("BN eps changed"); });
    restartOn(noisyBn_, &QCheckBox::toggled, [this] {
        return noisyBn_->isChecked() ? tr("The noisy BN network was added")
                                     : tr("The noisy BN network was removed");
    });
    restartOn(init_, &QComboBox::currentIndexChanged,
              [this] { return tr("The initialisation changed"); });
    restartOn(initStd_, &LogSlider::valueCommitted,
              [this] { return tr("The initial weight std changed"); });
    restartOn(optimizer_, &QComboBox::currentIndexChanged,
              [this] { return tr("The optimiser changed"); });
    restartOn(seed_, &QSpinBox::valueChanged, [this] { return tr("The seed changed"); });
    retranslate();
}

void BnControls::addRow(QFormLayout* form, QLabel** label, QWidget* field,
                        const QString& objectName) {
    field->setObjectName(objectName);
    *label = new QLabel(this);
    (*label)->setBuddy(field);
    form->addRow(*label, field);
}

session::ExperimentConfig BnControls::config() const {
    session::ExperimentConfig c = base_;
    c.setValue("dataset", valueOf(dataset_));
    c.setValue("input_scaling", valueOf(scaling_));
    c.setValue("train_samples", trainSamples_->value());
    c.setValue("model", valueOf(model_));
    c.setValue("depth", depth_->value());
    c.setValue("width", width_->value());
    c.setValue("activation", valueOf(activation_));
    c.setValue("bn_placement", valueOf(placement_));
    c.setValue("affine", learnableAffine_->isChecked() ? "learnable" : "frozen");
    c.setValue("bn_momentum", bnMomentum_->value());
    c.setValue("bn_eps", bnEps_->currentData().toDouble());
    c.setValue("noisy_bn", noisyBn_->isChecked());
    c.setValue("bn_noise", noiseStrength_->value());
    c.setValue("init", valueOf(init_));
    c.setValue("init_std", initStd_->value());
    c.setValue("optimizer", valueOf(optimizer_));
    c.setValue("lr", learningRate_->value());
    c.setValue("momentum", momentum_->value());
    c.setValue("batch_size", batchSize_->value());
    c.setValue("bn_eval_mode", valueOf(evalMode_));
    c.setValue("seed", seed_->value());
    return c;
}

void BnControls::setConfig(const session::ExperimentConfig& config) {
    base_ = config;
    std::vector<std::unique_ptr<QSignalBlocker>> blockers;
    for (QObject* child : findChildren<QObject*>())
        blockers.push_back(std::make_unique<QSignalBlocker>(child));
    selectValue(dataset_, config.getString("dataset"));
    selectValue(scaling_, config.getString("input_scaling"));
    trainSamples_->setValue(config.getInt("train_samples"));
    selectValue(model_, config.getString("model"));
    depth_->setValue(config.getInt("depth"));
    width_->setValue(config.getInt("width"));
    selectValue(activation_, config.getString("activation"));
    selectValue(placement_, config.getString("bn_placement"));
    learnableAffine_->setChecked(config.getString("affine") == "learnable");
    bnMomentum_->setValue(config.getDouble("bn_momentum"));
    const double eps = config.getDouble("bn_eps");
    if (bnEps_->findData(eps) < 0) bnEps_->addItem(QString::number(eps, 'g'), eps);
    bnEps_->setCurrentIndex(bnEps_->findData(eps));
    noisyBn_->setChecked(config.getBool("noisy_bn"));
    noiseStrength_->setValue(config.getDouble("bn_noise"));
    selectValue(init_, config.getString("init"));
    initStd_->setValue(config.getDouble("init_std"));
    selectValue(optimizer_, config.getString("optimizer"));
    learningRate_->setValue(config.getDouble("lr"));
    momentum_->setValue(config.getDouble("momentum"));
    batchSize_->setValue(config.getInt("batch_size"));
    selectValue(evalMode_, config.getString("bn_eval_mode"));
    seed_->setValue(config.getInt("seed"));
    const QString path = config.getString("data_path");
    dataPath_->setText(path.isEmpty() ? QString() : QFileInfo(path).fileName());
    dataPath_->setToolTip(path);
    dataPath_->setVisible(!path.isEmpty());
    updateEnabled();
}

void BnControls::setDataFile(const QString& kind, const QString& path) {
    session::ExperimentConfig c = config();
    c.setValue("data_path", path);
    c.setValue("dataset", kind);
    if (kind == "csv") c.setValue("model", "mlp");
    setConfig(c);
}

void BnControls::updateEnabled() {
    const bool cnn = valueOf(model_) == "cnn";
    depth_->setEnabled(!cnn);
    width_->setEnabled(!cnn);
    activation_->setEnabled(!cnn);
    initStd_->setEnabled(valueOf(init_) == "gaussian");
    momentum_->setEnabled(valueOf(optimizer_) == "momentum");
    noiseStrength_->setEnabled(noisyBn_->isChecked());
}

void BnControls::retranslate() {
    dataGroup_->setTitle(tr("Data"));
    modelGroup_->setTitle(tr("Networks (identical except BN)"));
    trainingGroup_->setTitle(tr("Training"));
    datasetLabel_->setText(tr("&Data set:"));
    const QStringList dataNames{tr("Fashion-MNIST"), tr("Two moons (2-D)"), tr("Circles (2-D)"),
                                tr("XOR (2-D)"),     tr("Spirals (2-D)"),   tr("Blobs (2-D)"),
                                tr("IDX folder"),    tr("CSV file")};
    for (int i = 0; i < dataNames.size(); ++i) dataset_->setItemText(i, dataNames[i]);
    dataset_->setToolTip(
        tr("The training data; changing it starts a new run. IDX and CSV files "
           "are chosen with File > Open data set."));
    scalingLabel_->setText(tr("Input &scaling:"));
    scaling_->setItemText(0, tr("None"));
    scaling_->setItemText(1, tr("Min-max to [0, 1]"));
    scaling_->setItemText(2, tr("Z-score (x − μ) / σ"));
    scaling_->setToolTip(tr("Feature scaling of the inputs, fitted on the training split only."));
    trainSamplesLabel_->setText(tr("Training &examples:"));
    trainSamples_->setSpecialValueText(tr("all"));
    trainSamples_->setToolTip(
        tr("How many training examples to use (0 = all; synthetic sets: "
           "how many to generate)."));
    modelLabel_->setText(tr("&Model:"));
    model_->setItemText(0, tr("MLP (dense layers)"));
    model_->setItemText(1, tr("Small CNN (per-channel BN)"));
    model_->setToolTip(
        tr("An MLP, or conv 3×3 → BN → ReLU twice with pooling and a dense output; "
           "the CNN's BN normalizes each channel over batch and pixels."));
    depthLabel_->setText(tr("Hidden &layers:"));
    depth_->setToolTip(tr("Number of hidden layers (1–10) in both networks."));
    widthLabel_->setText(tr("&Width:"));
    width_->setToolTip(tr("Units per hidden layer (8–256)."));
    activationLabel_->setText(tr("&Activation:"));
    activation_->setItemText(0, tr("Sigmoid 1 / (1 + e^−z)"));
    activation_->setItemText(1, tr("Tanh"));
    activation_->setItemText(2, tr("ReLU max(0, z)"));
    activation_->setToolTip(tr("Non-linearity of the hidden layers, the same for both networks."));
    placementLabel_->setText(tr("BN &placement:"));
    placement_->setItemText(0, tr("Before the activation (paper)"));
    placement_->setItemText(1, tr("After the activation"));
    placement_->setToolTip(tr("Before: f(BN(W x)) as in Ioffe & Szegedy; after: BN(f(W x))."));
    affineLabel_->setText(tr("Learnable &γ, β:"));
    learnableAffine_->setToolTip(
        tr("y = γ·(x − μ_B) / √(σ²_B + ε) + β: γ and β learned, or frozen at 1 and 0 (applies "
           "at once)."));
    bnMomentumLabel_->setText(tr("BN mo&mentum:"));
    bnMomentum_->setToolTip(
        tr("Running statistics: μ_run ← (1 − m)·μ_run + m·μ_B (PyTorch "
           "convention)."));
    bnEpsLabel_->setText(tr("BN &ε:"));
    bnEps_->setToolTip(tr("ε in √(σ²_B + ε): keeps the division finite for a constant unit."));
    noisyBnLabel_->setText(tr("Nois&y BN network:"));
    noisyBn_->setToolTip(
        tr("Santurkar et al. 2018: train a third network, the BN one with random noise after "
           "every BN layer (a new shift and scale per unit at every step), so its layer inputs "
           "shift far more than the plain network's. Starts a new run."));
    noiseStrengthLabel_->setText(tr("Noise stren&gth:"));
    noiseStrength_->setToolTip(
        tr("s in 0–10: shifts of up to 1.5·s and scales between (1 + s)^−1.5 and (1 + s)^1.5, "
           "one part shared by the layer and one per unit, redrawn each step; applies at the "
           "next step."));
    initLabel_->setText(tr("&Initialisation:"));
    init_->setItemText(0, tr("Gaussian N(0, std²)"));
    init_->setItemText(1, tr("Xavier (std √(2 / (in + out)))"));
    init_->setItemText(2, tr("He (std √(2 / in))"));
    init_->setToolTip(tr("How the weights start; both networks start from the same weights."));
    initStdLabel_->setText(tr("Initial weight s&td:"));
    initStd_->setToolTip(
        tr("Gaussian initialisation: W ~ N(0, std²), on a log scale; the paper "
           "uses 1. Changing it starts a new run."));
    optimizerLabel_->setText(tr("&Optimiser:"));
    optimizer_->setItemText(0, tr("SGD"));
    optimizer_->setItemText(1, tr("SGD with momentum"));
    optimizer_->setItemText(2, tr("Adam"));
    optimizer_->setToolTip(tr("The update rule, the same for both networks."));
    learningRateLabel_->setText(tr("Lea&rning rate:"));
    learningRate_->setToolTip(tr("lr in w ← w − lr·∇L, on a log scale; applies at the next step."));
    momentumLabel_->setText(tr("Mome&ntum:"));
    momentum_->setToolTip(tr("β in v ← β·v + ∇L, w ← w − lr·v; applies at the next step."));
    batchSizeLabel_->setText(tr("&Batch size:"));
    batchSize_->setToolTip(
        tr("Examples per step (at least 2: BN needs a batch variance); "
           "applies at the next step."));
    evalModeLabel_->setText(tr("BN at e&valuation:"));
    evalMode_->setItemText(0, tr("Running statistics (eval)"));
    evalMode_->setItemText(1, tr("Batch statistics (train)"));
    evalMode_->setToolTip(
        tr("How the BN network normalizes on the test set: with the running "
           "averages μ_run, σ²_run or with each test batch's own statistics."));
    seedLabel_->setText(tr("S&eed:"));
    seed_->setToolTip(tr("Random seed of the initial weights, batch order and synthetic data."));
}

}  // namespace normlab::app
