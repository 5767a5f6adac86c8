#pragma once
// Holds the shared dataset cache's loader at its first report past the start
// until release() (or the hold's end), so a test sees a load that is surely
// still running, and its Cancel is heard before the load could finish.

#include <QObject>
#include <atomic>
#include <future>
#include <memory>

#include "session/dataset_cache.h"

namespace normlab::app::test {

class CacheLoadHold {
  public:
    explicit CacheLoadHold(QObject* context) : released_(release_.get_future().share()) {
        connection_ = QObject::connect(
            &session::DatasetCache::shared(), &session::DatasetCache::progress, context,
            [held = held_, released = released_](const QString&, double fraction, qint64, qint64) {
                if (fraction <= 0 || held->exchange(true)) return;
                released.wait();  // on the loader's thread
            },
            Qt::DirectConnection);
    }
    ~CacheLoadHold() {
        QObject::disconnect(connection_);
        release();
    }
    CacheLoadHold(const CacheLoadHold&) = delete;
    CacheLoadHold& operator=(const CacheLoadHold&) = delete;

    void release() {
        if (!done_) release_.set_value();
        done_ = true;
    }

  private:
    std::promise<void> release_;
    std::shared_future<void> released_;
    std::shared_ptr<std::atomic<bool>> held_ = std::make_shared<std::atomic<bool>>(false);
    bool done_ = false;
    QMetaObject::Connection connection_;
};

}  // namespace normlab::app::test
