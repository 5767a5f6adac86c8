#include "app/labs/batch_norm/bn_controls.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>
#include <optional>

#include "app/widgets/bound_form.h"
#include "app/widgets/exact_spin_box.h"
#include "app/widgets/field_binding.h"
#include "app/widgets/field_texts.h"

namespace normlab::app {

namespace {

const QString kKind = QStringLiteral("bn-twin");

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
const QStringList kModelPresetKeys{"activation", "cnn_channels", "pooling",      "init",
                                   "init_std",   "optimizer",    "momentum",     "lr",
                                   "batch_size", "steps",        "eval_interval"};

// Applied by the running twins between two steps; every other field starts a new run.
const QStringList kLiveKeys{"lr", "momentum", "batch_size", "affine", "bn_eval_mode", "bn_noise"};

// The column's rows, top to bottom, with each row's label and explanation
// (worded in retranslate()).
using Group = BnControls::Group;
struct Row {
    Group group;
    const char* key;
    const char* label;
    const char* explanation;
};
constexpr Row kRows[] = {
    {Group::Data, "dataset", QT_TRANSLATE_NOOP("normlab::app::BnControls", "&Data set:"),
     QT_TRANSLATE_NOOP("normlab::app::BnControls",
                       "The training data; changing it starts a new run. IDX and CSV files are "
                       "chosen with File > Open data set.")},
    {Group::Data, "input_scaling", QT_TRANSLATE_NOOP("normlab::app::BnControls", "Input &scaling:"),
     QT_TRANSLATE_NOOP("normlab::app::BnControls",
                       "Feature scaling of the inputs, fitted on the training split only.")},
    {Group::Data, "train_samples",
     QT_TRANSLATE_NOOP("normlab::app::BnControls", "Training &examples:"),
     QT_TRANSLATE_NOOP("normlab::app::BnControls",
                       "How many training examples to use (0 = all; synthetic sets: how many to "
                       "generate).")},
    {Group::Networks, "model", QT_TRANSLATE_NOOP("normlab::app::BnControls", "&Model:"),
     QT_TRANSLATE_NOOP("normlab::app::BnControls",
                       "An MLP, or conv 3×3 → BN → ReLU twice with pooling and a dense output; the "
                       "CNN's BN normalizes each channel over batch and pixels.")},
    {Group::Networks, "normaliser", QT_TRANSLATE_NOOP("normlab::app::BnControls", "&Normaliser:"),
     QT_TRANSLATE_NOOP("normlab::app::BnControls",
                       "What the normalised twin uses. Batch norm standardizes each unit over the "
                       "mini-batch; layer and group norm standardize each example over its own "
                       "units (all of them, or G groups), so they need no batch and behave the "
                       "same in training and evaluation. Starts a new run.")},
    {Group::Networks, "groups", QT_TRANSLATE_NOOP("normlab::app::BnControls", "&Groups G:"),
     QT_TRANSLATE_NOOP("normlab::app::BnControls",
                       "Group norm splits each layer's units (or channels) into G groups and "
                       "standardizes each group of each example. Starts a new run.")},
    {Group::Networks, "depth", QT_TRANSLATE_NOOP("normlab::app::BnControls", "Hidden &layers:"),
     QT_TRANSLATE_NOOP("normlab::app::BnControls",
                       "Number of hidden layers (1–10) in both networks.")},
    {Group::Networks, "width", QT_TRANSLATE_NOOP("normlab::app::BnControls", "&Width:"),
     QT_TRANSLATE_NOOP("normlab::app::BnControls", "Units per hidden layer (8–256).")},
    {Group::Networks, "activation", QT_TRANSLATE_NOOP("normlab::app::BnControls", "&Activation:"),
     QT_TRANSLATE_NOOP("normlab::app::BnControls",
                       "Non-linearity of the hidden layers, the same for both networks.")},
    {Group::Networks, "bn_placement",
     QT_TRANSLATE_NOOP("normlab::app::BnControls", "Normaliser &placement:"),
     QT_TRANSLATE_NOOP("normlab::app::BnControls",
                       "Where the normaliser N sits: before, f(N(W x)) as in Ioffe & Szegedy; "
                       "after, N(f(W x)).")},
    {Group::Networks, "affine", QT_TRANSLATE_NOOP("normlab::app::BnControls", "Learnable &γ, β:"),
     QT_TRANSLATE_NOOP("normlab::app::BnControls",
                       "y = γ·(x − μ_B) / √(σ²_B + ε) + β: γ and β learned, or frozen at 1 and 0 "
                       "(applies at once).")},
    {Group::Networks, "bn_momentum", QT_TRANSLATE_NOOP("normlab::app::BnControls", "BN mo&mentum:"),
     QT_TRANSLATE_NOOP("normlab::app::BnControls",
                       "Running statistics: μ_run ← (1 − m)·μ_run + m·μ_B (PyTorch convention).")},
    {Group::Networks, "bn_eps", QT_TRANSLATE_NOOP("normlab::app::BnControls", "Normaliser &ε:"),
     QT_TRANSLATE_NOOP("normlab::app::BnControls",
                       "ε in √(σ² + ε), σ² the variance the normaliser divides by: keeps the "
                       "division finite for a constant unit.")},
    {Group::Networks, "noisy_bn",
     QT_TRANSLATE_NOOP("normlab::app::BnControls", "Nois&y BN network:"),
     QT_TRANSLATE_NOOP("normlab::app::BnControls",
                       "Santurkar et al. 2018: train a third network, the BN one with random noise "
                       "after every BN layer (a new shift and scale per unit at every step), so "
                       "its layer inputs shift far more than the plain network's. Starts a new "
                       "run.")},
    {Group::Networks, "bn_noise", QT_TRANSLATE_NOOP("normlab::app::BnControls", "Noise stren&gth:"),
     QT_TRANSLATE_NOOP("normlab::app::BnControls",
                       "s in 0–10: shifts of up to 1.5·s and scales between (1 + s)^−1.5 and (1 + "
                       "s)^1.5, one part shared by the layer and one per unit, redrawn each step; "
                       "applies at the next step.")},
    {Group::Networks, "init", QT_TRANSLATE_NOOP("normlab::app::BnControls", "&Initialisation:"),
     QT_TRANSLATE_NOOP("normlab::app::BnControls",
                       "How the weights start; both networks start from the same weights.")},
    {Group::Networks, "init_std",
     QT_TRANSLATE_NOOP("normlab::app::BnControls", "Initial weight s&td:"),
     QT_TRANSLATE_NOOP("normlab::app::BnControls",
                       "Gaussian initialisation: W ~ N(0, std²), on a log scale; the paper uses 1. "
                       "Changing it starts a new run.")},
    {Group::Training, "optimizer", QT_TRANSLATE_NOOP("normlab::app::BnControls", "&Optimiser:"),
     QT_TRANSLATE_NOOP("normlab::app::BnControls", "The update rule, the same for both networks.")},
    {Group::Training, "lr", QT_TRANSLATE_NOOP("normlab::app::BnControls", "Lea&rning rate:"),
     QT_TRANSLATE_NOOP("normlab::app::BnControls",
                       "lr in w ← w − lr·∇L, on a log scale; applies at the next step.")},
    {Group::Training, "momentum", QT_TRANSLATE_NOOP("normlab::app::BnControls", "Mome&ntum:"),
     QT_TRANSLATE_NOOP("normlab::app::BnControls",
                       "β in v ← β·v + ∇L, w ← w − lr·v; applies at the next step.")},
    {Group::Training, "batch_size", QT_TRANSLATE_NOOP("normlab::app::BnControls", "&Batch size:"),
     QT_TRANSLATE_NOOP("normlab::app::BnControls",
                       "Examples per step (at least 2: BN needs a batch variance); applies at the "
                       "next step.")},
    {Group::Training, "bn_eval_mode",
     QT_TRANSLATE_NOOP("normlab::app::BnControls", "BN at e&valuation:"),
     QT_TRANSLATE_NOOP("normlab::app::BnControls",
                       "How the BN network normalizes on the test set: with the running averages "
                       "μ_run, σ²_run or with each test batch's own statistics.")},
    {Group::Training, "seed", QT_TRANSLATE_NOOP("normlab::app::BnControls", "S&eed:"),
     QT_TRANSLATE_NOOP("normlab::app::BnControls",
                       "Random seed of the initial weights, batch order and synthetic data.")},
};

bool isImageData(const QString& dataset) { return dataset == "fashion-mnist" || dataset == "idx"; }

}  // namespace

BnControls::BnControls(QWidget* parent)
    : QWidget(parent),
      base_(loadModelPreset(QStringLiteral("mlp"))
                .value_or(session::ExperimentConfig::defaults(kKind))),
      form_(new BoundForm(kKind, this)) {
    dataGroup_ = new QGroupBox(this);
    modelGroup_ = new QGroupBox(this);
    trainingGroup_ = new QGroupBox(this);
    dataForm_ = new QFormLayout(dataGroup_);
    modelForm_ = new QFormLayout(modelGroup_);
    trainingForm_ = new QFormLayout(trainingGroup_);

    for (const Row& row : kRows) addRow(row.group, QString::fromLatin1(row.key));
    // The chosen file's name, right under the data set's row (and its error line).
    dataPath_ = new QLabel(this);
    dataPath_->setObjectName(QStringLiteral("dataPath"));
    dataPath_->setWordWrap(true);
    int datasetRow = 0;
    QFormLayout::ItemRole role{};
    dataForm_->getWidgetPosition(field(QStringLiteral("dataset"))->errorLabel(), &datasetRow,
                                 &role);
    dataForm_->insertRow(datasetRow + 1, dataPath_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(dataGroup_);
    layout->addWidget(modelGroup_);
    layout->addWidget(trainingGroup_);
    layout->addStretch(1);

    connect(form_, &BoundForm::edited, this, &BnControls::onEdited);
    setConfig(base_);
    retranslate();
}

FieldBinding* BnControls::addRow(Group group, const QString& key) {
    QFormLayout* form = group == Group::Data       ? dataForm_
                        : group == Group::Networks ? modelForm_
                                                   : trainingForm_;
    const session::ExperimentConfig shown =
        config();  // before the new field overwrites base_'s value
    FieldBinding* binding = form_->addRow(form, key);
    // A new run per slider position while dragging would restart the twins at every pixel.
    if (!kLiveKeys.contains(key)) binding->setTracking(false);
    binding->load(shown);
    return binding;
}

FieldBinding* BnControls::field(const QString& key) const {
    return form_->label(key) ? form_->field(key) : nullptr;
}

void BnControls::setRowTexts(const QString& key, const QString& label, const QString& explanation) {
    form_->setTexts(key, label, explanation);
}

QString BnControls::valueOf(const QString& key) const {
    return form_->field(key)->value().toString();
}

session::ExperimentConfig BnControls::config() const {
    session::ExperimentConfig c = base_;
    form_->store(c);
    if (valueOf("normaliser") != "batch") c.setValue("noisy_bn", false);  // its noise follows BN only
    return c;
}

void BnControls::setConfig(const session::ExperimentConfig& config) {
    base_ = config;
    form_->load(config);
    dataset_ = config.getString("dataset");
    showDataPath();
    updateEnabled();
}

void BnControls::showDataPath() {
    const QString path = base_.getString("data_path");
    dataPath_->setText(path.isEmpty() ? QString() : QFileInfo(path).fileName());
    dataPath_->setToolTip(path);
    dataPath_->setVisible(!path.isEmpty());
}

void BnControls::setDataFile(const QString& kind, const QString& path) {
    session::ExperimentConfig c = config();
    c.setValue("data_path", path);
    c.setValue("dataset", kind);
    if (kind == "csv") c.setValue("model", "mlp");
    setConfig(c);
}

void BnControls::onEdited(const QString& key) {
    const QJsonValue v = form_->field(key)->value();
    if (key == "lr") {
        Q_EMIT liveChanged(core::TwinLearningRate{v.toDouble()});
    } else if (key == "momentum") {
        Q_EMIT liveChanged(core::TwinMomentum{v.toDouble()});
    } else if (key == "batch_size") {
        Q_EMIT liveChanged(core::TwinBatchSize{v.toInt()});
    } else if (key == "affine") {
        Q_EMIT liveChanged(core::TwinAffineLearnable{v.toString() == "learnable"});
    } else if (key == "bn_eval_mode") {
        Q_EMIT liveChanged(core::TwinEvalUsesRunningStats{v.toString() == "eval"});
    } else if (key == "bn_noise") {
        Q_EMIT liveChanged(core::TwinNoiseStrength{v.toDouble()});
    } else if (key == "dataset") {
        onDatasetEdited();
    } else if (key == "model") {
        onModelEdited();
    } else {
        updateEnabled();
        Q_EMIT restartNeeded(restartReason(key));
    }
}

void BnControls::onDatasetEdited() {
    const QString kind = valueOf("dataset");
    // A file set needs a file: File > Open data set chooses one.
    if ((kind == "idx" || kind == "csv") && base_.getString("data_path").isEmpty()) {
        form_->field("dataset")->setValue(dataset_);
        dataPath_->setText(tr("Choose a file with File > Open data set."));
        dataPath_->show();
        return;
    }
    dataset_ = kind;
    showDataPath();
    if (valueOf("model") == "cnn" && !isImageData(kind))
        form_->field("model")->setValue(QStringLiteral("mlp"));
    updateEnabled();
    Q_EMIT restartNeeded(tr("The data set changed"));
}

void BnControls::onModelEdited() {
    const QString model = valueOf("model");
    if (model == "cnn" && !isImageData(valueOf("dataset"))) {
        form_->field("dataset")->setValue(QStringLiteral("fashion-mnist"));
        dataset_ = QStringLiteral("fashion-mnist");
    }
    const std::optional<session::ExperimentConfig> preset = loadModelPreset(model);
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
                             .arg(presetFor(model))
                             .arg(c.getDouble("lr"))
                             .arg(choiceName(QStringLiteral("init"), c.getString("init")))
                             .arg(c.getInt("steps")));
}

QString BnControls::restartReason(const QString& key) const {
    if (key == "input_scaling") return tr("The input scaling changed");
    if (key == "train_samples") return tr("The number of training examples changed");
    if (key == "normaliser")
        return tr("The normaliser changed to %1").arg(choiceName(key, valueOf(key)));
    if (key == "groups") return tr("The number of groups changed");
    if (key == "depth") return tr("The depth changed");
    if (key == "width") return tr("The width changed");
    if (key == "activation") return tr("The activation changed");
    if (key == "bn_placement") return tr("The normaliser placement changed");
    if (key == "bn_momentum") return tr("The BN momentum changed");
    if (key == "bn_eps") return tr("The normaliser ε changed");
    if (key == "noisy_bn")
        return form_->field(key)->value().toBool() ? tr("The noisy BN network was added")
                                                   : tr("The noisy BN network was removed");
    if (key == "init") return tr("The initialisation changed");
    if (key == "init_std") return tr("The initial weight std changed");
    if (key == "optimizer") return tr("The optimiser changed");
    if (key == "seed") return tr("The seed changed");
    // A row added later: its own label names it.
    QString label = form_->label(key) ? form_->label(key)->text() : key;
    return tr("%1 changed").arg(label.remove(QLatin1Char('&')).remove(QLatin1Char(':')));
}

void BnControls::updateEnabled() {
    const bool cnn = valueOf("model") == "cnn";
    for (const char* key : {"depth", "width", "activation"})
        form_->setRowEnabled(QString::fromLatin1(key), !cnn);
    form_->setRowEnabled("init_std", valueOf("init") == "gaussian");
    form_->setRowEnabled("momentum", valueOf("optimizer") == "momentum");
    // Running statistics (their momentum, their use at evaluation) and the noise are BN's alone.
    const bool batchNorm = valueOf("normaliser") == "batch";
    for (const char* key : {"bn_momentum", "noisy_bn", "bn_eval_mode"})
        form_->setRowEnabled(QString::fromLatin1(key), batchNorm);
    form_->setRowEnabled("bn_noise", batchNorm && form_->field("noisy_bn")->value().toBool());
    form_->setRowVisible("groups", valueOf("normaliser") == "group");
}

void BnControls::retranslate() {
    dataGroup_->setTitle(tr("Data"));
    modelGroup_->setTitle(tr("Networks (identical except the normaliser)"));
    trainingGroup_->setTitle(tr("Training"));
    for (const Row& row : kRows) setRowTexts(row.key, tr(row.label), tr(row.explanation));
    form_->field("train_samples")->spinBox()->setValueName(0, tr("all"));
}

}  // namespace normlab::app
