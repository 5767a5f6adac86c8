#pragma once
// One view of the batch-normalization lab: it renders a TwinSnapshot and
// offers its charts for export. Adding a view is one class and one addTab.

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>
#include <array>
#include <memory>

#include "core/lab/twin_trainer.h"

QT_BEGIN_NAMESPACE
class QComboBox;
QT_END_NAMESPACE

namespace normlab::app {

class ChartView;
using TwinSnapshotPtr = std::shared_ptr<const core::TwinSnapshot>;

class BnView : public QWidget {
    Q_OBJECT
  public:
    using QWidget::QWidget;
    virtual void render(const TwinSnapshotPtr& snapshot) = 0;
    [[nodiscard]] virtual QList<ChartView*> charts() const = 0;
    [[nodiscard]] virtual QString title() const = 0;
    virtual void retranslate() = 0;

  protected:
    void changeEvent(QEvent* event) override;
};

// The normalised twin's kind in the run the lab shows (batch norm until a
// run with another is rendered); the names below follow it.
void setShownNormaliser(core::NormKind kind);
[[nodiscard]] core::NormKind shownNormaliser();
// "BN", "LN" or "GN" for the shown normaliser (or `kind`).
[[nodiscard]] QString normaliserShortName();
[[nodiscard]] QString normaliserShortName(core::NormKind kind);
// "batch norm", "layer norm" or "group norm".
[[nodiscard]] QString normaliserLongName(core::NormKind kind);

// One colour per network throughout the lab (app/charts/model_palette.h).
QColor modelColor(int model);
// "with BN" / "plain (no BN)" / "noisy BN" ("with LN", "plain (no LN)" for a layer-norm run).
QString modelName(int model);
// The networks the snapshot's run trains: 2, or 3 with noisy BN.
int modelCount(const core::TwinSnapshot& snapshot);
// Every network a view may show, for building its series once.
inline constexpr std::array<int, 3> kAllModels{core::TwinTrainer::kBn, core::TwinTrainer::kPlain,
                                               core::TwinTrainer::kNoisy};

// At most `maxPoints` evenly strided points (always keeping the last), so a
// band of thousands of steps costs what a chart of its width can show.
QList<QPointF> strided(const QList<QPointF>& points, qsizetype maxPoints);

// Fills a layer chooser with "Layer 1 ... Layer n" (keeping the current
// choice, defaulting to the last layer). Data: 1-based layer.
void syncLayerChooser(QComboBox* chooser, int layers);
// The chosen 1-based layer, clamped to [1, layers].
int chosenLayer(const QComboBox* chooser, int layers);

}  // namespace normlab::app
