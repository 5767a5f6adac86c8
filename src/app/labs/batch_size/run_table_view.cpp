#include "app/labs/batch_size/run_table_view.h"

#include <QHeaderView>
#include <QProgressBar>
#include <cmath>

#include "app/labs/batch_size/batch_size_page.h"
#include "app/labs/batch_size/run_groups.h"
#include "core/lab/run_verdict.h"

namespace normlab::app {

namespace {

using session::SweepPointState;

enum Column {
    ColBatch,
    ColRule,
    ColLr,
    ColBn,
    ColSeed,
    ColProgress,
    ColTestAcc,
    ColTestLoss,
    ColTrainAcc,
    ColGap,
    ColUpdates,
    ColWall,
    ColCount
};

}  // namespace

RunTableView::RunTableView(QWidget* parent) : QTableWidget(0, ColCount, parent) {
    setObjectName(QStringLiteral("runTable"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(ColProgress, QHeaderView::Stretch);
    setAlternatingRowColors(true);
}

void RunTableView::retranslate() {
    setHorizontalHeaderLabels({BatchSizePage::tr("B"), BatchSizePage::tr("lr rule"),
                               BatchSizePage::tr("lr"), BatchSizePage::tr("BN"),
                               BatchSizePage::tr("Seed"), BatchSizePage::tr("Progress"),
                               BatchSizePage::tr("Test acc. %"), BatchSizePage::tr("Test loss"),
                               BatchSizePage::tr("Train acc. %"), BatchSizePage::tr("Gap"),
                               BatchSizePage::tr("Updates"), BatchSizePage::tr("Time (s)")});
    setToolTip(
        BatchSizePage::tr("One row per run: its settings, progress and final numbers. Gap = train "
                          "accuracy − test accuracy (percentage points)."));
    if (last_) {
        const session::SweepSnapshotPtr sweep = last_;
        setRowCount(0);
        bars_.clear();
        render(*sweep);
    }
}

void RunTableView::render(const session::SweepSnapshot& sweep) {
    last_ = std::make_shared<const session::SweepSnapshot>(sweep);
    if (sweep.generation != generation_ || rowCount() > sweep.size()) {  // a new sweep
        setRowCount(0);
        bars_.clear();
        generation_ = sweep.generation;
    }
    for (int i = 0; i < sweep.size(); ++i) {
        const session::BatchSweepRun* run = sweep.batchRun(i);
        if (!run) continue;
        if (i >= rowCount() || i >= bars_.size() || !bars_[i]) addRow(i, *run);
        showPoint(i, sweep.points[static_cast<std::size_t>(i)]);
    }
}

void RunTableView::addRow(int index, const session::BatchSweepRun& run) {
    if (rowCount() <= index) setRowCount(index + 1);
    const core::BatchSizeRunConfig& c = run.config;
    const auto cell = [&](int column, const QString& text) {
        auto* item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(index, column, item);
    };
    cell(ColBatch, QString::number(c.batchSize));
    cell(ColRule, run.point.fromLrGrid() ? BatchSizePage::tr("map") : ruleName(c.lrRule));
    cell(ColLr, QString::number(c.learningRate(), 'g', 3));
    cell(ColBn, c.network.usesBatchNorm() ? BatchSizePage::tr("yes") : BatchSizePage::tr("no"));
    cell(ColSeed, QString::number(c.seed));
    for (int col = ColTestAcc; col < ColCount; ++col) cell(col, QString());
    auto* bar = new QProgressBar;
    bar->setRange(0, 1000);
    bar->setValue(0);
    setCellWidget(index, ColProgress, bar);
    while (bars_.size() <= index) bars_.append(nullptr);
    bars_[index] = bar;
}

void RunTableView::showPoint(int index, const session::SweepPointStatus& p) {
    QProgressBar* bar = bars_[index];
    bar->setValue(static_cast<int>(1000 * p.fraction));
    switch (p.state) {
        case SweepPointState::Pending:
            bar->setFormat(BatchSizePage::tr("Waiting"));
            break;
        case SweepPointState::Running:
            bar->setFormat(BatchSizePage::tr("Running %p%"));
            break;
        case SweepPointState::Finished:
            bar->setValue(1000);
            bar->setFormat(BatchSizePage::tr("Done"));
            break;
        case SweepPointState::Cancelled:
            bar->setFormat(BatchSizePage::tr("Cancelled"));
            break;
        case SweepPointState::Failed:
            bar->setFormat(BatchSizePage::tr("Failed"));
            bar->setToolTip(p.error);
            break;
    }
    if (p.state != SweepPointState::Finished || !p.outcome) return;
    const auto& r = std::get<core::BatchSizeResult>(*p.outcome);
    switch (core::verdictOf(r)) {
        case core::RunVerdict::Diverged:
            bar->setFormat(BatchSizePage::tr("Diverged"));
            bar->setToolTip(r.diverged ? QString::fromStdString(r.divergence)
                                       : BatchSizePage::tr("The final test loss is higher than "
                                                           "before training: the loss blew up."));
            break;
        case core::RunVerdict::UnderTrained:
            bar->setFormat(BatchSizePage::tr("Under-trained"));
            bar->setToolTip(
                BatchSizePage::tr("Training accuracy %1 % stayed near chance after %2 updates: "
                                  "too few or too small steps, not poor generalisation.")
                    .arg(percent(r.finalTrainAccuracy))
                    .arg(r.updates));
            break;
        case core::RunVerdict::Trained:
            break;
    }
    item(index, ColTestAcc)->setText(percent(r.finalTestAccuracy));
    item(index, ColTestLoss)
        ->setText(std::isfinite(r.finalTestLoss) ? QString::number(r.finalTestLoss, 'f', 3)
                                                 : QStringLiteral("–"));
    item(index, ColTrainAcc)->setText(percent(r.finalTrainAccuracy));
    item(index, ColGap)->setText(percent(r.finalTrainAccuracy - r.finalTestAccuracy));
    item(index, ColUpdates)->setText(QString::number(r.updates));
    item(index, ColWall)->setText(QString::number(r.wallSeconds, 'f', 1));
}

}  // namespace normlab::app
