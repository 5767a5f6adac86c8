#pragma once
// The table of a sweep's runs: one row per point with its settings, a
// progress bar and, once it finished, its numbers and verdict.

#include <QList>
#include <QTableWidget>

#include "session/sweep_snapshot.h"

QT_BEGIN_NAMESPACE
class QProgressBar;
QT_END_NAMESPACE

namespace normlab::app {

class RunTableView : public QTableWidget {
    Q_OBJECT
  public:
    explicit RunTableView(QWidget* parent = nullptr);
    void render(const session::SweepSnapshot& sweep);
    void retranslate();

  private:
    void addRow(int index, const session::BatchSweepRun& run);
    void showPoint(int index, const session::SweepPointStatus& point);

    QList<QProgressBar*> bars_;
    session::SweepSnapshotPtr last_;
    int generation_ = -1;
};

}  // namespace normlab::app
