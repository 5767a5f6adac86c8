#pragma once
// The one cache of the data sets the network labs train on, keyed by every
// field the schema marks as data (dataset, path, sizes, split, noise, seed).
// Loading runs on a worker thread: request() returns at once and loaded() or
// failed() follows, queued into the receiver's thread, so a window never
// parses data on its own thread. get() blocks and is for threads that may
// wait (a training session's factory, the command line). A set that only
// cuts fewer rows from files a kept set was read from is taken from that
// set's first rows, not read again.

#include <QObject>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "core/data/dataset.h"
#include "session/experiment_config.h"

namespace normlab::session {

class DatasetCache : public QObject {
    Q_OBJECT
  public:
    // At most `capacity` data sets are kept; the least recently used goes.
    explicit DatasetCache(int capacity = 3, QObject* parent = nullptr);
    // Cancels the loads still running and joins them.
    ~DatasetCache() override;
    DatasetCache(const DatasetCache&) = delete;
    DatasetCache& operator=(const DatasetCache&) = delete;

    // The cache every lab of the app shares.
    static DatasetCache& shared();
    // "key=value" lines for each data field of the config's schema.
    [[nodiscard]] static QString keyOf(const ExperimentConfig& config);

    // The loaded set, or null when it is not (yet) in the cache.
    [[nodiscard]] std::shared_ptr<const core::Dataset> find(const ExperimentConfig& config);
    // Starts loading on a worker thread unless the set is loaded or loading;
    // returns its key. A failed load is tried again by the next request.
    QString request(const ExperimentConfig& config);
    [[nodiscard]] bool isLoading(const QString& key) const;
    // Loads in the calling thread, or waits for a load already running.
    // Throws std::runtime_error with the loader's one-line message, or
    // core::LoadCancelled when cancel() stopped it.
    std::shared_ptr<const core::Dataset> get(const ExperimentConfig& config);
    // Stops the load of `key` soon (the loader checks between slices of a few
    // MB); cancelled() follows instead of loaded(). False when not loading.
    bool cancel(const QString& key);

  Q_SIGNALS:
    void loadStarted(QString key);
    // fraction 0..1, never falling within one load; bytes of the files read
    // (compressed bytes for gzip). Sent when the fraction moves by 0.1 %.
    void progress(QString key, double fraction, qint64 bytesDone, qint64 bytesTotal);
    void loaded(QString key);
    void failed(QString key, QString message);
    void cancelled(QString key);

  private:
    struct Entry {
        std::shared_ptr<const core::Dataset> data;
        bool loading = false;
        std::shared_ptr<std::atomic<bool>> stop;  // set by cancel(), read by the loader
        QString error;  // the last load's failure
        std::uint64_t lastUse = 0;
        // The data fields but the row counts, and the row counts (0 = all).
        QString source;
        int trainSamples = 0;
        int testSamples = 0;
    };
    enum class Outcome { Loaded, Failed, Cancelled };
    // With mutex_ held: marks `key` loading; false when loaded or loading already.
    bool claim(const QString& key);
    // Runs the loader and stores what it gave; `error` gets the failure's text.
    Outcome load(const QString& key, const ExperimentConfig& config, QString& error);
    void evict();  // with mutex_ held
    // With mutex_ held: a kept set `config`'s rows can be cut from, or null.
    std::shared_ptr<const core::Dataset> coveringSet(const ExperimentConfig& config) const;

    const int capacity_;
    mutable std::mutex mutex_;
    std::condition_variable done_;
    std::map<QString, Entry> entries_;
    std::uint64_t clock_ = 0;
    std::vector<std::thread> loads_;
};

}  // namespace normlab::session
