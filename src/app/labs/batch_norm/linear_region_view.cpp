#include "app/labs/batch_norm/linear_region_view.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "app/labs/batch_norm/bn_chart.h"
#include "app/labs/batch_norm/histogram_outline.h"

namespace normlab::app {

namespace {
constexpr double kLinearBound = 1.96;
}

double fractionBeyond(const core::Histogram& h, double threshold) {
    const double total = static_cast<double>(h.total() - h.invalid);
    if (total <= 0) return 0;
    double beyond = static_cast<double>(h.underflow + h.overflow);
    for (int b = 0; b < h.bins(); ++b) {
        const double lo = h.edges[static_cast<std::size_t>(b)];
        const double hi = h.edges[static_cast<std::size_t>(b) + 1];
        const double width = hi - lo;
        if (width <= 0) continue;
        // Length of [lo, hi] outside [-threshold, threshold].
        const double inside = std::max(0.0, std::min(hi, threshold) - std::max(lo, -threshold));
        beyond +=
            static_cast<double>(h.counts[static_cast<std::size_t>(b)]) * (width - inside) / width;
    }
    return beyond / total;
}

LinearRegionView::LinearRegionView(QWidget* parent)
    : BnView(QT_TRANSLATE_NOOP("normlab::app::LinearRegionView", "Linear region"), parent) {
    auto* top = new QHBoxLayout;
    layer_ = addLayerChooser(top, QStringLiteral("regionLayer"));
    eps_ = new QDoubleSpinBox(this);
    eps_->setObjectName(QStringLiteral("regionEps"));
    eps_->setDecimals(3);
    eps_->setRange(0.001, 0.4);
    eps_->setSingleStep(0.01);
    eps_->setValue(0.05);
    epsLabel_ = new QLabel(this);
    epsLabel_->setBuddy(eps_);
    table_ = new QLabel(this);
    table_->setTextFormat(Qt::RichText);
    table_->setObjectName(QStringLiteral("regionTable"));
    // Headers wrap in a narrow view (beside the course panel) instead of
    // widening it past the window.
    table_->setWordWrap(true);
    note_ = new QLabel(this);
    note_->setWordWrap(true);

    chart_ = addChart();
    band_ = chart_->addBand(QString(), QColor(0x2c, 0xa0, 0x2c));
    for (int m : {core::TwinTrainer::kBn, core::TwinTrainer::kPlain})
        histogram_[m] = chart_->addLineSeries(QString(), modelColor(m), 2.5);
    curve_ = chart_->addLineSeries(QString(), QColor(0x30, 0x30, 0x30), 2.0);

    top->addSpacing(12);
    top->addWidget(epsLabel_);
    top->addWidget(eps_);
    top->addStretch(1);
    chart_->setMinimumHeight(260);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(chart_, 1);
    layout->addWidget(table_);
    layout->addWidget(note_);

    connect(eps_, &QDoubleSpinBox::valueChanged, this, [this] { redraw(); });
    retranslate();
}

void LinearRegionView::draw(const core::TwinSnapshot& s) {
    const int layer = chosenLayerIndex(s);
    double lo = -6, hi = 6;
    const double threshold = std::log(1.0 / eps_->value() - 1.0);
    for (int m : {core::TwinTrainer::kBn, core::TwinTrainer::kPlain}) {
        const auto& latest = s.models[m].latest;
        if (static_cast<std::size_t>(layer) >= latest.size()) continue;
        const core::LayerStats& stats = latest[static_cast<std::size_t>(layer)];
        const core::Histogram& h = stats.histogram;
        if (h.bins() > 0) {
            lo = std::min(lo, h.edges.front());
            hi = std::max(hi, h.edges.back());
        }
        chart_->setPoints(histogram_[m], histogramOutline(h, HistogramHeight::PeakIsOne));
        readouts_[m] = {stats.linearRegionFraction, fractionBeyond(h, threshold),
                        stats.meanDerivativeRelative};
    }
    lo = std::max(lo, -30.0);
    hi = std::min(hi, 30.0);
    QList<QPointF> curve;
    constexpr int kSamples = 200;
    for (int i = 0; i <= kSamples; ++i) {
        const double z = lo + (hi - lo) * i / kSamples;
        curve.append(QPointF(z, 1.0 / (1.0 + std::exp(-z))));
    }
    chart_->setPoints(curve_, curve);
    chart_->setBand(band_, {QPointF(-kLinearBound, 1.0), QPointF(kLinearBound, 1.0)},
                    {QPointF(-kLinearBound, 0), QPointF(kLinearBound, 0)});
    chart_->setNiceXRange(lo, hi);
    chart_->setNiceYRange(0, 1.0);

    const auto pct = [](double f) { return QStringLiteral("%1%").arg(100.0 * f, 0, 'f', 1); };
    QString rows = QStringLiteral(
                       "<table cellspacing=0 cellpadding=4><tr><th></th><th>%1</th>"
                       "<th style='padding-left:16px'>%2</th>"
                       "<th style='padding-left:16px'>%3</th></tr>")
                       .arg(tr("in |z| ≤ 1.96"), tr("saturated |z| > %1").arg(threshold, 0, 'f', 2),
                            tr("mean f′(z) / max f′"));
    for (int m : {core::TwinTrainer::kBn, core::TwinTrainer::kPlain})
        rows +=
            QStringLiteral(
                "<tr><td><b style='color:%1'>%2</b></td><td align=right>%3</td>"
                "<td align=right>%4</td><td align=right>%5</td></tr>")
                .arg(modelColor(m).name(), modelName(m).toHtmlEscaped(), pct(readouts_[m].linear),
                     pct(readouts_[m].saturated), pct(readouts_[m].derivative));
    table_->setText(rows + QStringLiteral("</table>"));
    const bool perSample = s.config.normaliser != core::NormKind::Batch;
    note_->setText(s.config.network.activation != core::ActivationKind::Sigmoid
                       ? tr("The networks use another activation; the sigmoid is drawn for "
                            "reference and the derivative column is for their activation.")
                   : perSample
                       ? tr("%1 with γ = 1, β = 0 standardizes each example's inputs over its "
                            "own units, so most of them fall inside the green band too, without "
                            "any batch statistics; learnable γ and β let the network move them "
                            "out again when that helps.")
                             .arg(normaliserShortName(s.config.normaliser))
                       : tr("BN with γ = 1, β = 0 puts most inputs inside the green band, where "
                            "the sigmoid is nearly linear; learnable γ and β let the network move "
                            "them out again when that helps."));
}

void LinearRegionView::retranslate() {
    layer_->setToolTip(tr("Whose activation inputs to show, at the latest step."));
    epsLabel_->setText(tr("Saturation &eps:"));
    eps_->setToolTip(
        tr("A sigmoid unit counts as saturated when its output is within eps of 0 "
           "or 1, i.e. |z| > ln(1/eps − 1)."));
    chart_->setTitle(tr("Sigmoid and the current activation inputs"));
    chart_->setAxisTitles(tr("activation input z"), tr("σ(z) and frequency / peak"));
    chart_->setBandName(band_, tr("|z| ≤ 1.96"));
    chart_->setSeriesName(curve_, tr("σ(z)"));
    chart_->setSeriesName(histogram_[core::TwinTrainer::kBn],
                          tr("inputs with %1").arg(normaliserShortName()));
    chart_->setSeriesName(histogram_[core::TwinTrainer::kPlain], tr("inputs, plain"));
    redraw();
}

}  // namespace normlab::app
