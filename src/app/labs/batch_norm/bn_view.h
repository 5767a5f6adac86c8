#pragma once
// One view of the batch-normalization lab: it renders a TwinSnapshot and
// offers its charts for export. Adding a view is one class and one addTab:
// the class creates its charts with addChart(), draws in draw() and words
// itself in retranslate(); the base keeps the snapshot and the chart list.

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>
#include <array>
#include <memory>

#include "core/lab/twin_trainer.h"

// Declared here for every view's header: the kit's chooser and charts.
QT_BEGIN_NAMESPACE
class QBoxLayout;
class QCheckBox;
class QComboBox;
class QLabel;
QT_END_NAMESPACE

namespace normlab::app {

class BnChart;
class ChartView;
using TwinSnapshotPtr = std::shared_ptr<const core::TwinSnapshot>;

class BnView : public QWidget {
    Q_OBJECT
  public:
    // `title`, the tab's words, is marked with QT_TRANSLATE_NOOP in the view's
    // own context and translated by title().
    explicit BnView(const char* title, QWidget* parent = nullptr);
    // Keeps the snapshot (the view's own controls redraw from it), lets the
    // view follow the run's shape, then draws it.
    void render(const TwinSnapshotPtr& snapshot);
    // The charts a figure export offers, in the order they were added.
    [[nodiscard]] virtual QList<ChartView*> charts() const { return charts_; }
    [[nodiscard]] QString title() const;
    virtual void retranslate() = 0;

  protected:
    void changeEvent(QEvent* event) override;
    // A new chart under `parent` (this view by default), exported by charts().
    BnChart* addChart(QWidget* parent = nullptr);
    // The view's hidden-layer chooser ("Layer: [Layer n (last hidden)]") in
    // `row`: render() keeps it in step with the run's network, and choosing
    // another layer redraws. The view words its tooltip.
    QComboBox* addLayerChooser(QBoxLayout* row, const QString& objectName);
    // A check box, checked, that puts the view's charts on one scale: toggling
    // it redraws. The view places it and words it.
    QCheckBox* addSameScaleBox(const QString& objectName);
    // The layer chosen there, 0-based, within the snapshot's network.
    [[nodiscard]] int chosenLayerIndex(const core::TwinSnapshot& snapshot) const;
    // Before each draw: choosers that follow the network (its layers, units,
    // networks) sync to the snapshot's run here.
    virtual void adopt(const core::TwinSnapshot& /*snapshot*/) {}
    virtual void draw(const core::TwinSnapshot& snapshot) = 0;
    // Draws the last snapshot again, after one of the view's own controls
    // changed or the language did; nothing before the first snapshot.
    void redraw();
    [[nodiscard]] const TwinSnapshotPtr& lastSnapshot() const { return last_; }

  private:
    const char* title_;
    QComboBox* layerChooser_ = nullptr;
    QLabel* layerChooserLabel_ = nullptr;
    TwinSnapshotPtr last_;
    QList<ChartView*> charts_;
};

// A chooser under `parent` sized to its items, with its label (the
// mnemonic's buddy) before it in `row`; the label gets its words in the
// view's retranslate().
QComboBox* addChooser(QWidget* parent, QBoxLayout* row, QLabel*& label, const QString& objectName);

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


}  // namespace normlab::app
