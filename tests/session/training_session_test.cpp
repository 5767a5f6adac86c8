// The training session against a small real experiment: gradient descent on
// f(x, y) = (a x^2 + b y^2) / 2, which diverges once lr > 2 / max(a, b).

#include "session/training_session.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <atomic>
#include <cmath>
#include <functional>
#include <memory>
#include <stdexcept>
#include <thread>
#include <variant>
#include <vector>

#include "core/lab/scaling_comparison.h"
#include "event_loop_util.h"

namespace {

using normlab::core::Experiment;
using normlab::core::Snapshot;
using normlab::session::SnapshotPtr;
using normlab::session::TrainingSession;

struct QuadraticSnapshot : Snapshot {
    double x = 0.0;
    double y = 0.0;
    double loss = 0.0;
    double learningRate = 0.0;
};

struct Probe {
    std::atomic<QThread*> builtOn{nullptr};
    std::atomic<QThread*> destroyedOn{nullptr};
    std::atomic<QThread*> commandRanOn{nullptr};
    std::atomic<int> destroyed{0};
    // The last mark (see QuadraticDescent::apply) and the step it was made at.
    std::atomic<int> mark{-1};
    std::atomic<std::int64_t> markStep{-1};
    // While set, a ScalingBatchSize command holds the worker inside apply().
    std::atomic<bool> hold{false};
    std::atomic<bool> holding{false};
};

using normlab::core::CommandRefusal;
using normlab::core::LabCommand;
using normlab::core::ScalingCommand;

LabCommand rate(double lr) {
    return LabCommand{ScalingCommand{
        normlab::core::ScalingRate{normlab::core::LearningRateMode::SameForAll, lr}}};
}
// Marks are a test's own barrier: the worker applies one between two steps.
LabCommand mark(int id) { return LabCommand{ScalingCommand{normlab::core::ScalingStart{double(id), 0}}}; }
LabCommand holdWorker() { return LabCommand{ScalingCommand{normlab::core::ScalingBatchSize{1}}}; }

class QuadraticDescent : public Experiment {
  public:
    QuadraticDescent(double lr, Probe* probe, int stepDelayUs = 0)
        : lr_(lr), probe_(probe), delayUs_(stepDelayUs) {
        if (probe_) probe_->builtOn.store(QThread::currentThread());
    }
    ~QuadraticDescent() override {
        if (probe_) {
            probe_->destroyedOn.store(QThread::currentThread());
            probe_->destroyed.fetch_add(1);
        }
    }
    void step() override {
        if (delayUs_ > 0) std::this_thread::sleep_for(std::chrono::microseconds(delayUs_));
        x_ -= lr_ * kA * x_;
        y_ -= lr_ * kB * y_;
        ++step_;
    }
    std::int64_t stepsPerEpoch() const override { return 10; }
    std::shared_ptr<const Snapshot> snapshot() const override {
        auto s = std::make_shared<QuadraticSnapshot>();
        s->step = step_;
        s->epoch = static_cast<double>(step_) / 10.0;
        s->x = x_;
        s->y = y_;
        s->loss = 0.5 * (kA * x_ * x_ + kB * y_ * y_);
        s->learningRate = lr_;
        s->diverged = !std::isfinite(s->loss) || std::abs(s->loss) > 1e12;
        if (s->diverged) s->divergence = "loss exploded; max stable lr is 2/4 = 0.5";
        return s;
    }
    std::string datasetName() const override { return "quadratic"; }
    // A stand-in for a lab: the rate command sets lr (refused unless > 0), a
    // start command records a mark, a batch-size command holds the worker
    // while the probe says so; other labs' commands are refused.
    std::optional<CommandRefusal> apply(const LabCommand& command) override {
        if (probe_) probe_->commandRanOn.store(QThread::currentThread());
        const auto* scaling = std::get_if<ScalingCommand>(&command.value);
        if (!scaling) return normlab::core::notThisLab();
        if (const auto* r = std::get_if<normlab::core::ScalingRate>(scaling)) {
            if (auto refusal = normlab::core::refusalUnlessPositive("lr", r->rate, lr_))
                return refusal;
            lr_ = r->rate;
        } else if (const auto* m = std::get_if<normlab::core::ScalingStart>(scaling)) {
            if (probe_) {
                probe_->markStep.store(step_);
                probe_->mark.store(static_cast<int>(m->w1));
            }
        } else if (std::holds_alternative<normlab::core::ScalingBatchSize>(*scaling)) {
            if (probe_) {
                probe_->holding.store(true);
                while (probe_->hold.load()) QThread::msleep(1);
            }
        } else {
            return normlab::core::notThisLab();
        }
        return std::nullopt;
    }

