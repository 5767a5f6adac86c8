#include "session/dataset_cache.h"

#include <exception>
#include <stdexcept>

#include "session/network_dataset.h"

namespace normlab::session {

DatasetCache::DatasetCache(int capacity, QObject* parent)
    : QObject(parent), capacity_(capacity < 1 ? 1 : capacity) {}

DatasetCache::~DatasetCache() {
    std::vector<std::thread> loads;
    {
        const std::lock_guard lock(mutex_);
        loads.swap(loads_);
    }
    for (std::thread& t : loads) t.join();
}

DatasetCache& DatasetCache::shared() {
    static DatasetCache cache;
    return cache;
}

QString DatasetCache::keyOf(const ExperimentConfig& config) {
    QString key;
    for (const QString& k : config.schema().dataKeys())
        key += k + QLatin1Char('=') + config.valueText(k) + QLatin1Char('\n');
    return key;
}

std::shared_ptr<const core::Dataset> DatasetCache::find(const ExperimentConfig& config) {
    const QString key = keyOf(config);
    const std::lock_guard lock(mutex_);
    const auto it = entries_.find(key);
    if (it == entries_.end() || !it->second.data) return nullptr;
    it->second.lastUse = ++clock_;
    return it->second.data;
}

bool DatasetCache::isLoading(const QString& key) const {
    const std::lock_guard lock(mutex_);
    const auto it = entries_.find(key);
    return it != entries_.end() && it->second.loading;
}

bool DatasetCache::claim(const QString& key) {
    Entry& entry = entries_[key];
    entry.lastUse = ++clock_;
    if (entry.data || entry.loading) return false;
    entry.loading = true;
    entry.error.clear();
    return true;
}

QString DatasetCache::request(const ExperimentConfig& config) {
    const QString key = keyOf(config);
    {
        const std::lock_guard lock(mutex_);
        if (!claim(key)) return key;
        loads_.emplace_back([this, key, config] {
            const QString error = load(key, config);
            if (error.isEmpty())
                Q_EMIT loaded(key);
            else
                Q_EMIT failed(key, error);
        });
    }
    Q_EMIT loadStarted(key);
    return key;
}

QString DatasetCache::load(const QString& key, const ExperimentConfig& config) {
    std::shared_ptr<const core::Dataset> data;
    QString error;
    try {
        data = loadNetworkDataset(config);
    } catch (const std::exception& e) {
        error = QString::fromUtf8(e.what());
        if (error.isEmpty()) error = QStringLiteral("the data could not be loaded");
    }
    {
        const std::lock_guard lock(mutex_);
        Entry& entry = entries_[key];
        entry.loading = false;
        entry.data = std::move(data);
        entry.error = error;
        entry.lastUse = ++clock_;
        evict();
    }
    done_.notify_all();
    return error;
}

void DatasetCache::evict() {
    for (;;) {
        int kept = 0;
        auto oldest = entries_.end();
        for (auto it = entries_.begin(); it != entries_.end(); ++it) {
            if (!it->second.data) continue;
            ++kept;
            if (oldest == entries_.end() || it->second.lastUse < oldest->second.lastUse)
                oldest = it;
        }
        if (kept <= capacity_) return;
        entries_.erase(oldest);  // a holder's shared_ptr keeps its data alive
    }
}

std::shared_ptr<const core::Dataset> DatasetCache::get(const ExperimentConfig& config) {
    const QString key = keyOf(config);
    {
        std::unique_lock lock(mutex_);
        done_.wait(lock, [&] {
            const auto it = entries_.find(key);
            return it == entries_.end() || !it->second.loading;
        });
        if (!claim(key)) return entries_[key].data;
    }
    const QString error = load(key, config);
    if (!error.isEmpty()) throw std::runtime_error(error.toStdString());
    const std::lock_guard lock(mutex_);
    const auto it = entries_.find(key);
    if (it != entries_.end() && it->second.data) return it->second.data;
    throw std::runtime_error("the data set was dropped from the cache while it loaded");
}

}  // namespace normlab::session
