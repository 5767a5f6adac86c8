// The sweep pool: determinism across worker counts, cancel, adding points.
#include "session/sweep_runner.h"

#include <gtest/gtest.h>

#include <QDir>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "core/data/classification_set.h"
#include "session/batch_sweep_plan.h"

namespace normlab::session {
namespace {

using namespace std::chrono_literals;

std::shared_ptr<const core::Dataset> moons() {
    static const auto data = [] {
        core::ClassificationParams p;
        p.samples = 500;
        return std::make_shared<const core::Dataset>(
            core::makeClassificationSet(core::ClassificationKind::Moons, p, 11));
    }();
    return data;
}

core::BatchSizeRunConfig base(double epochs) {
    core::BatchSizeRunConfig c;
    c.network = core::NetworkSpec::mlp(core::Shape{2, 1, 1}, 2, 16, 2);
    c.network.activation = core::ActivationKind::Relu;
    c.network.init = core::InitKind::He;
    c.baseLr = 0.005;
    c.epochs = epochs;
    c.evalsPerEpoch = 3;
    return c;
}

std::vector<SweepTask> tasks(const std::vector<BatchSweepPoint>& points, double epochs) {
    std::vector<SweepTask> result;
    for (const BatchSweepPoint& p : points)
        result.push_back(batchSweepTask(moons(), batchSweepRun(base(epochs), p)));
    return result;
}

const std::vector<BatchSweepPoint> kPoints{{2, core::LearningRateRule::Linear, false, 1},
                                           {8, core::LearningRateRule::Linear, false, 1},
                                           {8, core::LearningRateRule::Sqrt, false, 2},
                                           {32, core::LearningRateRule::Constant, true, 1},
                                           {64, core::LearningRateRule::Linear, true, 3}};

const core::BatchSizeResult& resultOf(const SweepPointStatus& s) {
    return std::get<core::BatchSizeResult>(*s.outcome);
}

// Threads of this process, from the kernel's own list. A sanitizer may start
// a helper thread of its own at the first thread creation (TSan's background
// thread does), so one thread is started and joined first: a helper is then
// already counted before any runner exists.
int threadCount() {
    static const bool warmedUp = [] {
        std::thread([] {}).join();
        return true;
    }();
    (void)warmedUp;
    return static_cast<int>(
        QDir("/proc/self/task").entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

bool waitUntil(const std::function<bool()>& done, std::chrono::milliseconds limit = 20s) {
    const auto end = std::chrono::steady_clock::now() + limit;
    while (!done()) {
        if (std::chrono::steady_clock::now() > end) return false;
        std::this_thread::sleep_for(5ms);
    }
    return true;
}

// No more threads than `count`. A joined thread can stay in the kernel's
// list for a moment after join() returns (longer under a sanitizer, whose
// thread exit does more), so the count is waited for; a leaked thread never
// leaves and fails.
::testing::AssertionResult threadsBackTo(int count) {
    if (waitUntil([&] { return threadCount() <= count; }, 10s))
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << threadCount() << " threads, " << count << " before the runner";
}

TEST(SweepRunner, SameRowsWhateverTheWorkerCount) {
    std::vector<std::vector<SweepPointStatus>> runs;
    for (int workers : {1, 2, 3}) {
        SweepRunner runner(workers);
        EXPECT_EQ(runner.workerLimit(), workers);
        runner.add(tasks(kPoints, 2));
        runner.wait();
        EXPECT_TRUE(runner.isIdle());
        runs.push_back(runner.points());
    }
    for (std::size_t i = 0; i < kPoints.size(); ++i) {
        const core::BatchSizeResult& one = resultOf(runs[0][i]);
        EXPECT_EQ(runs[0][i].state, SweepPointState::Finished);
        EXPECT_EQ(one.config.batchSize, kPoints[i].batchSize);
        EXPECT_EQ(one.config.seed, kPoints[i].seed);
        EXPECT_EQ(one.config.network.usesBatchNorm(), kPoints[i].batchNorm);
        EXPECT_TRUE(std::isfinite(one.finalTestAccuracy));
        for (std::size_t w = 1; w < runs.size(); ++w) {
            const core::BatchSizeResult& other = resultOf(runs[w][i]);
            EXPECT_EQ(one.updates, other.updates);
            EXPECT_EQ(one.finalTestAccuracy, other.finalTestAccuracy);
            EXPECT_EQ(one.finalTestLoss, other.finalTestLoss);
            EXPECT_EQ(one.finalTrainAccuracy, other.finalTrainAccuracy);
            EXPECT_EQ(std::isnan(one.testAccuracyBnTrainMode), !one.config.network.usesBatchNorm());
            if (one.config.network.usesBatchNorm()) {
                EXPECT_EQ(one.testAccuracyBnTrainMode, other.testAccuracyBnTrainMode);
            }
            ASSERT_EQ(one.curve.size(), other.curve.size());
            for (std::size_t k = 0; k < one.curve.size(); ++k)
                EXPECT_EQ(one.curve[k].testLoss, other.curve[k].testLoss);
        }
    }
}

TEST(SweepRunner, CancelKeepsFinishedRowsAndLeavesNoThread) {
    const int threadsBefore = threadCount();
    SweepRunner runner(2);
    // Two short points, then points far too long to finish (queued once the
    // short ones have started: the costlier long ones would go first).
    runner.add(tasks({kPoints[1], kPoints[3]}, 1));
    ASSERT_TRUE(waitUntil([&] {
        return runner.point(0).state != SweepPointState::Pending &&
               runner.point(1).state != SweepPointState::Pending;
    }));
    runner.add(tasks({kPoints[0], kPoints[0], kPoints[2], kPoints[4]}, 2000));
    ASSERT_TRUE(waitUntil([&] {
        return runner.point(0).state == SweepPointState::Finished &&
               runner.point(1).state == SweepPointState::Finished &&
               runner.point(2).state == SweepPointState::Running;
    }));
    const auto start = std::chrono::steady_clock::now();
    runner.cancel();
    runner.wait();
    EXPECT_LT(std::chrono::steady_clock::now() - start, 2s);  // running points stop promptly
    EXPECT_EQ(runner.activeWorkers(), 0);
    EXPECT_TRUE(runner.isIdle());
    EXPECT_TRUE(threadsBackTo(threadsBefore));

    const std::vector<SweepPointStatus> points = runner.points();
    ASSERT_EQ(points.size(), 6u);
    // The finished rows are the very numbers a lone run gives.
    const core::BatchSizeResult alone =
        std::get<core::BatchSizeResult>(tasks({kPoints[1]}, 1)[0].run({}));
    EXPECT_EQ(resultOf(points[0]).finalTestLoss, alone.finalTestLoss);
    EXPECT_EQ(points[1].state, SweepPointState::Finished);
    EXPECT_TRUE(std::isfinite(resultOf(points[1]).finalTestAccuracy));
    for (std::size_t i = 2; i < points.size(); ++i) {
        EXPECT_EQ(points[i].state, SweepPointState::Cancelled) << i;
        if (points[i].outcome) {
            EXPECT_TRUE(resultOf(points[i]).cancelled);
        }
    }
}

TEST(SweepRunner, OneMorePointRunsOnlyThatPoint) {
    SweepRunner runner(2);
    std::atomic<int> started{0};
    QObject::connect(
        &runner, &SweepRunner::pointStarted, &runner, [&](int) { ++started; },
        Qt::DirectConnection);
    runner.add(tasks({kPoints[1], kPoints[2]}, 1));
    runner.wait();
    const std::vector<SweepPointStatus> before = runner.points();
    EXPECT_EQ(runner.add(tasks({kPoints[3]}, 1)), 2);
    runner.wait();
    EXPECT_EQ(started.load(), 3);
    const std::vector<SweepPointStatus> after = runner.points();
    ASSERT_EQ(after.size(), 3u);
    for (std::size_t i = 0; i < 2; ++i)
        EXPECT_EQ(resultOf(after[i]).finalTestLoss, resultOf(before[i]).finalTestLoss);
    EXPECT_EQ(after[2].state, SweepPointState::Finished);
    EXPECT_EQ(resultOf(after[2]).config.batchSize, 32);
}

TEST(SweepRunner, ReportsProgressStartAndEndOfEveryPoint) {
    SweepRunner runner(2);
    std::mutex mutex;
    std::map<int, std::vector<double>> fractions;
    std::set<int> started, finished;
    std::atomic<int> idle{0};
    QObject::connect(
        &runner, &SweepRunner::pointProgress, &runner,
        [&](int i, double f) {
            std::lock_guard lock(mutex);
            fractions[i].push_back(f);
        },
        Qt::DirectConnection);
    QObject::connect(
        &runner, &SweepRunner::pointStarted, &runner,
        [&](int i) {
            std::lock_guard lock(mutex);
            started.insert(i);
        },
        Qt::DirectConnection);
    QObject::connect(
        &runner, &SweepRunner::pointFinished, &runner,
        [&](int i) {
            std::lock_guard lock(mutex);
            finished.insert(i);
        },
        Qt::DirectConnection);
    QObject::connect(
        &runner, &SweepRunner::idle, &runner, [&] { ++idle; }, Qt::DirectConnection);
    runner.add(tasks({kPoints[0], kPoints[1], kPoints[4]}, 1));
    runner.wait();
    EXPECT_EQ(started, (std::set<int>{0, 1, 2}));
    EXPECT_EQ(finished, (std::set<int>{0, 1, 2}));
    EXPECT_EQ(idle.load(), 1);
    for (int i = 0; i < 3; ++i) {
        const std::vector<double>& f = fractions[i];
        ASSERT_FALSE(f.empty()) << i;
        EXPECT_TRUE(std::is_sorted(f.begin(), f.end()));
        EXPECT_GT(f.front(), 0.0);
        EXPECT_DOUBLE_EQ(f.back(), 1.0);
        EXPECT_DOUBLE_EQ(runner.point(i).fraction, 1.0);
    }
    // Batch 2 has many steps: progress comes about every 1%, not every step.
    EXPECT_LE(fractions[0].size(), 100u);
    EXPECT_GE(fractions[0].size(), 50u);
}

TEST(SweepRunner, AFailingPointFailsAloneWithItsMessage) {
    SweepRunner runner(2);
    std::vector<SweepTask> list = tasks({kPoints[1]}, 1);
    list.push_back(batchSweepTask(
        moons(), batchSweepRun(base(1), {4096, core::LearningRateRule::Linear, false, 1})));
    runner.add(std::move(list));
    runner.wait();
    EXPECT_EQ(runner.point(0).state, SweepPointState::Finished);
    EXPECT_EQ(runner.point(1).state, SweepPointState::Failed);
    EXPECT_TRUE(runner.point(1).error.contains("batch_size"))
        << runner.point(1).error.toStdString();
    EXPECT_THROW((void)runner.point(2), std::out_of_range);
}

// A sweep that says it is idle has no point left running: the views draw
// the idle snapshot as the final one. Polled while points end, so a point
// that ends between reading the points and reading idle would be caught.
TEST(SweepRunner, IdleIsNeverReadBesideARunningPoint) {
    SweepRunner runner(2);
    const auto quick = [](const core::RunControl&) -> SweepOutcome {
        return core::BatchSizeResult{};
    };
    int idleReads = 0;
    for (int round = 0; round < 300; ++round) {
        runner.add({SweepTask{QStringLiteral("a"), quick, 1}, SweepTask{QStringLiteral("b"), quick, 1}});
        for (;;) {
            const SweepRunner::Progress progress = runner.progress();
            if (!progress.idle) continue;
            ++idleReads;
            for (const SweepPointStatus& point : progress.points)
                ASSERT_EQ(point.state, SweepPointState::Finished) << "round " << round;
            break;
        }
    }
    runner.wait();
    EXPECT_EQ(idleReads, 300);
    EXPECT_EQ(runner.progress().points.size(), 600u);
}

TEST(SweepRunner, DestructorCancelsAndJoins) {
    const int threadsBefore = threadCount();
    const auto start = std::chrono::steady_clock::now();
    {
        SweepRunner runner(2);
        runner.add(tasks({kPoints[0], kPoints[2], kPoints[4]}, 2000));
        ASSERT_TRUE(waitUntil([&] { return runner.point(0).state == SweepPointState::Running; }));
    }
    EXPECT_LT(std::chrono::steady_clock::now() - start, 5s);
    EXPECT_TRUE(threadsBackTo(threadsBefore));
}

TEST(SweepRunner, DefaultLeavesACoreFree) {
    const int cores = static_cast<int>(std::thread::hardware_concurrency());
    EXPECT_EQ(SweepRunner::defaultWorkerCount(), std::max(1, cores - 1));
    EXPECT_EQ(SweepRunner(0).workerLimit(), SweepRunner::defaultWorkerCount());
}

}  // namespace
}  // namespace normlab::session

namespace normlab::session {
namespace {

TEST(SweepRunner, CostliestQueuedPointRunsFirstEqualCostsInOrder) {
    std::mutex mutex;
    std::vector<int> order;
    std::vector<SweepTask> queued;
    const std::vector<double> costs{1, 5, 3, 5, 0};
    for (std::size_t i = 0; i < costs.size(); ++i) {
        SweepTask t;
        t.label = QString::number(i);
        t.cost = costs[i];
        t.run = [&mutex, &order, i](const core::RunControl&) -> SweepOutcome {
            const std::lock_guard lock(mutex);
            order.push_back(static_cast<int>(i));
            return core::InitSweepResult{};
        };
        queued.push_back(std::move(t));
    }
    SweepRunner runner(1);
    runner.add(std::move(queued));
    runner.wait();
    EXPECT_EQ(order, (std::vector<int>{1, 3, 2, 0, 4}));
    // Each point's start and end are stamped, in the order they ran.
    const std::vector<SweepPointStatus> points = runner.points();
    for (const SweepPointStatus& p : points) {
        EXPECT_GE(p.startedAt, 0);
        EXPECT_GE(p.endedAt, p.startedAt);
    }
    EXPECT_LE(points[1].endedAt, points[3].startedAt);
    EXPECT_LE(points[0].endedAt, points[4].startedAt);
    EXPECT_LT(runner.firstIdleWorkerAt(), 0) << "a lone worker never idles beside another";
}

TEST(SweepRunner, SmallBatchesAreCostedAsTheLongerRuns) {
    const core::Dataset& data = *moons();
    core::BatchSizeRunConfig c = base(1);
    const auto cost = [&](int batch) {
        c.batchSize = batch;
        return batchSweepPointCost(data, c);
    };
    EXPECT_GT(cost(2), cost(8));
    EXPECT_GT(cost(8), cost(64));
    EXPECT_EQ(batchSweepTask(moons(), batchSweepRun(base(1), kPoints[0])).cost, cost(2));
    c.batchSize = 8;
    const double oneEpoch = batchSweepPointCost(data, c);
    c.epochs = 3;
    EXPECT_GT(batchSweepPointCost(data, c), 2.5 * oneEpoch);
}

}  // namespace
}  // namespace normlab::session
