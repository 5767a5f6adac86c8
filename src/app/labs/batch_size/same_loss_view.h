#pragma once
// The batch-size lab's Same training loss view (Keskar et al. 2017): a
// small-batch and a large-batch model trained to the same training loss, the
// loss along the straight line between them, their epsilon-sharpness, and
// a 2-D filter-normalised slice of the training loss around each (Li et al.
// 2018) with one colour scale and one set of contour levels for both.
// It shows a finished normlab-cli result (the bundled one, or a folder the
// user opens) and words only what that result measured.

#include <QWidget>
#include <optional>

#include "session/same_loss_result.h"

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QScrollArea;
QT_END_NAMESPACE

namespace normlab::app {

class ContourChartView;
class LabelledAxisChart;

class SameLossView : public QWidget {
    Q_OBJECT
  public:
    explicit SameLossView(QWidget* parent = nullptr);

    // Loads a folder normlab-cli wrote; false with the reason shown when it cannot.
    bool load(const QString& directory);
    // The result bundled with the app, when it is found.
    static QString bundledDirectory();

    [[nodiscard]] LabelledAxisChart* chart() const { return chart_; }
    [[nodiscard]] QString summaryText() const;
    // The 2-D slices around the small-batch (0) and large-batch (1) solution.
    [[nodiscard]] ContourChartView* slicePlot(int model) const { return slicePlots_[model]; }
    // The contour levels both slices share (empty without slices).
    [[nodiscard]] const QList<double>& sliceLevels() const { return sliceLevels_; }

  protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

  private:
    // The summary's height: all of it, or a third of the view with a scroll bar.
    void fitSummary();
    void render();
    // The slices of the first seed, and the sentence of what all seeds measured.
    [[nodiscard]] QString renderSlices();
    [[nodiscard]] QString sliceToolTip(int model, QPointF value) const;

    LabelledAxisChart* chart_ = nullptr;
    QLabel* summary_ = nullptr;
    QScrollArea* summaryScroll_ = nullptr;
    ContourChartView* slicePlots_[2] = {nullptr, nullptr};
    QLabel* sliceKey_ = nullptr;
    QList<double> sliceLevels_;
    // The slice plots frame themselves from their size: surfaces given to a
    // hidden view wait until it is first shown.
    bool slicesPending_ = false;
    QList<session::SameLossSlicePoint> shownSlice_[2];  // the grids drawn, for tooltips
    QPushButton* openButton_ = nullptr;
    std::optional<session::SameLossResult> result_;
    QString directory_;
    QString error_;
};

}  // namespace normlab::app
