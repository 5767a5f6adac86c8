#include "app/labs/sweep_starter.h"

#include <QLatin1Char>

#include "session/dataset_cache.h"

namespace normlab::app {

SweepStarter::SweepStarter(ConfigSource config, Start start, QObject* parent)
    : QObject(parent), config_(std::move(config)), start_(std::move(start)) {
    session::DatasetCache& cache = session::DatasetCache::shared();
    connect(&cache, &session::DatasetCache::loaded, this, [this](const QString& key) {
        if (key != pendingKey_) return;
        pendingKey_.clear();
        if (auto data = session::DatasetCache::shared().find(config_())) start_(data);
        Q_EMIT waitEnded();
    });
    connect(&cache, &session::DatasetCache::failed, this,
            [this](const QString& key, const QString& message) {
                if (key != pendingKey_) return;
                pendingKey_.clear();
                Q_EMIT waitEnded();
                Q_EMIT loadFailed(message);
            });
}

bool SweepStarter::launch(QString* refusal) {
    const session::ExperimentConfig c = config_();
    try {
        c.validate();
    } catch (const session::ConfigError& e) {
        if (refusal) *refusal = e.errors().join(QLatin1Char(' '));
        return false;
    }
    session::DatasetCache& cache = session::DatasetCache::shared();
    if (auto data = cache.find(c)) return start_(data);
    pendingKey_ = cache.request(c);  // the start follows when it has loaded
    return true;
}

}  // namespace normlab::app
