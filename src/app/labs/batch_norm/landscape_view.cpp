#include "app/labs/batch_norm/landscape_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStringList>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>
#include <cmath>

#include "app/labs/batch_norm/bn_chart.h"

namespace normlab::app {

LandscapeView::LandscapeView(QWidget* parent)
    : BnView(QT_TRANSLATE_NOOP("normlab::app::LandscapeView", "Really covariate shift?"), parent) {
    enable_ = new QCheckBox(this);
    enable_->setObjectName(QStringLiteral("landscapeProbes"));
    auto* top = new QHBoxLayout;
    top->addWidget(enable_);
    top->addSpacing(12);
    layer_ = addChooser(this, top, layerLabel_, QStringLiteral("icsLayer"));
    top->addStretch(1);
    cost_ = new QLabel(this);
    cost_->setWordWrap(true);
    chartsPane_ = new QWidget(this);
    legend_ = new QLabel(chartsPane_);
    legend_->setObjectName(QStringLiteral("landscapeLegend"));
    legend_->setTextFormat(Qt::RichText);
    smoothnessHeading_ = new QLabel(chartsPane_);
    smoothnessHeading_->setWordWrap(true);

    ics_ = addChart(chartsPane_);
    relative_ = addChart(chartsPane_);
    cosine_ = addChart(chartsPane_);
    loss_ = addChart(chartsPane_);
    gradient_ = addChart(chartsPane_);
    for (int m : kAllModels) {
        icsL2_[m] = ics_->addLineSeries(QString(), modelColor(m), 2.5);
        icsRelative_[m] = relative_->addLineSeries(QString(), modelColor(m), 2.5);
        icsCos_[m] = cosine_->addLineSeries(QString(), modelColor(m), 2.5);
        lossBand_[m] = loss_->addBand(QString(), modelColor(m));
        gradientBand_[m] = gradient_->addBand(QString(), modelColor(m));
    }
    // Five charts share one legend (above them), so narrow charts keep their
    // height for the plot and no legend entry is elided; each is still wide
    // enough for its axis labels, and the view fits a 1280-wide window with
    // presentation fonts.
    for (BnChart* chart : {ics_, relative_, cosine_, loss_, gradient_}) {
        chart->setLegendVisible(false);
        chart->setMinimumWidth(190);
    }
    // The smoothness pair is the lower row: in Korean presentation type it is
    // too short for its x title, which Qt Charts would elide to "...".
    for (BnChart* chart : {loss_, gradient_}) chart->setCompactBelowLines(10);
    auto* grid = new QGridLayout(chartsPane_);
    grid->setContentsMargins(0, 0, 0, 0);
    // The absolute change beside the change relative to the gradient: BN's
    // gradients are smaller, so only the relative one compares like with like.
    grid->addWidget(legend_, 0, 0, 1, 6);
    grid->addWidget(ics_, 1, 0, 1, 2);
    grid->addWidget(relative_, 1, 2, 1, 2);
    grid->addWidget(cosine_, 1, 4, 1, 2);
    grid->addWidget(smoothnessHeading_, 2, 0, 1, 6);
    grid->addWidget(loss_, 3, 0, 1, 3);
    grid->addWidget(gradient_, 3, 3, 1, 3);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(3, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(cost_);
    layout->addWidget(chartsPane_, 1);
    layout->addStretch(0);

    connect(enable_, &QCheckBox::toggled, this, &LandscapeView::measuringToggled);
    connect(layer_, &QComboBox::currentIndexChanged, this, [this] { redraw(); });
    retranslate();
}

void LandscapeView::adopt(const core::TwinSnapshot& snapshot) {
    // The box is the page's setting (kept through restarts and in files);
    // a snapshot taken before a toggle reached the worker must not undo it.
    if (modelCount(snapshot) != shownModels_) {
        shownModels_ = modelCount(snapshot);
        nameSeries();
    }
    // ICS is measured for weighted layers 2 .. hidden + 1 (the output layer last).
    const auto& log = snapshot.models[core::TwinTrainer::kBn].landscape;
    const int measured = log.empty() ? 0 : static_cast<int>(log.back().ics.size());
    if (layer_->count() != measured) {
        const QSignalBlocker block(layer_);
        layer_->clear();
        for (int i = 0; i < measured; ++i) {
            const int weighted = log.back().ics[static_cast<std::size_t>(i)].layer;
            layer_->addItem(weighted > snapshot.hiddenLayers
                                ? tr("Output layer (%1)").arg(weighted)
                                : tr("Layer %1").arg(weighted),
                            i);
        }
        layer_->setCurrentIndex(std::max(0, measured - 2));
    }
}

void LandscapeView::draw(const core::TwinSnapshot& s) {
    const int which = std::max(0, layer_->currentIndex());
    double xMax = std::max<double>(1.0, static_cast<double>(s.step));
    int checkpoints = 0;
    for (int m : kAllModels) {
        static const core::AppendLog<core::LandscapeCheckpoint> none;
        const auto& log = m < modelCount(s) ? s.models[m].landscape : none;
        QList<QPointF> l2, relative, cosine, lossHi, lossLo, gradHi, gradLo;
        for (std::size_t i = 0; i < log.size(); ++i) {
            const core::LandscapeCheckpoint& c = log[i];
            const double x = static_cast<double>(c.step);
            if (static_cast<std::size_t>(which) < c.ics.size()) {
                l2.append(QPointF(x, c.ics[static_cast<std::size_t>(which)].l2));
                relative.append(QPointF(x, c.ics[static_cast<std::size_t>(which)].relativeL2));
                cosine.append(QPointF(x, c.ics[static_cast<std::size_t>(which)].cosine));
            }
            lossHi.append(QPointF(x, c.smoothness.lossMax));
            lossLo.append(QPointF(x, c.smoothness.lossMin));
            gradHi.append(QPointF(x, c.smoothness.gradientChangeMax));
            gradLo.append(QPointF(x, c.smoothness.gradientChangeMin));
        }
        checkpoints = std::max(checkpoints, static_cast<int>(log.size()));
        ics_->setPoints(icsL2_[m], l2);
        relative_->setPoints(icsRelative_[m], relative);
        cosine_->setPoints(icsCos_[m], cosine);
        loss_->setBand(lossBand_[m], lossHi, lossLo);
        gradient_->setBand(gradientBand_[m], gradHi, gradLo);
    }
    double lossMax = 0.1, gradMax = 0.1;
    for (int m = 0; m < modelCount(s); ++m) {
        const auto& log = s.models[m].landscape;
        for (std::size_t i = 0; i < log.size(); ++i) {
            if (std::isfinite(log[i].smoothness.lossMax))
                lossMax = std::max(lossMax, std::min(log[i].smoothness.lossMax, 20.0));
            if (std::isfinite(log[i].smoothness.gradientChangeMax))
                gradMax = std::max(gradMax, log[i].smoothness.gradientChangeMax);
        }
    }
    double icsMax = 1e-6;
    for (int m : kAllModels)
        for (const QPointF& p : ics_->points(icsL2_[m])) icsMax = std::max(icsMax, p.y());
    double relativeMax = 1e-6;
    for (int m : kAllModels)
        for (const QPointF& p : relative_->points(icsRelative_[m]))
            relativeMax = std::max(relativeMax, p.y());
    ics_->setNiceYRange(0, icsMax * 1.05);
    relative_->setNiceYRange(0, relativeMax * 1.05);
    for (BnChart* chart : {ics_, relative_, cosine_, loss_, gradient_}) chart->setNiceXRange(0, xMax);
    cosine_->setNiceYRange(-1, 1);  // a cosine's whole range, no more
    loss_->setNiceYRange(0, lossMax * 1.05);
    gradient_->setNiceYRange(0, gradMax * 1.05);

    const double train = s.trainSeconds;
    const double landscape = s.landscapeSeconds;
    // No empty charts: until something is measured, say what will be.
    chartsPane_->setVisible(checkpoints > 0);
    layer_->setVisible(layer_->count() > 0);
    layerLabel_->setVisible(layer_->count() > 0);
    if (checkpoints == 0)
        cost_->setText(
            tr("<p><b>Is batch normalization's benefit really about internal covariate "
               "shift?</b></p><p>Santurkar et al. (2018) measured shift as the change of a "
               "layer's gradient G when the layers below take their step (G′), and found it can "
               "be as large with BN as without. What BN does change is the loss landscape: along "
               "the gradient, loss and gradient vary far less, so larger steps are safe.</p>"
               "<p>%1</p>")
                .arg(s.config.landscapeProbes
                         ? tr("Measuring: the first results appear at step %1.")
                               .arg((s.step / s.config.evalInterval + 1) * s.config.evalInterval)
                         : tr("Switch on <i>Measure at every checkpoint</i> above to compare both "
                              "networks here. Each checkpoint (every %1 steps) then runs extra "
                              "forward and backward passes on the last batch; the cost is shown.")
                               .arg(s.config.evalInterval)));
    else
        cost_->setText(tr("%1 checkpoints measured. Cost so far: %2 s of probing against %3 s of "
                          "training (%4% extra).")
                           .arg(checkpoints)
                           .arg(landscape, 0, 'f', 2)
                           .arg(train, 0, 'f', 2)
                           .arg(train > 0 ? 100.0 * landscape / train : 0.0, 0, 'f', 0));
}

void LandscapeView::retranslate() {
    enable_->setText(tr("&Measure at every checkpoint (costly)"));
    enable_->setToolTip(
        tr("Santurkar et al. 2018: ICS = ‖G − G′‖, the change of a layer's gradient when the "
           "layers below take their step; smoothness = how much the loss and gradient change "
           "along the gradient for steps c·lr, c in [0.5, 4]. Applies from the next checkpoint."));
    layerLabel_->setText(tr("ICS of &layer:"));
    layer_->setToolTip(tr("Whose gradient change to show (weighted layers 2 to the output)."));
    // Short titles (the smoothness pair under a heading); the full measure
    // in each tooltip. The y titles are a unit or a symbol: five charts share
    // a 1280x800 window, and a longer one is elided in presentation type.
    smoothnessHeading_->setText(
        tr("<b>Smoothness</b>: loss and gradient along the gradient, for steps of 0.5–4 × lr"));
    // Every chart runs over the training steps.
    const QString step = tr("training step");
    const auto name = [&step](BnChart* chart, const QString& title, const QString& measure,
                              const QString& unit) {
        chart->setTitle(title);
        chart->setToolTip(measure);
        chart->setAxisTitles(step, unit);
    };
    name(ics_, tr("ICS: ‖G − G′‖"), tr("ICS: gradient change ‖G − G′‖"), tr("L2"));
    name(relative_, tr("ICS: ‖G − G′‖ / ‖G‖"), tr("ICS relative to the gradient: ‖G − G′‖ / ‖G‖"),
         tr("ratio"));
    name(cosine_, tr("ICS: cos(G, G′)"), tr("ICS: cosine(G, G′)"), tr("cosine"));
    name(loss_, tr("Loss range"), tr("Loss along the gradient, steps 0.5–4 × lr"), tr("nats"));
    name(gradient_, tr("Gradient change range"), tr("‖g(w − c·lr·g) − g(w)‖ along the gradient"),
         tr("‖Δg‖"));
    nameSeries();
}

void LandscapeView::nameSeries() {
    QStringList entries;
    for (int m = 0; m < shownModels_; ++m)
        entries << QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2")
                       .arg(modelColor(m).name(), modelName(m).toHtmlEscaped());
    legend_->setText(entries.join(QStringLiteral("&nbsp;&nbsp;&nbsp;")));
    for (int m : kAllModels) {
        // A network this run does not train gets no legend entry.
        if (m >= shownModels_) {
            for (auto [chart, series] : {std::pair{ics_, icsL2_[m]}, std::pair{relative_, icsRelative_[m]},
                                          std::pair{cosine_, icsCos_[m]}})
                chart->setSeriesName(series, QString());
            loss_->setBandName(lossBand_[m], QString());
            gradient_->setBandName(gradientBand_[m], QString());
            continue;
        }
        ics_->setSeriesName(icsL2_[m], modelName(m));
        relative_->setSeriesName(icsRelative_[m], modelName(m));
        cosine_->setSeriesName(icsCos_[m], modelName(m));
        loss_->setBandName(lossBand_[m], modelName(m));
        gradient_->setBandName(gradientBand_[m], modelName(m));
    }
}

}  // namespace normlab::app
