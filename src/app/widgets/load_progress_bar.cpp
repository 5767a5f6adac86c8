#include "app/widgets/load_progress_bar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>

namespace normlab::app {

namespace {
constexpr int kSteps = 1000;
constexpr double kMegabyte = 1024.0 * 1024.0;
}  // namespace

LoadProgressBar::LoadProgressBar(QWidget* parent)
    : QWidget(parent), bar_(new QProgressBar(this)), cancel_(new QPushButton(this)) {
    setObjectName(QStringLiteral("loadProgressBar"));
    bar_->setRange(0, kSteps);
    cancel_->setObjectName(QStringLiteral("cancelDataLoad"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar_, 1);
    layout->addWidget(cancel_);
    retranslate();
    hide();
    connect(cancel_, &QPushButton::clicked, this, [this] {
        cancel_->setEnabled(false);  // the loader stops at its next report
        Q_EMIT cancelRequested();
    });
}

void LoadProgressBar::start() {
    cancel_->setEnabled(true);
    showProgress(0, 0, 0);
    show();
}

void LoadProgressBar::finish() { hide(); }

void LoadProgressBar::showProgress(double fraction, qint64 bytesDone, qint64 bytesTotal) {
    fraction_ = fraction;
    bytesDone_ = bytesDone;
    bytesTotal_ = bytesTotal;
    if (bytesTotal > 0)
        bar_->setFormat(tr("Loading the data: %1 of %2 MB read (%p%)")
                            .arg(static_cast<double>(bytesDone) / kMegabyte, 0, 'f', 1)
                            .arg(static_cast<double>(bytesTotal) / kMegabyte, 0, 'f', 1));
    else
        bar_->setFormat(tr("Loading the data (%p%)"));
    bar_->setValue(static_cast<int>(fraction * kSteps));  // after the text: watchers see both
}

void LoadProgressBar::retranslate() {
    cancel_->setText(tr("Cancel"));
    cancel_->setToolTip(tr("Stop loading; the lab keeps the data it had before."));
    bar_->setToolTip(tr("How much of the data file has been read and converted."));
    showProgress(fraction_, bytesDone_, bytesTotal_);
}

void LoadProgressBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace normlab::app
