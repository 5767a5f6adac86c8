#include "app/labs/feature_scaling/scaling_controls.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "app/labs/feature_scaling/csv_source_box.h"
#include "app/widgets/bound_form.h"
#include "app/widgets/exact_spin_box.h"
#include "app/widgets/field_binding.h"
#include "app/widgets/mapped_slider.h"

namespace normlab::app {

namespace {

const QString kKind = QStringLiteral("feature-scaling");
// The synthetic set's fields, in the order of the form.
const QStringList kSyntheticKeys{"feature1_scale", "feature1_mean", "feature2_scale",
                                 "feature2_mean",  "correlation",   "noise",
                                 "n_samples"};
const QStringList kLiveKeys{"optimizer",  "lr_mode",  "lr",      "fraction",
                            "batch_size", "start_w1", "start_w2"};

}  // namespace

ScalingControls::ScalingControls(QWidget* parent)
    : QWidget(parent),
      form_(new BoundForm(kKind, this)),
      pending_(session::ExperimentConfig::defaults(kKind)) {
    buildData();
    buildOptimizer();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(dataGroup_);
    layout->addWidget(optimizerGroup_);
    layout->addStretch(1);
    connect(form_, &BoundForm::edited, this, &ScalingControls::onEdited);
    load(session::ExperimentConfig::defaults(kKind));
}

void ScalingControls::buildData() {
    dataGroup_ = new QGroupBox(this);
    auto* data = new QVBoxLayout(dataGroup_);
    auto* sourceForm = new QFormLayout;
    form_->addRow(sourceForm, QStringLiteral("dataset"));
    data->addLayout(sourceForm);

    syntheticBox_ = new QWidget(this);
    auto* synthetic = new QFormLayout(syntheticBox_);
    synthetic->setContentsMargins(0, 0, 0, 0);
    for (const QString& key : kSyntheticKeys) form_->addRow(synthetic, key);
    data->addWidget(syntheticBox_);

    csv_ = new CsvSourceBox(this);
    data->addWidget(csv_);
    dataMessage_ = new QLabel(this);
    dataMessage_->setObjectName(QStringLiteral("dataMessage"));
    dataMessage_->setWordWrap(true);
    QPalette warning = dataMessage_->palette();
    warning.setColor(QPalette::WindowText, QColor(0x9b, 0x1c, 0x1c));
    dataMessage_->setPalette(warning);
    dataMessage_->hide();
    data->addWidget(dataMessage_);
    data->addWidget(form_->field(QStringLiteral("intercept"))->widget());

    connect(csv_, &CsvSourceBox::openRequested, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open data set"), {}, tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty()) openCsv(path);
    });
    connect(csv_, &CsvSourceBox::opened, this, [this](const QStringList& missing) {
        // A file named by a config is what the experiment already runs, unless columns are gone.
        const bool fromConfig = csvPending_;
        csvPending_ = false;
        form_->field(QStringLiteral("dataset"))->setValue(QStringLiteral("csv"));
        updateVisibility();
        showDataMessage(
            missing.isEmpty()
                ? QString()
                : tr("%1 has no numeric column %2; the pickers show the columns "
                     "used instead.")
                      .arg(QFileInfo(csv_->path()).fileName(), missing.join(QStringLiteral(", "))));
        if (!fromConfig || !missing.isEmpty()) Q_EMIT dataChanged(tr("A new data set was opened"));
    });
    connect(csv_, &CsvSourceBox::failed, this, [this](const QString& message) {
        csvPending_ = false;
        showDataMessage(message);
    });
    // The box says so and keeps the file it had; the lab keeps its data.
    connect(csv_, &CsvSourceBox::cancelled, this, [this] { csvPending_ = false; });
    connect(csv_, &CsvSourceBox::columnsPicked, this, [this] {
        const QString problem = csv_->columnProblem();
        showDataMessage(problem);
        if (problem.isEmpty()) Q_EMIT dataChanged(tr("The data columns changed"));
    });
}

