#include "app/labs/batch_norm/affine_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

#include "app/labs/batch_norm/bn_chart.h"

namespace normlab::app {

AffineView::AffineView(QWidget* parent)
    : BnView(QT_TRANSLATE_NOOP("normlab::app::AffineView", "γ and β"), parent) {
    auto* top = new QHBoxLayout;
    layer_ = addLayerChooser(top, QStringLiteral("affineLayer"));
    top->addStretch(1);
    note_ = new QLabel(this);
    note_->setWordWrap(true);
    auto* row = new QHBoxLayout;
    const QColor bn = modelColor(core::TwinTrainer::kBn);
    for (int i = 0; i < 2; ++i) {
        BnChart* chart = addChart();
        outer_[i] = chart->addBand(QString(), bn.lighter(160));
        inner_[i] = chart->addBand(QString(), bn);
        mean_[i] = chart->addLineSeries(QString(), bn.darker(150), 2.0);
        plain_[i] = chart->addLineSeries(QString(), modelColor(core::TwinTrainer::kPlain), 2.0);
        charts_[static_cast<std::size_t>(i)] = chart;
        row->addWidget(chart, 1);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(row, 1);
    layout->addWidget(note_);
    retranslate();
}

void AffineView::draw(const core::TwinSnapshot& s) {
    const auto& log = s.models[core::TwinTrainer::kBn].affine;
    const int layer = chosenLayerIndex(s);
    double xMax = std::max<double>(1.0, static_cast<double>(s.step));
    for (int i = 0; i < 2; ++i) {
        QList<QPointF> maxs, mins, p85, p15, mean;
        double lo = i == 0 ? 1.0 : 0.0, hi = lo;
        // Every BN layer starts at gamma = 1, beta = 0.
        for (QList<QPointF>* line : {&maxs, &mins, &p85, &p15, &mean}) line->append(QPointF(0, lo));
        for (std::size_t c = 0; c < log.size(); ++c) {
            const core::AffineCheckpoint& cp = log[c];
            const auto& list = i == 0 ? cp.gamma : cp.beta;
            if (static_cast<std::size_t>(layer) >= list.size()) continue;
            const core::AffineSummary& a = list[static_cast<std::size_t>(layer)];
            const double x = static_cast<double>(cp.step);
            maxs.append(QPointF(x, a.max));
            mins.append(QPointF(x, a.min));
            p85.append(QPointF(x, a.percentiles.p85));
            p15.append(QPointF(x, a.percentiles.p15));
            mean.append(QPointF(x, a.mean));
            lo = std::min(lo, a.min);
            hi = std::max(hi, a.max);
        }
        BnChart* chart = charts_[static_cast<std::size_t>(i)];
        chart->setBand(outer_[i], maxs, mins);
        chart->setBand(inner_[i], p85, p15);
        chart->setPoints(mean_[i], mean);
        const double reference = i == 0 ? 1.0 : 0.0;
        chart->setPoints(plain_[i], {QPointF(0, reference), QPointF(xMax, reference)});
        chart->setNiceXRange(0, xMax);
        const double pad = std::max(0.05, 0.1 * (hi - lo));
        chart->setNiceYRange(lo - pad, hi + pad);
    }
    note_->setText(s.config.network.bnAffineLearnable
                       ? tr("γ and β are learned: %1 normalizes, then y = γ·x<sub>norm</sub> + β lets "
                            "each unit choose its own scale and offset again (up to undoing %1 entirely).")
                             .arg(normaliserShortName(s.config.normaliser))
                       : tr("γ and β are frozen at 1 and 0: every %1 unit's input stays "
                            "standardized (mean 0, std 1).")
                             .arg(normaliserShortName(s.config.normaliser)));
}

void AffineView::retranslate() {
    layer_->setToolTip(
        tr("Which %1 layer's γ (scale) and β (shift) to show.").arg(normaliserShortName()));
    const QString names[2] = {tr("γ (scale) per unit — with %1").arg(normaliserShortName()),
                              tr("β (shift) per unit — with %1").arg(normaliserShortName())};
    const QString axes[2] = {tr("γ"), tr("β")};
    for (int i = 0; i < 2; ++i) {
        BnChart* chart = charts_[static_cast<std::size_t>(i)];
        chart->setTitle(names[i]);
        chart->setAxisTitles(tr("training step"), axes[i]);
        chart->setBandName(outer_[i], tr("min–max"));
        chart->setBandName(inner_[i], tr("15–85%"));
        chart->setSeriesName(mean_[i], tr("mean"));
        chart->setSeriesName(plain_[i], i == 0 ? tr("plain: γ ≡ 1") : tr("plain: β ≡ 0"));
    }
    redraw();
}

}  // namespace normlab::app
