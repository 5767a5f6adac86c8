#include "app/labs/batch_size/batch_size_controls.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/labs/batch_size/batch_size_chips.h"
#include "app/labs/batch_size/batch_size_page.h"
#include "app/widgets/exact_spin_box.h"
#include "app/widgets/field_binding.h"
#include "session/sweep_runner.h"

namespace normlab::app {

namespace {

using core::LearningRateRule;

constexpr int kDefaultExamples = 60000;
// Synthetic sets generate this many when the count is left at 0 ("all").
constexpr int kSyntheticSamples = 2000;

// The two networks a sweep offers; a file may hold any other.
struct NetworkChoice {
    int depth;
    int width;
    const char* activation;
    const char* init;
    double initStd;
};
// This lab's MLP (the batch-sweep schema's own network), and the BN lab's paper network.
constexpr NetworkChoice kNetworkChoices[] = {{2, 100, "relu", "he", 1.0},
                                             {3, 100, "sigmoid", "gaussian", 1.0}};

const QString kKind = QStringLiteral("batch-sweep");

}  // namespace

void BatchSizeControls::buildBudget() {
    budgetBox_ = new QGroupBox(this);
    auto* budget = new QHBoxLayout(budgetBox_);
    budgetKind_ = new QComboBox(budgetBox_);
    budgetKind_->setObjectName(QStringLiteral("budgetKind"));
    budgetKind_->addItems({QString(), QString()});
    epochs_ = new FieldBinding(kKind, QStringLiteral("epochs"), budgetBox_);
    epochs_->setValue(2.0);
    examples_ = new FieldBinding(kKind, QStringLiteral("examples"), budgetBox_);
    examples_->spinBox()->setSingleStep(10000);
    examples_->setValue(kDefaultExamples);
    auto* budgetRows = new QVBoxLayout;
    auto* budgetRow = new QHBoxLayout;
    budgetRow->addWidget(budgetKind_, 1);
    budgetRow->addWidget(epochs_->widget(), 1);
    budgetRow->addWidget(examples_->widget(), 1);
    budgetRows->addLayout(budgetRow);
    budgetRows->addWidget(epochs_->errorLabel());
    budgetRows->addWidget(examples_->errorLabel());
    budget->addLayout(budgetRows, 1);
    const auto showBudget = [this] {
        epochs_->widget()->setVisible(budgetKind_->currentIndex() == 0);
        examples_->widget()->setVisible(budgetKind_->currentIndex() == 1);
    };
    connect(budgetKind_, &QComboBox::currentIndexChanged, this, showBudget);
    showBudget();
}

void BatchSizeControls::buildRate() {
    lrBox_ = new QGroupBox(this);
    auto* lr = new QGridLayout(lrBox_);
    ruleConstant_ = new QCheckBox(lrBox_);
    ruleConstant_->setObjectName(QStringLiteral("ruleConstant"));
    ruleLinear_ = new QCheckBox(lrBox_);
    ruleLinear_->setObjectName(QStringLiteral("ruleLinear"));
    // The defaults are the batch-sweep preset: equal epochs, constant lr.
    ruleConstant_->setChecked(true);
    ruleSqrt_ = new QCheckBox(lrBox_);
    ruleSqrt_->setObjectName(QStringLiteral("ruleSqrt"));
    lr->addWidget(ruleConstant_, 0, 0, 1, 2);
    lr->addWidget(ruleLinear_, 1, 0, 1, 2);
    lr->addWidget(ruleSqrt_, 2, 0, 1, 2);
    baseLrLabel_ = new QLabel(lrBox_);
    // The schema's range and log scale; the number box keeps a loaded value exactly.
    baseLr_ = new FieldBinding(kKind, QStringLiteral("base_lr"), lrBox_);
    baseLr_->setValue(0.05);
    baseLrLabel_->setBuddy(baseLr_->widget());
    lr->addWidget(baseLrLabel_, 3, 0, 1, 2);
    lr->addWidget(baseLr_->widget(), 4, 0, 1, 2);
    lr->addWidget(baseLr_->errorLabel(), 5, 0, 1, 2);
}

void BatchSizeControls::buildModel() {
    modelBox_ = new QGroupBox(this);
    auto* model = new QFormLayout(modelBox_);
    model->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    dataLabel_ = new QLabel(modelBox_);
    data_ = new FieldBinding(kKind, QStringLiteral("dataset"), modelBox_);
    // The sets a sweep is quick and telling on; a file's other set is still shown and kept.
    data_->setChoices(
        {QStringLiteral("fashion-mnist"), QStringLiteral("spirals"), QStringLiteral("moons")});
    dataLabel_->setBuddy(data_->widget());
    model->addRow(dataLabel_, data_->widget());
    trainSamplesLabel_ = new QLabel(modelBox_);
    trainSamples_ = new FieldBinding(kKind, QStringLiteral("train_samples"), modelBox_);
    trainSamples_->spinBox()->setSingleStep(1000);
    trainSamples_->setValue(20000);
    trainSamplesLabel_->setBuddy(trainSamples_->widget());
    model->addRow(trainSamplesLabel_, trainSamples_->widget());
    model->addRow(trainSamples_->errorLabel());
    // A synthetic set of "all" examples has no size: picking one sets 2,000.
    connect(data_, &FieldBinding::edited, this, [this](const QJsonValue& dataset) {
        if (dataset.toString() != QLatin1String("fashion-mnist") &&
            trainSamples_->value().toInt() == 0)
            trainSamples_->setValue(kSyntheticSamples);
    });
    modelLabel_ = new QLabel(modelBox_);
    model_ = new QComboBox(modelBox_);
    model_->setObjectName(QStringLiteral("model"));
    model_->addItems({QString(), QString()});
    // The texts arrive with the language; the column must widen with them.
    model_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(model_, &QComboBox::activated, this, [this](int index) { network_ = index; });
    modelLabel_->setBuddy(model_);
    model->addRow(modelLabel_, model_);
    bnOff_ = new QCheckBox(modelBox_);
    bnOff_->setObjectName(QStringLiteral("bnOff"));
    bnOff_->setChecked(true);
    bnOn_ = new QCheckBox(modelBox_);
    bnOn_->setObjectName(QStringLiteral("bnOn"));
    model->addRow(bnOff_);
    model->addRow(bnOn_);
    seedsLabel_ = new QLabel(modelBox_);
    seeds_ = new FieldBinding(kKind, QStringLiteral("seeds"), modelBox_);
    seeds_->setValue(3);
    seedsLabel_->setBuddy(seeds_->widget());
    model->addRow(seedsLabel_, seeds_->widget());
    model->addRow(seeds_->errorLabel());
}

BatchSizeControls::BatchSizeControls(QWidget* parent)
    : QWidget(parent), base_(session::ExperimentConfig::defaults(kKind)) {
    sizes_ = new BatchSizeChips(this);
    connect(sizes_, &BatchSizeChips::addClicked, this, &BatchSizeControls::addSizeClicked);
    buildBudget();
    buildRate();
    buildModel();
    runButton_ = new QPushButton(this);
    runButton_->setObjectName(QStringLiteral("runSweepButton"));
    runButton_->setDefault(true);
    cancelButton_ = new QPushButton(this);
    cancelButton_->setObjectName(QStringLiteral("cancelSweepButton"));
    mapButton_ = new QPushButton(this);
    mapButton_->setObjectName(QStringLiteral("heatmapSweepButton"));
    connect(runButton_, &QPushButton::clicked, this, &BatchSizeControls::runClicked);
    connect(cancelButton_, &QPushButton::clicked, this, &BatchSizeControls::cancelClicked);
    connect(mapButton_, &QPushButton::clicked, this, &BatchSizeControls::mapClicked);
    overall_ = new QProgressBar(this);
    overall_->setRange(0, 1000);
    overall_->setValue(0);
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    auto* buttons = new QGridLayout;
    buttons->addWidget(runButton_, 0, 0);
    buttons->addWidget(cancelButton_, 0, 1);
    buttons->addWidget(mapButton_, 1, 0, 1, 2);
    buttons->addWidget(overall_, 2, 0, 1, 2);
    layout->addLayout(buttons);
    layout->addWidget(status_);
    for (QWidget* w : {static_cast<QWidget*>(sizes_), static_cast<QWidget*>(budgetBox_),
                       static_cast<QWidget*>(lrBox_), static_cast<QWidget*>(modelBox_)})
        layout->addWidget(w);
    layout->addStretch(1);
    retranslate();
    showSweep(session::SweepSnapshot{});
}

void BatchSizeControls::retranslate() {
    sizes_->retranslate();

    budgetBox_->setTitle(BatchSizePage::tr("Budget per run"));
    budgetKind_->setItemText(0, BatchSizePage::tr("Epochs"));
    budgetKind_->setItemText(1, BatchSizePage::tr("Examples seen"));
    budgetKind_->setToolTip(BatchSizePage::tr(
        "Every batch size gets the same budget: the same passes over the data (epochs) or "
        "the same number of examples seen. Updates = examples seen / B."));
    epochs_->setExplanation(
        BatchSizePage::tr("Passes over the training set for every batch size."));
    epochs_->retranslate();
    examples_->setExplanation(
        BatchSizePage::tr("Training examples each run sees; updates = examples / B."));

    lrBox_->setTitle(BatchSizePage::tr("Learning-rate rule"));
    ruleConstant_->setText(BatchSizePage::tr("Constant: lr = base lr"));
    ruleConstant_->setToolTip(BatchSizePage::tr(
        "The same step size for every B: large batches take few steps of the same size, so "
        "they move the weights much less per epoch."));
    ruleLinear_->setText(BatchSizePage::tr("Linear: lr = base lr × B"));
    ruleLinear_->setToolTip(BatchSizePage::tr(
        "lr grows in proportion to B, so every example moves the weights by the same amount "
        "(Goyal et al. 2017)."));
    ruleSqrt_->setText(BatchSizePage::tr("Square root: lr = base lr × √B"));
    ruleSqrt_->setToolTip(BatchSizePage::tr(
        "lr grows with √B, which keeps the noise of an update about constant (Hoffer et al. "
        "2017)."));
    baseLrLabel_->setText(BatchSizePage::tr("&Base lr:"));
    const QString lrTip =
        BatchSizePage::tr("The base learning rate the rule scales: w ← w − lr · ∇L.");
    baseLr_->setExplanation(lrTip);
    baseLr_->retranslate();

    modelBox_->setTitle(BatchSizePage::tr("Model and data"));
    dataLabel_->setText(BatchSizePage::tr("&Data:"));
    data_->setExplanation(
        BatchSizePage::tr("The classification data every run trains and is tested on."));
    trainSamplesLabel_->setText(BatchSizePage::tr("&Training examples:"));
    trainSamples_->spinBox()->setValueName(0, BatchSizePage::tr("All"));
    trainSamples_->setExplanation(BatchSizePage::tr(
        "Training examples used (0 = all 60,000 of Fashion-MNIST). Fewer make a quick "
        "sweep; synthetic sets generate this many (0 = 2,000)."));
    modelLabel_->setText(BatchSizePage::tr("&Network:"));
    model_->setItemText(0, BatchSizePage::tr("MLP 2×100 ReLU"));
    model_->setItemText(1, BatchSizePage::tr("BN lab: 3×100 sigmoid"));
    if (model_->count() > kNetworks) model_->setItemText(kNetworks, fileNetworkText());
    model_->setToolTip(BatchSizePage::tr(
        "This lab's MLP (2 hidden layers of 100 ReLU units, He init), or the network of the "
        "batch-normalization lab (Ioffe & Szegedy's 3×100 sigmoid MLP, Gaussian init with "
        "std 1)."));
    bnOff_->setText(BatchSizePage::tr("Without batch norm"));
    bnOff_->setToolTip(BatchSizePage::tr("Run every point with the plain network."));
    bnOn_->setText(BatchSizePage::tr("With batch norm"));
    bnOn_->setToolTip(BatchSizePage::tr(
        "Run every point with BN in each hidden layer: x̂ = (x − μ_B) / √(σ²_B + ε), with μ_B "
        "and σ²_B taken over the B examples of the mini-batch. Needs B ≥ 2."));
    seedsLabel_->setText(BatchSizePage::tr("&Seeds per point:"));
    seeds_->setExplanation(BatchSizePage::tr(
        "Runs per point with different initial weights and data order; the charts draw "
        "their mean and a min–max band."));
    seeds_->retranslate();

    runButton_->setText(BatchSizePage::tr("&Run sweep"));
    runButton_->setToolTip(BatchSizePage::tr(
        "Clears the table and trains one run per checked batch size × lr rule × BN "
        "setting × seed in the background, %n at a time.",
        "", session::SweepRunner::defaultWorkerCount()));
    cancelButton_->setText(BatchSizePage::tr("&Cancel"));
    cancelButton_->setToolTip(BatchSizePage::tr("Stops the runs in progress; finished runs stay."));
    mapButton_->setText(BatchSizePage::tr("Run lr × B &map"));
    mapButton_->setToolTip(BatchSizePage::tr(
        "Fills the lr × batch-size map: every checked B with constant learning rates 0.001, "
        "0.003, …, 1 (7 × sizes runs). Runs already done are not repeated."));
    overall_->setToolTip(BatchSizePage::tr("Runs finished out of those queued."));
    overall_->setFormat(runs_ > 0 ? BatchSizePage::tr("%1 of %2 runs done").arg(done_).arg(runs_)
                                  : BatchSizePage::tr("No runs yet"));
    updateGeometry();
}

QList<int> BatchSizeControls::checkedSizes() const { return sizes_->checked(); }

bool BatchSizeControls::anyRuleChecked() const {
    return ruleConstant_->isChecked() || ruleLinear_->isChecked() || ruleSqrt_->isChecked();
}

bool BatchSizeControls::anyBnSettingChecked() const {
    return bnOff_->isChecked() || bnOn_->isChecked();
}

void BatchSizeControls::checkSize(int batchSize) { sizes_->check(batchSize); }

QString BatchSizeControls::fileNetworkText() const {
    return BatchSizePage::tr("As in the file: %1×%2 %3")
        .arg(base_.getInt(QStringLiteral("depth")))
        .arg(base_.getInt(QStringLiteral("width")))
        .arg(base_.getString(QStringLiteral("activation")));
}

session::ExperimentConfig BatchSizeControls::config() const {
    session::ExperimentConfig c = base_;
    const auto sameSet = [](QStringList a, QStringList b) {
        a.sort();
        b.sort();
        return a == b;
    };
    // Sizes and rules in the file's own order while they are the ones checked.
    QJsonArray sizes;
    QStringList sizeTexts, baseSizeTexts;
    for (int size : checkedSizes()) {
        sizes.append(size);
        sizeTexts << QString::number(size);
    }
    for (int size : base_.getIntList(QStringLiteral("batch_sizes")))
        baseSizeTexts << QString::number(size);
    if (!sizes.isEmpty() && !sameSet(sizeTexts, baseSizeTexts))
        c.setValue(QStringLiteral("batch_sizes"), sizes);
    epochs_->store(c);
    c.setValue(QStringLiteral("examples"),
               budgetKind_->currentIndex() == 1 ? examples_->value() : QJsonValue(0));
    QStringList rules;
    if (ruleConstant_->isChecked()) rules << QStringLiteral("constant");
    if (ruleLinear_->isChecked()) rules << QStringLiteral("linear");
    if (ruleSqrt_->isChecked()) rules << QStringLiteral("sqrt");
    QStringList baseRules = base_.getString(QStringLiteral("lr_rule")).split(QLatin1Char(','));
    for (QString& rule : baseRules) rule = rule.trimmed();
    if (!rules.isEmpty() && !sameSet(rules, baseRules))
        c.setValue(QStringLiteral("lr_rule"), rules.join(QLatin1Char(',')));
    baseLr_->store(c);
    c.setValue(QStringLiteral("bn"), bnOn_->isChecked());
    c.setValue(QStringLiteral("also_without_bn"), bnOn_->isChecked() && bnOff_->isChecked());
    seeds_->store(c);
    data_->store(c);
    trainSamples_->store(c);
    if (network_ < kNetworks) {
        const NetworkChoice& n = kNetworkChoices[network_];
        c.setValue(QStringLiteral("depth"), n.depth);
        c.setValue(QStringLiteral("width"), n.width);
        c.setValue(QStringLiteral("activation"), QString::fromLatin1(n.activation));
        c.setValue(QStringLiteral("init"), QString::fromLatin1(n.init));
        c.setValue(QStringLiteral("init_std"), n.initStd);
    }  // else the file's network, as it was loaded
    return c;
}

void BatchSizeControls::apply(const session::ExperimentConfig& c) {
    base_ = c;
    sizes_->checkOnly(c.getIntList(QStringLiteral("batch_sizes")));
    const int examples = c.getInt(QStringLiteral("examples"));
    budgetKind_->setCurrentIndex(examples > 0 ? 1 : 0);
    if (examples > 0) examples_->load(c);
    epochs_->load(c);
    const QStringList rules =
        c.getString(QStringLiteral("lr_rule")).remove(QLatin1Char(' ')).split(QLatin1Char(','));
    ruleConstant_->setChecked(rules.contains(QLatin1String("constant")));
    ruleLinear_->setChecked(rules.contains(QLatin1String("linear")));
    ruleSqrt_->setChecked(rules.contains(QLatin1String("sqrt")));
    baseLr_->load(c);
    const bool bn = c.getBool(QStringLiteral("bn"));
    bnOn_->setChecked(bn);
    bnOff_->setChecked(!bn || c.getBool(QStringLiteral("also_without_bn")));
    seeds_->load(c);
    data_->load(c);
    trainSamples_->load(c);
    network_ = kNetworks;
    for (int i = 0; i < kNetworks; ++i) {
        const NetworkChoice& n = kNetworkChoices[i];
        if (c.getInt(QStringLiteral("depth")) == n.depth &&
            c.getInt(QStringLiteral("width")) == n.width &&
            c.getString(QStringLiteral("activation")) == QLatin1String(n.activation) &&
            c.getString(QStringLiteral("init")) == QLatin1String(n.init) &&
            c.getDouble(QStringLiteral("init_std")) == n.initStd)
            network_ = i;
    }
    // A network neither choice describes is shown as the file's and kept.
    while (model_->count() > kNetworks) model_->removeItem(kNetworks);
    if (network_ == kNetworks) model_->addItem(fileNetworkText());
    model_->setCurrentIndex(network_);
}

void BatchSizeControls::showSweep(const session::SweepSnapshot& sweep) {
    const bool running = !sweep.idle;
    runButton_->setEnabled(!running);
    cancelButton_->setEnabled(running);
    const int total = sweep.size();
    const int done = total - sweep.count(session::SweepPointState::Pending) -
                     sweep.count(session::SweepPointState::Running);
    overall_->setRange(0, 1000);
    overall_->setValue(total > 0 ? static_cast<int>(1000.0 * sweep.progress() / total) : 0);
    runs_ = total;
    done_ = done;
    overall_->setFormat(total > 0 ? BatchSizePage::tr("%1 of %2 runs done").arg(done).arg(total)
                                  : BatchSizePage::tr("No runs yet"));
}

void BatchSizeControls::showLoading(bool loading) {
    runButton_->setEnabled(!loading);
    mapButton_->setEnabled(!loading);
    sizes_->setAddEnabled(!loading);
    if (loading) {
        overall_->setRange(0, 0);  // busy: the loader reports no fraction
        overall_->setFormat(BatchSizePage::tr("Loading the data…"));
    } else {
        overall_->setRange(0, 1000);
    }
}

void BatchSizeControls::setStatus(const QString& text) {
    status_->setText(text);
    status_->setVisible(!text.isEmpty());
}

QString BatchSizeControls::status() const { return status_->text(); }

}  // namespace normlab::app
