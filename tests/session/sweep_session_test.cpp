// The sweep session: coalesced immutable snapshots, cancel, restored
// results, and the plan the command line runs.
#include "session/sweep_session.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <atomic>

#include "core/data/classification_set.h"
#include "event_loop_util.h"
#include "session/batch_sweep_plan.h"
#include "session/runners/builtin_runs.h"
#include "session/sweep_tables.h"

namespace normlab::session {
namespace {

using test::app;
using test::waitFor;

std::shared_ptr<const core::Dataset> moons() {
    static const auto data = [] {
        core::ClassificationParams p;
        p.samples = 300;
        return std::make_shared<const core::Dataset>(
            core::makeClassificationSet(core::ClassificationKind::Moons, p, 5));
    }();
    return data;
}

ExperimentConfig smallSweep() {
    ExperimentConfig c = ExperimentConfig::defaults("batch-sweep");
    for (const char* s : {"dataset=moons", "train_samples=300", "width=8", "batch_sizes=4,32",
                          "epochs=1", "evals_per_epoch=20", "curve_test_samples=50", "seeds=2",
                          "lr_rule=linear,sqrt", "bn=true", "also_without_bn=true", "workers=1"})
        c.applyOverride(s);
    c.validate();
    return c;
}

std::vector<BatchSweepRun> runsOf(const ExperimentConfig& c) {
    const auto data = moons();
    return batchSweepRuns(data, batchSizeRunConfigFrom(c, data->shape, data->numClasses),
                          batchSweepPoints(c));
}

TEST(BatchSweepPlan, EveryRuleBnSettingSizeAndSeedOnceInOrder) {
    const std::vector<BatchSweepPoint> points = batchSweepPoints(smallSweep());
    ASSERT_EQ(points.size(), 2u * 2u * 2u * 2u);  // sizes x rules x BN x seeds
    EXPECT_EQ(points[0], (BatchSweepPoint{4, core::LearningRateRule::Linear, false, 1}));
    EXPECT_EQ(points[1], (BatchSweepPoint{4, core::LearningRateRule::Linear, false, 2}));
    EXPECT_EQ(points[2], (BatchSweepPoint{4, core::LearningRateRule::Linear, true, 1}));
    EXPECT_EQ(points[4], (BatchSweepPoint{4, core::LearningRateRule::Sqrt, false, 1}));
    EXPECT_EQ(points[15], (BatchSweepPoint{32, core::LearningRateRule::Sqrt, true, 2}));
    // The map: every size at the seven half-decade rates, one seed, the first BN setting.
    const std::vector<BatchSweepPoint> map = batchSweepPoints(lrMapConfig(smallSweep()));
    ASSERT_EQ(map.size(), 2u * 7u);
    for (const BatchSweepPoint& p : map) {
        EXPECT_TRUE(p.fromLrGrid());
        EXPECT_FALSE(p.batchNorm);
        EXPECT_EQ(p.seed, 1u);
    }
}

TEST(BatchSweepPlan, DoneRunsAreNotPlannedAgain) {
    const std::vector<BatchSweepRun> all = runsOf(smallSweep());
    const std::vector<BatchSweepRun> done(all.begin(), all.begin() + 5);
    EXPECT_EQ(notYetRun(all, done, false).size(), all.size() - 5);
    // A map point counts as done when a sweep point trained at the same lr.
    ExperimentConfig c = smallSweep();
    c.applyOverride("lr_rule=constant");
    c.applyOverride("base_lr=0.01");
    const std::vector<BatchSweepRun> sweep = runsOf(c);
    const auto data = moons();
    const std::vector<BatchSweepRun> map =
        batchSweepRuns(data, batchSizeRunConfigFrom(c, data->shape, data->numClasses),
                       batchSweepPoints(lrMapConfig(c)));
    EXPECT_EQ(notYetRun(map, sweep, true).size(), map.size() - 2);  // lr 0.01 at B = 4 and 32
}

TEST(SweepSession, SnapshotsAreCoalescedAndImmutable) {
    app();
    SweepSession session(1);
    session.setPublishIntervalMs(20);
    int signals = 0;
    bool idle = false;
    QObject::connect(&session, &SweepSession::snapshotReady, [&] { ++signals; });
    QObject::connect(&session, &SweepSession::idle, [&] { idle = true; });
    std::atomic<int> progress{0};
    QObject::connect(
        &session.runner(), &SweepRunner::pointProgress, &session.runner(), [&] { ++progress; },
        Qt::DirectConnection);
    const std::vector<BatchSweepRun> runs = runsOf(smallSweep());
    session.add(batchSweepWork(moons(), {runs.begin(), runs.begin() + 4}));
    const SweepSnapshotPtr first = session.takeLatest();
    ASSERT_EQ(first->size(), 4);
    // Small runs may already be done on a fast machine: what counts is that
    // every point is in the snapshot and that its states never change later.
    const int firstFinished = first->count(SweepPointState::Finished);
    EXPECT_EQ(first->count(SweepPointState::Pending) + first->count(SweepPointState::Running) +
                  firstFinished,
              4);

    // Not answering the signal: however much happens, one stays pending.
    const int before = signals;
    session.wait();
    ASSERT_TRUE(waitFor([&] { return progress.load() > 10; }));
    for (int i = 0; i < 20; ++i) QCoreApplication::processEvents();
    EXPECT_LE(signals - before, 1);

    // Answered, the signals resume until the idle snapshot.
    QObject::connect(&session, &SweepSession::snapshotReady, [&] { (void)session.takeLatest(); });
    (void)session.takeLatest();
    ASSERT_TRUE(waitFor([&] { return idle; }, 20000));
    const SweepSnapshotPtr last = session.takeLatest();
    EXPECT_TRUE(last->idle);
    EXPECT_EQ(last->count(SweepPointState::Finished), 4);
    EXPECT_LT(signals, progress.load());  // fewer frames than progress reports
    // An earlier snapshot never changes.
    EXPECT_EQ(first->count(SweepPointState::Finished), firstFinished);
    for (int i = 0; i < 4; ++i) {
        ASSERT_NE(last->batchResult(i), nullptr);
        EXPECT_EQ(last->batchResult(i)->config.batchSize,
                  runs[static_cast<std::size_t>(i)].config.batchSize);
    }
}

TEST(SweepSession, CancelStopsRunningKeepsFinishedAndDropsQueued) {
    app();
    SweepSession session(1);
    std::vector<BatchSweepRun> runs = runsOf(smallSweep());
    runs.resize(3);
    runs[1].config.epochs = 1000;  // long: cancelled while it trains
    runs[2].config.epochs = 1000;
    runs[0].config.epochs = 0.5;
    session.add(batchSweepWork(moons(), runs));
    ASSERT_TRUE(waitFor(
        [&] {
            const SweepSnapshotPtr s = session.snapshot();
            return s->count(SweepPointState::Finished) == 1 &&
                   s->count(SweepPointState::Running) == 1;
        },
        20000));
    session.cancel();
    session.wait();
    const SweepSnapshotPtr s = session.snapshot();
    EXPECT_FALSE(s->cancelling);
    EXPECT_TRUE(s->idle);
    EXPECT_EQ(s->count(SweepPointState::Finished), 1);
    EXPECT_EQ(s->count(SweepPointState::Cancelled), 2);
    EXPECT_EQ(session.runner().activeWorkers(), 0);
}

TEST(SweepSession, RestoredResultsAreShownWithoutRunning) {
    app();
    SweepSession source(1);
    const std::vector<BatchSweepRun> runs = runsOf(smallSweep());
    source.add(batchSweepWork(moons(), {runs.begin(), runs.begin() + 2}));
    source.wait();
    const SweepSnapshotPtr done = source.snapshot();

    SweepSession restored(1);
    restored.restore(done->plan, {*done->points[0].outcome, *done->points[1].outcome});
    const SweepSnapshotPtr s = restored.snapshot();
    EXPECT_TRUE(s->idle);
    EXPECT_EQ(s->count(SweepPointState::Finished), 2);
    EXPECT_EQ(csvText(batchSweepTable(batchResultsOf(*s, false))),
              csvText(batchSweepTable(batchResultsOf(*done, false))));
}

// The command line runs exactly batchSweepPoints(config), in that order.
TEST(SweepSession, CommandLineRunsThePlan) {
    app();
    ExperimentConfig c = smallSweep();
    c.applyOverride("epochs=0.2");
    QTemporaryDir dir;
    runBatchSweep(c, dir.path(), {}, nullptr);
    QFile file(QDir(dir.path()).filePath("sweep.csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).trimmed().split('\n');
    const std::vector<BatchSweepPoint> plan = batchSweepPoints(c);
    ASSERT_EQ(lines.size(), static_cast<qsizetype>(plan.size()) + 1);
    for (std::size_t i = 0; i < plan.size(); ++i) {
        const QStringList f = lines[static_cast<qsizetype>(i) + 1].split(',');
        EXPECT_EQ(f[0].toInt(), plan[i].batchSize) << i;
        EXPECT_EQ(f[1].toStdString(), core::toString(plan[i].lrRule)) << i;
        EXPECT_EQ(f[3] == "true", plan[i].batchNorm) << i;
        EXPECT_EQ(f[4].toULongLong(), plan[i].seed) << i;
    }
}

}  // namespace
}  // namespace normlab::session
