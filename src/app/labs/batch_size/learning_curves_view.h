#pragma once
// "Learning curves": test accuracy of every finished run while it trained,
// against epochs, updates or wall time; one colour ramp per model (plain
// orange, BN blue), light for small batches, dark for large ones.

#include <QWidget>

#include "session/sweep_snapshot.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
QT_END_NAMESPACE

namespace normlab::app {

class LabelledAxisChart;

class LearningCurvesView : public QWidget {
    Q_OBJECT
  public:
    explicit LearningCurvesView(QWidget* parent = nullptr);
    void render(const session::SweepSnapshot& sweep);
    void retranslate();
    [[nodiscard]] LabelledAxisChart* chart() const { return chart_; }

  private:
    void redraw();

    QLabel* axisLabel_ = nullptr;
    QComboBox* axis_ = nullptr;
    LabelledAxisChart* chart_ = nullptr;
    int seriesUsed_ = 0;
    session::SweepSnapshotPtr sweep_;
};

}  // namespace normlab::app
