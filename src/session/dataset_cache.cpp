#include "session/dataset_cache.h"

#include <exception>
#include <stdexcept>

#include "session/network_dataset.h"

namespace normlab::session {

namespace {

// What a cancelled load's message names: the file or folder, else the set.
std::string sourceOf(const ExperimentConfig& config) {
    const QString path = config.getString("data_path");
    return (path.isEmpty() ? config.getString("dataset") : path).toStdString();
}

// Every data field but the row counts: sets that agree on it are read from
// the same files in the same way.
QString sourceKeyOf(const ExperimentConfig& config) {
    QString key;
    for (const QString& k : config.schema().dataKeys())
        if (k != QLatin1String("train_samples") && k != QLatin1String("test_samples"))
            key += k + QLatin1Char('=') + config.valueText(k) + QLatin1Char('\n');
    return key;
}

int rowsAsked(const ExperimentConfig& config, const char* key) {
    return config.has(key) ? config.getInt(key) : 0;
}

// A set cut to `have` rows (0 = all) holds the first `want` rows too.
bool covers(int have, int want) { return have <= 0 || (want > 0 && want <= have); }

}  // namespace

DatasetCache::DatasetCache(int capacity, QObject* parent)
    : QObject(parent), capacity_(capacity < 1 ? 1 : capacity) {}

DatasetCache::~DatasetCache() {
    std::vector<std::thread> loads;
    {
        const std::lock_guard lock(mutex_);
        loads.swap(loads_);
        for (auto& [key, entry] : entries_)
            if (entry.stop) *entry.stop = true;
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
    entry.stop = std::make_shared<std::atomic<bool>>(false);
    entry.error.clear();
    return true;
}

bool DatasetCache::cancel(const QString& key) {
    const std::lock_guard lock(mutex_);
    const auto it = entries_.find(key);
    if (it == entries_.end() || !it->second.loading) return false;
    *it->second.stop = true;
    return true;
}

QString DatasetCache::request(const ExperimentConfig& config) {
    const QString key = keyOf(config);
    {
        const std::lock_guard lock(mutex_);
        if (!claim(key)) return key;
        loads_.emplace_back([this, key, config] {
            QString error;
            switch (load(key, config, error)) {
                case Outcome::Loaded:
                    Q_EMIT loaded(key);
                    break;
                case Outcome::Failed:
                    Q_EMIT failed(key, error);
                    break;
                case Outcome::Cancelled:
                    Q_EMIT cancelled(key);
                    break;
            }
        });
    }
    Q_EMIT loadStarted(key);
    return key;
}

DatasetCache::Outcome DatasetCache::load(const QString& key, const ExperimentConfig& config,
                                         QString& error) {
    std::shared_ptr<std::atomic<bool>> stop;
    std::shared_ptr<const core::Dataset> whole;
    {
        const std::lock_guard lock(mutex_);
        Entry& entry = entries_[key];
        stop = entry.stop;
        entry.source = sourceKeyOf(config);
        entry.trainSamples = rowsAsked(config, "train_samples");
        entry.testSamples = rowsAsked(config, "test_samples");
        whole = coveringSet(config);
    }
    int sentPermille = -1;
    const core::LoadMonitor monitor = [&](const core::LoadProgress& p) {
        const int permille = static_cast<int>(p.fraction() * 1000.0);
        if (permille != sentPermille) {
            sentPermille = permille;
            Q_EMIT progress(key, p.fraction(), static_cast<qint64>(p.bytesDone),
                            static_cast<qint64>(p.bytesTotal));
        }
        return !*stop;
    };
    std::shared_ptr<const core::Dataset> data;
    Outcome outcome = Outcome::Loaded;
    try {
        data = whole ? cutNetworkDataset(*whole, config) : loadNetworkDataset(config, monitor);
    } catch (const core::LoadCancelled&) {
        outcome = Outcome::Cancelled;
    } catch (const std::exception& e) {
        outcome = Outcome::Failed;
        error = QString::fromUtf8(e.what());
        if (error.isEmpty()) error = QStringLiteral("the data could not be loaded");
    }
    {
        const std::lock_guard lock(mutex_);
        Entry& entry = entries_[key];
        entry.loading = false;
        entry.stop.reset();
        entry.data = std::move(data);
        entry.error = error;
        entry.lastUse = ++clock_;
        if (outcome == Outcome::Cancelled) entries_.erase(key);
        evict();
    }
    done_.notify_all();
    return outcome;
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

std::shared_ptr<const core::Dataset> DatasetCache::coveringSet(
    const ExperimentConfig& config) const {
    if (!cutsRowsOfFiles(config)) return nullptr;
    const QString source = sourceKeyOf(config);
    const int train = rowsAsked(config, "train_samples");
    const int test = rowsAsked(config, "test_samples");
    for (const auto& [key, entry] : entries_)
        if (entry.data && entry.source == source && covers(entry.trainSamples, train) &&
            covers(entry.testSamples, test))
            return entry.data;
    return nullptr;
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
    Q_EMIT loadStarted(key);
    QString error;
    switch (load(key, config, error)) {
        case Outcome::Loaded:
            break;
        case Outcome::Failed:
            Q_EMIT failed(key, error);
            throw std::runtime_error(error.toStdString());
        case Outcome::Cancelled:
            Q_EMIT cancelled(key);
            throw core::LoadCancelled(sourceOf(config));
    }
    Q_EMIT loaded(key);
    const std::lock_guard lock(mutex_);
    const auto it = entries_.find(key);
    if (it != entries_.end() && it->second.data) return it->second.data;
    throw std::runtime_error("the data set was dropped from the cache while it loaded");
}

}  // namespace normlab::session