    static constexpr double kA = 1.0;
    static constexpr double kB = 4.0;

  private:
    double x_ = 3.0;
    double y_ = 2.0;
    double lr_;
    std::int64_t step_ = 0;
    Probe* probe_;
    int delayUs_;
};

using normlab::session::test::app;
using normlab::session::test::waitFor;

// The worker's own step count, recorded by a mark it applies between two
// steps: a barrier, so "no step since" is checked without waiting for time to pass.
std::int64_t workerStep(TrainingSession& session, Probe& probe) {
    static int next = 0;
    const int id = ++next;
    session.post(mark(id));
    EXPECT_TRUE(waitFor([&] { return probe.mark.load() == id; }));
    return probe.markStep.load();
}

const QuadraticSnapshot* asQuadratic(const SnapshotPtr& s) {
    return dynamic_cast<const QuadraticSnapshot*>(s.get());
}

class TrainingSessionTest : public ::testing::Test {
  protected:
    void SetUp() override { app(); }

    std::unique_ptr<TrainingSession> makeSession(double lr, int stepDelayUs = 0) {
        auto session = std::make_unique<TrainingSession>([this, lr, stepDelayUs] {
            return std::make_unique<QuadraticDescent>(lr, &probe, stepDelayUs);
        });
        QObject::connect(session.get(), &TrainingSession::snapshotReady,
                         [this](const SnapshotPtr& s) {
                             received = s;
                             ++frames;
                         });
        return session;
    }

    std::int64_t receivedStep() const { return received ? received->step : -1; }
    // Holds the worker inside a command until probe.hold is cleared.
    bool holdTheWorker(TrainingSession& session) {
        probe.hold.store(true);
        session.post(holdWorker());
        return waitFor([&] { return probe.holding.load(); });
    }

