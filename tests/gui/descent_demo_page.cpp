#include "descent_demo_page.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTextStream>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "app/chart_view.h"
#include "app/labs/refusal_text.h"
#include "core/lab/scaling_comparison.h"
#include "descent_demo_experiment.h"

namespace normlab::app {

DescentDemoPage::DescentDemoPage(QWidget* parent) : TrainingLabPage(parent) {
    learningRate_ = new QDoubleSpinBox(this);
    learningRate_->setObjectName(QStringLiteral("learningRate"));
    learningRate_->setDecimals(4);
    learningRate_->setRange(0.0001, 5.0);
    learningRate_->setSingleStep(0.01);
    learningRate_->setValue(0.02);
    batchSize_ = new QSpinBox(this);
    batchSize_->setObjectName(QStringLiteral("batchSize"));
    batchSize_->setRange(1, 512);
    batchSize_->setValue(16);
    learningRateLabel_ = new QLabel(this);
    learningRateLabel_->setBuddy(learningRate_);
    batchSizeLabel_ = new QLabel(this);
    batchSizeLabel_->setBuddy(batchSize_);
    readout_ = new QLabel(this);
    readout_->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(learningRateLabel_, learningRate_);
    form->addRow(batchSizeLabel_, batchSize_);
    auto* side = new QVBoxLayout;
    side->addLayout(form);
    side->addWidget(readout_);
    side->addStretch(1);

    lossChart_ = new ChartView(this);
    lossSeries_ = lossChart_->addLineSeries(QString(), QColor(0x1f, 0x77, 0xb4));
    pathChart_ = new ChartView(this);
    pathSeries_ = pathChart_->addLineSeries(QString(), QColor(0xd6, 0x27, 0x28));
    currentSeries_ = pathChart_->addScatterSeries(QString(), QColor(0x2c, 0xa0, 0x2c), 12);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(side, 0);
    layout->addWidget(lossChart_, 1);
    layout->addWidget(pathChart_, 1);

    connect(learningRate_, &QDoubleSpinBox::valueChanged, this, [this](double lr) {
        Q_EMIT commandRequested(
            core::LabCommand{core::ScalingCommand{core::ScalingRate{core::LearningRateMode::SameForAll, lr}}});
    });
    connect(batchSize_, &QSpinBox::valueChanged, this,
            [this] { Q_EMIT resetRequested(tr("The batch size changed")); });
    retranslate();
}

session::ExperimentFactory DescentDemoPage::createSession() const {
    const double lr = learningRate_->value();
    const int batch = batchSize_->value();
    return [lr, batch] { return std::make_unique<DescentDemoExperiment>(lr, batch); };
}

void DescentDemoPage::render(const session::SnapshotPtr& snapshot) {
    const auto* s = dynamic_cast<const DescentDemoSnapshot*>(snapshot.get());
    if (!s) return;
    last_ = snapshot;
    QList<QPointF> loss, path;
    loss.reserve(static_cast<qsizetype>(s->historyLoss.size()));
    path.reserve(static_cast<qsizetype>(s->pathW1.size()));
    for (std::size_t i = 0; i < s->historyLoss.size(); ++i)
        loss.append(QPointF(s->historySteps[i], s->historyLoss[i]));
    for (std::size_t i = 0; i < s->pathW1.size(); ++i)
        path.append(QPointF(s->pathW1[i], s->pathW2[i]));
    lossChart_->setPoints(lossSeries_, loss);
    lossChart_->fitAxes();
    pathChart_->setPoints(pathSeries_, path);
    pathChart_->setPoints(currentSeries_, path.isEmpty() ? QList<QPointF>{} : QList{path.last()});
    pathChart_->fitAxes();
    readout_->setText(s->diverged ? tr("Diverged: nothing non-finite is drawn.")
                                  : tr("Batch loss: %1\nLearning rate: %2")
                                        .arg(s->loss, 0, 'g', 4)
                                        .arg(s->learningRate, 0, 'g', 4));
}

void DescentDemoPage::showRefusal(const core::CommandRefusal& refusal) {
    refusal_ = RefusalText::of(refusal);
    readout_->setText(refusal_);
}

QString DescentDemoPage::metricsCsv() const {
    const auto* s = dynamic_cast<const DescentDemoSnapshot*>(last_.get());
    if (!s) return {};
    QString csv;
    QTextStream out(&csv);
    out << "step,batch_loss,w1,w2\n";
    for (std::size_t i = 0; i < s->historySteps.size(); ++i)
        out << static_cast<qint64>(s->historySteps[i]) << ',' << s->historyLoss[i] << ','
            << s->pathW1[i] << ',' << s->pathW2[i] << '\n';
    return csv;
}

QStringList DescentDemoPage::experimentKinds() const { return {QStringLiteral("feature-scaling")}; }

std::optional<session::ExperimentConfig> DescentDemoPage::experimentConfig() const {
    session::ExperimentConfig config = session::ExperimentConfig::defaults("feature-scaling");
    config.name = QStringLiteral("descent-demo");
    config.setValue(QStringLiteral("lr_mode"), QStringLiteral("same"));
    config.setValue(QStringLiteral("lr"), learningRate_->value());
    config.setValue(QStringLiteral("batch_size"), batchSize_->value());
    return config;
}

void DescentDemoPage::applyExperimentConfig(const session::ExperimentConfig& config) {
    const QSignalBlocker blockRate(learningRate_);
    const QSignalBlocker blockBatch(batchSize_);
    learningRate_->setValue(config.getDouble(QStringLiteral("lr")));
    const int batch = config.getInt(QStringLiteral("batch_size"));
    batchSize_->setValue(batch == 0 ? batchSize_->maximum() : batch);  // 0 = full batch
}

void DescentDemoPage::retranslate() {
    learningRateLabel_->setText(tr("&Learning rate:"));
    learningRate_->setToolTip(
        tr("Step size lr in w <- w - lr * grad; takes effect at the next "
           "step. Stable below about 2 / 9 here."));
    batchSizeLabel_->setText(tr("&Batch size:"));
    batchSize_->setToolTip(tr("Samples per gradient estimate; changing it starts a new run."));
    lossChart_->setTitle(tr("Training loss"));
    lossChart_->setAxisTitles(tr("step"), tr("batch loss"));
    pathChart_->setTitle(tr("Weights' path"));
    pathChart_->setAxisTitles(tr("w1"), tr("w2"));
    pathChart_->setSeriesName(pathSeries_, tr("path"));
    pathChart_->setSeriesName(currentSeries_, tr("now"));
}

}  // namespace normlab::app
