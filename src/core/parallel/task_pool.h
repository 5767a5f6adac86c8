#pragma once
// A few threads that run the tasks 0..n-1 of one call side by side and
// return when all are done; the calling thread takes its share. The BN lab
// steps its networks this way: they share only read-only inputs, so every
// task's result is the same whichever thread runs it and in whatever order.

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
    // `threads` counts the caller: 1 runs every task on the calling thread;
    // 0 = one per hardware thread.
    explicit TaskPool(int threads);
    ~TaskPool();
    TaskPool(const TaskPool&) = delete;
    TaskPool& operator=(const TaskPool&) = delete;

    [[nodiscard]] int threads() const { return static_cast<int>(helpers_.size()) + 1; }
    // Runs task(i) for every i in [0, count) and waits for all of them. The
    // first exception a task throws is rethrown here, after the others ended.
    void run(int count, const std::function<void(int)>& task);

  private:
    void helperLoop();
    // Takes tasks of the current call until none is left.
    void drain();

    std::vector<std::thread> helpers_;
    std::mutex mutex_;
    std::condition_variable wake_, done_;
    const std::function<void(int)>* task_ = nullptr;
    int count_ = 0;
    int next_ = 0;      // the next task to hand out
    int running_ = 0;   // tasks handed out and not finished
    std::uint64_t generation_ = 0;  // one per run(), so a helper joins each call once
    bool stop_ = false;
    std::exception_ptr error_;
};

}  // namespace normlab::core
