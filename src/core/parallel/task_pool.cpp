#include "core/parallel/task_pool.h"

#include <algorithm>
#include <utility>

namespace normlab::core {

TaskPool::TaskPool(int threads) {
    const int wanted =
        threads > 0 ? threads : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    for (int i = 1; i < wanted; ++i) helpers_.emplace_back([this] { helperLoop(); });
}

TaskPool::~TaskPool() {
    {
        const std::lock_guard lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    for (std::thread& t : helpers_) t.join();
}

void TaskPool::run(int count, const std::function<void(int)>& task) {
    if (count <= 0) return;
    if (helpers_.empty() || count == 1) {
        for (int i = 0; i < count; ++i) task(i);
        return;
    }
    {
        const std::lock_guard lock(mutex_);
        task_ = &task;
        count_ = count;
        next_ = 0;
        running_ = 0;
        error_ = nullptr;
        ++generation_;
    }
    wake_.notify_all();
    drain();
    std::unique_lock lock(mutex_);
    done_.wait(lock, [this] { return next_ >= count_ && running_ == 0; });
    task_ = nullptr;
    if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
}

void TaskPool::drain() {
    std::unique_lock lock(mutex_);
    while (task_ != nullptr && next_ < count_) {
        const int i = next_++;
        ++running_;
        const std::function<void(int)>& task = *task_;
        lock.unlock();
        std::exception_ptr error;
        try {
            task(i);
        } catch (...) {
            error = std::current_exception();
        }
        lock.lock();
        if (error && !error_) error_ = error;
        if (--running_ == 0 && next_ >= count_) done_.notify_all();
    }
}

void TaskPool::helperLoop() {
    std::uint64_t seen = 0;
    for (;;) {
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] { return stop_ || generation_ != seen; });
            if (stop_) return;
            seen = generation_;
        }
        drain();
    }
}

}  // namespace normlab::core
