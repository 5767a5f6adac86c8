#include "app/widgets/sweep_progress_box.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "session/sweep_snapshot.h"

namespace normlab::app {

namespace {
constexpr int kBarSteps = 1000;
}

SweepProgressBox::SweepProgressBox(Unit unit, QWidget* parent)
    : QWidget(parent),
      unit_(unit),
      run_(new QPushButton(this)),
      cancel_(new QPushButton(this)),
      bar_(new QProgressBar(this)),
      status_(new QLabel(this)),
      layout_(new QVBoxLayout(this)) {
    connect(run_, &QPushButton::clicked, this, &SweepProgressBox::runClicked);
    connect(cancel_, &QPushButton::clicked, this, &SweepProgressBox::cancelClicked);
    bar_->setRange(0, kBarSteps);
    bar_->setValue(0);
    status_->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(run_);
    buttons->addWidget(cancel_);
    layout_->setContentsMargins(0, 0, 0, 0);
    layout_->addLayout(buttons);
    layout_->addWidget(bar_);
    layout_->addWidget(status_);
    retranslate();
}

void SweepProgressBox::showProgress(const session::SweepSnapshot* shown, bool loading,
                                    bool running) {
    run_->setEnabled(!running);
    cancel_->setEnabled(running && !loading);
    if (loading) {
        bar_->setRange(0, 0);  // busy: the loader reports no fraction
        status_->setText(tr("Loading the data…"));
        return;
    }
    bar_->setRange(0, kBarSteps);
    if (!shown || shown->size() == 0) {
        bar_->setValue(0);
        status_->setText(idleText_);
        return;
    }
    const int finished = shown->count(session::SweepPointState::Finished);
    const int total = shown->size();
    bar_->setValue(static_cast<int>(kBarSteps * shown->progress() / total));
    if (shown->cancelling || cancelling_) return;  // "Cancelling…" stays until idle
    const bool points = unit_ == Unit::Points;
    const QString text =
        !shown->idle ? (points ? tr("%1 of %2 points finished…") : tr("%1 of %2 runs finished…"))
                     : (points ? tr("%1 of %2 points finished.") : tr("%1 of %2 runs finished."));
    status_->setText(text.arg(finished).arg(total));
}

void SweepProgressBox::setStatus(const QString& text) { status_->setText(text); }
QString SweepProgressBox::status() const { return status_->text(); }

void SweepProgressBox::cancelling() {
    cancelling_ = true;
    status_->setText(unit_ == Unit::Points ? tr("Cancelling: finished points stay.")
                                           : tr("Cancelling: finished runs stay in the charts."));
}

void SweepProgressBox::sweepIdle() {
    if (!cancelling_) return;
    cancelling_ = false;
    status_->setText(unit_ == Unit::Points ? tr("Cancelled: finished points stay.")
                                           : tr("Cancelled: finished runs stay in the charts."));
}

void SweepProgressBox::insertBelowBar(QWidget* widget) {
    layout_->insertWidget(layout_->indexOf(bar_) + 1, widget);
}

void SweepProgressBox::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void SweepProgressBox::retranslate() {
    const bool points = unit_ == Unit::Points;
    cancel_->setText(tr("&Cancel"));
    cancel_->setToolTip(points ? tr("Stops the runs in progress; finished points stay.")
                               : tr("Stops the runs in progress; finished runs stay."));
    bar_->setToolTip(points ? tr("Points finished out of those queued.")
                            : tr("Runs finished out of those queued."));
}

}  // namespace normlab::app
