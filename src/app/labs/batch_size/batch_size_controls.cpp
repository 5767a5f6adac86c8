#include "app/labs/batch_size/batch_size_controls.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "app/labs/batch_size/batch_size_page.h"
#include "app/widgets/field_binding.h"
#include "session/sweep_runner.h"

namespace normlab::app {

namespace {

using core::LearningRateRule;

constexpr int kDefaultSizes[] = {2, 4, 8, 16, 32, 64, 128, 256, 512, 1024};
constexpr int kChipSizes[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048};
const QString kKind = QStringLiteral("batch-sweep");

}  // namespace

QCheckBox* BatchSizeControls::addChip(int batchSize, bool checked) {
    if (auto it = chips_.find(batchSize); it != chips_.end()) {
        it->second->setChecked(checked);
        return it->second;
    }
    auto* chip = new QCheckBox(sizesBox_);
    chip->setObjectName(QStringLiteral("batchSize%1").arg(batchSize));
    chip->setText(QString::number(batchSize));
    chip->setChecked(checked);
    chip->setToolTip(
        BatchSizePage::tr("Train with mini-batches of B = %1 examples. Each update uses the mean "
                          "gradient of %1 examples, so one epoch takes N / %1 updates.")
            .arg(batchSize));
    chips_[batchSize] = chip;
    // Re-lay out all chips in order of size, four per row.
    int i = 0;
    for (auto& [size, button] : chips_) {
        chipGrid_->removeWidget(button);
        chipGrid_->addWidget(button, i / 4, i % 4);
        ++i;
    }
    return chip;
}

void BatchSizeControls::buildSizes() {
    sizesBox_ = new QGroupBox(this);
    auto* sizesLayout = new QVBoxLayout(sizesBox_);
    chipGrid_ = new QGridLayout;
    chipGrid_->setSpacing(4);
    sizesLayout->addLayout(chipGrid_);
    for (int size : kChipSizes)
        addChip(size, std::find(std::begin(kDefaultSizes), std::end(kDefaultSizes), size) !=
                          std::end(kDefaultSizes));
    auto* addRow = new QHBoxLayout;
    extraSize_ = new QSpinBox(sizesBox_);
    extraSize_->setObjectName(QStringLiteral("extraBatchSize"));
    extraSize_->setRange(1, 4096);
    extraSize_->setValue(24);
    addButton_ = new QPushButton(sizesBox_);
    addButton_->setObjectName(QStringLiteral("addBatchSizeButton"));
    addRow->addWidget(extraSize_, 1);
    addRow->addWidget(addButton_, 1);
    sizesLayout->addLayout(addRow);
    connect(addButton_, &QPushButton::clicked, this,
            [this] { Q_EMIT addSizeClicked(extraSize_->value()); });
}

void BatchSizeControls::buildBudget() {
    budgetBox_ = new QGroupBox(this);
    auto* budget = new QHBoxLayout(budgetBox_);
    budgetKind_ = new QComboBox(budgetBox_);
    budgetKind_->setObjectName(QStringLiteral("budgetKind"));
    budgetKind_->addItems({QString(), QString()});
    epochs_ = new FieldBinding(kKind, QStringLiteral("epochs"), budgetBox_);
    epochs_->setValue(2.0);
    examples_ = new QSpinBox(budgetBox_);
    examples_->setObjectName(QStringLiteral("examples"));
    examples_->setRange(1000, 100000000);
    examples_->setSingleStep(10000);
    examples_->setValue(60000);
    examples_->setGroupSeparatorShown(true);
    budget->addWidget(budgetKind_, 1);
    budget->addWidget(epochs_->widget(), 1);
    budget->addWidget(examples_, 1);
    const auto showBudget = [this] {
        epochs_->widget()->setVisible(budgetKind_->currentIndex() == 0);
        examples_->setVisible(budgetKind_->currentIndex() == 1);
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
    dataCombo_ = new QComboBox(modelBox_);
    dataCombo_->setObjectName(QStringLiteral("dataset"));
    dataCombo_->addItem(QString(), QStringLiteral("fashion-mnist"));
    dataCombo_->addItem(QString(), QStringLiteral("spirals"));
    dataCombo_->addItem(QString(), QStringLiteral("moons"));
    dataLabel_->setBuddy(dataCombo_);
    model->addRow(dataLabel_, dataCombo_);
    trainSamplesLabel_ = new QLabel(modelBox_);
    trainSamples_ = new QSpinBox(modelBox_);
    trainSamples_->setObjectName(QStringLiteral("trainSamples"));
    trainSamples_->setRange(0, 60000);
    trainSamples_->setSingleStep(1000);
    trainSamples_->setGroupSeparatorShown(true);
    trainSamples_->setValue(20000);
    trainSamplesLabel_->setBuddy(trainSamples_);
    model->addRow(trainSamplesLabel_, trainSamples_);
    modelLabel_ = new QLabel(modelBox_);
    model_ = new QComboBox(modelBox_);
    model_->setObjectName(QStringLiteral("model"));
    model_->addItems({QString(), QString()});
    // The texts arrive with the language; the column must widen with them.
    model_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    dataCombo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
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

BatchSizeControls::BatchSizeControls(QWidget* parent) : QWidget(parent) {
    buildSizes();
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
    for (QWidget* w : {static_cast<QWidget*>(sizesBox_), static_cast<QWidget*>(budgetBox_),
                       static_cast<QWidget*>(lrBox_), static_cast<QWidget*>(modelBox_)})
        layout->addWidget(w);
    layout->addStretch(1);
    retranslate();
    showSweep(session::SweepSnapshot{});
}

void BatchSizeControls::retranslate() {
    sizesBox_->setTitle(BatchSizePage::tr("Batch sizes B"));
    extraSize_->setToolTip(BatchSizePage::tr("A batch size to add to the finished sweep."));
    addButton_->setText(BatchSizePage::tr("&Add this size"));
    addButton_->setToolTip(BatchSizePage::tr(
        "Runs only the new batch size (with every checked lr rule, BN setting and seed) and "
        "adds it to the table and charts; earlier runs are kept, not rerun."));

    budgetBox_->setTitle(BatchSizePage::tr("Budget per run"));
    budgetKind_->setItemText(0, BatchSizePage::tr("Epochs"));
    budgetKind_->setItemText(1, BatchSizePage::tr("Examples seen"));
    budgetKind_->setToolTip(BatchSizePage::tr(
        "Every batch size gets the same budget: the same passes over the data (epochs) or "
        "the same number of examples seen. Updates = examples seen / B."));
    epochs_->setExplanation(
        BatchSizePage::tr("Passes over the training set for every batch size."));
    epochs_->retranslate();
    examples_->setToolTip(
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
    dataCombo_->setItemText(0, BatchSizePage::tr("Fashion-MNIST"));
    dataCombo_->setItemText(1, BatchSizePage::tr("Spirals (synthetic 2-D)"));
    dataCombo_->setItemText(2, BatchSizePage::tr("Moons (synthetic 2-D)"));
    dataCombo_->setToolTip(
        BatchSizePage::tr("The classification data every run trains and is tested on."));
    trainSamplesLabel_->setText(BatchSizePage::tr("&Training examples:"));
    trainSamples_->setSpecialValueText(BatchSizePage::tr("All"));
    trainSamples_->setToolTip(BatchSizePage::tr(
        "Training examples used (0 = all 60,000 of Fashion-MNIST). Fewer make a quick "
        "sweep; synthetic sets generate this many (0 = 2,000)."));
    modelLabel_->setText(BatchSizePage::tr("&Network:"));
    model_->setItemText(0, BatchSizePage::tr("MLP 2×100 ReLU"));
    model_->setItemText(1, BatchSizePage::tr("BN lab: 3×100 sigmoid"));
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

QList<int> BatchSizeControls::checkedSizes() const {
    QList<int> sizes;
    for (const auto& [size, chip] : chips_)
        if (chip->isChecked()) sizes << size;
    return sizes;
}

bool BatchSizeControls::anyRuleChecked() const {
    return ruleConstant_->isChecked() || ruleLinear_->isChecked() || ruleSqrt_->isChecked();
}

bool BatchSizeControls::anyBnSettingChecked() const {
    return bnOff_->isChecked() || bnOn_->isChecked();
}

void BatchSizeControls::checkSize(int batchSize) { addChip(batchSize, true); }

session::ExperimentConfig BatchSizeControls::config() const {
    auto c = session::ExperimentConfig::defaults(QStringLiteral("batch-sweep"));
    QJsonArray sizes;
    for (int size : checkedSizes()) sizes.append(size);
    if (!sizes.isEmpty()) c.setValue(QStringLiteral("batch_sizes"), sizes);
    epochs_->store(c);
    c.setValue(QStringLiteral("examples"),
               budgetKind_->currentIndex() == 1 ? examples_->value() : 0);
    QStringList rules;
    if (ruleConstant_->isChecked()) rules << QStringLiteral("constant");
    if (ruleLinear_->isChecked()) rules << QStringLiteral("linear");
    if (ruleSqrt_->isChecked()) rules << QStringLiteral("sqrt");
    if (!rules.isEmpty()) c.setValue(QStringLiteral("lr_rule"), rules.join(QLatin1Char(',')));
    baseLr_->store(c);
    c.setValue(QStringLiteral("bn"), bnOn_->isChecked());
    c.setValue(QStringLiteral("also_without_bn"), bnOn_->isChecked() && bnOff_->isChecked());
    seeds_->store(c);
    c.setValue(QStringLiteral("dataset"), dataCombo_->currentData().toString());
    const bool synthetic = dataCombo_->currentIndex() != 0;
    c.setValue(QStringLiteral("train_samples"),
               trainSamples_->value() > 0 ? trainSamples_->value() : (synthetic ? 2000 : 0));
    if (model_->currentIndex() == 1) {
        // The bn-paper network of the batch-normalization lab.
        c.setValue(QStringLiteral("depth"), 3);
        c.setValue(QStringLiteral("width"), 100);
        c.setValue(QStringLiteral("activation"), QStringLiteral("sigmoid"));
        c.setValue(QStringLiteral("init"), QStringLiteral("gaussian"));
        c.setValue(QStringLiteral("init_std"), 1.0);
    }
    return c;
}

void BatchSizeControls::apply(const session::ExperimentConfig& c) {
    for (auto& [size, chip] : chips_) chip->setChecked(false);
    for (int size : c.getIntList(QStringLiteral("batch_sizes"))) addChip(size, true);
    const int examples = c.getInt(QStringLiteral("examples"));
    budgetKind_->setCurrentIndex(examples > 0 ? 1 : 0);
    if (examples > 0) examples_->setValue(examples);
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
    const int data = dataCombo_->findData(c.getString(QStringLiteral("dataset")));
    dataCombo_->setCurrentIndex(std::max(0, data));
    trainSamples_->setValue(c.getInt(QStringLiteral("train_samples")));
    model_->setCurrentIndex(
        c.getString(QStringLiteral("activation")) == QLatin1String("sigmoid") ? 1 : 0);
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
    addButton_->setEnabled(!loading);
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