void ScalingControls::buildOptimizer() {
    optimizerGroup_ = new QGroupBox(this);
    auto* opt = new QFormLayout(optimizerGroup_);
    for (const char* key : {"optimizer", "lr_mode", "lr", "fraction", "batch_size"})
        form_->addRow(opt, QString::fromLatin1(key));
    auto* startRow = new QWidget(this);
    auto* start = new QHBoxLayout(startRow);
    start->setContentsMargins(0, 0, 0, 0);
    for (const char* key : {"start_w1", "start_w2"}) {
        FieldBinding* w = form_->field(QString::fromLatin1(key));
        w->slider()->hide();  // a slider across +-1e6 reaches nothing a click on a plot does not
        start->addWidget(w->widget());
    }
    startLabel_ = new QLabel(this);
    startLabel_->setBuddy(form_->field(QStringLiteral("start_w1"))->widget());
    opt->addRow(startLabel_, startRow);
    for (const char* key : {"start_w1", "start_w2"})
        opt->addRow(form_->field(QString::fromLatin1(key))->errorLabel());
    startHint_ = new QLabel(this);
    startHint_->setWordWrap(true);
    opt->addRow(startHint_);
}

FieldBinding* ScalingControls::field(const QString& key) const { return form_->field(key); }

void ScalingControls::load(const session::ExperimentConfig& config) {
    form_->load(config);
    name_ = config.name;
    description_ = config.description;
    csvPending_ = false;
    if (config.getString("dataset") == QLatin1String("csv")) {
        // The source shows the synthetic set until the file has loaded.
        form_->field(QStringLiteral("dataset"))->setValue(QStringLiteral("synthetic"));
        pending_ = config;
        csvPending_ = true;
        csv_->open(config.getString("data_path"),
                   {config.getString("csv_feature1"), config.getString("csv_feature2"),
                    config.getString("csv_target")});
    }
    showDataMessage(QString());
    updateVisibility();
}

void ScalingControls::openCsv(const QString& path) {
    showDataMessage(QString());
    csv_->open(path);
}

session::ExperimentConfig ScalingControls::config() const {
    session::ExperimentConfig c = session::ExperimentConfig::defaults(kKind);
    c.name = name_.isEmpty() ? kKind : name_;
    c.description = description_;
    form_->store(c);
    if (csvPending_) {
        for (const char* key :
             {"dataset", "data_path", "csv_feature1", "csv_feature2", "csv_target"})
            c.setValue(key, pending_.value(key));
        return c;
    }
    const bool csv = c.getString("dataset") == QLatin1String("csv") && !csv_->path().isEmpty() &&
                     csv_->columnProblem().isEmpty();
    if (csv) {
        const QStringList columns = csv_->pickedColumns();
        c.setValue("data_path", csv_->path());
        c.setValue("csv_feature1", columns[0]);
        c.setValue("csv_feature2", columns[1]);
        c.setValue("csv_target", columns[2]);
    } else {
        c.setValue("dataset", QStringLiteral("synthetic"));
    }
    return c;
}

void ScalingControls::showDataMessage(const QString& message) {
    dataMessage_->setText(message);
    dataMessage_->setVisible(!message.isEmpty());
}

void ScalingControls::updateVisibility() {
    const bool csv =
        form_->field(QStringLiteral("dataset"))->value().toString() == QLatin1String("csv");
    syntheticBox_->setVisible(!csv);
    csv_->setVisible(csv);
    const bool fraction =
        form_->field(QStringLiteral("lr_mode"))->value().toString() == QLatin1String("fraction");
    form_->setRowVisible(QStringLiteral("lr"), !fraction);
    form_->setRowVisible(QStringLiteral("fraction"), fraction);
}

void ScalingControls::onEdited(const QString& key) {
    updateVisibility();
    if (kLiveKeys.contains(key)) {
        Q_EMIT liveEdited(key);
    } else if (key == QLatin1String("dataset")) {
        if (form_->field(key)->value().toString() == QLatin1String("csv") &&
            csv_->path().isEmpty()) {
            showDataMessage(
                tr("Open a CSV file to use your own data; the synthetic set "
                   "stays in use until then."));
            return;
        }
        showDataMessage(QString());
        Q_EMIT dataChanged(tr("The data source changed"));
    } else if (key == QLatin1String("intercept")) {
        Q_EMIT dataChanged(tr("The intercept was switched"));
    } else {
        showDataMessage(QString());
        Q_EMIT dataChanged(tr("The synthetic data changed"));
    }
}