    Probe probe;
    SnapshotPtr received;
    int frames = 0;
};

TEST_F(TrainingSessionTest, PlayPausesOnceAtTheStepBudgetAndThenContinues) {
    auto session = makeSession(0.01);
    qint64 reachedAt = -1;
    QObject::connect(session.get(), &TrainingSession::pauseStepReached,
                     [&](qint64 step) { reachedAt = step; });
    session->setPauseAtStep(40);
    session->play();
    ASSERT_TRUE(waitFor([&] { return reachedAt == 40; }));
    ASSERT_TRUE(waitFor([&] { return !session->isPlaying() && receivedStep() == 40; }));
    EXPECT_EQ(workerStep(*session, probe), 40);
    EXPECT_EQ(session->latest()->step, 40);
    // Play goes on past the budget without stopping there again.
    session->play();
    ASSERT_TRUE(waitFor([&] { return receivedStep() > 200; }));
    session->pause();
    EXPECT_EQ(reachedAt, 40);
}

TEST_F(TrainingSessionTest, StepRunsExactlyTheRequestedStepsThenStaysPaused) {
    auto session = makeSession(0.1);
    session->step(5);
    ASSERT_TRUE(waitFor([&] { return receivedStep() == 5; }));
    EXPECT_FALSE(session->isPlaying());
    EXPECT_EQ(workerStep(*session, probe), 5);
    EXPECT_EQ(receivedStep(), 5);
    EXPECT_EQ(session->latest()->step, 5);
    session->stepEpoch();
    ASSERT_TRUE(waitFor([&] { return receivedStep() == 15; }));
    EXPECT_EQ(session->stepsPerEpoch(), 10);
    EXPECT_EQ(session->datasetName(), QStringLiteral("quadratic"));
}

TEST_F(TrainingSessionTest, PlayRunsUntilPaused) {
    auto session = makeSession(0.01, 50);
    bool playingSignal = false;
    QObject::connect(session.get(), &TrainingSession::playingChanged,
                     [&](bool playing) { playingSignal = playing; });
    session->play();
    EXPECT_TRUE(session->isPlaying());
    EXPECT_TRUE(playingSignal);
    ASSERT_TRUE(waitFor([&] { return receivedStep() > 20; }));
    session->pause();
    EXPECT_FALSE(playingSignal);
    const std::int64_t settled = workerStep(*session, probe);
    EXPECT_EQ(workerStep(*session, probe), settled);  // no step between the two barriers
    ASSERT_TRUE(waitFor([&] { return receivedStep() == settled; }));
    EXPECT_EQ(session->latest()->step, settled);
}

TEST_F(TrainingSessionTest, PostedCommandRunsOnTheWorkerBetweenSteps) {
    auto session = makeSession(0.1, 50);
    session->play();
    ASSERT_TRUE(waitFor([&] { return receivedStep() > 0; }));
    session->post(rate(0.2));
    ASSERT_TRUE(waitFor([&] { return asQuadratic(received)->learningRate == 0.2; }));
    EXPECT_EQ(probe.commandRanOn.load(), probe.builtOn.load());
    EXPECT_NE(probe.commandRanOn.load(), QThread::currentThread());
}

TEST_F(TrainingSessionTest, CommandWhilePausedIsAppliedAndShown) {
    auto session = makeSession(0.1);
    session->step(1);
    ASSERT_TRUE(waitFor([&] { return receivedStep() == 1; }));
    session->post(rate(0.3));
    ASSERT_TRUE(waitFor([&] { return asQuadratic(received)->learningRate == 0.3; }));
    EXPECT_EQ(receivedStep(), 1);
}

TEST_F(TrainingSessionTest, SlowConsumerSeesTheLatestFrameNotABacklog) {
    auto session = makeSession(0.001, 20);
    session->setPublishIntervalMs(5);
    std::int64_t stepAtLastFrame = -1;
    int slowFrames = 0;
    QObject::connect(session.get(), &TrainingSession::snapshotReady, [&](const SnapshotPtr& s) {
        ++slowFrames;
        stepAtLastFrame = s->step;
        QThread::msleep(100);  // a very slow display
    });
    session->play();
    ASSERT_TRUE(waitFor([&] { return slowFrames >= 5; }));
    session->pause();
    // Published every 5 ms but consumed every 100 ms: without coalescing, some
    // twenty frames per frame consumed would be queued and shown after the pause.
    const int framesAtPause = slowFrames;
    const std::int64_t last = workerStep(*session, probe);
    ASSERT_TRUE(waitFor([&] { return stepAtLastFrame == last; }));
    EXPECT_LE(slowFrames - framesAtPause, 2);
    // The last frame shown is the newest state, not an old queued one.
    EXPECT_EQ(stepAtLastFrame, session->latest()->step);
    // Training ran far ahead of the display.
    EXPECT_GT(stepAtLastFrame, 10 * slowFrames);
}

TEST_F(TrainingSessionTest, DivergencePausesAtOnceAndSignals) {
    auto session = makeSession(0.9);  // > 2 / 4: y oscillates and grows
    qint64 divergedStep = -1;
    QString message;
    QObject::connect(session.get(), &TrainingSession::diverged, [&](qint64 step, QString m) {
        divergedStep = step;
        message = m;
    });
    session->play();
    ASSERT_TRUE(waitFor([&] { return divergedStep >= 0; }));
    EXPECT_FALSE(session->isPlaying());
    EXPECT_TRUE(message.contains("max stable lr"));
    const std::int64_t stopped = workerStep(*session, probe);
    EXPECT_EQ(workerStep(*session, probe), stopped);
    ASSERT_TRUE(waitFor([&] { return session->latest()->step == stopped; }));
    EXPECT_TRUE(session->latest()->diverged);

    // Reset recovers.
    session->reset([this] { return std::make_unique<QuadraticDescent>(0.1, &probe); });
    session->step(3);
    ASSERT_TRUE(waitFor([&] { return receivedStep() == 3 && !received->diverged; }));
}

TEST_F(TrainingSessionTest, DivergenceIsCaughtAtTheStepItHappensAtFullSpeed) {
    // The first step whose loss passes the experiment's threshold.
    QuadraticDescent reference(0.9, nullptr);
    std::int64_t firstDiverged = 0;
    while (!reference.snapshot()->diverged) {
        reference.step();
        ++firstDiverged;
    }
    ASSERT_GT(firstDiverged, 5);

    auto session = makeSession(0.9);
    session->setStepsPerFrame(0);
    qint64 divergedStep = -1;
    QObject::connect(session.get(), &TrainingSession::diverged,
                     [&](qint64 step, const QString&) { divergedStep = step; });
    session->play();
    ASSERT_TRUE(waitFor([&] { return divergedStep >= 0; }));
    EXPECT_EQ(divergedStep, firstDiverged);
    EXPECT_EQ(session->latest()->step, firstDiverged);
}

TEST_F(TrainingSessionTest, ResetRebuildsOnTheWorkerAndAFailingFactoryKeepsTheRun) {
    auto session = makeSession(0.1);
    session->step(7);
    ASSERT_TRUE(waitFor([&] { return receivedStep() == 7; }));
    QString failure;
    QObject::connect(session.get(), &TrainingSession::failed, [&](QString m) { failure = m; });
    session->reset([]() -> std::unique_ptr<normlab::core::Experiment> {
        throw std::invalid_argument("bad learning rate");
    });
    ASSERT_TRUE(waitFor([&] { return !failure.isEmpty(); }));
    EXPECT_EQ(failure, QStringLiteral("bad learning rate"));
    session->step(1);
    ASSERT_TRUE(waitFor([&] { return receivedStep() == 8; }));

    session->reset();  // the last good factory
    ASSERT_TRUE(waitFor([&] { return receivedStep() == 0; }));
    EXPECT_EQ(probe.destroyed.load(), 1);
    EXPECT_EQ(probe.destroyedOn.load(), probe.builtOn.load());
}

TEST_F(TrainingSessionTest, PauseEndsARunOfStepsAndTheNextStepStillCounts) {
    auto session = makeSession(0.001, 2000);
    session->step(1000);
    ASSERT_TRUE(waitFor([&] { return receivedStep() >= 5; }));
    // Play in the middle of a step, then Pause: the run of steps is over.
    session->play();
    ASSERT_TRUE(waitFor([&] { return receivedStep() >= 10; }));
    session->pause();
    ASSERT_TRUE(waitFor([&] { return session->latest() && !session->isPlaying(); }));
    const std::int64_t stopped = workerStep(*session, probe);
    EXPECT_EQ(workerStep(*session, probe), stopped);
    ASSERT_TRUE(waitFor([&] { return session->latest()->step == stopped; }));
    // A Step after that is one step, not swallowed by a count gone negative.
    session->step(1);
    ASSERT_TRUE(waitFor([&] { return session->latest()->step == stopped + 1; }))
        << "at step " << session->latest()->step << ", expected " << stopped + 1;

    // Pause during a run of steps alone ends it too.
    session->step(1000);
    ASSERT_TRUE(waitFor([&] { return session->latest()->step >= stopped + 6; }));
    session->pause();
    const std::int64_t paused = workerStep(*session, probe);
    EXPECT_EQ(workerStep(*session, probe), paused);
    ASSERT_TRUE(waitFor([&] { return session->latest()->step == paused; }));
    EXPECT_LT(paused, stopped + 500);
}

TEST_F(TrainingSessionTest, QueuedResetsBuildOnlyTheLastOne) {
    auto session = makeSession(0.1);
    session->step(1);
    ASSERT_TRUE(waitFor([&] { return receivedStep() == 1; }));
    // Hold the worker in a command while three resets queue up behind it.
    ASSERT_TRUE(holdTheWorker(*session));
    std::atomic<int> builds[3] = {0, 0, 0};
    for (int i = 0; i < 3; ++i) {
        session->reset([this, &builds, i] {
            ++builds[i];
            return std::make_unique<QuadraticDescent>(0.1, &probe, 0);
        });
    }
    probe.hold.store(false);
    ASSERT_TRUE(waitFor([&] { return builds[2].load() == 1; }));
    workerStep(*session, probe);  // every queued request has been handled by now
    EXPECT_EQ(builds[0].load(), 0);
    EXPECT_EQ(builds[1].load(), 0);
    EXPECT_EQ(builds[2].load(), 1);
}

TEST_F(TrainingSessionTest, StepsPerFrameSlowsTrainingToTheFrameRate) {
    auto session = makeSession(0.001);
    session->setStepsPerFrame(2);
    QElapsedTimer clock;
    clock.start();
    session->play();
    // 2 steps per frame: the frames, not the speed of the machine, set the
    // pace (at full speed this run takes thousands of steps per frame).
    ASSERT_TRUE(waitFor([&] { return frames >= 8; }));
    const int shown = frames;
    const std::int64_t steps = receivedStep();
    const qint64 elapsedMs = clock.elapsed();
    session->pause();
    // Every frame but the first follows at least one new step. Not two: when
    // steps are slow (a sanitizer) the publish interval can run out after the
    // first step of a frame, and that frame is shown at once.
    EXPECT_GE(steps, shown - 1);
    // The worker sleeps out each 33 ms frame after its 2 steps, so the steps
    // never outrun the clock, however late this thread takes the frames (a
    // loaded machine or a sanitizer coalesces many of them).
    EXPECT_LE(steps, 2 * (elapsedMs / 33 + 1));
}

TEST_F(TrainingSessionTest, DestroyingMidRunReturnsWithinASecond) {
    auto session = makeSession(0.0001, 100);
    session->play();
    ASSERT_TRUE(waitFor([&] { return receivedStep() > 0; }));
    QElapsedTimer clock;
    clock.start();
    session.reset();
    EXPECT_LT(clock.elapsed(), 1000);
    EXPECT_EQ(probe.destroyed.load(), 1);
    EXPECT_NE(probe.destroyedOn.load(), QThread::currentThread());
}

TEST_F(TrainingSessionTest, StopWhileParkedReturnsAndKeepsTheLastFrame) {
    auto session = makeSession(0.1);
    session->step(2);
    ASSERT_TRUE(waitFor([&] { return receivedStep() == 2; }));
    QElapsedTimer clock;
    clock.start();
    session->stop();
    EXPECT_LT(clock.elapsed(), 1000);
    EXPECT_TRUE(session->isStopped());
    EXPECT_EQ(session->latest()->step, 2);
    session->play();  // harmless after stop
    EXPECT_FALSE(session->isPlaying());
}

double rateOf(const normlab::session::LoggedCommand& logged) {
    const auto& scaling = std::get<ScalingCommand>(logged.command.value);
    return std::get<normlab::core::ScalingRate>(scaling).rate;
}

bool isRate(const normlab::session::LoggedCommand& logged) {
    const auto* scaling = std::get_if<ScalingCommand>(&logged.command.value);
    return scaling && std::holds_alternative<normlab::core::ScalingRate>(*scaling);
}

TEST_F(TrainingSessionTest, CommandsOfOneKindWaitingTogetherAreCoalescedToTheNewest) {
    auto session = makeSession(0.1);
    session->step(1);
    ASSERT_TRUE(waitFor([&] { return receivedStep() == 1; }));
    // Hold the worker while a slider's worth of rates and one mark queue up.
    ASSERT_TRUE(holdTheWorker(*session));
    session->post(rate(0.11));
    session->post(rate(0.12));
    session->post(mark(900));
    session->post(rate(0.13));
    probe.hold.store(false);
    ASSERT_TRUE(waitFor([&] { return probe.mark.load() == 900; }));
    ASSERT_TRUE(waitFor([&] { return asQuadratic(received)->learningRate == 0.13; }));
    const normlab::session::CommandLog log = session->commandLog();
    // The hold, then the mark (another alternative, kept) and only the newest rate.
    ASSERT_EQ(log.size(), 3U);
    EXPECT_TRUE(std::holds_alternative<normlab::core::ScalingBatchSize>(
        std::get<ScalingCommand>(log[0].command.value)));
    EXPECT_TRUE(std::holds_alternative<normlab::core::ScalingStart>(
        std::get<ScalingCommand>(log[1].command.value)));
    ASSERT_TRUE(isRate(log[2]));
    EXPECT_EQ(rateOf(log[2]), 0.13);
    for (const auto& logged : log) EXPECT_EQ(logged.step, 1);
}

TEST_F(TrainingSessionTest, CommandsBeforeAResetAreDroppedAndTheLogStartsAgain) {
    auto session = makeSession(0.1);
    session->step(3);
    ASSERT_TRUE(waitFor([&] { return receivedStep() == 3; }));
    session->post(rate(0.2));
    ASSERT_TRUE(waitFor([&] { return asQuadratic(received)->learningRate == 0.2; }));
    EXPECT_EQ(session->commandLog().size(), 1U);
    ASSERT_TRUE(holdTheWorker(*session));
    session->post(rate(0.3));  // for the run the reset replaces: never applied
    session->reset();
    session->post(rate(0.05));
    probe.hold.store(false);
    ASSERT_TRUE(waitFor([&] {
        return received && received->step == 0 && asQuadratic(received)->learningRate == 0.05;
    }));
    const normlab::session::CommandLog log = session->commandLog();
    ASSERT_EQ(log.size(), 1U);
    EXPECT_EQ(rateOf(log[0]), 0.05);
    EXPECT_EQ(log[0].step, 0);
}

TEST_F(TrainingSessionTest, ReplayingTheLogRebuildsTheSameState) {
    auto session = makeSession(0.1);
    session->step(5);
    ASSERT_TRUE(waitFor([&] { return receivedStep() == 5; }));
    session->post(rate(0.2));
    session->step(7);
    ASSERT_TRUE(waitFor([&] { return receivedStep() == 12; }));
    session->post(rate(0.05));
    session->step(4);
    ASSERT_TRUE(waitFor([&] { return receivedStep() == 16; }));
    const normlab::session::CommandLog log = session->commandLog();
    ASSERT_EQ(log.size(), 2U);
    EXPECT_EQ(log[0].step, 5);
    EXPECT_EQ(log[1].step, 12);

    const normlab::session::ExperimentFactory factory = [] {
        return std::make_unique<QuadraticDescent>(0.1, nullptr);
    };
    const SnapshotPtr replayed = normlab::session::replay(factory, log, 16)->snapshot();
    const QuadraticSnapshot* live = asQuadratic(received);
    const QuadraticSnapshot* again = asQuadratic(replayed);
    ASSERT_NE(again, nullptr);
    EXPECT_EQ(again->step, 16);
    EXPECT_EQ(again->x, live->x);
    EXPECT_EQ(again->y, live->y);
    EXPECT_EQ(again->learningRate, 0.05);
    // Without the commands the run ends elsewhere: the log is what made it.
    const SnapshotPtr plain = normlab::session::replay(factory, {}, 16)->snapshot();
    EXPECT_NE(asQuadratic(plain)->x, live->x);
    // A log of refused commands is not this run's: replay says so.
    normlab::session::CommandLog bad{{2, rate(-1.0)}};
    EXPECT_THROW((void)normlab::session::replay(factory, bad, 16), std::invalid_argument);
}

TEST_F(TrainingSessionTest, ARefusedCommandIsReportedAndTheRunKeepsItsValue) {
    auto session = makeSession(0.1);
    std::vector<CommandRefusal> refusals;
    QObject::connect(session.get(), &TrainingSession::commandRefused,
                     [&](const CommandRefusal& r) { refusals.push_back(r); });
    session->step(2);
    ASSERT_TRUE(waitFor([&] { return receivedStep() == 2; }));
    session->post(rate(-0.5));
    ASSERT_TRUE(waitFor([&] { return refusals.size() == 1; }));
    EXPECT_EQ(refusals[0].field, "lr");
    EXPECT_EQ(refusals[0].reason, CommandRefusal::Reason::NotPositive);
    EXPECT_EQ(refusals[0].requested, -0.5);
    EXPECT_EQ(refusals[0].kept, 0.1);
    session->post(LabCommand{normlab::core::TwinCommand{normlab::core::TwinBatchSize{8}}});
    ASSERT_TRUE(waitFor([&] { return refusals.size() == 2; }));
    EXPECT_EQ(refusals[1].reason, CommandRefusal::Reason::NotThisLab);
    // Nothing refused is in the log, and the run goes on at its rate.
    EXPECT_TRUE(session->commandLog().empty());
    session->step(3);
    ASSERT_TRUE(waitFor([&] { return receivedStep() == 5; }));
    EXPECT_EQ(asQuadratic(received)->learningRate, 0.1);
}

}  // namespace
