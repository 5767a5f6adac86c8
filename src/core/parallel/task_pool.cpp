#include "core/parallel/task_pool.h"

#include <algorithm>
#include <chrono>
#include <utility>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

namespace normlab::core {

namespace {

void cpuRelax() {
#if defined(__x86_64__) || defined(__i386__)
    _mm_pause();
#else
    std::this_thread::yield();
#endif
}

}  // namespace

TaskPool::TaskPool(int threads) {
    const int wanted =
        threads > 0 ? threads : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    for (int i = 1; i < wanted; ++i) helpers_.emplace_back([this, i] { helperLoop(i); });
}

TaskPool::~TaskPool() {
    {
        const std::lock_guard lock(mutex_);
        stop_ = true;
        generation_.fetch_add(1, std::memory_order_release);
    }
    wake_.notify_all();
    for (std::thread& t : helpers_) t.join();
}

template <typename Ready>
bool TaskPool::spinUntil(Ready ready) {
    // Spinning pays only while the cores are free. On a busy machine the
    // spinning thread is preempted, and its spent share then delays it when
    // work comes (a thread woken from sleep is scheduled sooner). So a thread
    // that notices it was preempted mid-spin sleeps straight away for its
    // next kSpinBackoff waits, then tries spinning again.
    using Clock = std::chrono::steady_clock;
    constexpr auto kPreempted = std::chrono::microseconds(200);
    constexpr int kSpinBackoff = 16;
    thread_local int sleepsLeft = 0;
    if (sleepsLeft > 0) {
        --sleepsLeft;
        return ready();
    }
    auto last = Clock::now();
    const auto deadline = last + std::chrono::microseconds(kSpinMicroseconds);
    for (int i = 1;; ++i) {
        if (ready()) return true;
        if (i % 64 == 0) {
            const auto now = Clock::now();
            if (now - last > kPreempted) {
                sleepsLeft = kSpinBackoff;
                return ready();
            }
            if (now >= deadline) return false;
            last = now;
        }
        cpuRelax();
    }
}

void TaskPool::run(int count, const std::function<void(int)>& task) {
    run(count, Task([&task](int i, int) { task(i); }));
}

void TaskPool::run(int count, const Task& task) {
    if (count <= 0) return;
    if (helpers_.empty() || count == 1) {
        for (int i = 0; i < count; ++i) task(i, 0);
        return;
    }
    bool sleeping = false;
    {
        const std::lock_guard lock(mutex_);
        task_ = &task;
        count_ = count;
        next_ = 0;
        unfinished_.store(count, std::memory_order_relaxed);
        error_ = nullptr;
        generation_.fetch_add(1, std::memory_order_release);
        sleeping = sleepers_ > 0;
    }
    if (sleeping) wake_.notify_all();
    drain(0);
    if (!spinUntil([this] { return unfinished_.load(std::memory_order_acquire) == 0; })) {
        std::unique_lock lock(mutex_);
        done_.wait(lock, [this] { return unfinished_.load(std::memory_order_relaxed) == 0; });
    }
    const std::lock_guard lock(mutex_);
    task_ = nullptr;
    if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
}

void TaskPool::drain(int worker) {
    std::unique_lock lock(mutex_);
    while (task_ != nullptr && next_ < count_) {
        const int i = next_++;
        const Task& task = *task_;
        lock.unlock();
        std::exception_ptr error;
        try {
            task(i, worker);
        } catch (...) {
            error = std::current_exception();
        }
        lock.lock();
        if (error && !error_) error_ = error;
        if (unfinished_.fetch_sub(1, std::memory_order_acq_rel) == 1) done_.notify_all();
    }
}

void TaskPool::helperLoop(int worker) {
    std::uint64_t seen = 0;
    const auto called = [&] { return generation_.load(std::memory_order_acquire) != seen; };
    for (;;) {
        if (!spinUntil(called)) {
            std::unique_lock lock(mutex_);
            ++sleepers_;
            wake_.wait(lock, called);
            --sleepers_;
        }
        {
            const std::lock_guard lock(mutex_);
            if (stop_) return;
            seen = generation_.load(std::memory_order_relaxed);
        }
        drain(worker);
    }
}

}  // namespace normlab::core
