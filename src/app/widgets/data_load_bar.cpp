#include "app/widgets/data_load_bar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>

#include "session/dataset_cache.h"

namespace normlab::app {

namespace {
constexpr int kSteps = 1000;
constexpr double kMegabyte = 1024.0 * 1024.0;
}  // namespace

DataLoadBar::DataLoadBar(QWidget* parent)
    : QWidget(parent), bar_(new QProgressBar(this)), cancel_(new QPushButton(this)) {
    setObjectName(QStringLiteral("dataLoadBar"));
    bar_->setRange(0, kSteps);
    cancel_->setObjectName(QStringLiteral("cancelDataLoad"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar_, 1);
    layout->addWidget(cancel_);
    retranslate();
    hide();

    session::DatasetCache& cache = session::DatasetCache::shared();
    connect(&cache, &session::DatasetCache::loadStarted, this, [this](const QString& key) {
        if (key == key_) started();
    });
    connect(&cache, &session::DatasetCache::progress, this,
            [this](const QString& key, double fraction, qint64 done, qint64 total) {
                if (key == key_) showProgress(fraction, done, total);
            });
    const auto ended = [this](const QString& key) {
        if (key == key_) hide();
    };
    connect(&cache, &session::DatasetCache::loaded, this, ended);
    connect(&cache, &session::DatasetCache::failed, this,
            [ended](const QString& key, const QString&) { ended(key); });
    connect(&cache, &session::DatasetCache::cancelled, this, [this, ended](const QString& key) {
        ended(key);
        if (key == key_) Q_EMIT cancelled(key);
    });
    connect(cancel_, &QPushButton::clicked, this, [this] {
        cancel_->setEnabled(false);  // the loader stops at its next report
        session::DatasetCache::shared().cancel(key_);
    });
}

void DataLoadBar::follow(const QString& key) {
    key_ = key;
    if (session::DatasetCache::shared().isLoading(key))
        started();
    else
        hide();
}

void DataLoadBar::started() {
    cancel_->setEnabled(true);
    showProgress(0, 0, 0);
    show();
}

void DataLoadBar::showProgress(double fraction, qint64 bytesDone, qint64 bytesTotal) {
    fraction_ = fraction;
    bytesDone_ = bytesDone;
    bytesTotal_ = bytesTotal;
    bar_->setValue(static_cast<int>(fraction * kSteps));
    if (bytesTotal > 0)
        bar_->setFormat(tr("Loading the data: %1 of %2 MB read (%p%)")
                            .arg(static_cast<double>(bytesDone) / kMegabyte, 0, 'f', 1)
                            .arg(static_cast<double>(bytesTotal) / kMegabyte, 0, 'f', 1));
    else
        bar_->setFormat(tr("Loading the data (%p%)"));
}

void DataLoadBar::retranslate() {
    cancel_->setText(tr("Cancel"));
    cancel_->setToolTip(tr("Stop loading; the lab keeps the data it had before."));
    bar_->setToolTip(tr("How much of the data file has been read and converted."));
    showProgress(fraction_, bytesDone_, bytesTotal_);
}

void DataLoadBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace normlab::app
