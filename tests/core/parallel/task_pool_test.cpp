#include "core/parallel/task_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

namespace normlab::core {
namespace {

TEST(TaskPool, RunsEveryTaskOnceAndWaitsForAll) {
    TaskPool pool(2);
    EXPECT_EQ(pool.threads(), 2);
    for (int round = 0; round < 200; ++round) {
        std::vector<std::atomic<int>> runs(5);
        pool.run(5, [&](int i) { runs[static_cast<std::size_t>(i)].fetch_add(1); });
        for (const auto& r : runs) ASSERT_EQ(r.load(), 1) << "round " << round;
    }
}

TEST(TaskPool, UsesAnotherThreadWhenTasksWait) {
    TaskPool pool(2);
    // Task 0 cannot finish until task 1 has started: only a second thread
    // lets this call return.
    std::atomic<bool> secondStarted{false};
    std::set<std::thread::id> ids;
    std::mutex m;
    pool.run(2, [&](int i) {
        {
            const std::lock_guard lock(m);
            ids.insert(std::this_thread::get_id());
        }
        if (i == 1) secondStarted.store(true);
        while (!secondStarted.load()) std::this_thread::yield();
    });
    EXPECT_EQ(ids.size(), 2u);
}

TEST(TaskPool, NamesEachThreadsWorkerSlotOnce) {
    TaskPool pool(2);
    const std::thread::id caller = std::this_thread::get_id();
    for (int round = 0; round < 100; ++round) {
        std::mutex m;
        std::vector<std::set<std::thread::id>> threadsOfWorker(2);
        pool.run(8, [&](int, int worker) {
            ASSERT_GE(worker, 0);
            ASSERT_LT(worker, 2);
            const std::lock_guard lock(m);
            threadsOfWorker[static_cast<std::size_t>(worker)].insert(std::this_thread::get_id());
        });
        // Worker 0 is the caller; a slot is only ever one thread, so tasks may
        // keep per-worker scratch without locks. A slot may get no task at
        // all: a spinning helper can take all eight before the caller does.
        ASSERT_LE(threadsOfWorker[0].size(), 1u);
        if (!threadsOfWorker[0].empty()) {
            EXPECT_EQ(*threadsOfWorker[0].begin(), caller);
        }
        EXPECT_LE(threadsOfWorker[1].size(), 1u);
        if (!threadsOfWorker[1].empty()) {
            EXPECT_NE(*threadsOfWorker[1].begin(), caller);
        }
    }
}

TEST(TaskPool, OneThreadRunsInOrderOnTheCaller) {
    TaskPool pool(1);
    std::vector<int> order;
    const std::thread::id caller = std::this_thread::get_id();
    pool.run(3, [&](int i) {
        EXPECT_EQ(std::this_thread::get_id(), caller);
        order.push_back(i);
    });
    EXPECT_EQ(order, (std::vector<int>{0, 1, 2}));
}

TEST(TaskPool, RethrowsATasksExceptionAfterTheOthersEnd) {
    TaskPool pool(2);
    std::atomic<int> finished{0};
    EXPECT_THROW(pool.run(4,
                          [&](int i) {
                              if (i == 2) throw std::runtime_error("task 2");
                              finished.fetch_add(1);
                          }),
                 std::runtime_error);
    EXPECT_EQ(finished.load(), 3);
    // Still usable.
    std::atomic<int> again{0};
    pool.run(3, [&](int) { again.fetch_add(1); });
    EXPECT_EQ(again.load(), 3);
}

}  // namespace
}  // namespace normlab::core