void ScalingControls::retranslate() {
    const auto row = [this](const char* key, const QString& label, const QString& explanation) {
        form_->setTexts(QString::fromLatin1(key), label, explanation);
    };
    dataGroup_->setTitle(tr("Data"));
    row("dataset", tr("&Source:"),
        tr("Synthetic: house prices from area (x1) and rooms (x2), generated from the sliders "
           "below. CSV file: two columns of your own file as features and one as the target."));
    row("feature1_scale", tr("Area spread σ1:"),
        tr("Standard deviation of feature x1 (area in m²). A large spread makes the loss "
           "steep along w1: λ grows with σ1²."));
    row("feature1_mean", tr("Area mean:"),
        tr("Mean of feature x1. Without an intercept, a mean far from 0 adds mean² to the "
           "curvature: λ grows with σ1² + mean1²."));
    row("feature2_scale", tr("Rooms spread σ2:"),
        tr("Standard deviation of feature x2 (number of rooms). The ratio of the two spreads "
           "sets how narrow the valley is: κ ≈ (σ1/σ2)²."));
    row("feature2_mean", tr("Rooms mean:"), tr("Mean of feature x2."));
    row("correlation", tr("Correlation ρ:"),
        tr("Correlation between x1 and x2. It tilts the valley; even after z-scoring "
           "κ = (1 + |ρ|) / (1 − |ρ|)."));
    row("noise", tr("Noise:"),
        tr("Standard deviation of the noise added to the price; raises the minimum loss, not "
           "the shape of the valley."));
    row("n_samples", tr("Samples:"), tr("Number of houses generated."));
    csv_->retranslate();
    FieldBinding* intercept = form_->field(QStringLiteral("intercept"));
    intercept->checkBox()->setText(tr("Fit an intercept b"));
    intercept->setExplanation(
        tr("Model y = w1·x1 + w2·x2 + b. The plots stay two-dimensional: b is set to its best "
           "value at every (w1, w2), which is the same as centring the data."));

    optimizerGroup_->setTitle(tr("Optimiser"));
    row("optimizer", tr("&Update rule:"),
        tr("Gradient descent: w ← w − lr·∇L\nMomentum: v ← 0.9·v − lr·∇L, w ← w + v\n"
           "Adam: per-weight steps from running averages of ∇L and ∇L²"));
    row("lr_mode", tr("Compare &at:"),
        tr("Same learning rate for all: every plot uses the same lr, the unfair comparison — "
           "the raw features need a tiny lr or they diverge.\nSame fraction of each plot's "
           "2/λmax: each plot uses lr = fraction × 2/λmax of its own surface, the fair "
           "comparison. Above 1 gradient descent diverges."));
    row("lr", tr("&Learning rate:"),
        tr("Step size lr in w ← w − lr·∇L, on a log scale. Gradient descent is stable only "
           "for lr < 2/λmax of each plot."));
    row("fraction", tr("&Fraction:"),
        tr("lr = fraction × 2/λmax for each plot, on a log scale. Gradient descent converges "
           "below 1 and diverges above."));
    row("batch_size", tr("&Mini-batch:"),
        tr("Examples per gradient estimate; 0 = full batch (the exact gradient). Small "
           "batches make the path noisy: the same batch-size idea the batch-size lab "
           "explores."));
    form_->field(QStringLiteral("batch_size"))->spinBox()->setValueName(0, tr("full"));
    startLabel_->setText(tr("&Start (w1, w2):"));
    startLabel_->setToolTip(tr("Where all three runs start, in each plot's own weights."));
    form_->field(QStringLiteral("start_w1"))->setExplanation(tr("Starting w1 for all three runs"));
    form_->field(QStringLiteral("start_w2"))->setExplanation(tr("Starting w2 for all three runs"));
    startHint_->setText(tr("Click any plot to start all three runs there."));
}

}  // namespace normlab::app
