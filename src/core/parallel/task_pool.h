#pragma once
// A few threads that run the tasks 0..n-1 of one call side by side and
// return when all are done; the calling thread takes its share. The BN lab
// steps its networks this way: they share only read-only inputs, so every
// task's result is the same whichever thread runs it and in whatever order.
//
// A lab step is a few calls of well under a millisecond each, so a helper
// that went to sleep between calls would often wake too late to take a
// task. Helpers therefore spin for a short while after a call before they
// sleep, and the caller spins briefly for the last task to end.

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace normlab::core {

class TaskPool {
  public:
    // task(index, worker): worker is 0 for the calling thread and 1..threads()-1
    // for the helpers, so a task may use per-worker scratch without locks.
    using Task = std::function<void(int, int)>;

    // `threads` counts the caller: 1 runs every task on the calling thread;
    // 0 = one per hardware thread.
    explicit TaskPool(int threads);
    ~TaskPool();
    TaskPool(const TaskPool&) = delete;
    TaskPool& operator=(const TaskPool&) = delete;

    [[nodiscard]] int threads() const { return static_cast<int>(helpers_.size()) + 1; }
    // Runs task(i, worker) for every i in [0, count) and waits for all of
    // them; tasks are handed out in index order, so put the longest first.
    // The first exception a task throws is rethrown here, after the others ended.
    void run(int count, const Task& task);
    void run(int count, const std::function<void(int)>& task);

  private:
    void helperLoop(int worker);
    // Takes tasks of the current call until none is left.
    void drain(int worker);
    // Spins until `ready` or about kSpinMicroseconds have passed; true when ready.
    template <typename Ready>
    static bool spinUntil(Ready ready);

    static constexpr int kSpinMicroseconds = 300;

    std::vector<std::thread> helpers_;
    std::mutex mutex_;
    std::condition_variable wake_, done_;
    const Task* task_ = nullptr;
    int count_ = 0;
    int next_ = 0;  // the next task to hand out
    std::atomic<int> unfinished_{0};  // tasks of the current call not yet ended
    std::atomic<std::uint64_t> generation_{0};  // one per run(), so a helper joins each call once
    int sleepers_ = 0;  // helpers waiting on wake_
    bool stop_ = false;
    std::exception_ptr error_;
};

}  // namespace normlab::core
