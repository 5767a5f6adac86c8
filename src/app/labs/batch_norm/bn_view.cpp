#include "app/labs/batch_norm/bn_view.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QSignalBlocker>
#include <algorithm>

#include "app/charts/model_palette.h"
#include "app/labs/batch_norm/bn_chart.h"

namespace normlab::app {

BnView::BnView(const char* title, QWidget* parent) : QWidget(parent), title_(title) {}

QString BnView::title() const {
    return QCoreApplication::translate(metaObject()->className(), title_);
}

namespace {

// Fills a layer chooser with "Layer 1 ... Layer n" (keeping the current
// choice, defaulting to the last layer). Data: 1-based layer.
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

}  // namespace

void BnView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        if (layerChooserLabel_) layerChooserLabel_->setText(tr("&Layer:"));
        retranslate();
    }
    QWidget::changeEvent(event);
}

void BnView::render(const TwinSnapshotPtr& snapshot) {
    last_ = snapshot;
    if (!last_) return;
    if (layerChooser_) syncLayerChooser(layerChooser_, last_->hiddenLayers);
    adopt(*last_);
    draw(*last_);
}

void BnView::redraw() {
    if (last_) draw(*last_);
}

BnChart* BnView::addChart(QWidget* parent) {
    auto* chart = new BnChart(parent ? parent : this);
    charts_.append(chart);
    return chart;
}

QComboBox* BnView::addLayerChooser(QBoxLayout* row, const QString& objectName) {
    layerChooser_ = addChooser(this, row, layerChooserLabel_, objectName);
    layerChooserLabel_->setText(tr("&Layer:"));
    connect(layerChooser_, &QComboBox::currentIndexChanged, this, [this] { redraw(); });
    return layerChooser_;
}

QCheckBox* BnView::addSameScaleBox(const QString& objectName) {
    auto* box = new QCheckBox(this);
    box->setObjectName(objectName);
    box->setChecked(true);
    connect(box, &QCheckBox::toggled, this, [this] { redraw(); });
    return box;
}

int BnView::chosenLayerIndex(const core::TwinSnapshot& snapshot) const {
    const int layers = snapshot.hiddenLayers;
    const QVariant data = layerChooser_ ? layerChooser_->currentData() : QVariant();
    const int l = data.isValid() ? data.toInt() : layers;
    return std::clamp(l, 1, std::max(1, layers)) - 1;
}

QComboBox* addChooser(QWidget* parent, QBoxLayout* row, QLabel*& label, const QString& objectName) {
    auto* box = new QComboBox(parent);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setObjectName(objectName);
    label = new QLabel(parent);
    label->setBuddy(box);
    row->addWidget(label);
    row->addWidget(box);
    return box;
}

namespace {

core::NormKind shownKind = core::NormKind::Batch;  // GUI thread only

struct NormaliserNames {
    const char* shortName;
    const char* longName;
};

NormaliserNames namesOf(core::NormKind kind) {
    switch (kind) {
        case core::NormKind::Layer:
            return {QT_TRANSLATE_NOOP("normlab::app::BnView", "LN"),
                    QT_TRANSLATE_NOOP("normlab::app::BnView", "layer norm")};
        case core::NormKind::Group:
            return {QT_TRANSLATE_NOOP("normlab::app::BnView", "GN"),
                    QT_TRANSLATE_NOOP("normlab::app::BnView", "group norm")};
        default:
            return {QT_TRANSLATE_NOOP("normlab::app::BnView", "BN"),
                    QT_TRANSLATE_NOOP("normlab::app::BnView", "batch norm")};
    }
}

}  // namespace

void setShownNormaliser(core::NormKind kind) { shownKind = kind; }
core::NormKind shownNormaliser() { return shownKind; }
QString normaliserShortName() { return normaliserShortName(shownKind); }

QString normaliserShortName(core::NormKind kind) { return BnView::tr(namesOf(kind).shortName); }

QString normaliserLongName(core::NormKind kind) { return BnView::tr(namesOf(kind).longName); }

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


}  // namespace normlab::app
