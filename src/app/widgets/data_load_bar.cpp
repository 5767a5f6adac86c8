#include "app/widgets/data_load_bar.h"

#include "session/dataset_cache.h"

namespace normlab::app {

DataLoadBar::DataLoadBar(QWidget* parent) : LoadProgressBar(parent) {
    setObjectName(QStringLiteral("dataLoadBar"));
    session::DatasetCache& cache = session::DatasetCache::shared();
    connect(&cache, &session::DatasetCache::loadStarted, this, [this](const QString& key) {
        if (key == key_) start();
    });
    connect(&cache, &session::DatasetCache::progress, this,
            [this](const QString& key, double fraction, qint64 done, qint64 total) {
                if (key == key_) showProgress(fraction, done, total);
            });
    const auto ended = [this](const QString& key) {
        if (key == key_) finish();
    };
    connect(&cache, &session::DatasetCache::loaded, this, ended);
    connect(&cache, &session::DatasetCache::failed, this,
            [ended](const QString& key, const QString&) { ended(key); });
    connect(&cache, &session::DatasetCache::cancelled, this, [this, ended](const QString& key) {
        ended(key);
        if (key == key_) Q_EMIT cancelled(key);
    });
    connect(this, &LoadProgressBar::cancelRequested, this,
            [this] { session::DatasetCache::shared().cancel(key_); });
}

void DataLoadBar::follow(const QString& key) {
    key_ = key;
    if (session::DatasetCache::shared().isLoading(key))
        start();
    else
        finish();
}

}  // namespace normlab::app
