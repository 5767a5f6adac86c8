#include "app/labs/batch_norm/bn_view.h"

#include <QComboBox>
#include <QEvent>
#include <QSignalBlocker>
#include <algorithm>

#include "app/charts/model_palette.h"

namespace normlab::app {

void BnView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

namespace {
core::NormKind shownKind = core::NormKind::Batch;  // GUI thread only
}  // namespace

void setShownNormaliser(core::NormKind kind) { shownKind = kind; }
core::NormKind shownNormaliser() { return shownKind; }
QString normaliserShortName() { return normaliserShortName(shownKind); }

QString normaliserShortName(core::NormKind kind) {
    switch (kind) {
        case core::NormKind::Layer:
            return BnView::tr("LN");
        case core::NormKind::Group:
            return BnView::tr("GN");
        default:
            return BnView::tr("BN");
    }
}

QString normaliserLongName(core::NormKind kind) {
    switch (kind) {
        case core::NormKind::Layer:
            return BnView::tr("layer norm");
        case core::NormKind::Group:
            return BnView::tr("group norm");
        default:
            return BnView::tr("batch norm");
    }
}

QColor modelColor(int model) {
    switch (model) {
        case core::TwinTrainer::kBn:
            return bnColor();
        case core::TwinTrainer::kNoisy:
            return noisyColor();
        default:
            return plainColor();
    }
}

QString modelName(int model) {
    switch (model) {
        case core::TwinTrainer::kBn:
            return BnView::tr("with %1").arg(normaliserShortName());
        case core::TwinTrainer::kNoisy:
            return BnView::tr("noisy BN");
        default:
            return BnView::tr("plain (no %1)").arg(normaliserShortName());
    }
}

int modelCount(const core::TwinSnapshot& snapshot) {
    return static_cast<int>(snapshot.models.size());
}

QList<QPointF> strided(const QList<QPointF>& points, qsizetype maxPoints) {
    if (points.size() <= maxPoints || maxPoints < 2) return points;
    QList<QPointF> out;
    out.reserve(maxPoints + 1);
    const double stride =
        static_cast<double>(points.size() - 1) / static_cast<double>(maxPoints - 1);
    for (qsizetype i = 0; i < maxPoints; ++i)
        out.append(points[std::min(points.size() - 1, static_cast<qsizetype>(i * stride))]);
    if (out.last() != points.last()) out.append(points.last());
    return out;
}

void syncLayerChooser(QComboBox* chooser, int layers) {
    const auto itemText = [layers](int l) {
        return l == layers ? BnView::tr("Layer %1 (last hidden)").arg(l)
                           : BnView::tr("Layer %1").arg(l);
    };
    if (chooser->count() == layers) {
        // Same layers: only the words may have changed (a language switch).
        for (int l = 1; l <= layers; ++l) chooser->setItemText(l - 1, itemText(l));
        return;
    }
    const QSignalBlocker block(chooser);
    const bool wasLast = chooser->count() == 0 || chooser->currentIndex() == chooser->count() - 1;
    const int previous = wasLast ? layers : chooser->currentData().toInt();
    chooser->clear();
    for (int l = 1; l <= layers; ++l) chooser->addItem(itemText(l), l);
    chooser->setCurrentIndex(std::clamp(previous, 1, std::max(1, layers)) - 1);
}

int chosenLayer(const QComboBox* chooser, int layers) {
    const int l = chooser->currentData().isValid() ? chooser->currentData().toInt() : layers;
    return std::clamp(l, 1, std::max(1, layers));
}

}  // namespace normlab::app
