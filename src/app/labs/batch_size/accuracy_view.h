#pragma once
// "Accuracy vs B": final test accuracy (or loss) per batch size, the mean
// over seeds of each run group with its spread, and the sentences measured
// in this sweep above it.

#include <QWidget>

#include "session/sweep_snapshot.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
QT_END_NAMESPACE

namespace normlab::app {

class GroupMeanChart;

class AccuracyView : public QWidget {
    Q_OBJECT
  public:
    explicit AccuracyView(QWidget* parent = nullptr);
    void render(const session::SweepSnapshot& sweep, const QList<int>& checkedSizes);
    void retranslate();
    [[nodiscard]] GroupMeanChart* chart() const { return chart_; }
    [[nodiscard]] bool showsLoss() const;

  private:
    void redraw();

    QLabel* metricLabel_ = nullptr;
    QComboBox* metric_ = nullptr;
    QLabel* measured_ = nullptr;
    GroupMeanChart* chart_ = nullptr;
    session::SweepSnapshotPtr sweep_;
    QList<int> sizes_;
};

}  // namespace normlab::app
